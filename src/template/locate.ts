/**
 * Finds the template in a sheet as staff left it: the header row by its texts, each row by its
 * `Mã`, the period cell by its label, wherever rows and columns were moved, sorted or inserted.
 */

import {
  foldText,
  readPeriodText,
  problem,
  type Catalogue,
  type CellInput,
  type Finding,
  type ReportingPeriod,
  type RowEntry,
} from "../core";
import { COLUMNS, OLD_PERCENT_HEADER, PERIOD_LABEL, type Area, type ColumnKey } from "./layout";
import type { ManualCalculation } from "./calculation";
import { coveredCells } from "./merged";

/** A block of a sheet as read: values (and number formats) from (rowOffset, colOffset), 0-based. */
export interface SheetGrid {
  sheet: string;
  values: readonly (readonly unknown[])[];
  numberFormats?: readonly (readonly unknown[])[];
  /** Formulas (or values where there is none), to write back cells validation does not own. */
  formulas?: readonly (readonly unknown[])[];
  /**
   * Cells (absolute, 0-based) holding a formula no program has calculated (openpyxl writes none): they read as
   * empty, and must not be reported as "no figure yet".
   */
  uncalculated?: readonly { row: number; col: number }[];
  /** Merged ranges (absolute, 0-based), where the door could read them: only their top-left cell holds a value. */
  merged?: readonly Area[];
  /**
   * The door asked for the merged ranges and Excel did not give them (it lists at most 512): the sheet is judged as
   * if it had none, and says so, since a figure under a merge then reads as an empty cell.
   */
  mergedUnread?: boolean;
  /** The workbook calculates by hand (Excel's Manual mode): formula results may be older than their parts. */
  calculation?: ManualCalculation;
  rowOffset: number;
  colOffset: number;
}

export interface LocatedTemplate {
  sheet: string;
  /** Absolute 0-based row of the header. */
  headerRow: number;
  /** Absolute 0-based column of each header found. */
  columns: Partial<Record<ColumnKey, number>>;
  /** Absolute 0-based row of each catalogue code found. */
  rows: Map<string, number>;
  /** The cell that holds the period (right of `Kỳ báo cáo:`), when the label was found. */
  periodCell?: { row: number; col: number };
  /** The period read there; full year when absent or unreadable (a finding says so). */
  period: ReportingPeriod;
  periodText: string;
  /** The year the period cell names (`6 tháng năm 2023`), when it names one; another than the catalogue's is warned. */
  periodYear?: number;
  /** The period cell could not be read and the full year is assumed (`period.unreadable`). */
  periodUnreadable: boolean;
  /** The percent column still has its old header `% so với KH` (validation renames it). */
  oldPercentHeader: boolean;
  /** Structural problems: missing columns and rows, unknown and duplicated codes, no period. */
  findings: Finding[];
}

const HEADER_MATCH: Record<ColumnKey, (folded: string) => boolean> = Object.fromEntries(
  COLUMNS.map((c) => {
    const folded = foldText(c.header);
    const old = foldText(OLD_PERCENT_HEADER);
    // "Kế hoạch 2024" is "Kế hoạch 2025" in next year's template; older templates head the percent `% so với KH`.
    const match =
      c.key === "target"
        ? (t: string) => t.startsWith("ke hoach")
        : c.key === "percent"
          ? (t: string) => t === folded || t === old
          : (t: string) => t === folded;
    return [c.key, match];
  })
) as Record<ColumnKey, (folded: string) => boolean>;

const FOLDED_PERIOD_LABEL = foldText(PERIOD_LABEL).replace(/:$/, "");

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return "";
}

/** Reads the header columns a row holds. */
function headerColumns(row: readonly unknown[], colOffset: number): Partial<Record<ColumnKey, number>> {
  const found: Partial<Record<ColumnKey, number>> = {};
  row.forEach((cell, c) => {
    if (typeof cell !== "string" || cell.length > 40) return;
    const folded = foldText(cell);
    for (const spec of COLUMNS) {
      if (found[spec.key] === undefined && HEADER_MATCH[spec.key](folded)) {
        found[spec.key] = c + colOffset;
        break;
      }
    }
  });
  return found;
}

/** The header is the first row holding `Mã` and at least three of the other required headers. */
function findHeader(grid: SheetGrid): { row: number; columns: Partial<Record<ColumnKey, number>> } | undefined {
  const required = COLUMNS.filter((c) => c.required && c.key !== "code");
  for (let r = 0; r < grid.values.length; r++) {
    const columns = headerColumns(grid.values[r], grid.colOffset);
    if (columns.code === undefined) continue;
    if (required.filter((c) => columns[c.key] !== undefined).length >= 3) return { row: r + grid.rowOffset, columns };
  }
  return undefined;
}

/**
 * A code as the sheet holds it. Codes are text (`02.1`); a paste may have turned one into a
 * number (2.1), which is matched back when exactly one catalogue code reads as that number.
 */
function codeOf(value: unknown, numericCodes: ReadonlyMap<number, string>): string | undefined {
  if (typeof value === "number") return numericCodes.get(value) ?? String(value);
  if (typeof value !== "string") return undefined;
  const code = value.trim().replace(/^'/, "");
  return code === "" ? undefined : code;
}

function numericCodeIndex(catalogue: Catalogue): Map<number, string> {
  const counts = new Map<number, string[]>();
  for (const indicator of catalogue.indicators) {
    const n = Number(indicator.code);
    if (!Number.isFinite(n)) continue;
    counts.set(n, [...(counts.get(n) ?? []), indicator.code]);
  }
  const index = new Map<number, string>();
  for (const [n, codes] of counts) if (codes.length === 1) index.set(n, codes[0]);
  return index;
}

/** The template in this block, or undefined when no header row is there. */
export function locateTemplate(grid: SheetGrid, catalogue: Catalogue): LocatedTemplate | undefined {
  const header = findHeader(grid);
  if (!header) return undefined;
  const { sheet } = grid;
  const findings: Finding[] = [];
  for (const spec of COLUMNS) {
    if (spec.required && header.columns[spec.key] === undefined) {
      findings.push({
        severity: "error",
        codes: [],
        problem: problem("sheet.missingColumn", { sheet, column: spec.header }),
      });
    }
  }

  const rows = new Map<string, number>();
  const codeCol = (header.columns.code as number) - grid.colOffset;
  const numericCodes = numericCodeIndex(catalogue);
  for (let r = header.row - grid.rowOffset + 1; r < grid.values.length; r++) {
    const code = codeOf(grid.values[r][codeCol], numericCodes);
    if (code === undefined) continue;
    const row = r + grid.rowOffset;
    if (!catalogue.byCode.has(code)) {
      findings.push({
        severity: "warning",
        codes: [],
        problem: problem("sheet.unknownCode", { sheet, code, row: row + 1 }),
      });
    } else if (rows.has(code)) {
      const firstRow = (rows.get(code) as number) + 1;
      findings.push({
        severity: "warning",
        codes: [code],
        problem: problem("sheet.duplicateCode", { sheet, code, row: row + 1, firstRow }),
      });
    } else rows.set(code, row);
  }
  for (const indicator of catalogue.indicators) {
    if (indicator.kind !== "heading" && !rows.has(indicator.code)) {
      findings.push({
        severity: "warning",
        codes: [indicator.code],
        problem: problem("sheet.missingRow", { sheet, code: indicator.code }),
      });
    }
  }

  const located: LocatedTemplate = {
    sheet,
    headerRow: header.row,
    columns: header.columns,
    rows,
    period: "FY",
    periodText: "",
    periodUnreadable: false,
    oldPercentHeader: false,
    findings,
  };
  const percentCol = header.columns.percent;
  if (percentCol !== undefined) {
    const cell = grid.values[header.row - grid.rowOffset][percentCol - grid.colOffset];
    located.oldPercentHeader = typeof cell === "string" && foldText(cell) === foldText(OLD_PERCENT_HEADER);
  }
  readPeriod(grid, located, catalogue.year);
  return located;
}

/** The period cell is the first filled cell right of the `Kỳ báo cáo:` label (a column may have been inserted between). */
function readPeriod(grid: SheetGrid, located: LocatedTemplate, catalogueYear: number): void {
  for (let r = 0; r < located.headerRow - grid.rowOffset; r++) {
    const row = grid.values[r];
    const c = row.findIndex((v) => typeof v === "string" && foldText(v).replace(/:$/, "") === FOLDED_PERIOD_LABEL);
    if (c === -1) continue;
    let valueCol = c + 1;
    for (let k = c + 1; k < Math.min(row.length, c + 4); k++) {
      if (text(row[k]).trim() !== "") {
        valueCol = k;
        break;
      }
    }
    located.periodCell = { row: r + grid.rowOffset, col: valueCol + grid.colOffset };
    located.periodText = text(row[valueCol]).trim();
    const { period, year } = readPeriodText(located.periodText);
    if (period) located.period = period;
    else unreadablePeriod(located, true);
    if (year !== undefined) located.periodYear = year;
    // The year is said before the rest: every figure is judged against another year's targets.
    if (year !== undefined && year !== catalogueYear) {
      const params = { sheet: located.sheet, text: located.periodText, year, expected: catalogueYear };
      located.findings.unshift({ severity: "warning", codes: [], problem: problem("period.otherYear", params) });
    }
    return;
  }
  unreadablePeriod(located, false);
}

/** Judged as the full year, and said first: `period.unreadable`. */
function unreadablePeriod(located: LocatedTemplate, labelFound: boolean): void {
  located.periodUnreadable = true;
  located.findings.unshift({
    severity: "warning",
    codes: [],
    problem: problem("period.unreadable", { sheet: located.sheet, text: located.periodText, labelFound }),
  });
}

/**
 * What staff entered on each located row (last year's figure too, which the core reads as the year's), with each
 * cell's number format; a cell a merge covers says so.
 */
export function readEntries(grid: SheetGrid, located: LocatedTemplate): Map<string, RowEntry> {
  const entries = new Map<string, RowEntry>();
  const covered = coveredCells(grid, located);
  const cell = (row: number, col: number | undefined): CellInput | undefined => {
    if (col === undefined) return undefined;
    const r = row - grid.rowOffset;
    const c = col - grid.colOffset;
    const value = grid.values[r]?.[c];
    const format = grid.numberFormats?.[r]?.[c];
    const merged = covered.get(`${row}:${col}`);
    return {
      value: value as CellInput["value"],
      numberFormat: typeof format === "string" ? format : undefined,
      ...(merged ? { merged } : {}),
    };
  };
  for (const [code, row] of located.rows) {
    const { actual, estimate, lastYear } = located.columns;
    entries.set(code, { actual: cell(row, actual), estimate: cell(row, estimate), lastYear: cell(row, lastYear) });
  }
  return entries;
}
