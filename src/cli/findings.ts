/** Groups repeated findings (100,000 unknown codes are one finding with a count and the first few codes). */

import { describe, findingKind, formatNumber, type Finding, type Lang } from "../core";
import { CLI_STRINGS, type CliStrings } from "./strings";

/** More findings of one kind than this are shown as one. */
export const GROUP_AFTER = 5;
/** How many codes a grouped finding names. */
const SAMPLE_CODES = 5;

export interface ShownFinding {
  severity: Finding["severity"];
  /** The message key, the same for every finding of the group. */
  code: string;
  codes: string[];
  /** The catalogue rows it concerns (the same as codes; the JSON contract's name). */
  rows: string[];
  message: string;
  /** The message in each language. */
  messages: Record<Lang, string>;
  /** The catalogue rule's id, for a finding of a catalogue rule. */
  rule?: string;
  /** How many findings this one stands for (1 when not grouped). */
  count: number;
}

function toShown(f: Finding, codes: string[], messages: Record<Lang, string>, lang: Lang, count: number): ShownFinding {
  return {
    severity: f.severity,
    code: f.problem.key,
    codes,
    rows: codes,
    message: messages[lang],
    messages,
    ...(f.rule !== undefined ? { rule: f.rule } : {}),
    count,
  };
}

function codeOf(finding: Finding): string | undefined {
  const params = finding.problem.params as { code?: unknown };
  return typeof params.code === "string" ? params.code : finding.codes[0];
}

/**
 * The findings as shown: each kind with more than GROUP_AFTER findings becomes one, where its first one
 * was. Plausibility findings are never grouped: each row keeps its own (at most a few per catalogue row).
 */
// `t` stays in the signature for callers; messages are rendered in both languages from CLI_STRINGS.
export function groupFindings(findings: readonly Finding[], _t: CliStrings, lang: Lang): ShownFinding[] {
  const byKind = new Map<string, Finding[]>();
  for (const f of findings) {
    const kind =
      findingKind(f) === "plausibility" ? `${f.problem.key} ${f.codes[0]}` : `${f.severity} ${f.problem.key}`;
    const list = byKind.get(kind);
    if (list) list.push(f);
    else byKind.set(kind, [f]);
  }
  const shown: ShownFinding[] = [];
  for (const group of byKind.values()) {
    const first = group[0];
    if (group.length <= GROUP_AFTER) {
      for (const f of group) {
        shown.push(shownOne(f, lang));
      }
      continue;
    }
    const codes = [...new Set(group.map(codeOf).filter((c): c is string => c !== undefined))];
    const sample = codes.slice(0, SAMPLE_CODES);
    const grouped = (l: Lang) =>
      CLI_STRINGS[l].groupedFinding(
        describe(first.problem, l),
        formatNumber(group.length - 1, l),
        sample.slice(1),
        codes.length > sample.length
      );
    shown.push(toShown(first, sample, { vi: grouped("vi"), en: grouped("en") }, lang, group.length));
  }
  return shown;
}

function shownOne(f: Finding, lang: Lang): ShownFinding {
  return toShown(f, f.codes, { vi: describe(f.problem, "vi"), en: describe(f.problem, "en") }, lang, 1);
}
