/** Judges each row against its target: the status table of targets-2024.md, for every kind. */

import { problem, type EntryColumn, type Problem } from "./messages";
import { readValue, type CellInput } from "./numbers";
import { dateText, isDateFormat } from "./dateCells";
import { hasPercentUnit, planFor, rowBounds, type Bounds } from "./plan";
import type { Catalogue, Indicator, ReportingPeriod, Status } from "./types";

export { hasPercentUnit };

export const DEFAULT_TOLERANCE = 0.05;

export interface EvaluationOptions {
  period: ReportingPeriod;
  /** Share of the bound by which a value may miss and still be "at risk" rather than "off track". */
  tolerance: number;
  /**
   * The period could not be read from the sheet and `period` is the full year by assumption: each
   * cumulative row says so, since its status would differ in a shorter period.
   */
  periodAssumed?: boolean;
}

/** What staff entered on one row. */
export interface RowEntry {
  actual?: CellInput;
  estimate?: CellInput;
  /** `Cùng kỳ năm trước`: compared with, never judged (optional: older templates have no such column). */
  lastYear?: CellInput;
}

export interface RowEvaluation {
  code: string;
  status: Status;
  /** Which column was judged: the full-year estimate when entered, else the period's value. */
  basis?: EntryColumn;
  /** The judged value. */
  value?: number;
  /** The numbers read from each entry cell, when they are numbers. */
  actual?: number;
  estimate?: number;
  /** The text typed in each entry cell, when the cell held text rather than a number. */
  actualText?: string;
  estimateText?: string;
  /** The bounds the value was judged against (prorated for a cumulative row in a partial period). */
  bounds?: Bounds;
  /** Judged value ÷ the lower bound it was judged against × 100 (prorated for a period's value). */
  percentOfPlan?: number;
  /** Judged value ÷ the annual plan's lower bound × 100, always: the `% so với KH năm` column. */
  percentOfAnnualPlan?: number;
  /** A cumulative row judged as for the full year because the period could not be read. */
  periodAssumed?: boolean;
  /** Why the row is invalid, or notes about it. */
  problems: readonly Problem[];
  /** Last year's figure for the same period, read as the year's figures are; its text when typed as text. */
  lastYear?: number;
  lastYearText?: string;
  /**
   * Last year's cell holds no figure of this row: a warning beside the row (checkPlausibility), never its status,
   * since nothing is judged against it; the row is then not compared with last year.
   */
  lastYearProblem?: Problem;
}

// Values typed as text come back as exact decimals; prorated bounds (× 0.75) may not.
const EPSILON = 1e-9;
// Most rows have nothing to report; they share one empty list instead of allocating their own.
const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);
const near = (a: number) => EPSILON * Math.max(1, Math.abs(a));

/** Status of a value against bounds [min, max] for a kind; tolerance as a fraction (0.05). */
export function judge(
  kind: "atLeast" | "atMost" | "within",
  value: number,
  min: number,
  max: number,
  tolerance: number
): Status {
  switch (kind) {
    case "atLeast":
      if (value > max + near(max)) return "exceeded";
      if (value >= min - near(min)) return "met";
      return value >= min - tolerance * Math.abs(min) - near(min) ? "atRisk" : "offTrack";
    case "atMost":
      if (value < min - near(min)) return "exceeded";
      if (value <= max + near(max)) return "met";
      return value <= max + tolerance * Math.abs(max) + near(max) ? "atRisk" : "offTrack";
    case "within": {
      if (value >= min - near(min) && value <= max + near(max)) return "met";
      const below = value < min;
      const distance = below ? min - value : value - max;
      const bound = below ? min : max;
      return distance <= tolerance * Math.abs(bound) + near(bound) ? "atRisk" : "offTrack";
    }
  }
}

/** Why a number cannot be a value of this type, if it cannot. */
export function valueTypeProblem(indicator: Indicator, value: number): Problem | undefined {
  switch (indicator.valueType) {
    case "percent":
      return value < 0 || value > 100 ? problem("value.percentOutOfRange", { value }) : undefined;
    case "count":
      if (value < 0) return problem("value.negative", { value });
      return Number.isInteger(value) ? undefined : problem("value.fractionalCount", { value });
    case "quantity":
      return value < 0 ? problem("value.negative", { value }) : undefined;
    default:
      return undefined;
  }
}

/**
 * A cell read as the year's figures are ("3.950", "97,2%", a percent-formatted cell): its number, why it is no
 * figure of this row (the reason, not yet said of a column), or null when blank.
 */
function readCell(indicator: Indicator, percentUnit: boolean, cell: CellInput): number | Problem | null {
  const reading = readValue(cell.value, cell.numberFormat, percentUnit, indicator.unit?.vi);
  if (typeof reading !== "number") return reading;
  return valueTypeProblem(indicator, reading) ?? reading;
}

/** A cell read for a row: its number, or why it cannot be one (undefined both ways when blank). */
function readEntry(
  indicator: Indicator,
  percentUnit: boolean,
  column: EntryColumn,
  cell: CellInput | undefined,
  result: RowEvaluation
): number | undefined {
  if (cell === undefined) return undefined;
  if (cell.merged) {
    result.problems = [
      ...result.problems,
      problem("row.mergedCell", { code: indicator.code, column, range: cell.merged }),
    ];
    return undefined;
  }
  const reading = readCell(indicator, percentUnit, cell);
  if (reading === null) return undefined;
  if (typeof reading === "number") return reading;
  const invalid = problem("row.invalidValue", { code: indicator.code, column, text: cellText(cell), reason: reading });
  result.problems = [...result.problems, invalid];
  return undefined;
}

/** The cell as the person sees it, for messages. */
function cellText(cell: CellInput | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return String(v.error);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  // A date as the cell shows it (30/06/2024), not its serial (45473).
  if (typeof v === "number" && cell?.numberFormat !== undefined && isDateFormat(cell.numberFormat)) return dateText(v);
  return String(v).trim();
}

/** Every field set up front, so that every row object has the same shape (fast for 100.000 rows). */
function emptyEvaluation(code: string, status: Status): RowEvaluation {
  return {
    code,
    status,
    basis: undefined,
    value: undefined,
    actual: undefined,
    estimate: undefined,
    actualText: undefined,
    estimateText: undefined,
    bounds: undefined,
    percentOfPlan: undefined,
    percentOfAnnualPlan: undefined,
    periodAssumed: false,
    problems: NO_PROBLEMS,
    lastYear: undefined,
    lastYearText: undefined,
    lastYearProblem: undefined,
  };
}

/** Last year's figure as read: its number, or why it is none (its text kept for messages); nothing for a blank. */
export interface LastYearReading {
  value?: number;
  text?: string;
  problem?: Problem;
}

/** Last year's cell, read as the year's figures are (readCell) and never judged; the report compares with it. */
export function readLastYear(
  indicator: Indicator,
  cell: CellInput | undefined,
  percentUnit = hasPercentUnit(indicator)
): LastYearReading {
  // A cell under a merge reads as empty; the merge itself is a finding of the sheet's (sheet.mergedCells).
  if (cell === undefined || cell.merged) return {};
  const text = typeof cell.value === "string" ? cell.value.trim() : undefined;
  const reading = readCell(indicator, percentUnit, cell);
  // An empty cell, or spaces only: as if the column had no figure, whichever template (with or without it).
  if (reading === null) return {};
  if (typeof reading === "number") return { value: reading, text };
  const params = { code: indicator.code, text: cellText(cell), reason: reading };
  return { text, problem: problem("plausibility.lastYearInvalid", params) };
}

function setLastYear(result: RowEvaluation, reading: LastYearReading): void {
  result.lastYear = reading.value;
  result.lastYearText = reading.text;
  result.lastYearProblem = reading.problem;
}

/** Judges one row with a target (atLeast, atMost, within). allOf rows are judged from their parts. */
export function evaluateIndicator(
  indicator: Indicator,
  entry: RowEntry | undefined,
  options: EvaluationOptions,
  percentUnit = hasPercentUnit(indicator),
  bounds = rowBounds(indicator)
): RowEvaluation {
  const result = emptyEvaluation(indicator.code, "missing");
  if (options.periodAssumed && indicator.cumulative) result.periodAssumed = true;
  if (entry === undefined) return result;
  if (entry.lastYear !== undefined) setLastYear(result, readLastYear(indicator, entry.lastYear, percentUnit));
  if (typeof entry.actual?.value === "string") result.actualText = entry.actual.value.trim();
  if (typeof entry.estimate?.value === "string") result.estimateText = entry.estimate.value.trim();
  const actual = readEntry(indicator, percentUnit, "actual", entry.actual, result);
  const estimate = readEntry(indicator, percentUnit, "estimate", entry.estimate, result);
  result.actual = actual;
  result.estimate = estimate;
  // A bad value in either cell needs fixing, even when the other one could be judged.
  if (result.problems.length > 0) {
    result.status = "invalid";
    return result;
  }
  if (!bounds || indicator.kind === "heading" || indicator.kind === "allOf") return result;

  const basis: EntryColumn | undefined =
    estimate !== undefined ? "estimate" : actual !== undefined ? "actual" : undefined;
  if (basis === undefined) return result;
  const value = basis === "estimate" ? (estimate as number) : (actual as number);
  // A full-year estimate meets the whole target; the period's value, a cumulative target prorated.
  const judgedBounds = basis === "actual" ? bounds.byPeriod[options.period] : bounds.whole;
  const { min, max } = judgedBounds;
  result.basis = basis;
  result.value = value;
  result.bounds = judgedBounds;
  if (min !== 0) result.percentOfPlan = (value / min) * 100;
  if (bounds.whole.min !== 0) result.percentOfAnnualPlan = (value / bounds.whole.min) * 100;
  result.status = judge(indicator.kind, value, min, max, options.tolerance);
  return result;
}

/** For allOf, "worst" means first in this list; met only when every part is met or exceeded. */
const WORST_FIRST: readonly Status[] = ["invalid", "offTrack", "atRisk", "missing", "met", "exceeded"];

export function worstStatus(statuses: readonly Status[]): Status {
  let worst = WORST_FIRST.length - 1;
  for (const s of statuses) worst = Math.min(worst, WORST_FIRST.indexOf(s));
  return WORST_FIRST[worst];
}

/**
 * An allOf row's status is the worst of its parts'. It has no percent of plan: that is a judged value ÷ the plan
 * (targets-2024.md), and the row has no value of its own; its weakest part's percent stood as the whole row's, "-40%"
 * for 15.1 when deaths rose (trial 24, 4). Each part shows its own.
 */
export function evaluateAllOf(
  indicator: Indicator,
  entry: RowEntry | undefined,
  parts: readonly RowEvaluation[]
): RowEvaluation {
  const result = emptyEvaluation(indicator.code, worstStatus(parts.map((p) => p.status)));
  if (hasValue(entry?.actual) || hasValue(entry?.estimate)) {
    result.problems = [problem("row.allOfValueIgnored", { code: indicator.code })];
  }
  if (entry?.lastYear !== undefined) setLastYear(result, readLastYear(indicator, entry.lastYear));
  return result;
}

function hasValue(cell: CellInput | undefined): boolean {
  const v = cell?.value;
  return v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "");
}

/** Every row with a status (all but headings), in catalogue order; entries looked up by code. */
export function evaluateRows(
  catalogue: Catalogue,
  entries: ReadonlyMap<string, RowEntry>,
  options: EvaluationOptions
): RowEvaluation[] {
  const plan = planFor(catalogue);
  const rows: RowEvaluation[] = new Array(plan.rows.length);
  for (let i = 0; i < plan.rows.length; i++) {
    const indicator = plan.rows[i];
    rows[i] = evaluateIndicator(indicator, entries.get(indicator.code), options, plan.percentUnit[i], plan.bounds[i]);
  }
  for (const { index, parts } of plan.allOf) {
    const indicator = plan.rows[index];
    rows[index] = evaluateAllOf(
      indicator,
      entries.get(indicator.code),
      parts.map((p) => rows[p])
    );
  }
  return rows;
}
