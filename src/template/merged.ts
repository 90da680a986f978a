/**
 * Merged ranges over the template's columns below its header, from the ranges each door read: which cells they
 * cover, and what that hides. Staff merge a figure over three rows to mean "the same for all", but only the
 * top-left cell holds a value, so the other rows would be judged on something else, or lose their code, in silence.
 */

import { problem, type Finding, type MergedCellsParams } from "../core";
import { a1, COLUMNS, type Area, type ColumnKey } from "./layout";
import type { LocatedTemplate, SheetGrid } from "./locate";

/** The columns a merge can hide something in, and what it hides there. */
const ROLES: Partial<Record<ColumnKey, MergedCellsParams["role"]>> = {
  code: "code",
  actual: "judged",
  estimate: "judged",
  lastYear: "lastYear",
  percent: "result",
  status: "result",
};

/** The merged range a covered cell belongs to, and its top-left cell (A1). */
export interface CoveredCell {
  range: string;
  first: string;
}

const key = (row: number, col: number) => `${row}:${col}`;

/** Every cell of the columns above below the header that a merged range covers (not its top-left), by "row:col". */
export function coveredCells(grid: SheetGrid, located: LocatedTemplate): Map<string, CoveredCell> {
  const covered = new Map<string, CoveredCell>();
  for (const { area, col, rows } of coveredByColumn(grid, located)) {
    const cell = { range: a1(area.row, area.col, area.rows, area.cols), first: a1(area.row, area.col) };
    for (const row of rows) covered.set(key(row, col), cell);
  }
  return covered;
}

/** For each merged range and each template column it covers below the header: the rows (0-based) covered there. */
function coveredByColumn(
  grid: SheetGrid,
  located: LocatedTemplate
): { area: Area; key: ColumnKey; col: number; rows: number[] }[] {
  const found: { area: Area; key: ColumnKey; col: number; rows: number[] }[] = [];
  for (const area of grid.merged ?? []) {
    if (area.rows * area.cols < 2) continue;
    // A merge may run down a whole column: below the last row read there is nothing to hide.
    const last = Math.min(area.row + area.rows - 1, grid.rowOffset + grid.values.length - 1);
    if (last <= located.headerRow) continue;
    for (const spec of COLUMNS) {
      const col = located.columns[spec.key];
      if (ROLES[spec.key] === undefined || col === undefined || col < area.col || col >= area.col + area.cols) continue;
      const rows: number[] = [];
      for (let row = Math.max(area.row, located.headerRow + 1); row <= last; row++) {
        if (row !== area.row || col !== area.col) rows.push(row);
      }
      if (rows.length > 0) found.push({ area, key: spec.key, col, rows });
    }
  }
  return found;
}

/** One warning for each merged range and template column it covers, listed with the structure warnings. */
export function mergedFindings(grid: SheetGrid, located: LocatedTemplate): Finding[] {
  const codeOnRow = new Map<number, string>();
  for (const [code, row] of located.rows) codeOnRow.set(row, code);
  return coveredByColumn(grid, located).map(({ area, key: column, rows }) => {
    const firstCode = codeOnRow.get(area.row);
    const codes = rows.flatMap((row) => codeOnRow.get(row) ?? []);
    const header = COLUMNS.find((c) => c.key === column)?.header ?? column;
    const params: MergedCellsParams = {
      sheet: located.sheet,
      range: a1(area.row, area.col, area.rows, area.cols),
      first: a1(area.row, area.col),
      column: header,
      role: ROLES[column] as MergedCellsParams["role"],
      codes,
      rows: rows.map((row) => row + 1),
      ...(firstCode === undefined ? {} : { firstCode }),
    };
    return {
      severity: "warning",
      codes: [...(firstCode === undefined ? [] : [firstCode]), ...codes],
      problem: problem("sheet.mergedCells", params),
    } satisfies Finding;
  });
}
