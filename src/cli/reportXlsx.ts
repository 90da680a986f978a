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
  openOn(workbook, sheet);
  return { sheet, replaced: existing !== undefined };
}

/**
 * The copy opens on the report, as the pane shows it in Excel: the workbook's active tab, and the
 * only selected tab (two selected tabs would be a group, where typing changes both sheets).
 */
function openOn(workbook: ExcelJS.Workbook, report: ExcelJS.Worksheet): void {
  const activeTab = workbook.worksheets.indexOf(report);
  const view = workbook.views?.[0] ?? { x: 0, y: 0, width: 25000, height: 10000, visibility: "visible" };
  workbook.views = [{ ...view, firstSheet: 0, activeTab }];
  // ExcelJS reads and writes a sheet view's tabSelected, but its types do not name it.
  type View = ExcelJS.WorksheetView & { tabSelected?: boolean };
  const select = (v: Partial<View>, tabSelected: boolean) => ({ ...v, tabSelected }) as View;
  for (const ws of workbook.worksheets) {
    const views = (ws.views ?? []) as View[];
    if (ws === report) ws.views = [select(views[0] ?? {}, true)];
    else if (views.some((v) => v.tabSelected)) ws.views = views.map((v) => select(v, false));
  }
}
