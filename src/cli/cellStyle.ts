/** Styles set on ExcelJS cells one cell at a time, never through a style object other cells share. */

import type ExcelJS from "exceljs";

/**
 * Gives `cell` a style of its own with `patch` applied. ExcelJS loads one style object per style id of the file
 * and hands it to every cell using that id, so `cell.numFmt = …` (or `.font`, `.fill`…) on a loaded cell restyles
 * every cell sharing it: one percent figure merged would make every entry cell of the sheet a percentage.
 */
export function setCellStyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}
