/**
 * Merged ranges over the template's columns below its header, from the ranges each door read: which cells they
 * cover, and what that hides. Staff merge a figure over three rows to mean "the same for all", but only the
 * top-left cell holds a value, so the other rows would be judged on something else, or lose their code, in silence.
 */

import { problem, type Finding } from "../core";
import { a1, COLUMNS, type Area, type ColumnKey } from "./layout";
import type { LocatedTemplate, SheetGrid } from "./locate";

/** The columns a merge hides something in: the rows' codes, the figures judged or compared, the results written. */
const WATCHED = new Set<ColumnKey>(["code", "actual", "estimate", "lastYear", "percent", "status"]);

/** For each merged range and each watched column it covers below the header: the rows (0-based) covered there. */
function coveredByColumn(grid: SheetGrid, located: LocatedTemplate) {
  const found: { area: Area; range: string; header: string; col: number; rows: number[] }[] = [];
  for (const area of grid.merged ?? []) {
    // A merge may run down a whole column: below the last row read there is nothing to hide.
    const last = Math.min(area.row + area.rows - 1, grid.rowOffset + grid.values.length - 1);
    for (const { key, header } of COLUMNS) {
      const col = located.columns[key];
      if (!WATCHED.has(key) || col === undefined || col < area.col || col >= area.col + area.cols) continue;
      const rows: number[] = [];
      for (let row = Math.max(area.row, located.headerRow + 1); row <= last; row++) {
        if (row !== area.row || col !== area.col) rows.push(row);
      }
      if (rows.length > 0) found.push({ area, range: a1(area.row, area.col, area.rows, area.cols), header, col, rows });
    }
  }
  return found;
}

/** The merged range (A1) over each cell of a watched column below the header that is not its top-left, by "row:col". */
export function coveredCells(grid: SheetGrid, located: LocatedTemplate): Map<string, string> {
  const covered = new Map<string, string>();
  for (const { range, col, rows } of coveredByColumn(grid, located)) {
    for (const row of rows) covered.set(`${row}:${col}`, range);
  }
  return covered;
}

/**
 * One warning for each merged range and watched column it covers, listed with the structure warnings; or one saying
 * that the merged ranges could not be read, so that a sheet judged without them does not pass for one checked.
 */
export function mergedFindings(grid: SheetGrid, located: LocatedTemplate): Finding[] {
  if (grid.mergedUnread) {
    return [{ severity: "warning", codes: [], problem: problem("sheet.mergedUnread", { sheet: located.sheet }) }];
  }
  const codeOn = new Map<number, string>();
  for (const [code, row] of located.rows) codeOn.set(row, code);
  return coveredByColumn(grid, located).map(({ area, range, header, rows }) => {
    const firstCode = codeOn.get(area.row);
    const codes = rows.flatMap((row) => codeOn.get(row) ?? []);
    return {
      severity: "warning",
      codes: firstCode === undefined ? codes : [firstCode, ...codes],
      problem: problem("sheet.mergedCells", {
        sheet: located.sheet,
        range,
        first: a1(area.row, area.col),
        column: header,
        firstCode,
        codes,
        rows: rows.map((row) => row + 1),
      }),
    };
  });
}

/**
 * Only a merge's top-left cell holds its value, as Excel shows it and ExcelJS reads it: a value another program
 * left in a covered cell (LibreOffice keeps them) is not read. Rows are changed in place.
 */
export function blankCovered(values: readonly (readonly unknown[])[], merged: readonly Area[]): void {
  for (const area of merged) {
    for (let r = area.row; r < Math.min(values.length, area.row + area.rows); r++) {
      const line = values[r] as unknown[];
      for (let c = area.col; c < Math.min(line.length, area.col + area.cols); c++) {
        if ((r !== area.row || c !== area.col) && line[c] !== null) line[c] = null;
      }
    }
  }
}
