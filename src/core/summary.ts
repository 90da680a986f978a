/** Counts by status for the whole sheet and for each lead agency, so each department sees what it owes. */

import type { RowEvaluation } from "./evaluate";
import { planFor } from "./plan";
import { emptyCounts, STATUSES, type Catalogue, type LeadAgency, type Status, type StatusCounts } from "./types";

const STATUS_INDEX = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as Record<Status, number>;

function named(count: readonly number[]): StatusCounts {
  const counts = emptyCounts();
  STATUSES.forEach((s, i) => (counts[s] = count[i]));
  return counts;
}

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
  // Count with small integers, then name the counts: one keyed lookup per row instead of one per row and agency.
  const status = new Uint8Array(rows.length);
  const total = new Array<number>(STATUSES.length).fill(0);
  for (let i = 0; i < rows.length; i++) {
    const s = STATUS_INDEX[rows[i].status];
    status[i] = s;
    total[s]++;
  }
  const agencies = planFor(catalogue).agencies.map(({ agency, rows: indices, codes }) => {
    const count = new Array<number>(STATUSES.length).fill(0);
    for (const i of indices) count[status[i]]++;
    return { agency, codes, counts: named(count) };
  });
  const totals = named(total);
  // Array.prototype.sort is stable: ties keep catalogue order.
  agencies.sort((a, b) => compareSeverity(a.counts, b.counts));
  return { totals, agencies };
}

/** Worst first: more invalid, then more off track, at risk, missing. */
export function compareSeverity(a: StatusCounts, b: StatusCounts): number {
  return b.invalid - a.invalid || b.offTrack - a.offTrack || b.atRisk - a.atRisk || b.missing - a.missing;
}
