/** What evaluation needs to know about a catalogue, worked out once per catalogue and reused on every pass. */

import type { Catalogue, Indicator, LeadAgency } from "./types";

export interface EvaluationPlan {
  /** The rows that get a status (every row but headings), in catalogue order. */
  rows: readonly Indicator[];
  /** Row index by code. */
  indexOf: ReadonlyMap<string, number>;
  /** Whether each row's unit is a percentage. */
  percentUnit: readonly boolean[];
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
    allOf,
    cumulative: rows.flatMap((row, i) => (row.cumulative ? [i] : [])),
    agencies: [...byAgency.values()],
  };
}
