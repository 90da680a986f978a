/**
 * Merged cells over the template (trial 18, F13) through the Office.js door and the in-memory one: the same
 * findings and statuses, read with the cells (ExcelApi 1.13) in the same syncs; older Excel and sheets with more
 * merged areas than Excel lists still validate, as before.
 */

import { describe as describeProblem, findingKind, type Finding } from "../../src/core";
import { a1, type Area } from "../../src/template";
import { isMergedAreasRefusal, parseAreas } from "../../src/excel/mergedAreas";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { ValidationReport } from "../../src/template";
import { MERGED_AREAS_LIMIT, type FakeExcel } from "./fakeExcel";
import { catalogue, col, error, inserted, SHEET, template, value } from "./support";

const rowOf = (code: string) => template.rowCodes.indexOf(code);
const ESTIMATES: Area = { row: rowOf("15.1.1"), col: col("estimate"), rows: 3, cols: 1 };
const CODES: Area = { row: rowOf("12.2"), col: col("code"), rows: 2, cols: 1 };
const FIGURES: [string, string, number][] = [
  ["15.1.1", "actual", 5.5],
  ["15.1.2", "actual", 3.1],
  ["15.1.3", "actual", 5.2],
  ["15.1.1", "estimate", 6],
  ["03", "actual", 60],
];
/** ExcelApi 1.1 to 1.12: Excel without getMergedAreasOrNullObject. */
const BEFORE_1_13 = Array.from({ length: 12 }, (_, i) => `1.${i + 1}`);

const address = (a: Area) => a1(a.row, a.col, a.rows, a.cols);

async function officeDoor(supported?: string[]) {
  const s = await inserted({ supported });
  for (const [code, key, v] of FIGURES) s.excel.type(SHEET, rowOf(code), col(key), v);
  for (const area of [ESTIMATES, CODES]) s.excel.mergeCells(SHEET, address(area));
  return s;
}

async function memoryDoor(): Promise<ValidationReport> {
  const memory = new MemoryWorkbook(catalogue);
  value(await memory.insertTemplate("ask"));
  for (const [code, key, v] of FIGURES) memory.setCell(SHEET, rowOf(code), col(key), v);
  const sheet = memory.sheet(SHEET);
  if (!sheet) throw new Error("no sheet");
  sheet.merges = [ESTIMATES, CODES];
  return value(await memory.validate({ tolerance: 0.05 }));
}

const said = (findings: readonly Finding[]) =>
  findings.filter((f) => f.problem.key === "sheet.mergedCells").map((f) => describeProblem(f.problem, "vi"));
const UNREAD = "sheet.mergedUnread";
const unread = (findings: readonly Finding[]) =>
  findings.filter((f) => f.problem.key === UNREAD).map((f) => describeProblem(f.problem, "vi"));
const statuses = (report: ValidationReport) => report.evaluation.rows.map((r) => `${r.code} ${r.status}`);

describe("merged cells through Office.js (ExcelApi 1.13) and in memory", () => {
  test("the same findings and statuses in both doors, read in the same four syncs", async () => {
    const { excel, workbook } = await officeDoor();
    expect(excel.operations).toEqual([]);
    const office = value(await workbook.validate({ tolerance: 0.05 }));
    expect(excel.syncs).toBe(4);
    expect(excel.operations.filter((o) => o.includes("getMergedAreasOrNullObject"))).toHaveLength(1);
    expect(office.evaluation.row("15.1.2")?.status).toBe("invalid");
    expect(office.evaluation.row("15.1")?.status).toBe("invalid");
    expect(office.evaluation.row("15.1.1")?.status).toBe("exceeded");
    expect(said(office.findings)).toEqual([
      expect.stringContaining(`ô gộp ${address(ESTIMATES)} ở cột “Ước thực hiện cả năm”`),
      expect.stringContaining(`ô gộp ${address(CODES)} ở cột “Mã”`),
    ]);
    const memory = await memoryDoor();
    expect(said(memory.findings)).toEqual(said(office.findings));
    expect(statuses(memory)).toEqual(statuses(office));
  });

  test("the merged status cell is written only where the row owns it", async () => {
    const { excel, workbook } = await officeDoor();
    const statusCells: Area = { row: rowOf("15.1.1"), col: col("status"), rows: 3, cols: 1 };
    excel.mergeCells(SHEET, address(statusCells));
    const report = value(await workbook.validate({ tolerance: 0.05 }));
    expect(excel.cell(SHEET, rowOf("15.1.1"), col("status"))?.value).toBe("Vượt kế hoạch");
    expect(excel.cell(SHEET, rowOf("15.1.2"), col("status"))?.value ?? "").toBe("");
    expect(
      report.findings.some((f) => f.problem.key === "sheet.mergedCells" && f.problem.params.column === "Đánh giá")
    ).toBe(true);
  });

  test("Excel before 1.13 is never asked (no ApiNotFound): validated as before, merges unseen", async () => {
    const supported = [...BEFORE_1_13];
    const { excel, workbook } = await officeDoor(supported);
    const report = value(await workbook.validate({ tolerance: 0.05 }));
    expect(excel.operations.some((o) => o.includes("getMergedAreas"))).toBe(false);
    expect(said(report.findings)).toEqual([]);
    expect(report.evaluation.row("15.1.2")?.status).toBe("offTrack");
  });

  test("a sheet with more merged areas than Excel lists: read again without them, judged as before 1.13, and said", async () => {
    const { excel, workbook } = await officeDoor();
    manyMerges(excel, MERGED_AREAS_LIMIT + 1);
    const report = value(await workbook.validate({ tolerance: 0.05 }));
    expect(excel.syncs).toBe(5);
    const older = await officeDoor(BEFORE_1_13);
    manyMerges(older.excel, MERGED_AREAS_LIMIT + 1);
    const before = value(await older.workbook.validate({ tolerance: 0.05 }));
    expect(statuses(report)).toEqual(statuses(before));
    expect(report.evaluation.row("15.1.2")?.status).toBe("offTrack");
    expect(report.findings.filter((f) => f.problem.key !== UNREAD)).toEqual(before.findings);
    expect(unread(report.findings)).toEqual([
      `Trang “${SHEET}”: Excel không cho biết được các vùng ô gộp (thường do trang có trên 512 vùng ô gộp), nên các ô gộp không được kiểm tra: ` +
        "số liệu nằm dưới ô gộp có thể bị đọc là ô trống. Hãy bỏ gộp các ô trong vùng số liệu rồi bấm Kiểm tra lại.",
    ]);
    expect(findingKind(report.findings.find((f) => f.problem.key === UNREAD) as Finding)).toBe("structure");
  });

  test("up to 512 merged areas: listed, read in the same syncs, and nothing said of unread merges", async () => {
    const { excel, workbook } = await officeDoor();
    // The template's own title merges and the two of officeDoor count too.
    const own = excel.sheet(SHEET).merges.length;
    manyMerges(excel, MERGED_AREAS_LIMIT - own);
    const report = value(await workbook.validate({ tolerance: 0.05 }));
    expect(excel.syncs).toBe(4);
    expect(excel.operations.filter((o) => o.includes("getMergedAreasOrNullObject"))).toHaveLength(1);
    expect(unread(report.findings)).toEqual([]);
    expect(said(report.findings)).toHaveLength(2);
  });

  test("the report sheet written in Excel carries the same warning", async () => {
    const { excel, workbook } = await officeDoor();
    value(
      await workbook.writeReport({ tolerance: 0.05, period: "H1", groupBy: "agency", lang: "vi", date: "2024-07-05" })
    );
    const text = [...excel.sheet("Báo cáo 6 tháng").cells.values()].map((c) => String(c.value)).join("\n");
    expect(text).toContain(`ô gộp ${address(ESTIMATES)}`);
  });

  test("the report sheet written in Excel says too that the merges were not checked", async () => {
    const { excel, workbook } = await officeDoor();
    manyMerges(excel, MERGED_AREAS_LIMIT + 1);
    value(
      await workbook.writeReport({ tolerance: 0.05, period: "H1", groupBy: "agency", lang: "vi", date: "2024-07-05" })
    );
    const text = [...excel.sheet("Báo cáo 6 tháng").cells.values()].map((c) => String(c.value)).join("\n");
    expect(text).toContain(`Trang “${SHEET}”: Excel không cho biết được các vùng ô gộp`);
    expect(text).not.toContain(`ô gộp ${address(ESTIMATES)}`);
  });

  // The Office.js reference names no error code for the refusal: where the error says where it happened, that decides.
  test.each([
    [{ code: "GeneralException", errorLocation: "Range.getMergedAreasOrNullObject" }, true],
    [{ code: "UnsupportedOperation", errorLocation: "Range.getMergedAreasOrNullObject" }, true],
    [{ code: "GeneralException" }, true],
    [{ code: "InvalidOperation" }, true],
    [{ code: "RangeExceedsLimit" }, true],
    [{ code: "InvalidArgument" }, false],
  ])("Excel refusing over 512 areas with %j: read again without them: %s", async (refusal, retried) => {
    const { excel, workbook } = await officeDoor();
    excel.mergedAreasRefusal = refusal;
    manyMerges(excel, MERGED_AREAS_LIMIT + 1);
    const outcome = await workbook.validate({ tolerance: 0.05 });
    if (retried) {
      expect(unread(value(outcome).findings)).toHaveLength(1);
    } else {
      // A code we did not foresee: said as Excel's error, never judged in silence without the merges.
      expect(error(outcome, "en")).toMatch(
        /^Excel reported an error \(InvalidArgument\): \d+ merged areas: over 512\.$/
      );
      expect(excel.writes).toEqual([]);
    }
  });
});

describe("another failure of the sync that asks for merged areas is not read again without them", () => {
  test.each([
    [
      { code: "InvalidOperationInCellEditMode", message: "edit" },
      "Excel is editing a cell. Press Enter or Esc to finish, then try again.",
    ],
    [{ code: "RequestPayloadSizeLimitExceeded", message: "big" }, expect.stringMatching(/^The workbook is too large/)],
    [
      {
        code: "ItemNotFound",
        message: "The requested resource doesn't exist.",
        errorLocation: "Worksheet.getRangeByIndexes",
      },
      "Excel reported an error (ItemNotFound): The requested resource doesn't exist.",
    ],
    [
      { code: "GeneralException", message: "boom", errorLocation: "Range.values" },
      "Excel reported an error (GeneralException): boom",
    ],
  ])("%j: its own message, after one try", async (failure, message) => {
    const { excel, workbook } = await officeDoor();
    // The sheets and markers, the sizes, then the cells with their merged areas: the third sync fails.
    excel.failNextSync = { ...failure, after: 2 };
    const outcome = await workbook.validate({ tolerance: 0.05 });
    expect(error(outcome, "en")).toEqual(message);
    expect(excel.syncs).toBe(3);
    expect(excel.writes).toEqual([]);
  });

  test("a response refused as too large is read again in smaller chunks, merged areas and all", async () => {
    const { excel, workbook } = await officeDoor();
    const judged = value(await workbook.validate({ tolerance: 0.05 }));
    excel.syncs = 0;
    excel.failNextSync = { code: "ResponsePayloadSizeLimitExceeded", message: "big", after: 2 };
    const again = value(await workbook.validate({ tolerance: 0.05 }));
    expect([again.findings, again.evaluation.rows]).toEqual([judged.findings, judged.evaluation.rows]);
    expect(again.findings.map((f) => f.problem.key)).toContain("sheet.mergedCells");
    // Validation's syncs, and the refused one.
    expect(excel.syncs).toBe(5);
  });
});

/** `count` merged pairs of cells right of the template, each with a note in its top-left cell (so in the used range). */
function manyMerges(excel: FakeExcel, count: number): void {
  for (let i = 0; i < count; i++) {
    const row = template.firstDataRow + (i % 40);
    const col = 16 + 2 * Math.floor(i / 40);
    excel.type(SHEET, row, col, "ghi chú");
    excel.mergeCells(SHEET, a1(row, col, 1, 2));
  }
}

describe("the address Excel gives merged areas in", () => {
  test("sheet names quoted (with commas and apostrophes) or not, with or without $", () => {
    expect(parseAreas("'Số liệu, bản ''2'''!G36:G38, Sheet1!$B$29:$B$30")).toEqual([
      { row: 35, col: 6, rows: 3, cols: 1 },
      { row: 28, col: 1, rows: 2, cols: 1 },
    ]);
    expect(parseAreas("AA1:AB2")).toEqual([{ row: 0, col: 26, rows: 2, cols: 2 }]);
  });
});

describe("which failure is Excel refusing to list merged areas", () => {
  const AT = "Range.getMergedAreasOrNullObject";
  test.each([
    [{ code: "GeneralException", debugInfo: { errorLocation: AT } }, true],
    [{ code: "NotImplemented", debugInfo: { errorLocation: AT } }, true],
    [{ code: "GeneralException", debugInfo: { errorLocation: "" } }, true],
    [{ code: "GeneralException", debugInfo: { errorLocation: "Range.values" } }, false],
    [{ code: "InvalidArgument" }, false],
    // A failure with a path of its own keeps it, wherever Excel places it.
    [{ code: "InvalidOperationInCellEditMode", debugInfo: { errorLocation: AT } }, false],
    [{ code: "ItemNotFound", debugInfo: { errorLocation: AT } }, false],
    [{ code: "ResponsePayloadSizeLimitExceeded" }, false],
    [new Error("not from Excel"), false],
    [undefined, false],
    ["GeneralException", false],
  ])("%j: %s", (error, refusal) => {
    expect(isMergedAreasRefusal(error)).toBe(refusal);
  });
});
