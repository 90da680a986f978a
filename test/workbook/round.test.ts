/** The reporting round through the pane's door: the same session on the in-memory workbook and on Office.js (the fake). */

import shipped from "../../assets/catalogues/lang-son-2024.json";
import { agencyWorkbookBytes, readAgencyFile, toBase64 } from "../../src/cli/agencyFiles";
import { describe as describeProblem, loadCatalogue, type Catalogue, type CellValue } from "../../src/core";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { LOG_HEADER, LOG_SHEET, planSplit, type MergeSource, type RoundSheet } from "../../src/round";
import { buildTemplate, COLUMNS } from "../../src/template";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { Outcome, Workbook } from "../../src/workbook/types";
import { FakeExcel } from "../excel/fakeExcel";

const loaded = loadCatalogue(shipped);
const catalogue = (loaded.ok ? loaded.catalogue : undefined) as Catalogue;
const template = buildTemplate(catalogue);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const row = (code: string) => template.rowCodes.indexOf(code);

function value<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(describeProblem(o.error, "en"));
  return o.value;
}

/** An agency's split file after the agency typed `edits` into it, read back as the pane reads a file input. */
async function agencyFile(
  round: RoundSheet,
  agency: string,
  edits: [string, string, CellValue][],
  actualFormats: Record<string, string> = {}
): Promise<MergeSource> {
  const [plan] = planSplit(catalogue, round, { only: agency });
  for (const [code, key, v] of edits) {
    plan.template.cells[plan.template.rowCodes.indexOf(code)][col(key)].value = v as string | number;
  }
  for (const [code, format] of Object.entries(actualFormats)) {
    plan.template.cells[plan.template.rowCodes.indexOf(code)][col("actual")].numberFormat = format;
  }
  const read = await readAgencyFile(await agencyWorkbookBytes(plan), catalogue);
  if (!read.ok) throw new Error(read.code);
  return { file: plan.fileName, sheet: read.sheet };
}

async function session(workbook: Workbook, type: (row: number, col: number, v: CellValue) => void) {
  value(await workbook.insertTemplate("ask"));
  type(row("01"), col("actual"), 6.5);
  type(row("07.1"), col("actual"), 5000);
  const round = value(await workbook.readRound());
  const plans = planSplit(catalogue, round);
  for (const plan of plans) value(await workbook.openNewWorkbook(toBase64(await agencyWorkbookBytes(plan))));
  const refused = await workbook.openNewWorkbook("not a workbook");

  const sources = [
    await agencyFile(round, "Sở Kế hoạch và Đầu tư", [
      ["01", "actual", 7.1],
      ["03", "actual", "1.200,5"],
      ["01", "note", "=SUM(1)"],
    ]),
    await agencyFile(round, "Sở Tài chính", [["07.1", "actual", 5400]]),
    await agencyFile(round, "Cục Thuế", [["07.1", "actual", 5450]]),
    { file: "hong.xlsx", error: "tệp hỏng" },
  ];
  const first = value(await workbook.applyMerge(sources, { when: "2024-07-02 09:00:00" }));
  const second = value(await workbook.applyMerge(sources, { when: "2024-07-02 10:00:00" }));
  value(await workbook.writeNote("07.1", "Chờ đối chiếu giữa Sở Tài chính và Cục Thuế"));
  const report = value(await workbook.validate({ tolerance: 0.05 }));
  return {
    files: plans.length,
    refused: refused.ok ? "opened" : refused.error.key,
    first: { writes: first.writes.length, log: first.log.length, codes: first.findings.map((f) => f.code) },
    second: { writes: second.writes.length, log: second.log.length },
    status01: report.evaluation.row("01")?.status,
  };
}

describe("the reporting round through the pane's door", () => {
  test("the in-memory workbook and Office.js split, merge and write notes alike", async () => {
    const memory = new MemoryWorkbook(catalogue);
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const office = new OfficeWorkbook(catalogue, excel.host(), excel.createWorkbook);
    const a = await session(memory, (r, c, v) => memory.setCell(template.name, r, c, v));
    const b = await session(office, (r, c, v) => excel.type(template.name, r, c, v));
    expect(a).toEqual(b);
    expect(a).toEqual({
      files: 13,
      refused: "excel.failed",
      // The conflict is logged once: the second merge of the same files adds no line (trial 20, finding 3).
      first: { writes: 3, log: 4, codes: ["merge.unreadable", "merge.changed", "merge.conflict"] },
      second: { writes: 0, log: 0 },
      status01: "met",
    });
    expect(memory.opened).toHaveLength(13);
    expect(excel.createdWorkbooks).toEqual(memory.opened.map(() => expect.stringMatching(/^UEsDB/)));

    // The same cells in both: a figure typed as text written as the number read (trial 19, F7; the log keeps
    // the text), a note kept as text (the formula-looking one too), the conflict applied to neither.
    const cellOf = (code: string, key: string) => [
      memory.sheet(template.name)?.cells[row(code)][col(key)].value,
      excel.cell(template.name, row(code), col(key))?.value,
    ];
    expect(cellOf("01", "actual")).toEqual([7.1, 7.1]);
    expect(cellOf("03", "actual")).toEqual([1200.5, 1200.5]);
    expect(cellOf("01", "note")).toEqual(["=SUM(1)", "=SUM(1)"]);
    expect(excel.cell(template.name, row("01"), col("note"))?.formula).toBeUndefined();
    expect(cellOf("07.1", "actual")).toEqual([5000, 5000]);
    expect(cellOf("07.1", "note")).toEqual([
      "Chờ đối chiếu giữa Sở Tài chính và Cục Thuế",
      "Chờ đối chiếu giữa Sở Tài chính và Cục Thuế",
    ]);

    // The log: header once, four lines from the first merge (the conflict with both values), nothing from the second.
    const memoryLog = memory.sheet(LOG_SHEET)?.cells.map((r) => r.map((c) => c.value)) ?? [];
    const officeLog = [0, 1, 2, 3, 4, 5].map((r) =>
      LOG_HEADER.map((_, c) => excel.cell(LOG_SHEET, r, c)?.value ?? null)
    );
    expect(memoryLog[0]).toEqual([...LOG_HEADER]);
    expect(memoryLog.slice(1).map((r) => [r[0], r[3], r[4], r[6], r[7]])).toEqual([
      ["2024-07-02 09:00:00", "01", "Thực hiện", 6.5, 7.1],
      ["2024-07-02 09:00:00", "01", "Ghi chú", null, "=SUM(1)"],
      ["2024-07-02 09:00:00", "03", "Thực hiện", null, "1.200,5"],
      ["2024-07-02 09:00:00", "07.1", "Thực hiện", 5000, "Sở Tài chính 5.400; Cục Thuế 5.450"],
    ]);
    expect(memoryLog[4][8]).toBe("Chưa gộp: các tệp khác nhau");
    expect(officeLog.slice(0, 5)).toEqual(memoryLog.map((r) => r.map((v) => (v === null ? "" : v))));
    expect(officeLog[5].every((v) => v === null)).toBe(true);
    // Both doors read the log back with the template, for the next merge and the round's progress.
    for (const workbook of [memory, office]) {
      const log = value(await workbook.readRound()).log ?? [];
      expect(log.map((l) => [l.code, l.notMerged])).toEqual([
        ["01", undefined],
        ["01", undefined],
        ["03", undefined],
        ["07.1", "conflict"],
      ]);
    }
  }, 30_000);

  test("a later merge appends below the log in Excel; a read-only workbook changes nothing", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const office = new OfficeWorkbook(catalogue, excel.host(), excel.createWorkbook);
    value(await office.insertTemplate("ask"));
    const round = value(await office.readRound());
    const one = await agencyFile(round, "Sở Y tế", [["12.1", "actual", 97.2]]);
    const two = await agencyFile(round, "Sở Y tế", [["12.2", "actual", 11.5]]);
    value(await office.applyMerge([one], { when: "t1" }));
    value(await office.applyMerge([two], { when: "t2" }));
    expect([1, 2, 3].map((r) => excel.cell(LOG_SHEET, r, 3)?.value)).toEqual(["12.1", "12.2", undefined]);
    expect(excel.cell(LOG_SHEET, 1, 0)?.value).toBe("t1");

    excel.readOnly = true;
    const writesBefore = excel.writes.length;
    const refused = await office.applyMerge([await agencyFile(round, "Sở Y tế", [["12.3", "actual", 34]])], {
      when: "t3",
    });
    expect(refused.ok ? "applied" : refused.error.key).toBe("excel.readOnly");
    expect(excel.writes.length).toBe(writesBefore);
  });

  test("a protected log sheet: both doors refuse before writing, naming that sheet and how to unprotect it", async () => {
    const memory = new MemoryWorkbook(catalogue);
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const office = new OfficeWorkbook(catalogue, excel.host(), excel.createWorkbook);
    const doors = [
      { door: "memory", workbook: memory, protect: () => (memory.sheet(LOG_SHEET)!.protected = true) },
      { door: "office", workbook: office, protect: () => (excel.sheet(LOG_SHEET).protected = true) },
    ] as const;
    const said: string[] = [];
    for (const { door, workbook, protect } of doors) {
      value(await workbook.insertTemplate("ask"));
      const round = value(await workbook.readRound());
      value(
        await workbook.applyMerge([await agencyFile(round, "Sở Y tế", [["12.1", "actual", 97.2]])], { when: "t1" })
      );
      protect();
      const before = value(await workbook.readRound());
      const later = await agencyFile(round, "Sở Y tế", [["12.2", "actual", 11.5]]);
      const refused = await workbook.applyMerge([later], { when: "t2" });
      expect([door, refused.ok ? "applied" : refused.error.key]).toEqual([door, "excel.protected"]);
      if (!refused.ok) said.push(describeProblem(refused.error, "vi"));
      // Nothing written: neither the figure nor a log line.
      const after = value(await workbook.readRound());
      expect([door, after.grid.values]).toEqual([door, before.grid.values]);
      expect([door, after.log?.length]).toEqual([door, 1]);
    }
    expect(said[0]).toBe(said[1]);
    expect(said[0]).toBe(
      `Trang “${LOG_SHEET}” đang được bảo vệ nên không ghi được kết quả. Hãy bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.`
    );
  });

  test("a plain number merged into an empty percent-formatted cell loses the percent format in both doors (79, not 7 900 %)", async () => {
    const memory = new MemoryWorkbook(catalogue);
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const office = new OfficeWorkbook(catalogue, excel.host(), excel.createWorkbook);
    const formatOf = {
      memory: (code: string) => memory.sheet(template.name)?.cells[row(code)][col("actual")],
      office: (code: string) => excel.cell(template.name, row(code), col("actual")),
    };
    for (const [door, workbook, format] of [
      ["memory", memory, (code: string, f: string) => memory.setCell(template.name, row(code), col("actual"), null, f)],
      ["office", office, (code: string, f: string) => excel.type(template.name, row(code), col("actual"), "", f)],
    ] as const) {
      value(await workbook.insertTemplate("ask"));
      // Staff formatted three empty cells as percentages; the agency typed 79 in one, 97,5 % in another.
      format("09.2", "0%");
      format("09.1", "0%");
      format("15.1.1", "0.0%");
      const round = value(await workbook.readRound());
      const file = await agencyFile(
        round,
        "Sở Giao thông vận tải",
        [
          ["09.2", "actual", 79],
          ["09.1", "actual", 0.975],
        ],
        { "09.1": "0.0%" }
      );
      value(await workbook.applyMerge([file], { when: "t1" }));
      expect([door, formatOf[door]("09.2")]).toEqual([door, { value: 79, numberFormat: "General" }]);
      expect([door, formatOf[door]("09.1")]).toEqual([door, { value: 0.975, numberFormat: "0.0%" }]);
      // A cell the merge did not write keeps the format staff gave it.
      expect([door, formatOf[door]("15.1.1")?.numberFormat]).toEqual([door, "0.0%"]);
      const judged = value(await workbook.validate({ tolerance: 0.05 }));
      expect([door, judged.evaluation.row("09.2")?.status]).not.toEqual([door, "invalid"]);
    }
  });

  test("a note for a row the sheet lacks is refused, not written elsewhere", async () => {
    const memory = new MemoryWorkbook(catalogue);
    value(await memory.insertTemplate("ask"));
    const r = await memory.writeNote("99.9", "x");
    expect(r.ok ? "written" : r.error.key).toBe("sheet.missingRow");
  });
});
