/**
 * The rows whose figures no door may state as facts: a likely typo, a figure read from "~5", a formula never
 * calculated or calculated by hand long ago, an invalid figure, and a whole (allOf) with such a part. The core's
 * statuses stay as they are (plausibility never changes a status); the sheet, the pane and the report each say
 * "check the figures" beside or instead of them, from this one list.
 */

import { DOUBTFUL_FIGURE } from "./plausibility";
import type { Finding } from "./rules";
import type { Problem } from "./messages";
import type { Catalogue, Status, StatusCounts } from "./types";

/** Findings that make their rows' figures doubtful. */
export const DOUBTING_FINDINGS: ReadonlySet<string> = new Set([
  ...DOUBTFUL_FIGURE,
  "sheet.uncalculated",
  // A workbook calculating by hand that nobody recalculated: its formula totals may be old.
  "sheet.manualCalculation",
]);

/** Whether a finding is about last year's figure (`Cùng kỳ năm trước`), which is only compared with, never judged. */
export function aboutLastYear(f: Finding): boolean {
  const params = f.problem.params;
  return "column" in params && params.column === "lastYear";
}

/**
 * Whether a finding doubts the figure its row is judged on. A doubt about last year's figure does not: its own
 * finding says so.
 */
export function doubtsJudgedFigure(f: Finding): boolean {
  return DOUBTING_FINDINGS.has(f.problem.key) && !aboutLastYear(f);
}

/**
 * The rows whose last-year figure is doubted (`4,500` read as 4,5 where 4.500 is near the period's plan, `~1.900`,
 * 62 ha against 6.200 this period) or is no figure at all (`4060 ha`): nothing is compared with it until a person
 * has looked, and the report says so where the comparison would stand. The row's own status is not in doubt for it.
 */
export function doubtedLastYear(findings: readonly Finding[]): Set<string> {
  const codes = new Set<string>();
  for (const f of findings) {
    const unread = f.problem.key === "plausibility.lastYearInvalid";
    if (!unread && (!DOUBTFUL_FIGURE.has(f.problem.key) || !aboutLastYear(f))) continue;
    for (const code of f.codes) codes.add(code);
  }
  return codes;
}

/** Why a row is doubted: a finding about it, its own invalid figure, or a part of it that is doubted. */
export type DoubtCause = { kind: "finding"; problem: Problem } | { kind: "invalid" } | { kind: "parts" };

/** Each doubted row's causes, in the order found; rows not doubted are absent. */
export function doubtedRows(
  findings: readonly Finding[],
  rows: readonly { code: string; status: Status }[],
  catalogue: Catalogue
): Map<string, DoubtCause[]> {
  const doubts = new Map<string, DoubtCause[]>();
  const add = (code: string, cause: DoubtCause) => doubts.set(code, [...(doubts.get(code) ?? []), cause]);
  for (const f of findings) {
    if (!doubtsJudgedFigure(f)) continue;
    for (const code of f.codes) add(code, { kind: "finding", problem: f.problem });
  }
  for (const r of rows) if (r.status === "invalid") add(r.code, { kind: "invalid" });
  for (const code of [...doubts.keys()]) {
    const parent = catalogue.byCode.get(catalogue.byCode.get(code)?.parent ?? "");
    if (parent?.kind === "allOf") add(parent.code, { kind: "parts" });
  }
  return doubts;
}

/**
 * The rows to mark "cần kiểm tra lại số liệu" beside their status: doubted, but not invalid (an invalid figure
 * already says so in its own status).
 */
export function rowsToCheck(
  findings: readonly Finding[],
  rows: readonly { code: string; status: Status }[],
  catalogue: Catalogue
): Set<string> {
  const doubts = doubtedRows(findings, rows, catalogue);
  return new Set(rows.filter((r) => r.status !== "invalid" && doubts.has(r.code)).map((r) => r.code));
}

/** What the headline, the agencies' counts and the charts count: a status, or the rows whose figures must be checked. */
export type ShownStatus = Status | "toCheck";

/** Counts as the headline states them: each row to check moved out of its status into `toCheck`. */
export type CheckedCounts = StatusCounts & { toCheck: number };

export function countsWithToCheck(
  counts: StatusCounts,
  codes: Iterable<string>,
  toCheck: ReadonlySet<string>,
  statusOf: (code: string) => Status | undefined
): CheckedCounts {
  const shown: CheckedCounts = { ...counts, toCheck: 0 };
  for (const code of codes) {
    const status = toCheck.has(code) ? statusOf(code) : undefined;
    if (status === undefined) continue;
    shown[status]--;
    shown.toCheck++;
  }
  return shown;
}
