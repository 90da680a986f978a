/** How the report words its facts, as Vietnamese reports word them: figures, percents, points, and one sentence a target. */

import {
  formatNumber,
  negativeChangeWords,
  type Catalogue,
  type NegativeChangeParams,
  type Indicator,
  type Lang,
  type ReportingPeriod,
  type RowEvaluation,
} from "../core";
import type { LastYearComparison, ReportRow } from "./rows";
import { REPORT_STRINGS, type ReportStrings } from "./strings";

/**
 * A figure as the reader writes it, without the float noise of a division, with the decimals it was typed with
 * (up to four): 1,234 stays "1,234", which the warnings quote, not "1,23" (trial 20, F14).
 */
export function figure(value: number, lang: Lang, count = false): string {
  return formatNumber(value, lang, count ? 0 : 4);
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

/**
 * A number format under which a figure reads `text` on every machine, for the cells a chart reads (they must hold
 * numbers). Excel takes a number format's separators from the machine whatever locale tag it carries ([$-42A] names
 * months, LibreOffice alone also takes its separators), so only quoted text reads the same in both: "52,8%" on an
 * English PC too. The condition holds it to this value: a figure typed over it shows under `otherwise`, never under
 * the old text. A negative value keeps `otherwise`, as Excel may put its own minus before a quoted text.
 */
export function fixedTextFormat(value: number, text: string, otherwise: string): string {
  const condition = String(value); // "0.528"; "1e-7" is no number a format's condition reads
  if (value < 0 || condition.includes("e")) return otherwise;
  return `[=${condition}]"${text.replace(/"/g, "")}";${otherwise}`;
}

/**
 * The percent number format with as many decimals as `text` shows: "-40%" → `0%`, "-12,5%" → `0.0%`. For a value
 * fixedTextFormat cannot fix (a negative one), so that it reads as its column's others do, "-40%" beside "124%",
 * not "-40.0%" (trial 24, 4); only a fraction's separator is then the machine's.
 */
export function percentFormatLike(text: string): string {
  const decimals = /[.,](\d+)%$/.exec(text)?.[1].length ?? 0;
  return decimals === 0 ? "0%" : `0.${"0".repeat(decimals)}%`;
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

/**
 * A row's name as a sentence can start with it: parts lose their dash and, under an allOf row or a heading, name it:
 * "Nông, lâm nghiệp … đạt 22,5%" alone read like a growth rate, not a share of "Cơ cấu kinh tế" (trial 24, 7).
 */
export function factName(indicator: Indicator, catalogue: Catalogue, lang: Lang): string {
  const stripped = indicator.name[lang].replace(/^\s*-\s*/, "");
  const own = stripped.charAt(0).toUpperCase() + stripped.slice(1);
  const parent = indicator.parent === undefined ? undefined : catalogue.byCode.get(indicator.parent);
  if (parent?.kind !== "allOf" && parent?.kind !== "heading") return own;
  return `${parent.name[lang]} (${own.charAt(0).toLowerCase()}${own.slice(1)})`;
}

/** Units are capitalised in the table's column ("Tỷ đồng") and not inside a sentence ("3.950 tỷ đồng"). */
function unitInSentence(unit: string, lang: Lang): string {
  return lang === "vi" && !/^[A-Z]{2}/.test(unit) ? unit.charAt(0).toLowerCase() + unit.slice(1) : unit;
}

/** A plan that is one number is written as the figures are ("82,0" reads "82", as "đạt 82%" beside it). */
function planFigure(plan: string, lang: Lang): string {
  const simple =
    lang === "vi" ? /^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$/ : /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
  if (!simple.test(plan)) return plan;
  const plain = lang === "vi" ? plan.replace(/\./g, "").replace(",", ".") : plan.replace(/,/g, "");
  return figure(Number(plain), lang);
}

/** The share of the annual plan a figure is, as a clause; none for rates, or a plan of zero. */
function ofPlan(value: number, indicator: Indicator, row: ReportRow, lang: Lang): string | undefined {
  const min = indicator.target?.min;
  if (row.percentUnit || min === undefined || min === 0 || !Number.isFinite(min)) return undefined;
  return REPORT_STRINGS[lang].ofAnnualPlan(percentText((value / min) * 100, lang));
}

/** How a fact ends: the row's status in words, or for a band (within) missed, on which side. */
function verdictOf(indicator: Indicator, row: ReportRow, evaluation: RowEvaluation, t: ReportStrings): string {
  const { value, bounds } = evaluation;
  const missed = row.status === "atRisk" || row.status === "offTrack";
  if (indicator.kind === "within" && missed && value !== undefined && bounds !== undefined)
    return t.outsideBand(value > bounds.max);
  // A period's figure judged against the share of the plan due by then (76,4% of the year's plan, 75% due): "vượt
  // kế hoạch đề ra" read as the year's plan already exceeded (trial 25b), so it says ahead of what was due by now.
  return (bounds?.prorated === true ? t.verdictDue[row.status] : undefined) ?? t.verdict[row.status];
}

/**
 * One target as a sentence of the report: the period's figure with its share of the annual plan and
 * its comparison with last year (both are of that figure), then the full-year estimate with its own
 * share, the plan, and the verdict. Each percent stands next to the figure it is computed from. A growth or a
 * reduction below zero (`change`, the core's reading of the row) is said as the rise or fall it is.
 */
export function factText(
  name: string,
  indicator: Indicator,
  row: ReportRow,
  evaluation: RowEvaluation,
  period: ReportingPeriod,
  year: number,
  lang: Lang,
  mark: number,
  change?: NegativeChangeParams
): string {
  const t = REPORT_STRINGS[lang];
  const verdict = verdictOf(indicator, row, evaluation, t);
  if (evaluation.value === undefined) return `${name}: ${t.byParts}, ${verdict}.`;
  const unit = row.percentUnit ? "%" : ` ${unitInSentence(row.unit, lang)}`;
  const amount = (v: number) => `${figure(v, lang, row.count)}${unit}`;
  const reached = (basis: string, v: number) =>
    change && v < 0
      ? t.changed(basis, negativeChangeWords({ ...change, value: v }, lang))
      : t.reached(basis, amount(v));
  const clauses: string[] = [];
  if (row.actual !== undefined) {
    const parts = [reached(t.basisActual(t.periodPhrase(period, year)), row.actual)];
    const share = ofPlan(row.actual, indicator, row, lang);
    // A cumulative row judged on its period's figure says how much was due by then, so "52,8%" is read right.
    if (share) parts.push(share + (evaluation.basis === "actual" && mark < 100 ? t.due(percentText(mark, lang)) : ""));
    const c = row.comparison;
    if (c?.kind === "ratio") parts.push(t.ofLastYear(percentText(c.percent, lang)));
    if (c?.kind === "points")
      parts.push(t.pointsOnLastYear(formatNumber(Math.abs(c.points), lang, 1), Math.sign(c.points)));
    if (row.lastYearToCheck) parts.push(t.lastYearNotCompared);
    clauses.push(parts.join(", "));
  }
  if (row.estimate !== undefined) {
    const parts = [reached(t.basisEstimate, row.estimate)];
    const share = ofPlan(row.estimate, indicator, row, lang);
    if (share) parts.push(share);
    clauses.push(parts.join(", "));
  }
  const plan = t.plan(planFigure(row.plan, lang) + (row.percentUnit ? "%" : row.unit === "" ? "" : unit));
  return `${name} (${plan}): ${clauses.join("; ")}, ${verdict}.`;
}

/**
 * A row of the biểu số liệu as its reader writes it, the same in the Word draft and in the .xlsx: the figures are
 * text in the report's notation, as the plan column is. A number format would follow the machine's separators in
 * Excel whatever locale tag it carries, so "KH 4.060 / TH 2,100" stood in one row on an English PC (trial 20, F12).
 */
export function rowTexts(row: ReportRow, lang: Lang): string[] {
  const num = (v: number | undefined, typed: string | undefined) =>
    typed !== undefined ? `“${typed}”` : v === undefined ? "" : figure(v, lang, row.count);
  // A doubted figure is shown as it was typed, without a share of the plan computed from how it was read.
  const percent = row.percentOfPlan === undefined || row.doubted ? "" : percentText(row.percentOfPlan, lang);
  return [
    row.code,
    row.name,
    row.unit,
    row.plan,
    num(row.actual, row.typed?.actual),
    num(row.estimate, row.typed?.estimate),
    percent,
    row.comparison
      ? comparisonText(row.comparison, lang)
      : row.lastYearToCheck
        ? REPORT_STRINGS[lang].lastYearCell
        : "",
    row.statusText,
    row.note,
  ];
}
