/** Judges each row against its target: the status table of targets-2024.md, for every kind. */

import { problem, type EntryColumn, type Problem } from "./messages";
import { readCell, type CellInput, type NumberReading } from "./numbers";
import { PERIOD_FRACTION } from "./periods";
import type { Catalogue, Indicator, ReportingPeriod, Status } from "./types";

export const DEFAULT_TOLERANCE = 0.05;

export interface EvaluationOptions {
  period: ReportingPeriod;
  /** Share of the bound by which a value may miss and still be "at risk" rather than "off track". */
  tolerance: number;
}

/** What staff entered on one row. */
export interface RowEntry {
  actual?: CellInput;
  estimate?: CellInput;
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
  /** The bounds the value was judged against (prorated for a cumulative row in a partial period). */
  bounds?: { min: number; max: number; prorated: boolean };
  /** Judged value ÷ lower bound × 100. */
  percentOfPlan?: number;
  /** Why the row is invalid, or notes about it. */
  problems: Problem[];
}

// Values typed as text come back as exact decimals; prorated bounds (× 0.75) may not.
const EPSILON = 1e-9;
const near = (a: number) => EPSILON * Math.max(1, Math.abs(a));

/** Whether the unit is a percentage, so `%` text and percent formats belong in the row. */
export function hasPercentUnit(indicator: Indicator): boolean {
  return indicator.unit !== undefined && indicator.unit.vi.trimStart().startsWith("%");
}

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

interface CellRead {
  value?: number;
  problem?: Problem;
}

function readEntry(indicator: Indicator, column: EntryColumn, cell: CellInput | undefined): CellRead {
  const percentUnit = hasPercentUnit(indicator);
  const reading: NumberReading = readCell(cell, { percentUnit, unitName: indicator.unit?.vi });
  if (reading.kind === "blank") return {};
  const reason = reading.kind === "invalid" ? reading.problem : valueTypeProblem(indicator, reading.value);
  if (reason) {
    return {
      problem: problem("row.invalidValue", { code: indicator.code, column, text: cellText(cell), reason }),
    };
  }
  return { value: (reading as { value: number }).value };
}

/** The cell as the person sees it, for messages. */
function cellText(cell: CellInput | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return String(v.error);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v).trim();
}

/** Judges one row with a target (atLeast, atMost, within). allOf rows are judged from their parts. */
export function evaluateIndicator(
  indicator: Indicator,
  entry: RowEntry | undefined,
  options: EvaluationOptions
): RowEvaluation {
  const { code } = indicator;
  const actual = readEntry(indicator, "actual", entry?.actual);
  const estimate = readEntry(indicator, "estimate", entry?.estimate);
  const result: RowEvaluation = { code, status: "missing", problems: [] };
  if (actual.value !== undefined) result.actual = actual.value;
  if (estimate.value !== undefined) result.estimate = estimate.value;
  if (actual.problem) result.problems.push(actual.problem);
  if (estimate.problem) result.problems.push(estimate.problem);
  // A bad value in either cell needs fixing, even when the other one could be judged.
  if (result.problems.length > 0) {
    result.status = "invalid";
    return result;
  }
  const target = indicator.target;
  if (!target || indicator.kind === "heading" || indicator.kind === "allOf") return result;

  const basis: EntryColumn | undefined =
    estimate.value !== undefined ? "estimate" : actual.value !== undefined ? "actual" : undefined;
  if (basis === undefined) return result;
  const value = basis === "estimate" ? (estimate.value as number) : (actual.value as number);
  const fraction = basis === "actual" && indicator.cumulative ? PERIOD_FRACTION[options.period] : 1;
  const min = target.min * fraction;
  const max = target.max * fraction;
  result.basis = basis;
  result.value = value;
  result.bounds = { min, max, prorated: fraction !== 1 };
  if (min !== 0) result.percentOfPlan = (value / min) * 100;
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

/** An allOf row's status is the worst of its parts'; its percent of plan is its weakest part's. */
export function evaluateAllOf(
  indicator: Indicator,
  entry: RowEntry | undefined,
  parts: readonly RowEvaluation[]
): RowEvaluation {
  const result: RowEvaluation = { code: indicator.code, status: worstStatus(parts.map((p) => p.status)), problems: [] };
  const percents = parts.map((p) => p.percentOfPlan);
  if (parts.length > 0 && percents.every((p) => p !== undefined)) {
    result.percentOfPlan = Math.min(...(percents as number[]));
  }
  if (hasValue(entry?.actual) || hasValue(entry?.estimate)) {
    result.problems.push(problem("row.allOfValueIgnored", { code: indicator.code }));
  }
  return result;
}

function hasValue(cell: CellInput | undefined): boolean {
  const v = cell?.value;
  return v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "");
}

/** Every row with a target, in catalogue order; entries looked up by code. */
export function evaluateRows(
  catalogue: Catalogue,
  entries: ReadonlyMap<string, RowEntry>,
  options: EvaluationOptions
): RowEvaluation[] {
  const byCode = new Map<string, RowEvaluation>();
  const rows: RowEvaluation[] = [];
  const allOfs: Indicator[] = [];
  for (const indicator of catalogue.indicators) {
    if (indicator.kind === "heading") continue;
    if (indicator.kind === "allOf") {
      allOfs.push(indicator);
      rows.push({ code: indicator.code, status: "missing", problems: [] }); // placeholder, filled below
      continue;
    }
    const evaluation = evaluateIndicator(indicator, entries.get(indicator.code), options);
    byCode.set(indicator.code, evaluation);
    rows.push(evaluation);
  }
  if (allOfs.length > 0) {
    const index = new Map(rows.map((r, i) => [r.code, i]));
    for (const indicator of allOfs) {
      const parts = (catalogue.children.get(indicator.code) ?? [])
        .map((part) => byCode.get(part.code))
        .filter((p): p is RowEvaluation => p !== undefined);
      rows[index.get(indicator.code) as number] = evaluateAllOf(indicator, entries.get(indicator.code), parts);
    }
  }
  return rows;
}
