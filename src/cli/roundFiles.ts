/** The reporting round on .xlsx files (ExcelJS): find the template, write an agency's workbook, apply a merge plan, append the log. */

import ExcelJS from "exceljs";
import { describe, isPercentFormat, problem, type Catalogue, type CellValue } from "../core";
import { LOG_HEADER, LOG_SHEET, logRow, readRoundSheet, type MergePlan, type RoundSheet } from "../round";
import { setCellStyle } from "./cellStyle";
import type { CommandContext } from "./common";
import { openWorkbook, type FileProblem, type InputFile } from "./inputs";
import { gridOf } from "./xlsx";

export interface FoundTemplate {
  worksheet: ExcelJS.Worksheet;
  round: RoundSheet;
}

/** The first worksheet holding the template, read for the round, with its formulas (a merge never replaces one). */
export function findRoundSheet(workbook: ExcelJS.Workbook, catalogue: Catalogue): FoundTemplate | undefined {
  for (const worksheet of workbook.worksheets) {
    const round = readRoundSheet(gridOf(worksheet), catalogue);
    if (round) return { worksheet, round: { ...round, grid: { ...round.grid, formulas: formulasOf(worksheet) } } };
  }
  return undefined;
}

/** The formulas of a worksheet (`=A1+1`) by 0-based position from A1; other cells are left empty. */
function formulasOf(worksheet: ExcelJS.Worksheet): string[][] {
  const formulas: string[][] = [];
  worksheet.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const formula = cell.formula;
      if (!formula) return;
      (formulas[r - 1] ??= [])[c - 1] = `=${formula}`;
    });
  });
  return formulas;
}

/** The names of a workbook's sheets, for "no template in: …". */
export function sheetNames(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.map((s) => s.name);
}

/**
 * Carries out a merge plan's cell writes on the consolidated worksheet. Each format is set on that cell alone;
 * a number written into a blank cell formatted as a percentage (which the plan cannot see) loses that format.
 */
export function applyWrites(worksheet: ExcelJS.Worksheet, plan: MergePlan): void {
  for (const write of plan.writes) {
    const cell = worksheet.getCell(write.row + 1, write.col + 1);
    cell.value = write.value;
    const numFmt =
      write.numberFormat ??
      (typeof write.value === "number" && cell.numFmt && isPercentFormat(cell.numFmt) ? "General" : undefined);
    if (numFmt) setCellStyle(cell, { numFmt });
  }
}

const logValue = (v: CellValue | string | number | boolean | null): ExcelJS.CellValue =>
  v === undefined ? null : typeof v === "object" && v !== null ? v.error : v;

/**
 * Appends the plan's log lines below those already in `Nhật ký cập nhật` (creating the sheet, with
 * its header, on the first merge). Lines already there are never touched.
 */
export function appendLog(workbook: ExcelJS.Workbook, plan: MergePlan): number {
  if (plan.log.length === 0) return 0;
  let sheet = workbook.getWorksheet(LOG_SHEET);
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
  const opened = await openWorkbook(input, cli.t);
  if ("error" in opened) return opened;
  const found = findRoundSheet(opened.workbook, catalogue);
  if (!found) {
    const message = describe(problem("sheet.noTemplate", { sheets: sheetNames(opened.workbook) }), cli.lang);
    return { error: { code: "noTemplate", message } };
  }
  return { workbook: opened.workbook, found };
}
