/**
 * Which judged files validate's summary of several files counts: those merge would take for the round, not a file
 * of another year, decision or period, which merge refuses and status then shows as missing (trial 25, finding 3).
 */

import { REPORTING_PERIODS } from "./periods";
import type { Finding } from "./rules";
import type { ReportingPeriod } from "./types";

/** One judged file, as the summary's scope needs it (a ValidationReport's own fields). */
export interface ScopedFile {
  file: string;
  /**
   * What the file's own period cell says, whatever period it was judged for (`--period`), as merge reads it: no
   * `period` when the cell is empty or cannot be read.
   */
  sheetPeriod: { text: string; period?: ReportingPeriod };
  findings: readonly Finding[];
}

/** Why merge would refuse a file for the round (src/round/merge.ts's admit, in the same order). */
export type LeftOutReason =
  | { reason: "otherDecision"; decision: string; expected: string }
  | { reason: "otherYear"; year: number; expected: number }
  | { reason: "periodOtherYear"; text: string; year: number; expected: number }
  | { reason: "periodUnreadable"; text: string }
  | { reason: "otherPeriod"; period: ReportingPeriod; expected: ReportingPeriod };

export type LeftOutFile = { file: string } & LeftOutReason;

export interface SummaryScope<F extends ScopedFile> {
  /** The files the summary counts. */
  counted: F[];
  /** The files it leaves out, in the order given, each with why. */
  leftOut: LeftOutFile[];
  /** The period it sums: the one asked, else the latest the files name; none when no file names one. */
  period?: ReportingPeriod;
}

/** The year, decision or readability that refuses a file whatever the round's period. */
function refusal(file: ScopedFile): LeftOutReason | undefined {
  const about = (key: Finding["problem"]["key"]) => file.findings.find((f) => f.problem.key === key)?.problem;
  const decision = about("sheet.otherDecision");
  if (decision?.key === "sheet.otherDecision") {
    return { reason: "otherDecision", decision: decision.params.decision, expected: decision.params.expected };
  }
  const year = about("sheet.otherYear");
  if (year?.key === "sheet.otherYear")
    return { reason: "otherYear", year: year.params.year, expected: year.params.expected };
  const periodYear = about("period.otherYear");
  if (periodYear?.key === "period.otherYear") {
    const { text, year: named, expected } = periodYear.params;
    return { reason: "periodOtherYear", text, year: named, expected };
  }
  if (file.sheetPeriod.period === undefined) return { reason: "periodUnreadable", text: file.sheetPeriod.text };
  return undefined;
}

/**
 * The files a summary of several counts, and those it leaves out as merge would refuse them: another decision or
 * year (the workbook's or its period cell's), a period cell that cannot be read, or another period than the round's.
 * The round's period is the one asked (`--period`); without it, the latest the files name: the current round, of
 * which older replies left in the folder are stale (trial 25b, B3: not the one most files name, which dropped the
 * only current file). Each summary counts one period's figures.
 */
export function summaryScope<F extends ScopedFile>(files: readonly F[], asked?: ReportingPeriod): SummaryScope<F> {
  const leftOut = new Map<F, LeftOutReason>();
  for (const file of files) {
    const why = refusal(file);
    if (why) leftOut.set(file, why);
  }
  // Each file's own period, as its cell names it: the one merge checks, not the one `--period` judged it for.
  const open = files.flatMap((f) => {
    const own = f.sheetPeriod.period;
    return !leftOut.has(f) && own !== undefined ? [{ file: f, own }] : [];
  });
  const period = asked ?? latest(open.map((o) => o.own));
  for (const { file, own } of open) {
    if (period !== undefined && own !== period)
      leftOut.set(file, { reason: "otherPeriod", period: own, expected: period });
  }
  return {
    ...(period !== undefined ? { period } : {}),
    counted: files.filter((f) => !leftOut.has(f)),
    leftOut: files.flatMap((f) => {
      const why = leftOut.get(f);
      return why ? [{ file: f.file, ...why }] : [];
    }),
  };
}

function latest(periods: readonly ReportingPeriod[]): ReportingPeriod | undefined {
  // REPORTING_PERIODS runs through the year.
  return [...REPORTING_PERIODS].reverse().find((p) => periods.includes(p));
}
