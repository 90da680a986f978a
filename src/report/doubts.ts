/**
 * Why the report holds a row back to be checked, worded for a director (what was typed, not how to type it), and a
 * doubt about last year's figure said shortly: from the same findings as every door (core/doubted.ts).
 */

import {
  COLUMN_LABELS,
  doubtedRows,
  formatNumber,
  type Catalogue,
  type EntryColumn,
  type Finding,
  type Lang,
  type Problem,
} from "../core";
import type { ValidationReport } from "../template";
import { REPORT_STRINGS } from "./strings";

/**
 * The cell a finding quotes as typed and doubts (a notation read two ways or by a guess, a last-year figure that is
 * none): its row, its text and its column. Undefined for any other finding.
 */
function typedCell(p: Problem): { code: string; text: string; column: EntryColumn } | undefined {
  switch (p.key) {
    case "plausibility.ambiguous":
      return { code: p.params.code, text: p.params.text, column: p.params.column };
    case "plausibility.doubt":
      return { code: p.params.code, text: p.params.doubt.params.text, column: p.params.column };
    case "plausibility.lastYearInvalid":
      return { code: p.params.code, text: p.params.text, column: "lastYear" };
    default:
      return undefined;
  }
}

/**
 * The text typed in a cell the tool read but doubts, for a finding of that kind: "“4,500”", with its column
 * named when it is not the period's figure ("“4,100” ở cột “Ước thực hiện cả năm”").
 */
function typedText(p: Problem, lang: Lang): string | undefined {
  const typed = typedCell(p);
  if (typed?.column === "actual") return `“${typed.text}”`;
  return typed && REPORT_STRINGS[lang].doubt.typedIn(typed.text, COLUMN_LABELS[lang][typed.column]);
}

/** What an invalid row's cells hold, as typed ("5 xã", "N/A"). */
function invalidTexts(problems: readonly Problem[]): string[] {
  return problems.flatMap((p) => (p.key === "row.invalidValue" && p.params.text !== "" ? [p.params.text] : []));
}

/** Why a finding makes its rows doubtful, shortly, for a director: what was typed, not how to type it. */
function doubtReason(p: Problem, lang: Lang): string {
  const t = REPORT_STRINGS[lang].doubt;
  switch (p.key) {
    case "sheet.uncalculated":
      return t.uncalculated(COLUMN_LABELS[lang][p.params.column]);
    case "plausibility.farAbovePlan":
      return t.farAbove(formatNumber(p.params.value, lang));
    case "plausibility.farBelowPlan":
      return t.farBelow(formatNumber(p.params.value, lang));
    case "sheet.manualCalculation":
      return t.stale;
    case "plausibility.conflict":
      return t.conflict(
        p.params.offers,
        p.params.column === "actual" ? undefined : COLUMN_LABELS[lang][p.params.column]
      );
    default:
      return t.estimateBelowActual;
  }
}

/** The rows whose figures the report must not state as facts, each with its short reasons (core/doubted.ts). */
export function doubtfulRows(catalogue: Catalogue, report: ValidationReport, lang: Lang): Map<string, string[]> {
  const t = REPORT_STRINGS[lang].doubt;
  const reasons = new Map<string, string[]>();
  for (const [code, causes] of doubtedRows(report.findings, report.evaluation.rows, catalogue)) {
    const texts = causes.map((c) => (c.kind === "finding" ? typedText(c.problem, lang) : undefined));
    // The texts a row's doubted cells hold, said in one clause: (“2,150”, “4,100”), not one clause per cell.
    const typed = [...new Set(texts.filter((text) => text !== undefined))];
    let typedClause = typed.length > 0 ? t.typed(typed) : undefined;
    const said: string[] = [];
    causes.forEach((c, i) => {
      if (c.kind === "parts") said.push(t.parts);
      else if (c.kind === "invalid") said.push(t.invalid(invalidTexts(report.evaluation.row(code)?.problems ?? [])));
      else if (texts[i] === undefined) said.push(doubtReason(c.problem, lang));
      else if (typedClause !== undefined) {
        said.push(typedClause);
        typedClause = undefined;
      }
    });
    reasons.set(code, said);
  }
  return reasons;
}

/**
 * A doubt about "Cùng kỳ năm trước", for a director: what was typed and that it was not compared (trial 21: the
 * clerk's typing advice stood at the top of the report). Undefined for any other finding.
 */
export function lastYearShort(f: Finding, lang: Lang): string | undefined {
  const p = f.problem;
  if (p.key === "plausibility.lastYearFar") {
    const text = p.params.text ?? formatNumber(p.params.value, lang) + (p.params.percentUnit ? "%" : "");
    return REPORT_STRINGS[lang].lastYearToCheck(p.params.code, text);
  }
  const typed = typedCell(p);
  return typed?.column === "lastYear" ? REPORT_STRINGS[lang].lastYearToCheck(typed.code, typed.text) : undefined;
}
