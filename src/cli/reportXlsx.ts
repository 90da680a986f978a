/** Lays the report sheet out in an ExcelJS workbook: cells, styles, merges, print setup (the charts are added after). */

import ExcelJS from "exceljs";
import { REPORT_STYLES, type ReportSheet } from "../report";
import { a4Landscape, styleCell } from "./xlsx";

/** Adds the report sheet, replacing a sheet of the same name (an earlier report for the same period). */
export function addReportSheet(
  workbook: ExcelJS.Workbook,
  plan: ReportSheet
): { sheet: ExcelJS.Worksheet; replaced: boolean } {
  const existing = workbook.getWorksheet(plan.name);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(plan.name, {
    pageSetup: {
      ...a4Landscape(plan.headerRow),
      margins: plan.margins,
    },
  });
  plan.columnWidths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  plan.rowHeights.forEach((height, r) => (sheet.getRow(r + 1).height = height));
  plan.cells.forEach((row, r) =>
    row.forEach((spec, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      if (spec.value !== null) cell.value = spec.value;
      // The status colours are the cell's own fill, not a conditional format: the report is a snapshot.
      const style = REPORT_STYLES[spec.style];
      styleCell(
        cell,
        spec.fill ? { ...style, fill: spec.fill, color: spec.fontColor } : style,
        plan.font,
        spec.numberFormat
      );
    })
  );
  // A break is set on the row above the one that starts a page.
  for (const row of plan.pageBreaks) sheet.getRow(row).addPageBreak();
  for (const m of plan.merges) sheet.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  return { sheet, replaced: existing !== undefined };
}
