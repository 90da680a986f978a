/** What evaluation needs to know about a catalogue, worked out once per catalogue and reused on every pass. */

import { PERIOD_FRACTION } from "./periods";
import type { Catalogue, Indicator, LeadAgency, ReportingPeriod } from "./types";

/** The bounds a value was judged against; shared between rows, never to be changed. */
export type Bounds = Readonly<{ min: number; max: number; prorated: boolean }>;

/** A row's bounds for the whole year and prorated to each period, worked out once per catalogue. */
export interface RowBounds {
  whole: Bounds;
  byPeriod: Readonly<Record<ReportingPeriod, Bounds>>;
}

export function rowBounds(indicator: Indicator): RowBounds | undefined {
  const target = indicator.target;
  if (!target) return undefined;
  const at = (fraction: number): Bounds =>
    Object.freeze({ min: target.min * fraction, max: target.max * fraction, prorated: fraction !== 1 });
  const whole = at(1);
  const byPeriod = Object.fromEntries(
    (Object.keys(PERIOD_FRACTION) as ReportingPeriod[]).map((p) => [
      p,
      indicator.cumulative ? at(PERIOD_FRACTION[p]) : whole,
    ])
  ) as Record<ReportingPeriod, Bounds>;
  return { whole, byPeriod };
}

export interface EvaluationPlan {
  /** The rows that get a status (every row but headings), in catalogue order. */
  rows: readonly Indicator[];
  /** Row index by code. */
  indexOf: ReadonlyMap<string, number>;
  /** Whether each row's unit is a percentage. */
  percentUnit: readonly boolean[];
  /** Each row's bounds, whole and prorated, shared by every evaluation. */
  bounds: readonly (RowBounds | undefined)[];
  /** For each allOf row, its index and its parts' indices. */
  allOf: readonly { index: number; parts: readonly number[] }[];
  /** Indices of cumulative rows (checked for estimate ≥ actual). */
  cumulative: readonly number[];
  /** Every lead agency in order of first appearance, each with its rows' indices and codes. */
  agencies: readonly { agency: LeadAgency; rows: readonly number[]; codes: readonly string[] }[];
}

const plans = new WeakMap<Catalogue, EvaluationPlan>();

export function planFor(catalogue: Catalogue): EvaluationPlan {
  let plan = plans.get(catalogue);
  if (!plan) {
    plan = buildPlan(catalogue);
    plans.set(catalogue, plan);
  }
  return plan;
}

/** Whether the unit is a percentage, so `%` text and percent formats belong in the row. */
export function hasPercentUnit(indicator: Indicator): boolean {
  return indicator.unit !== undefined && indicator.unit.vi.trimStart().startsWith("%");
}

function buildPlan(catalogue: Catalogue): EvaluationPlan {
  const rows = catalogue.indicators.filter((i) => i.kind !== "heading");
  const indexOf = new Map(rows.map((r, i) => [r.code, i]));
  const allOf = rows.flatMap((row, index) =>
    row.kind === "allOf"
      ? [
          {
            index,
            parts: (catalogue.children.get(row.code) ?? [])
              .map((part) => indexOf.get(part.code))
              .filter((i): i is number => i !== undefined && rows[i].kind !== "allOf"),
          },
        ]
      : []
  );
  const byAgency = new Map<LeadAgency, { agency: LeadAgency; rows: number[]; codes: string[] }>();
  rows.forEach((row, index) => {
    for (const agency of row.lead) {
      let entry = byAgency.get(agency);
      if (!entry) {
        entry = { agency, rows: [], codes: [] };
        byAgency.set(agency, entry);
      }
      entry.rows.push(index);
      entry.codes.push(row.code);
    }
  });
  return {
    rows,
    indexOf,
    percentUnit: rows.map(hasPercentUnit),
    bounds: rows.map(rowBounds),
    allOf,
    cumulative: rows.flatMap((row, i) => (row.cumulative ? [i] : [])),
    agencies: [...byAgency.values()],
  };
}
