/**
 * Reads what a report needs from the template beside the judged figures: each row's note (`Ghi chú`)
 * and last year's figure (`Cùng kỳ năm trước`, optional: older templates have no such column).
 */

import { readLastYear, type Catalogue, type CellValue } from "../core";
import type { LocatedTemplate, SheetGrid } from "../template";
import type { RowExtras } from "./rows";

function cellText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/**
 * The extras of every located row, from the same grid the judgement read. Last year's figure is the core's reading
 * (readLastYear), the one validate and the pane check: a cell that holds no figure is their warning
 * (plausibility.lastYearInvalid, among the report's findings) and is not compared.
 */
export function readExtras(grid: SheetGrid, located: LocatedTemplate, catalogue: Catalogue): Map<string, RowExtras> {
  const extras = new Map<string, RowExtras>();
  const { note: noteCol, lastYear: lastYearCol } = located.columns;
  for (const [code, row] of located.rows) {
    const r = row - grid.rowOffset;
    const extra: RowExtras = {};
    if (noteCol !== undefined) {
      const note = cellText(grid.values[r]?.[noteCol - grid.colOffset]);
      if (note !== "") extra.note = note;
    }
    const indicator = catalogue.byCode.get(code);
    if (lastYearCol !== undefined && indicator) {
      const c = lastYearCol - grid.colOffset;
      const format = grid.numberFormats?.[r]?.[c];
      const cell = {
        value: grid.values[r]?.[c] as CellValue,
        numberFormat: typeof format === "string" ? format : undefined,
      };
      const lastYear = readLastYear(indicator, cell).value;
      if (lastYear !== undefined) extra.lastYear = lastYear;
    }
    extras.set(code, extra);
  }
  return extras;
}
