/** Consistency checks across rows: warnings beside the statuses, never a change of a status. */

import type { RowEvaluation } from "./evaluate";
import { problem, type EntryColumn, type Problem } from "./messages";
import { planFor } from "./plan";
import type { Catalogue, SumRule } from "./types";

export interface Finding {
  severity: "warning" | "error";
  /** The rows concerned, first the one to go to. */
  codes: string[];
  problem: Problem;
  /** The catalogue rule's id, for a finding of one of the catalogue's rules. */
  rule?: string;
}

/**
 * Where a finding belongs: shown first (period, structure, formula results a workbook calculating by hand may not
 * have updated), beside a row (plausibility), or below.
 */
export type FindingKind = "period" | "structure" | "calculation" | "plausibility" | "consistency";

export function findingKind(finding: Finding): FindingKind {
  const key = finding.problem.key;
  if (key.startsWith("period.")) return "period";
  // Not a fault of the template: the sheet is whole, its formulas' stored results may be old.
  if (key === "sheet.manualCalculation") return "calculation";
  if (key.startsWith("sheet.")) return "structure";
  if (key.startsWith("plausibility.")) return "plausibility";
  return "consistency";
}

const KIND_ORDER: Record<FindingKind, number> = {
  period: 0,
  structure: 1,
  calculation: 1,
  plausibility: 2,
  consistency: 3,
};
/** A sheet made for another year or decision: every figure's judgement depends on it, so it comes first of all. */
const FIRST_OF_ALL = new Set<string>(["sheet.otherDecision", "sheet.otherYear", "period.otherYear"]);
const rank = (f: Finding) => (FIRST_OF_ALL.has(f.problem.key) ? -1 : KIND_ORDER[findingKind(f)]);

/**
 * Whether a finding is said before any figure, in every output: an unreadable period, a broken template, stale
 * formula results, and that Excel was made to recalculate a workbook calculating by hand (the add-in changed what
 * the sheet shows).
 */
export function shownFirst(finding: Finding): boolean {
  return KIND_ORDER[findingKind(finding)] <= 1 || finding.problem.key === "calc.recalculated";
}

/** Findings in the order every output shows them: the period first, then structure, then the rest. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

const COLUMNS: readonly EntryColumn[] = ["actual", "estimate"];

/**
 * The catalogue's sum rules, column by column ("estimate not below actual" is a plausibility check).
 * `rows` are evaluateRows' result for this catalogue: every row but headings, in catalogue order.
 */
export function checkConsistency(catalogue: Catalogue, rows: readonly RowEvaluation[]): Finding[] {
  const plan = planFor(catalogue);
  const find = (code: string) => {
    const i = plan.indexOf.get(code);
    return i === undefined ? undefined : rows[i];
  };
  const findings: Finding[] = [];
  for (const rule of catalogue.rules) {
    for (const column of COLUMNS) {
      const finding = checkSum(rule, column, find);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

/** A sum is checked only when every value it needs is entered in that column. */
function checkSum(
  rule: SumRule,
  column: EntryColumn,
  find: (code: string) => RowEvaluation | undefined
): Finding | undefined {
  let sum = 0;
  for (const code of rule.of) {
    const value = find(code)?.[column];
    if (value === undefined) return undefined;
    sum += value;
  }
  let expected: number;
  let expectedFrom = "";
  if (rule.equalsCode !== undefined) {
    const value = find(rule.equalsCode)?.[column];
    if (value === undefined) return undefined;
    expected = value;
    expectedFrom = rule.equalsCode;
  } else {
    expected = rule.equals as number;
  }
  const allowed = (rule.tolerance ?? 0) + (rule.relativeTolerance ?? 0) * Math.abs(expected);
  if (Math.abs(sum - expected) <= allowed + 1e-9 * Math.max(1, Math.abs(expected))) return undefined;
  const codes = rule.equalsCode === undefined ? [...rule.of] : [rule.equalsCode, ...rule.of];
  return {
    severity: "warning",
    codes,
    rule: rule.id,
    problem: problem("rule.sumMismatch", {
      rule: rule.id,
      column,
      codes: rule.of,
      sum: Number(sum.toPrecision(12)),
      expected,
      expectedFrom,
    }),
  };
}
