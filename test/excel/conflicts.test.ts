/**
 * A merge conflict through the pane's doors (Office.js on the fake, and the in-memory workbook of the preview): Cục
 * Thuế and Sở Tài chính send different 07.1 figures, the merge writes neither, and "Kiểm tra", the ribbon and the
 * report sheet read the log: 07.1 is a row to check, with both figures, not "Chưa có số liệu" stated as a fact.
 */

import { agencyWorkbookBytes, readAgencyFile } from "../../src/cli/agencyFiles";
import { validateFromRibbon } from "../../src/commands/actions";
import type { CellValue } from "../../src/core";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { LOG_HEADER, LOG_SHEET, planSplit, type MergeSource, type RoundSheet } from "../../src/round";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { Workbook } from "../../src/workbook/types";
import { FakeExcel } from "./fakeExcel";
import { catalogue, col, SHEET, template, value } from "./support";

const row = (code: string) => template.rowCodes.indexOf(code);

/** An agency's split file with `figure` typed in 07.1, read back as the pane reads a file input. */
async function sent(round: RoundSheet, agency: string, figure: CellValue): Promise<MergeSource> {
  const [plan] = planSplit(catalogue, round, { only: agency });
  plan.template.cells[plan.template.rowCodes.indexOf("07.1")][col("actual")].value = figure as number;
  const read = await readAgencyFile(await agencyWorkbookBytes(plan), catalogue);
  if (!read.ok) throw new Error(read.code);
  return { file: plan.fileName, sheet: read.sheet };
}

interface Door {
  workbook: Workbook;
  type: (code: string, v: CellValue) => void;
  status: (code: string) => unknown;
  /** Every text of the sheet named, to find the report's lines in. */
  texts: (sheet: string) => string[];
  /** A cell of any sheet (0-based), read and typed as a person would. */
  read: (sheet: string, row: number, col: number) => unknown;
  write: (sheet: string, row: number, col: number, v: CellValue) => void;
}

function officeDoor(): Door & { excel: FakeExcel } {
  const excel = new FakeExcel();
  excel.addSheet("Sheet1");
  const workbook = new OfficeWorkbook(catalogue, excel.host(), excel.createWorkbook);
  return {
    excel,
    workbook,
    type: (code, v) => excel.type(SHEET, row(code), col("actual"), v),
    status: (code) => excel.cell(SHEET, row(code), col("status"))?.value,
    texts: (sheet) => [...excel.sheet(sheet).cells.values()].map((c) => String(c.value ?? "")),
    read: (sheet, r, c) => excel.cell(sheet, r, c)?.value,
    write: (sheet, r, c, v) => excel.type(sheet, r, c, v),
  };
}

function memoryDoor(): Door {
  const workbook = new MemoryWorkbook(catalogue);
  return {
    workbook,
    type: (code, v) => workbook.setCell(SHEET, row(code), col("actual"), v),
    status: (code) => workbook.sheet(SHEET)?.cells[row(code)][col("status")].value,
    texts: (sheet) => (workbook.sheet(sheet)?.cells ?? []).flat().map((c) => String(c.value ?? "")),
    read: (sheet, r, c) => workbook.sheet(sheet)?.cells[r]?.[c]?.value,
    write: (sheet, r, c, v) => workbook.setCell(sheet, r, c, v),
  };
}

/** The template inserted, Cục Thuế's 3.950 and Sở Tài chính's 3.900 merged (into neither cell), 07.2 agreed. */
async function merged(door: Door) {
  value(await door.workbook.insertTemplate("ask"));
  const round = value(await door.workbook.readRound());
  const files = [await sent(round, "Cục Thuế", 3950), await sent(round, "Sở Tài chính", 3900)];
  const plan = value(await door.workbook.applyMerge(files, { when: "2024-07-02 09:00:00" }));
  expect(plan.findings.map((f) => f.code)).toEqual(["merge.conflict"]);
}

describe.each([
  ["Office.js", officeDoor],
  ["the in-memory workbook", memoryDoor],
])("a merge conflict through %s", (_, makeDoor) => {
  test("Kiểm tra reads the log: 07.1 is to check, its finding names both figures and the log sheet", async () => {
    const door = makeDoor();
    await merged(door);
    const report = value(await door.workbook.validate({ tolerance: 0.05 }));
    expect(report.evaluation.row("07.1")?.status).toBe("missing");
    expect([...report.toCheck]).toEqual(["07.1"]);
    expect(door.status("07.1")).toBe("Chưa có số liệu (cần kiểm tra lại số liệu)");
    const finding = report.findings.find((f) => f.problem.key === "plausibility.conflict");
    expect(finding).toMatchObject({
      codes: ["07.1"],
      problem: { params: { column: "actual", offers: "Cục Thuế 3.950; Sở Tài chính 3.900" } },
    });

    // The ribbon's "Kiểm tra" counts it apart, as the pane does.
    expect(await validateFromRibbon(door.workbook, "vi")).toContain("1 cần kiểm tra lại số liệu");
  });

  test("the report sheet lists 07.1 to check with both figures", async () => {
    const door = makeDoor();
    await merged(door);
    const written = value(
      await door.workbook.writeReport({ tolerance: 0.05, groupBy: "agency", lang: "vi", date: "2024-07-05" })
    );
    if (written.status !== "written") throw new Error("the report was not written");
    const lines = door.texts(written.sheet).filter((t) => t.includes("gửi số khác nhau"));
    expect(lines).toEqual([
      expect.stringMatching(/^- 07\.1 .*\(Cục Thuế 3\.950; Sở Tài chính 3\.900\), chưa thống nhất/),
    ]);
  });

  test("the agreed figure typed by hand settles it: the plain status again", async () => {
    const door = makeDoor();
    await merged(door);
    door.type("07.1", 3900);
    const report = value(await door.workbook.validate({ tolerance: 0.05 }));
    expect(report.toCheck.has("07.1")).toBe(false);
    expect(report.findings.filter((f) => f.problem.key === "plausibility.conflict")).toEqual([]);
    expect(door.status("07.1")).toBe("Vượt kế hoạch");
  });

  test("the conflict's line marked “Đã thống nhất” in the log settles it: the empty 07.1 is plainly missing", async () => {
    const door = makeDoor();
    await merged(door);
    const [codeCol, reviewCol] = [LOG_HEADER.indexOf("Mã"), LOG_HEADER.indexOf("Cần xem lại")];
    const line = [1, 2, 3].find((r) => door.read(LOG_SHEET, r, codeCol) === "07.1") as number;
    expect(door.read(LOG_SHEET, line, reviewCol)).toBe("Chưa gộp: các tệp khác nhau");
    door.write(LOG_SHEET, line, reviewCol, "Đã thống nhất");
    const report = value(await door.workbook.validate({ tolerance: 0.05 }));
    expect(report.toCheck.has("07.1")).toBe(false);
    expect(report.findings.filter((f) => f.problem.key === "plausibility.conflict")).toEqual([]);
    expect(door.status("07.1")).toBe("Chưa có số liệu");
    expect(await validateFromRibbon(door.workbook, "vi")).not.toContain("cần kiểm tra lại số liệu");
  });
});

describe("what reading the log costs Kiểm tra in Excel", () => {
  test("no log sheet: the four syncs as before; a log: two more, for its used range and its cells", async () => {
    const plain = officeDoor();
    value(await plain.workbook.insertTemplate("ask"));
    plain.excel.syncs = 0;
    value(await plain.workbook.validate({ tolerance: 0.05 }));
    expect(plain.excel.syncs).toBe(4);

    const door = officeDoor();
    await merged(door);
    door.excel.syncs = 0;
    value(await door.workbook.validate({ tolerance: 0.05 }));
    expect(door.excel.syncs).toBe(6);
  });
});
