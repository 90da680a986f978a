/** Template sheets filled as staff fill them, as grids the report reads: the shipped catalogue and the 6-month sample. */

import shipped from "../../assets/catalogues/lang-son-2024.json";
import { loadCatalogue, type Catalogue, type CellValue } from "../../src/core";
import { SAMPLE_H1 } from "../../src/preview/sample";
import { buildTemplate, COLUMNS, judgeSheet, type ColumnKey, type SheetGrid } from "../../src/template";
import { MemoryWorkbook } from "../../src/workbook/memory";

const loaded = loadCatalogue(shipped);
export const catalogue = (loaded.ok ? loaded.catalogue : undefined) as Catalogue;
export const template = buildTemplate(catalogue);
export const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);

export interface FilledSheet {
  values: unknown[][];
  numberFormats: unknown[][];
  set(code: string, key: ColumnKey, value: unknown, numberFormat?: string): void;
  grid(): SheetGrid;
}

/** A fresh template (blanks read as "", as Office.js reads them), ready to fill. */
export function blankSheet(): FilledSheet {
  const values: unknown[][] = template.cells.map((row) => row.map((c) => c.value ?? ""));
  const numberFormats: unknown[][] = template.cells.map((row) => row.map((c) => c.numberFormat));
  const sheet: FilledSheet = {
    values,
    numberFormats,
    set(code, key, value, numberFormat) {
      const r = template.rowCodes.indexOf(code);
      values[r][col(key)] = value;
      if (numberFormat) numberFormats[r][col(key)] = numberFormat;
    },
    grid: () => ({ sheet: template.name, values, numberFormats, rowOffset: 0, colOffset: 0 }),
  };
  return sheet;
}

/** Every figure of the preview's 6-month sample, with its number format where the cell has one. */
export function forEachSampleFigure(
  put: (code: string, key: "actual" | "estimate", value: CellValue, numberFormat?: string) => void
): void {
  for (const [code, [actual, estimate]] of Object.entries(SAMPLE_H1)) {
    if (actual !== null && typeof actual === "object" && "numberFormat" in actual)
      put(code, "actual", actual.value, actual.numberFormat);
    else if (actual !== null && actual !== undefined) put(code, "actual", actual);
    if (estimate !== undefined && estimate !== null) put(code, "estimate", estimate);
  }
}

/** The 6-month sample of the preview, typed as staff type it. */
export function sampleSheet(): FilledSheet {
  const sheet = blankSheet();
  forEachSampleFigure((code, key, value, numberFormat) => sheet.set(code, key, value, numberFormat));
  return sheet;
}

export function judged(sheet: FilledSheet) {
  const result = judgeSheet(sheet.grid(), catalogue, { tolerance: 0.05 });
  if (!result) throw new Error("no template");
  return result;
}

/** The report table's column headers in Vietnamese, as the biểu số liệu prints them (pane, sheet and Word file alike). */
export const VI_COLUMN_LABELS = [
  "Mã",
  "Chỉ tiêu",
  "Đơn vị",
  "Kế hoạch năm",
  "Thực hiện kỳ báo cáo",
  "Ước thực hiện cả năm",
  "% so với kế hoạch năm",
  "% so với cùng kỳ",
  "Đánh giá",
  "Giải trình (Ghi chú)",
];

/** An in-memory workbook with the template inserted, its period "6 tháng" and the 6-month sample typed in. */
export async function sampleWorkbook(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook(catalogue);
  const inserted = await workbook.insertTemplate("ask");
  if (!inserted.ok) throw new Error("the template could not be inserted");
  workbook.setCell(template.name, template.periodCell.row, template.periodCell.col, "6 tháng");
  forEachSampleFigure((code, key, v, format) =>
    workbook.setCell(template.name, template.rowCodes.indexOf(code), col(key), v, format)
  );
  return workbook;
}
