/** Groups repeated findings (100,000 unknown codes are one finding with a count and the first few codes). */

import { describe, formatNumber, type Finding, type Lang } from "../core";
import type { CliStrings } from "./strings";

/** More findings of one kind than this are shown as one. */
export const GROUP_AFTER = 5;
/** How many codes a grouped finding names. */
const SAMPLE_CODES = 5;

export interface ShownFinding {
  severity: Finding["severity"];
  /** The message key, the same for every finding of the group. */
  code: string;
  codes: string[];
  message: string;
  /** How many findings this one stands for (1 when not grouped). */
  count: number;
}

function codeOf(finding: Finding): string | undefined {
  const params = finding.problem.params as { code?: unknown };
  return typeof params.code === "string" ? params.code : finding.codes[0];
}

/** The findings as shown: each kind with more than GROUP_AFTER findings becomes one, where its first one was. */
export function groupFindings(findings: readonly Finding[], t: CliStrings, lang: Lang): ShownFinding[] {
  const byKind = new Map<string, Finding[]>();
  for (const f of findings) {
    const kind = `${f.severity} ${f.problem.key}`;
    const list = byKind.get(kind);
    if (list) list.push(f);
    else byKind.set(kind, [f]);
  }
  const shown: ShownFinding[] = [];
  for (const group of byKind.values()) {
    const first = group[0];
    if (group.length <= GROUP_AFTER) {
      for (const f of group) {
        shown.push({
          severity: f.severity,
          code: f.problem.key,
          codes: f.codes,
          message: describe(f.problem, lang),
          count: 1,
        });
      }
      continue;
    }
    const codes = [...new Set(group.map(codeOf).filter((c): c is string => c !== undefined))];
    const sample = codes.slice(0, SAMPLE_CODES);
    shown.push({
      severity: first.severity,
      code: first.problem.key,
      codes: sample,
      message: t.groupedFinding(
        describe(first.problem, lang),
        formatNumber(group.length - 1, lang),
        sample.slice(1),
        codes.length > sample.length
      ),
      count: group.length,
    });
  }
  return shown;
}
