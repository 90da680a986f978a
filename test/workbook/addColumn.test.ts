/** Adding Cùng kỳ năm trước to an older template in the in-memory workbook (the preview's door). */

import { STATUS_LABELS } from "../../src/core";
import { compareWithLastYear } from "../../src/report";
import { buildTemplate, judgeSheet, templateWithoutLastYear } from "../../src/template";
import { memorySheet, MemoryWorkbook, type MemorySheet } from "../../src/workbook/memory";
import type { Outcome } from "../../src/workbook/types";
import { shippedCatalogue as catalogue } from "../catalogue";

const fresh = buildTemplate(catalogue);
const older = templateWithoutLastYear(catalogue);
const SHEET = fresh.name;
const rowOf = (code: string) => older.rowCodes.indexOf(code);

function value<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(o.error.key);
  return o.value;
}

/** A workbook with the template as older versions drew it, figures and a note typed in. */
function olderWorkbook() {
  const workbook = new MemoryWorkbook(catalogue);
  workbook.sheets.push(memorySheet(older));
  workbook.activeSheet = SHEET;
  workbook.setCell(SHEET, rowOf("05.1"), 5, 2100);
  workbook.setCell(SHEET, rowOf("05.1"), 6, "4.100");
  workbook.setCell(SHEET, rowOf("09.1"), 5, "97,2%");
  workbook.setCell(SHEET, rowOf("05.1"), 11, "Số liệu sơ bộ");
  const sheet = workbook.sheet(SHEET) as MemorySheet;
  return { workbook, sheet };
}

const at = (sheet: MemorySheet, code: string, col: number) => sheet.cells[rowOf(code)][col]?.value ?? null;

describe("MemoryWorkbook.addLastYearColumn", () => {
  test("validating an older template never adds the column; it says the column is missing", async () => {
    const { workbook, sheet } = olderWorkbook();
    const report = value(await workbook.validate({ tolerance: 0.05 }));
    expect(report.hasLastYearColumn).toBe(false);
    expect(sheet.cells[older.headerRow].map((c) => c.value)).toEqual(older.cells[older.headerRow].map((c) => c.value));
  });

  test("inserts a whole column at H: the sheet then reads as a fresh template, and typed values stay in their columns", async () => {
    const { workbook, sheet } = olderWorkbook();
    expect(value(await workbook.addLastYearColumn())).toEqual({ status: "added", sheet: SHEET, column: "H" });
    expect(sheet.cells[fresh.headerRow].map((c) => c.value)).toEqual(fresh.cells[fresh.headerRow].map((c) => c.value));
    expect(at(sheet, "05.1", 5)).toBe(2100);
    expect(at(sheet, "05.1", 6)).toBe("4.100");
    expect(at(sheet, "05.1", 7)).toBeNull();
    expect(at(sheet, "05.1", 12)).toBe("Số liệu sơ bộ");
    expect(sheet.cells[rowOf("08")][7].numberFormat).toBe("#,##0");
    // the drawn model is the fresh template's, cell for cell: same styles, merges, widths
    expect(sheet.template?.cells).toEqual(fresh.cells);
    expect(sheet.template?.merges).toEqual(fresh.merges);
    expect(sheet.template?.columnWidths).toEqual(fresh.columnWidths);
    // a second press: nothing to do
    expect(value(await workbook.addLastYearColumn())).toEqual({ status: "present", sheet: SHEET });
    expect(sheet.cells[fresh.headerRow]).toHaveLength(13);
  });

  test("validation afterwards reads the same figures and fills the moved result columns; last year's figure gives % so với cùng kỳ", async () => {
    const { workbook, sheet } = olderWorkbook();
    const before = value(await workbook.validate({ tolerance: 0.05 }));
    value(await workbook.addLastYearColumn());
    const after = value(await workbook.validate({ tolerance: 0.05 }));
    expect(after.hasLastYearColumn).toBe(true);
    expect(after.evaluation.rows).toEqual(before.evaluation.rows);
    expect(at(sheet, "05.1", 9)).toBe(STATUS_LABELS.vi[before.evaluation.row("05.1")?.status ?? "missing"]);
    expect(at(sheet, "05.1", 12)).toBe("Số liệu sơ bộ");

    workbook.setCell(SHEET, rowOf("05.1"), 7, "1.750");
    workbook.setCell(SHEET, rowOf("09.1"), 7, "95,5");
    value(await workbook.validate({ tolerance: 0.05 }));
    const read = workbook.grid(sheet);
    const judged = judgeSheet(read, catalogue, { tolerance: 0.05 });
    const compare = (code: string) =>
      compareWithLastYear(
        catalogue.byCode.get(code)!,
        judged!.report.evaluation.row(code)?.actual,
        judged!.report.evaluation.row(code)?.lastYear
      );
    expect(compare("05.1")).toEqual({ kind: "ratio", percent: 120 });
    expect(compare("09.1")).toEqual({ kind: "points", points: 1.7 });
    expect(at(sheet, "05.1", 7)).toBe("1.750");
  });

  test("highlights move and grow with the columns, as Excel's conditional formats do", async () => {
    const { workbook, sheet } = olderWorkbook();
    value(await workbook.validate({ tolerance: 0.05 }));
    const wide = sheet.highlights.find((h) => h.area.cols > 1);
    const status = sheet.highlights.find((h) => h.area.cols === 1);
    value(await workbook.addLastYearColumn());
    expect(sheet.highlights.find((h) => h.status === wide?.status)?.area).toEqual({ ...wide?.area, cols: 13 });
    expect(sheet.highlights.find((h) => h.status === status?.status)?.area.col).toBe(9);
  });

  test("a protected sheet or a read-only workbook: a clear message, nothing changed", async () => {
    const { workbook, sheet } = olderWorkbook();
    const before = JSON.stringify(sheet.cells);
    sheet.protected = true;
    const locked = await workbook.addLastYearColumn();
    expect(locked).toEqual({ ok: false, error: { key: "excel.protected", params: { sheet: SHEET } } });
    sheet.protected = false;
    workbook.readOnly = true;
    expect(await workbook.addLastYearColumn()).toMatchObject({ ok: false, error: { key: "excel.readOnly" } });
    expect(JSON.stringify(sheet.cells)).toBe(before);
  });

  test("no template: says so", async () => {
    const workbook = new MemoryWorkbook(catalogue);
    expect(await workbook.addLastYearColumn()).toMatchObject({ ok: false, error: { key: "sheet.noTemplate" } });
  });
});
