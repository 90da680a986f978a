/**
 * What validation writes into a located template: `% so với KH năm` and `Đánh giá` for every row,
 * and the conditional-format rules that highlight rows by status. Validation owns exactly these,
 * so clearing them restores the sheet, and nothing a person typed or formatted is touched.
 */

import { STATUS_LABELS, type SheetEvaluation, type Status } from "../core";
import { COLUMNS, columnLetter, LINE_HEIGHT, wrappedLines, type Area } from "./layout";
import type { LocatedTemplate } from "./locate";
import { STATUS_PALETTE } from "./palette";

/** One column's cells from firstRow down, as a column of values (rows × 1) ready for range.values. */
export interface ColumnWrite {
  row: number;
  col: number;
  values: (string | number)[][];
}

export interface ResultWrites {
  percent?: ColumnWrite;
  status?: ColumnWrite;
  /** How `Đánh giá` is made readable whole where `status` writes it. */
  statusFit?: StatusFit;
}

/**
 * A status with its note, "Có nguy cơ không đạt (cần kiểm tra lại số liệu)", is three times as long as `Đánh giá` is
 * wide: unwrapped it is cut at the next column, wrapped in a row too low it is cut at the cell's bottom, on screen and
 * on paper. The status cells of the template's rows wrap, and a row whose status needs more lines is made tall enough
 * for them. The column keeps its width, so the page still fits the A4 landscape print set-up.
 */
export interface StatusFit {
  col: number;
  /** The template's rows whose `Đánh giá` validation writes (not those under a merge): their cells wrap. */
  rows: number[];
  /**
   * The rows whose status needs more than one line, with the height in points those lines need at the template's
   * width of `Đánh giá`: a floor, never lowering a row that is taller (Excel, which can measure, autofits them).
   * `changed`: the cell held another text before this write; a status as the last check left it was fitted then.
   */
  tall: { row: number; height: number; changed: boolean }[];
}

/** The columns of the table, from the leftmost to the rightmost column located: a row of it, for highlights and heights. */
export function tableColumns(located: LocatedTemplate): { firstCol: number; cols: number } {
  const cols = Object.values(located.columns) as number[];
  const firstCol = Math.min(...cols);
  return { firstCol, cols: Math.max(...cols) - firstCol + 1 };
}

/** The rows a validation writes: from the first to the last located row. */
export function resultSpan(located: LocatedTemplate): { first: number; last: number } | undefined {
  if (located.rows.size === 0) return undefined;
  let first = Infinity;
  let last = -Infinity;
  for (const row of located.rows.values()) {
    first = Math.min(first, row);
    last = Math.max(last, row);
  }
  return { first, last };
}

/**
 * Written after the status of a row whose figures are doubted (core/doubted.ts's rowsToCheck): the status stays,
 * as the core gave it, and the finding stands beside it in the cell that gets forwarded and printed.
 */
export const TO_CHECK_NOTE = "(cần kiểm tra lại số liệu)";

/** What the to-check highlight looks for in `Đánh giá`: the note's start, whichever status stands before it. */
const TO_CHECK_MATCH = "(cần kiểm tra lại";

/** The text of a row's `Đánh giá`: its status word, and the note when its figures are to be checked. */
export function statusCellText(status: Status, toCheck: boolean): string {
  return toCheck ? `${STATUS_LABELS.vi[status]} ${TO_CHECK_NOTE}` : STATUS_LABELS.vi[status];
}

/**
 * Values for the two result columns over the span of located rows. A row between them that is
 * not a template row (staff inserted it) keeps what it holds: `existing` gives the cell's current
 * formula or value, so writing the whole column back in one go changes only template rows.
 * `toCheck` are the codes whose status is written with the note.
 */
export function resultWrites(
  located: LocatedTemplate,
  evaluation: SheetEvaluation | undefined,
  existing: (row: number, col: number) => string | number,
  covered: ReadonlyMap<string, unknown> = new Map(),
  toCheck: ReadonlySet<string> = new Set()
): ResultWrites {
  const span = resultSpan(located);
  if (!span) return {};
  const byRow = new Map<number, string>();
  for (const [code, row] of located.rows) byRow.set(row, code);
  const column = (col: number | undefined, value: (code: string) => string | number): ColumnWrite | undefined => {
    if (col === undefined) return undefined;
    const values: (string | number)[][] = [];
    for (let row = span.first; row <= span.last; row++) {
      const code = byRow.get(row);
      values.push([code === undefined || covered.has(`${row}:${col}`) ? existing(row, col) : value(code)]);
    }
    return { row: span.first, col, values };
  };
  const percent = column(located.columns.percent, (code) => {
    const p = evaluation?.row(code)?.percentOfAnnualPlan;
    return p === undefined || !Number.isFinite(p) ? "" : Number((p / 100).toPrecision(12));
  });
  if (percent && evaluation && located.oldPercentHeader) renameHeader(located, percent, existing);
  const status = column(located.columns.status, (code) => {
    const r = evaluation?.row(code);
    return r ? statusCellText(r.status, toCheck.has(code)) : "";
  });
  return { percent, status, ...(status ? { statusFit: statusFit(located, status, covered, existing) } : {}) };
}

const STATUS_WIDTH = COLUMNS.find((c) => c.key === "status")?.width ?? 16;

/** The wrap and the row heights that show each status written whole (StatusFit). */
function statusFit(
  located: LocatedTemplate,
  write: ColumnWrite,
  covered: ReadonlyMap<string, unknown>,
  existing: (row: number, col: number) => string | number
): StatusFit {
  const rows = [...located.rows.values()].filter((row) => !covered.has(`${row}:${write.col}`)).sort((a, b) => a - b);
  const tall = rows.flatMap((row) => {
    const text = String(write.values[row - write.row][0]);
    const lines = wrappedLines(text, STATUS_WIDTH);
    return lines > 1 ? [{ row, height: lines * LINE_HEIGHT, changed: String(existing(row, write.col)) !== text }] : [];
  });
  return { col: write.col, rows, tall };
}

/**
 * An old `% so với KH` header now heads the share of the annual plan: the column's write starts at the
 * header with its new name, so every door renames it with the values (rows between stay as they are).
 */
function renameHeader(
  located: LocatedTemplate,
  write: ColumnWrite,
  existing: (row: number, col: number) => string | number
): void {
  const header = COLUMNS.find((c) => c.key === "percent")?.header ?? "";
  const between: (string | number)[][] = [];
  for (let row = located.headerRow + 1; row < write.row; row++) between.push([existing(row, write.col)]);
  write.values = [[header], ...between, ...write.values];
  write.row = located.headerRow;
}

/** Every conditional format validation adds carries this in its formula; it evaluates to 0. */
export const HIGHLIGHT_SIGNATURE = 'N("chi-tieu")';

export interface HighlightRule {
  /** The status it colours, or "toCheck": the rows whose figures are to be checked, whatever their status. */
  status: Status | "toCheck";
  area: Area;
  /** An Excel formula (A1, English function names) relative to the area's top-left cell. */
  formula: string;
  /** What the formula looks for in the row's `Đánh giá`: exactly a status word, or text holding the note. */
  match: { equals: string } | { contains: string };
  fill: string;
  fontColor: string;
}

function highlight(status: Exclude<Status, "missing">, wholeRow: boolean) {
  const { fill, fontColor } = STATUS_PALETTE[status];
  return { fill, fontColor, wholeRow };
}

/**
 * The palette's colours, across the row where a person must look at the row's figures (off track, at risk, invalid);
 * met and exceeded on the status alone. A row without figures has no highlight: its empty entries say it.
 */
export const HIGHLIGHT_COLORS: Record<
  Exclude<Status, "missing">,
  { fill: string; fontColor: string; wholeRow: boolean }
> = {
  offTrack: highlight("offTrack", true),
  atRisk: highlight("atRisk", true),
  invalid: highlight("invalid", true),
  met: highlight("met", false),
  exceeded: highlight("exceeded", false),
};

/**
 * The rules for a located template: they follow the status text, so they stay right as rows move. A row to check
 * holds more than its status word, so the status rules pass it by and the to-check rule alone colours it.
 */
export function highlightRules(located: LocatedTemplate): HighlightRule[] {
  const span = resultSpan(located);
  const statusCol = located.columns.status;
  if (!span || statusCol === undefined) return [];
  const { firstCol, cols } = tableColumns(located);
  const rows = span.last - span.first + 1;
  const ref = `$${columnLetter(statusCol)}${span.first + 1}`;
  const wholeRows = { row: span.first, col: firstCol, rows, cols };
  const byStatus = (Object.keys(HIGHLIGHT_COLORS) as (keyof typeof HIGHLIGHT_COLORS)[]).map((status): HighlightRule => {
    const { fill, fontColor, wholeRow } = HIGHLIGHT_COLORS[status];
    return {
      status,
      area: wholeRow ? wholeRows : { row: span.first, col: statusCol, rows, cols: 1 },
      formula: `=AND(${ref}="${STATUS_LABELS.vi[status]}",${HIGHLIGHT_SIGNATURE}=0)`,
      match: { equals: STATUS_LABELS.vi[status] },
      fill,
      fontColor,
    };
  });
  return [
    ...byStatus,
    {
      status: "toCheck",
      area: wholeRows,
      // SEARCH, as Excel's conditional formats and LibreOffice both evaluate it; ISNUMBER turns "not found" to false.
      formula: `=AND(ISNUMBER(SEARCH("${TO_CHECK_MATCH}",${ref})),${HIGHLIGHT_SIGNATURE}=0)`,
      match: { contains: TO_CHECK_MATCH },
      // The palette's lilac, as the report's "Cần kiểm tra lại số liệu": unlike any status, across the row.
      fill: STATUS_PALETTE.toCheck.fill,
      fontColor: STATUS_PALETTE.toCheck.fontColor,
    },
  ];
}

/** Whether a rule colours a row whose `Đánh giá` holds this value, as Excel evaluates its formula (for drawing). */
export function highlightApplies(rule: HighlightRule, statusValue: unknown): boolean {
  if (typeof statusValue !== "string") return false;
  if ("equals" in rule.match) return statusValue === rule.match.equals;
  // SEARCH ignores case.
  return statusValue.toLowerCase().includes(rule.match.contains.toLowerCase());
}

/** Whether a conditional format's formula is one of ours. */
export function isOwnHighlight(formula: string | undefined): boolean {
  return formula !== undefined && formula.includes(HIGHLIGHT_SIGNATURE);
}
