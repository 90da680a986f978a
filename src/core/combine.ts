/**
 * Several judged files as one summary by lead agency (validate's "Tổng hợp N tệp"): each code counted once per
 * agency and once in the totals, from the agency's own file when it sent one (a jointly led row it leaves blank
 * taking the figure a co-lead's file gives); files that disagree on a code are named and not counted; an agency no
 * file speaks for has "no file".
 */

import type { CheckedCounts } from "./doubted";
import type { RowEvaluation } from "./evaluate";
import { planFor } from "./plan";
import { emptyCounts, type Catalogue, type LeadAgency, type StatusCounts } from "./types";

/** One file's judgement, as the summary needs it. */
export interface JudgedFile {
  file: string;
  /** The agency whose own file this is (its agency line, as a split writes it); none for a whole template. */
  agency?: LeadAgency;
  row(code: string): RowEvaluation | undefined;
  /** The codes whose figures the file's judgement doubts (ValidationReport.toCheck). */
  toCheck?: ReadonlySet<string>;
}

/** A code on which the files that speak for it give different figures: each file with what it holds. */
export interface DifferingCode {
  code: string;
  files: { file: string; row: RowEvaluation }[];
}

export interface CombinedAgency {
  agency: LeadAgency;
  /** The files counted for it: its own when it sent any, else the whole templates; none means "chưa có tệp". */
  files: string[];
  counts: StatusCounts;
  /** The same, as the text says them: the rows to check apart. */
  shown: CheckedCounts;
  differing: DifferingCode[];
}

export interface CombinedSummary {
  agencies: CombinedAgency[];
  /** Each code of the agencies asked for, once; never more than the number of those codes. */
  totals: StatusCounts;
  /** The same, as the text says them: a code some agreeing file doubts is counted as one to check. */
  shownTotals: CheckedCounts;
  /** Codes counted in no total because their files disagree. */
  differing: DifferingCode[];
  /** Codes no file speaks for. */
  noFile: string[];
  /** How many codes the totals are of (counted, differing and without a file together). */
  codes: number;
}

/** What makes two files' rows the same answer: the status and what each entry cell holds. */
function sameness(row: RowEvaluation): string {
  return [row.status, row.actual ?? row.actualText ?? "", row.estimate ?? row.estimateText ?? ""].join("\u0000");
}

/**
 * The rows the files give for a code: one status when they agree (a file that has no figure yet gives way to one
 * that has), the files and their rows when they do not, nothing when no file holds the code.
 */
function verdict(
  code: string,
  files: readonly JudgedFile[]
): { status: RowEvaluation["status"]; toCheck: boolean } | { differing: DifferingCode } | undefined {
  const held = files.flatMap((f) => {
    const row = f.row(code);
    return row ? [{ file: f.file, row }] : [];
  });
  if (held.length === 0) return undefined;
  const filled = held.filter((h) => h.row.status !== "missing");
  // No figure, but doubted (an uncalculated formula, an open merge conflict): to check, as the file's lines say.
  if (filled.length === 0) return { status: "missing", toCheck: files.some((f) => f.toCheck?.has(code)) };
  const answers = new Set(filled.map((h) => sameness(h.row)));
  if (answers.size > 1) return { differing: { code, files: filled } };
  // The same figure, doubted in one file (its own checks), is doubted for all: said once, as a row to check. So is a
  // co-lead's figure where another co-lead's file doubts its own blank (a formula never calculated): its figure is unknown.
  const doubted = files.some((f) => f.toCheck?.has(code) && held.some((h) => h.file === f.file));
  return { status: filled[0].row.status, toCheck: doubted };
}

/**
 * The summary of several files for the agencies asked for (all by default). An agency's own files speak for it
 * alone; whole templates speak for every agency that sent no file of its own. The totals count each code once,
 * from every file that speaks for one of its lead agencies.
 */
export function combineFiles(
  catalogue: Catalogue,
  files: readonly JudgedFile[],
  agencies: readonly LeadAgency[] = catalogue.leadAgencies
): CombinedSummary {
  const plan = planFor(catalogue);
  const whole = files.filter((f) => f.agency === undefined);
  // The files that speak for each agency of a row (plan.agencies has every one): its own, else the whole templates.
  const sources = new Map<LeadAgency, readonly JudgedFile[]>();
  for (const { agency } of plan.agencies) {
    const own = files.filter((f) => f.agency === agency);
    sources.set(agency, own.length > 0 ? own : whole);
  }
  const sourcesOf = (agency: LeadAgency) => sources.get(agency) ?? whole;
  const wanted = new Set(agencies);
  // Each code's verdict over every file that speaks for one of its lead agencies, worked out once: what the totals
  // count, and what the agencies' lines name as differing.
  const overall = new Map<string, ReturnType<typeof verdict>>();
  const totals = emptyCounts();
  const shownTotals: CheckedCounts = { ...emptyCounts(), toCheck: 0 };
  const count = (
    counts: StatusCounts,
    shown: CheckedCounts,
    v: { status: RowEvaluation["status"]; toCheck: boolean }
  ) => {
    counts[v.status]++;
    shown[v.toCheck ? "toCheck" : v.status]++;
  };
  const differing: DifferingCode[] = [];
  const noFile: string[] = [];
  let codeCount = 0;
  for (const indicator of plan.rows) {
    if (!indicator.lead.some((a) => wanted.has(a))) continue;
    codeCount++;
    const v = verdict(indicator.code, [...new Set(indicator.lead.flatMap(sourcesOf))]);
    overall.set(indicator.code, v);
    if (v === undefined) noFile.push(indicator.code);
    else if ("differing" in v) differing.push(v.differing);
    else count(totals, shownTotals, v);
  }
  const combined: CombinedAgency[] = [];
  for (const { agency, codes } of plan.agencies) {
    if (!wanted.has(agency)) continue;
    const from = sourcesOf(agency);
    const entry: CombinedAgency = {
      agency,
      files: from.map((f) => f.file),
      counts: emptyCounts(),
      shown: { ...emptyCounts(), toCheck: 0 },
      differing: [],
    };
    for (const code of codes) {
      const own = verdict(code, from);
      if (own === undefined) continue;
      // A jointly led row its own file leaves blank and a co-lead's file fills has its figure, as `status` counts it
      // on the merged workbook (trial 23: Cục Hải quan "missing" 07.1.1 and 07.2, which Sở Tài chính had sent).
      const theirs = overall.get(code);
      const filledElsewhere = theirs && !("differing" in theirs) && theirs.status !== "missing";
      const chosen = !("differing" in own) && own.status === "missing" && filledElsewhere ? theirs : own;
      // A code the totals count as one to check (a co-lead's file doubts it) is to check on every lead's line too.
      const doubtedAll = theirs !== undefined && !("differing" in theirs) && theirs.toCheck;
      const v = !("differing" in chosen) && doubtedAll ? { ...chosen, toCheck: true } : chosen;
      // A code its co-leads' files give otherwise is named on this agency's line too, and counted nowhere, as in the
      // totals (trial 21: Sở Tài chính and Cục Thuế each counted 07.1 'vượt' from their own differing figures).
      const all = "differing" in v ? v : overall.get(code);
      if (all && "differing" in all) entry.differing.push(all.differing);
      else if (!("differing" in v)) count(entry.counts, entry.shown, v);
    }
    combined.push(entry);
  }
  return { agencies: combined, totals, shownTotals, differing, noFile, codes: codeCount };
}
