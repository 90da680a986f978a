/**
 * A file saved set to calculate by hand (`<calcPr calcMode="manual"/>` in workbook.xml): the results stored in its
 * formula cells are those of the last calculation, and may be older than the figures they add up.
 */

import type ExcelJS from "exceljs";
import type { ManualCalculation } from "../template";

/** Whether workbook.xml says Manual (ST_CalcMode "manual"; "auto" and "autoNoTable" calculate by themselves). */
export function savedForManualCalculation(workbookXml: string): boolean {
  return /<(?:\w+:)?calcPr\b[^>]*\scalcMode\s*=\s*["']manual["']/.test(workbookXml);
}

/** What a file reader knows of it: nothing was recalculated (no program here calculates Excel's formulas). */
export const AS_SAVED: ManualCalculation = { recalculated: false, inExcel: false };

/** ExcelJS forgets calcMode when it reads a file: the workbooks opened from a manual one, remembered here. */
const manual = new WeakSet<ExcelJS.Workbook>();

export function rememberManualCalculation(workbook: ExcelJS.Workbook, isManual: boolean): void {
  if (isManual) manual.add(workbook);
}

export function manualCalculationOf(workbook: ExcelJS.Workbook): ManualCalculation | undefined {
  return manual.has(workbook) ? AS_SAVED : undefined;
}
