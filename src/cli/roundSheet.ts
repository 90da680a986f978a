/** The template sheet of an ExcelJS workbook for the round, chosen as validate chooses it, and an agency's file read for a merge; nothing of Node, so the pane's agency-files script reads files as the command line does. */

import type ExcelJS from "exceljs";
import { DEFAULT_TOLERANCE, type Catalogue, type Finding } from "../core";
import { MERGED_COLUMNS, readRoundSheet, type RoundSheet } from "../round";
import { chooseTemplate } from "../template";
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

/** An agency's file as a merge reads it: its template sheet and what validate says of it, or the sheets it has when none holds the template. */
export type AgencyTemplate = { sheet: RoundSheet; structure: Finding[] } | { noTemplate: string[] };

/**
 * The one reading of an agency's file for a merge, in the command line and in the pane alike: the sheet validate
 * judges (the marked one, else the first template) and validate's findings on it, which the merge repeats when they
 * hide figures (a code retyped, a row deleted, a merged cell over a figure, a second template sheet).
 */
export function agencyTemplate(workbook: ExcelJS.Workbook, catalogue: Catalogue): AgencyTemplate {
  const found = findRoundSheet(workbook, catalogue);
  if (!found) return { noTemplate: sheetNames(workbook) };
  return { sheet: found.round, structure: judgedFindings(workbook, found, catalogue) };
}
