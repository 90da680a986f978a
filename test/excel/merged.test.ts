/**
 * Merged cells over the template (trial 18, F13) through the Office.js door and the in-memory one: the same
 * findings and statuses, read with the cells (ExcelApi 1.13) in the same syncs; older Excel and sheets with more
 * merged areas than Excel lists still validate, as before.
 */

import { describe as describeProblem, type Finding } from "../../src/core";
import { a1, type Area } from "../../src/template";
import { parseAreas } from "../../src/excel/read";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { ValidationReport } from "../../src/template";
import { MERGED_AREAS_LIMIT, type FakeExcel } from "./fakeExcel";
import { catalogue, col, inserted, SHEET, template, value } from "./support";

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

  test("a sheet with more merged areas than Excel lists still validates: read again without them", async () => {
    const { excel, workbook } = await officeDoor();
    manyMerges(excel, MERGED_AREAS_LIMIT + 1);
    const report = value(await workbook.validate({ tolerance: 0.05 }));
    expect(excel.syncs).toBe(5);
    expect(report.evaluation.row("03")?.status).not.toBe("missing");
    expect(said(report.findings)).toEqual([]);
  });

  test("the report sheet written in Excel carries the same warning", async () => {
    const { excel, workbook } = await officeDoor();
    value(
      await workbook.writeReport({ tolerance: 0.05, period: "H1", groupBy: "agency", lang: "vi", date: "2024-07-05" })
    );
    const text = [...excel.sheet("Báo cáo 6 tháng").cells.values()].map((c) => String(c.value)).join("\n");
    expect(text).toContain(`ô gộp ${address(ESTIMATES)}`);
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
