/** The reporting round on .xlsx files (ExcelJS): find the template, write an agency's workbook, apply a merge plan, append the log. */

import ExcelJS from "exceljs";
import { DEFAULT_TOLERANCE, describe, problem, type Catalogue, type CellValue, type Finding } from "../core";
import {
  LOG_HEADER,
  isLogSheet,
  LOG_SHEET,
  logRow,
  MERGED_COLUMNS,
  readRoundSheet,
  type MergePlan,
  type RoundSheet,
} from "../round";
import { chooseTemplate } from "../template";
import { setCellStyle } from "./cellStyle";
import type { CommandContext } from "./common";
import { openWorkbook, type FileProblem, type InputFile } from "./inputs";
import { gridOf, judgeWorkbook, markedSheets, mergeLogOf } from "./xlsx";

export interface FoundTemplate {
  worksheet: ExcelJS.Worksheet;
  round: RoundSheet;
}

/**
 * The worksheet holding the template that validate judges (the one the marker points to, else the first), read for the round, with the workbook's merge log, its formulas (a merge never replaces one) and
 * the number formats of its empty entry cells (a plain number merged into one formatted as a percentage loses it).
 */
export function findRoundSheet(workbook: ExcelJS.Workbook, catalogue: Catalogue): FoundTemplate | undefined {
  const marked = markedSheets(workbook).flatMap((name) => workbook.getWorksheet(name) ?? []);
  for (const worksheet of [...marked, ...workbook.worksheets]) {
    const round = readRoundSheet(gridOf(worksheet), catalogue);
    if (round) {
      const grid = { ...round.grid, formulas: formulasOf(worksheet), numberFormats: entryFormats(worksheet, round) };
      // The merge log, where the conflicts of earlier merges are kept (for the next merge and for status).
      return { worksheet, round: { ...round, grid, log: mergeLogOf(workbook) } };
    }
  }
  return undefined;
}

/**
 * The grid's number formats with those of the entry cells that hold nothing, which gridOf skips: the format such a
 * cell shows a figure in (its own, else its row's, else its column's, as ExcelJS gives a new cell), read without
 * creating a cell, so that the planner decides the format of every cell it writes, as in the pane.
 */
function entryFormats(worksheet: ExcelJS.Worksheet, round: RoundSheet): string[][] {
  const formats = (round.grid.numberFormats ?? []).map((r) => [...r] as string[]);
  const columns = MERGED_COLUMNS.map((key) => round.located.columns[key]).filter((c) => c !== undefined);
  for (const row of round.located.rows.values()) {
    for (const col of columns) {
      if (formats[row]?.[col] !== undefined) continue;
      const line = worksheet.findRow(row + 1);
      const format = line?.findCell(col + 1)?.numFmt ?? line?.numFmt ?? worksheet.columns?.[col]?.numFmt;
      if (format) (formats[row] ??= [])[col] = format;
    }
  }
  return formats;
}

/**
 * What validate says of the template sheet a round command read (`found`): its findings, another template sheet in the
 * workbook named as validate names it, so that a merge repeats what hides an agency's figures instead of finding it anew.
 */
export function judgedFindings(workbook: ExcelJS.Workbook, found: FoundTemplate, catalogue: Catalogue): Finding[] {
  const judged = judgeWorkbook(workbook, catalogue, { tolerance: DEFAULT_TOLERANCE }).map(({ sheet, judged }) => ({
    name: sheet.name,
    judged,
  }));
  const [chosen] = chooseTemplate(judged, [{ sheets: markedSheets(workbook), by: "marker" }]);
  return chosen?.name === found.worksheet.name ? chosen.judged.report.findings : [];
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
  const opened = await openWorkbook(input, cli.t);
  if ("error" in opened) return opened;
  const found = findRoundSheet(opened.workbook, catalogue);
  if (!found) {
    const message = describe(problem("sheet.noTemplate", { sheets: sheetNames(opened.workbook) }), cli.lang);
    return { error: { code: "noTemplate", message } };
  }
  return { workbook: opened.workbook, found };
}
