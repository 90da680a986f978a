/**
 * Reads what a report needs from the template beside the judged figures: each row's note (`Ghi chú`). Last year's
 * figure is the judgement's own (RowEvaluation.lastYear), read once with the row's entries.
 */

import type { LocatedTemplate, SheetGrid } from "../template";
import type { RowExtras } from "./rows";

function cellText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/** The extras of every located row, from the same grid the judgement read. */
export function readExtras(grid: SheetGrid, located: LocatedTemplate): Map<string, RowExtras> {
  const extras = new Map<string, RowExtras>();
  const noteCol = located.columns.note;
  for (const [code, row] of located.rows) {
    const extra: RowExtras = {};
    if (noteCol !== undefined) {
      const note = cellText(grid.values[row - grid.rowOffset]?.[noteCol - grid.colOffset]);
      if (note !== "") extra.note = note;
    }
    extras.set(code, extra);
  }
  return extras;
}
