/** How the report words its facts, as Vietnamese reports word them: figures, percents, points, and one sentence a target. */

import {
  formatNumber,
  type Catalogue,
  type Indicator,
  type Lang,
  type ReportingPeriod,
  type RowEvaluation,
} from "../core";
import type { LastYearComparison, ReportRow } from "./rows";
import { REPORT_STRINGS } from "./strings";

/** A figure as the reader writes it, without the float noise of a division. */
export function figure(value: number, lang: Lang, count = false): string {
  return formatNumber(value, lang, count ? 0 : 2);
}

/**
 * "102,9%". Below 1 % it keeps two significant digits: 2,1 tỷ against a plan of 4.300 is "0,049%",
 * never "0%", which would read as nothing done (and hides a figure typed in the wrong unit).
 */
export function percentText(value: number, lang: Lang): string {
  const size = Math.abs(value);
  const digits = size > 0 && size < 1 ? 1 - Math.floor(Math.log10(size)) : 1;
  return `${formatNumber(value, lang, digits)}%`;
}

/** "+1,2" / "−0.5": a difference in percentage points, signed. */
export function signedPoints(points: number, lang: Lang): string {
  const sign = points > 0 ? "+" : points < 0 ? "−" : "";
  return `${sign}${formatNumber(Math.abs(points), lang, 1)}`;
}

/** "+1,2 điểm %" / "−0.5 points": a difference in percentage points, signed and labelled. */
export function pointsText(points: number, lang: Lang): string {
  return `${signedPoints(points, lang)} ${REPORT_STRINGS[lang].pointsUnit}`;
}

export function comparisonText(c: LastYearComparison, lang: Lang): string {
  return c.kind === "ratio" ? percentText(c.percent, lang) : pointsText(c.points, lang);
}

/** The target as the decision writes it, in the reader's notation: `14.040,8` reads `14,040.8` in English. */
export function planText(text: string, lang: Lang): string {
  return lang === "vi" ? text : text.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
}

/** A row's name as a sentence can start with it: parts lose their dash and, under an allOf row, name it. */
export function factName(indicator: Indicator, catalogue: Catalogue, lang: Lang): string {
  const stripped = indicator.name[lang].replace(/^\s*-\s*/, "");
  const own = stripped.charAt(0).toUpperCase() + stripped.slice(1);
  const parent = indicator.parent === undefined ? undefined : catalogue.byCode.get(indicator.parent);
  if (parent?.kind !== "allOf") return own;
  return `${parent.name[lang]} (${own.charAt(0).toLowerCase()}${own.slice(1)})`;
}

/** Units are capitalised in the table's column ("Tỷ đồng") and not inside a sentence ("3.950 tỷ đồng"). */
function unitInSentence(unit: string, lang: Lang): string {
  return lang === "vi" && !/^[A-Z]{2}/.test(unit) ? unit.charAt(0).toLowerCase() + unit.slice(1) : unit;
}

export function factText(
  name: string,
  row: ReportRow,
  evaluation: RowEvaluation,
  period: ReportingPeriod,
  year: number,
  lang: Lang,
  mark: number
): string {
  const t = REPORT_STRINGS[lang];
  const value = evaluation.value;
  if (value === undefined) return `${name}: ${t.byParts}; ${t.verdict[row.status]}.`;
  const basis = evaluation.basis === "estimate" ? t.basisEstimate : t.basisActual(t.periodPhrase(period, year));
  const unit = row.percentUnit ? "%" : ` ${unitInSentence(row.unit, lang)}`;
  const parts = [t.reached(name, basis, `${figure(value, lang, row.count)}${unit}`)];
  // A percent of a rate's plan says little ("64,6% of 64,6%"): rates are quoted against the plan itself.
  if (!row.percentUnit && row.percentOfPlan !== undefined)
    // A cumulative row judged on its period's figure says how much was due by then, so "52,8%" is read right.
    parts.push(
      t.ofAnnualPlan(percentText(row.percentOfPlan, lang)) + (mark < 100 ? t.due(percentText(mark, lang)) : "")
    );
  parts.push(t.plan(row.plan + (row.percentUnit ? "%" : "")));
  let text = parts.join(", ");
  if (row.comparison) {
    const c = row.comparison;
    text += `; ${c.kind === "ratio" ? t.ofLastYear(percentText(c.percent, lang)) : t.pointsOnLastYear(signedPoints(c.points, lang))}`;
  }
  return `${text}: ${t.verdict[row.status]}.`;
}
