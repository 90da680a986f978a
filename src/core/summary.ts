/** Counts by status for the whole sheet and for each lead agency, so each department sees what it owes. */

import type { RowEvaluation } from "./evaluate";
import { planFor } from "./plan";
import { emptyCounts, type Catalogue, type LeadAgency, type StatusCounts } from "./types";

export interface AgencySummary {
  agency: LeadAgency;
  /** The agency's rows, in catalogue order. */
  codes: readonly string[];
  counts: StatusCounts;
}

export interface SheetSummary {
  totals: StatusCounts;
  /** Every lead agency, the worst first. */
  agencies: AgencySummary[];
}

/**
 * A row with several lead agencies counts for each of them; the totals count it once.
 * `rows` are evaluateRows' result for this catalogue: every row but headings, in catalogue order.
 */
export function summarize(catalogue: Catalogue, rows: readonly RowEvaluation[]): SheetSummary {
  const totals = emptyCounts();
  for (const row of rows) totals[row.status]++;
  const agencies = planFor(catalogue).agencies.map(({ agency, rows: indices, codes }) => {
    const counts = emptyCounts();
    for (const i of indices) counts[rows[i].status]++;
    return { agency, codes, counts };
  });
  // Array.prototype.sort is stable: ties keep catalogue order.
  agencies.sort((a, b) => compareSeverity(a.counts, b.counts));
  return { totals, agencies };
}

/** Worst first: more invalid, then more off track, at risk, missing. */
export function compareSeverity(a: StatusCounts, b: StatusCounts): number {
  return b.invalid - a.invalid || b.offTrack - a.offTrack || b.atRisk - a.atRisk || b.missing - a.missing;
}
