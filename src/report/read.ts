/**
 * Reads what a report needs from the template beside the judged figures: each row's note (`Ghi chú`)
 * and last year's figure (`Cùng kỳ năm trước`, optional: older templates have no such column).
 */

import {
  describe,
  hasPercentUnit,
  readValue,
  valueTypeProblem,
  type Catalogue,
  type CellValue,
  type Lang,
} from "../core";
import type { LocatedTemplate, SheetGrid } from "../template";
import type { RowExtras } from "./rows";

function cellText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/** The extras of every located row, from the same grid the judgement read. */
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
      const value = grid.values[r]?.[c] as CellValue;
      const format = grid.numberFormats?.[r]?.[c];
      // Read as the figures of the year are read: "3.950", "97,2%", a percent-formatted cell.
      const reading = readValue(
        value,
        typeof format === "string" ? format : undefined,
        hasPercentUnit(indicator),
        indicator.unit?.vi
      );
      if (typeof reading === "number") {
        const invalid = valueTypeProblem(indicator, reading);
        if (invalid) extra.lastYearProblem = { text: cellText(value), reason: (lang: Lang) => describe(invalid, lang) };
        else extra.lastYear = reading;
      } else if (reading !== null) {
        extra.lastYearProblem = { text: cellText(value), reason: (lang: Lang) => describe(reading, lang) };
      }
    }
    extras.set(code, extra);
  }
  return extras;
}
