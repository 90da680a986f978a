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
}

const COLUMNS: readonly EntryColumn[] = ["actual", "estimate"];

/**
 * The catalogue's sum rules, column by column, and "estimate not below actual" on cumulative rows.
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
  for (const i of plan.cumulative) {
    const row = rows[i];
    if (row.actual === undefined || row.estimate === undefined) continue;
    if (row.estimate < row.actual - 1e-9 * Math.max(1, Math.abs(row.actual))) {
      findings.push({
        severity: "warning",
        codes: [row.code],
        problem: problem("rule.estimateBelowActual", { code: row.code, estimate: row.estimate, actual: row.actual }),
      });
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
