/**
 * What the round needs to know about a read template beyond validation: whose workbook it is
 * (the agency line a split writes), which year and decision it was made for, and its cells by code.
 */

import { foldText, readNumber, type Catalogue, type CellValue, type LeadAgency } from "../core";
import {
  AGENCY_LABEL,
  COLUMNS,
  locateTemplate,
  matchAgency,
  readIdentity,
  sameDecision,
  type ColumnKey,
  type LocatedTemplate,
  type SheetGrid,
} from "../template";
import type { LogLine } from "./mergeLog";

export { AGENCY_LABEL, matchAgency };
/** Defined names a split workbook carries, so a program finds its agency and period without reading the layout. */
export const AGENCY_NAME = "ChiTieu_Agency";
export const PERIOD_NAME = "ChiTieu_Period";

/** The columns a merge copies from an agency's file: what agencies fill. */
export const MERGED_COLUMNS: readonly ColumnKey[] = ["actual", "estimate", "lastYear", "note"];
/** Every column staff fill, which a split carries over (the template may gain some, e.g. last year's figure). */
export const ENTRY_COLUMNS: readonly ColumnKey[] = COLUMNS.filter((c) => c.entry).map((c) => c.key);

export interface RoundSheet {
  grid: SheetGrid;
  located: LocatedTemplate;
  /** The agency line's text, when the sheet has one (a split workbook). */
  agencyText?: string;
  agencyCell?: { row: number; col: number };
  /** The year the template is for, read from `Kế hoạch NNNN` or the title. */
  year?: number;
  /** The decision number named in the source line (`136/QĐ-UBND`). */
  decision?: string;
  /** The workbook's merge log (`Nhật ký cập nhật`) as read back, when the door read it: conflicts live there. */
  log?: LogLine[];
}

/** A cell of the grid by absolute 0-based position. */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  return (grid.values[row - grid.rowOffset]?.[col - grid.colOffset] ?? null) as CellValue;
}

export function formatAt(grid: SheetGrid, row: number, col: number): string | undefined {
  const f = grid.numberFormats?.[row - grid.rowOffset]?.[col - grid.colOffset];
  return typeof f === "string" ? f : undefined;
}

/** The formula of a cell (`=10+9.5`) when the grid carries formulas and the cell holds one. */
export function formulaAt(grid: SheetGrid, row: number, col: number): string | undefined {
  const f = grid.formulas?.[row - grid.rowOffset]?.[col - grid.colOffset];
  return typeof f === "string" && f.startsWith("=") ? f : undefined;
}

/** Finds the template in a grid and what identifies it; undefined when the grid holds no template. */
export function readRoundSheet(grid: SheetGrid, catalogue: Catalogue): RoundSheet | undefined {
  const located = locateTemplate(grid, catalogue);
  if (!located) return undefined;
  const sheet: RoundSheet = { grid, located };
  // Whose workbook it is, and the year and decision the sheet names, read as validation reads them.
  const identity = readIdentity(grid, located);
  if (identity.agencyText !== undefined) sheet.agencyText = identity.agencyText;
  if (identity.agencyCell !== undefined) sheet.agencyCell = identity.agencyCell;
  if (identity.year !== undefined) sheet.year = identity.year;
  if (identity.decision !== undefined) sheet.decision = identity.decision;
  return sheet;
}

export { sameDecision };

/** A file name for an agency: ASCII, lower case, words joined by hyphens (`so-tai-chinh`). */
export function agencySlug(agency: string): string {
  return foldText(agency)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Each code's place in the catalogue, to list things in the sheet's order (a code it lacks comes first). */
export function catalogueOrder(catalogue: Catalogue): (code: string) => number {
  const places = new Map(catalogue.indicators.map((indicator, place) => [indicator.code, place]));
  return (code) => places.get(code) ?? -1;
}

/** A file's name without its folders (`D:/vòng 2/so-y-te.xlsx` is `so-y-te.xlsx`), as the log and messages name it. */
export function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, "");
}

/** The agency a file name names (`so-tai-chinh.xlsx`, `So Tai Chinh (2).xlsx` does not), if any. */
export function agencyFromFileName(catalogue: Catalogue, fileName: string): LeadAgency | undefined {
  const base = baseName(fileName).replace(/\.xlsx$/i, "");
  const slug = agencySlug(base);
  return catalogue.leadAgencies.find((a) => agencySlug(a) === slug);
}

/** Nothing typed: no value, or only spaces. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Two cells say the same thing: both blank, equal numbers, or the same text once trimmed. */
export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  if (typeof a === "object" && typeof b === "object" && a && b) return a.error === b.error;
  return a === b;
}

/** A cell with its number format: what a figure needs to be read as the core reads it. */
export interface FigureCell {
  value: CellValue;
  format?: string;
}

/**
 * Two cells of an entry column say the same thing as the core reads them (src/core/numbers.ts): `"7.200"` and
 * 7200, 6 and `6,0`, 0.975 under a percent format and `97,5`. A cell that is no number (a note, `N/A`) is compared
 * as text. `percentUnit` is the row's unit, which settles a lone dot (`1.234`) as the core does.
 */
export function sameFigure(a: FigureCell, b: FigureCell, percentUnit: boolean, numeric = true): boolean {
  if (isBlank(a.value) || isBlank(b.value)) return isBlank(a.value) && isBlank(b.value);
  if (numeric) {
    const x = readNumber(a.value, a.format, { percentUnit });
    const y = readNumber(b.value, b.format, { percentUnit });
    if (x.kind === "number" && y.kind === "number") {
      // `~5` or `33,` is not the figure 5 or 33: what was typed with it is part of what was said.
      const marks = (x.prefix ?? "") === (y.prefix ?? "") && x.trailingSeparator === y.trailingSeparator;
      return marks && sameValue(x.value, y.value);
    }
    if (x.kind === "number" || y.kind === "number") return false;
  }
  return sameValue(a.value, b.value);
}
