/** Counts by status for the whole sheet and for each lead agency, so each department sees what it owes. */

import type { RowEvaluation } from "./evaluate";
import { emptyCounts, type Catalogue, type LeadAgency, type StatusCounts } from "./types";

export interface AgencySummary {
  agency: LeadAgency;
  /** The agency's rows, in catalogue order. */
  codes: string[];
  counts: StatusCounts;
}

export interface SheetSummary {
  totals: StatusCounts;
  /** Every lead agency, the worst first. */
  agencies: AgencySummary[];
}

/** A row with several lead agencies counts for each of them; the totals count it once. */
export function summarize(catalogue: Catalogue, rows: readonly RowEvaluation[]): SheetSummary {
  const totals = emptyCounts();
  const byAgency = new Map<LeadAgency, AgencySummary>();
  for (const agency of catalogue.leadAgencies) byAgency.set(agency, { agency, codes: [], counts: emptyCounts() });
  for (const row of rows) {
    totals[row.status]++;
    const indicator = catalogue.byCode.get(row.code);
    if (!indicator) continue;
    for (const agency of indicator.lead) {
      let summary = byAgency.get(agency);
      if (!summary) {
        summary = { agency, codes: [], counts: emptyCounts() };
        byAgency.set(agency, summary);
      }
      summary.codes.push(row.code);
      summary.counts[row.status]++;
    }
  }
  const agencies = [...byAgency.values()].filter((a) => a.codes.length > 0);
  const order = new Map(agencies.map((a, i) => [a.agency, i]));
  agencies.sort(
    (a, b) => compareSeverity(a.counts, b.counts) || (order.get(a.agency) as number) - (order.get(b.agency) as number)
  );
  return { totals, agencies };
}

/** Worst first: more invalid, then more off track, at risk, missing; ties keep catalogue order. */
export function compareSeverity(a: StatusCounts, b: StatusCounts): number {
  return b.invalid - a.invalid || b.offTrack - a.offTrack || b.atRisk - a.atRisk || b.missing - a.missing;
}
