/** The reporting round on .xlsx files (ExcelJS): find the template, write an agency's workbook, apply a merge plan, append the log. */

import ExcelJS from "exceljs";
import type { Catalogue, CellValue } from "../core";
import {
  LOG_HEADER,
  isLogSheet,
  LOG_SHEET,
  logRow,
  notConsolidatedText,
  type MergePlan,
  type MergeSource,
} from "../round";
import { setCellStyle } from "./cellStyle";
import type { CommandContext } from "./common";
import { openWorkbook, zipLimits, type FileProblem, type InputFile } from "./inputs";
import { agencyTemplate, findRoundSheet, sheetNames, type FoundTemplate } from "./roundSheet";

/** Carries out a merge plan's cell writes on the consolidated worksheet, each format (and wrap) set on that cell alone. */
export function applyWrites(worksheet: ExcelJS.Worksheet, plan: MergePlan): void {
  for (const write of plan.writes) {
    const cell = worksheet.getCell(write.row + 1, write.col + 1);
    cell.value = write.value;
    if (write.numberFormat) setCellStyle(cell, { numFmt: write.numberFormat });
    if (!write.wrap) continue;
    // Co-leads' notes, a line each: wrapped, and the row raised to their height (LibreOffice and Excel keep a height
    // written in the file rather than measure the text).
    setCellStyle(cell, { alignment: { ...cell.alignment, wrapText: true } });
    const line = worksheet.getRow(write.row + 1);
    if ((line.height ?? 0) < write.wrap.height) line.height = write.wrap.height;
  }
}

/**
 * Carries out a merge plan's formulas: a recalculated one holds its new value, any other loses its stale one (so that
 * LibreOffice or another program calculates it or shows nothing, never the old total), and Excel recalculates the
 * whole workbook when it opens the copy, formulas on other sheets too.
 */
export function applyFormulas(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, plan: MergePlan): void {
  if (plan.writes.length === 0) return;
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const formula of plan.formulas) {
    const cell = worksheet.getCell(formula.row + 1, formula.col + 1);
    const raw = cell.value;
    if (!raw || typeof raw !== "object" || !("formula" in raw || "sharedFormula" in raw)) continue;
    // A new object: ExcelJS's copy of a formula value drops a result of 0, its constructor keeps it.
    cell.value = { ...raw, result: formula.value } as ExcelJS.CellValue;
  }
}

const logValue = (v: CellValue | string | number | boolean | null): ExcelJS.CellValue =>
  v === undefined ? null : typeof v === "object" && v !== null ? v.error : v;

/**
 * Appends the plan's log lines below those already in `Nhật ký cập nhật` (creating the sheet, with
 * its header, on the first merge). Lines already there are never touched.
 *
 * A protected log sheet is written all the same, unlike in the pane (src/excel/round.ts, memoryRound.ts): a sheet's
 * protection stops people typing in Excel, not a program writing a file; `merge --write` writes a new copy, never
 * the file given, and the copy gets the sheet's protection back as it was (xlsxSettings.ts). The template sheet is
 * treated the same way. Refusing would leave no way to merge into a locked workbook without Excel.
 */
export function appendLog(workbook: ExcelJS.Workbook, plan: MergePlan): number {
  if (plan.log.length === 0) return 0;
  // Excel refuses two sheets whose names differ only in case: a log renamed "nhật ký cập nhật" is the log.
  let sheet = workbook.worksheets.find((ws) => isLogSheet(ws.name));
  if (!sheet) {
    sheet = workbook.addWorksheet(LOG_SHEET);
    const header = sheet.addRow([...LOG_HEADER]);
    header.eachCell((cell) => setCellStyle(cell, { font: { bold: true } }));
    [17, 28, 28, 8, 20, 7, 24, 24].forEach((w, i) => (sheet!.getColumn(i + 1).width = w));
  }
  // Below the last line that holds anything, whatever staff did to the sheet.
  let last = sheet.rowCount;
  while (last > 0 && !sheet.getRow(last).hasValues) last--;
  plan.log.forEach((entry, i) => {
    const row = sheet!.getRow(last + 1 + i);
    row.values = logRow(entry).map(logValue);
    setCellStyle(row.getCell(7), { numFmt: "@" });
    setCellStyle(row.getCell(8), { numFmt: "@" });
    row.commit();
  });
  return plan.log.length;
}

/** Opens a workbook and finds its template for the round, or says why it cannot (in the user's language). */
export async function openRoundWorkbook(
  input: InputFile,
  catalogue: Catalogue,
  cli: CommandContext
): Promise<{ workbook: ExcelJS.Workbook; found: FoundTemplate } | { error: FileProblem }> {
  const opened = await openWorkbook(input, cli.t, zipLimits(cli.io.env));
  if ("error" in opened) return opened;
  const found = findRoundSheet(opened.workbook, catalogue);
  // Not the pane's "insert the template first", nor "ask the agency": the staff's own workbook, whatever its name.
  const message = notConsolidatedText(sheetNames(opened.workbook), cli.lang);
  if (!found) return { error: { code: "noTemplate", message } };
  return { workbook: opened.workbook, found };
}

/**
 * An agency's file for a merge, read as the pane reads a picked file (agencyTemplate: the same sheet, validate's
 * findings on it), or why it cannot be read. Only the grid is kept: the workbooks of many agencies never sit in
 * memory together.
 */
export async function openMergeSource(
  input: InputFile,
  catalogue: Catalogue,
  cli: CommandContext
): Promise<MergeSource> {
  const opened = await openWorkbook(input, cli.t, zipLimits(cli.io.env));
  if ("error" in opened) return { file: input.file, error: opened.error.message };
  const read = agencyTemplate(opened.workbook, catalogue);
  // Said by the merge itself (merge.notTemplate), with the agency its name gives.
  if ("noTemplate" in read) return { file: input.file, notTemplate: read.noTemplate };
  return { file: input.file, ...read };
}
