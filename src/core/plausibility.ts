/**
 * "Kiểm tra lại": figures that are valid numbers and still almost surely typing mistakes. These
 * findings stand beside the statuses and never change one (targets-2024.md, "Plausibility").
 */

import type { NegativeChangeParams } from "./checkMessages";
import type { Doubt } from "./doubtMessages";
import { valueTypeProblem, type RowEvaluation } from "./evaluate";
import { lastYearFar } from "./lastYearFar";
import { problem, type EntryColumn } from "./messages";
import { MARK, readingDoubts } from "./numberMarks";
import { readNumberText } from "./numbers";
import { foldText } from "./periods";
import { planFor, type RowBounds } from "./plan";
import type { Finding } from "./rules";
import type { Catalogue, Indicator, PlausibilityThresholds, ReportingPeriod } from "./types";

/** Used where neither the row nor the catalogue sets a threshold. */
/**
 * The findings that make a row's figure doubtful: nothing is asserted about that row (the report lists it to check,
 * status asks to check the figure rather than to explain a shortfall) until a person has looked at it.
 */
export const DOUBTFUL_FIGURE: ReadonlySet<string> = new Set([
  "plausibility.ambiguous",
  "plausibility.doubt",
  "plausibility.farAbovePlan",
  "plausibility.farBelowPlan",
  "plausibility.estimateBelowActual",
  // Last year's figure too far from this period's (lastYearFar.ts): only its comparison is held back.
  "plausibility.lastYearFar",
  // The agencies' files disagreed and the merge wrote neither: the cell holds no agreed figure (the merge log says so).
  "plausibility.conflict",
]);

export const DEFAULT_PLAUSIBILITY: Readonly<Required<PlausibilityThresholds>> = Object.freeze({
  farBelowPercent: 10,
  farAbovePercent: 300,
});

/** A row's thresholds: its own, else the catalogue's, else the defaults, field by field. */
export function thresholdsFor(catalogue: Catalogue, indicator: Indicator): Required<PlausibilityThresholds> {
  return {
    farBelowPercent:
      indicator.plausibility?.farBelowPercent ??
      catalogue.plausibility?.farBelowPercent ??
      DEFAULT_PLAUSIBILITY.farBelowPercent,
    farAbovePercent:
      indicator.plausibility?.farAbovePercent ??
      catalogue.plausibility?.farAbovePercent ??
      DEFAULT_PLAUSIBILITY.farAbovePercent,
  };
}

const SEPARATED = /^([-+−–]?)\s?([0-9.,]+)$/;
const GROUPED = { ".": /^[1-9]\d{0,2}(\.\d{3})+$/, ",": /^[1-9]\d{0,2}(,\d{3})+$/ };

/**
 * A number written with `decimal` as its decimal mark and the other mark grouping thousands, strictly
 * (groups of three after a first group of one to three digits), or undefined when it is not one.
 */
function strictReading(digits: string, decimal: "." | ","): number | undefined {
  const group = decimal === "." ? "," : ".";
  const parts = digits.split(decimal);
  if (parts.length > 2) return undefined;
  const [int, fraction = ""] = parts;
  if (parts.length === 2 && !/^\d+$/.test(fraction)) return undefined;
  if (int.includes(group) ? !GROUPED[group].test(int) : !/^\d+$/.test(int)) return undefined;
  return Number(`${int.split(group).join("")}${fraction === "" ? "" : `.${fraction}`}`);
}

/**
 * A cheap first look, since most texts read one way: a single mark followed by exactly three digits (`2,100`,
 * `1.234`). `7,5`, `1.234.567` or a mix of both marks read one way only: `1,234.5` groups with one mark and ends
 * with the other (taking its first mark for the decimal one gave 1,2345, which nobody means: trial 23, 10).
 */
function mayReadTwoWays(text: string): boolean {
  let dots = 0;
  let commas = 0;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      dots++;
      last = i;
    } else if (c === 44) {
      commas++;
      last = i;
    }
  }
  if (dots + commas !== 1) return false;
  let digits = 0;
  for (let j = last + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) break;
    digits++;
  }
  return digits === 3;
}

/**
 * The other reading of a text whose value depends on which separator is the decimal one (`2,100`,
 * `1.234`), or undefined when the text reads only one way.
 */
export function otherReading(text: string, read: number): number | undefined {
  if (!mayReadTwoWays(text)) return undefined;
  let t = text.trim().normalize("NFC").replace(MARK, "").replace(/%$/, "").trim();
  const match = SEPARATED.exec(t.replace(/[\s\u00a0]+/g, ""));
  if (!match) return undefined;
  t = match[2];
  const sign = match[1] === "" || match[1] === "+" ? 1 : -1;
  if (!t.includes(".") && !t.includes(",")) return undefined;
  const readings = new Set<number>();
  for (const decimal of [".", ","] as const) {
    const r = strictReading(t, decimal);
    if (r !== undefined) readings.add(sign * r);
  }
  for (const r of readings) if (Math.abs(r - read) > 1e-9 * Math.max(1, Math.abs(read))) return r;
  return undefined;
}

/**
 * What to type for a number so that it reads one way only: no grouping, a decimal comma. A single comma is always
 * the decimal one, so 1,234 is typed as it is said (not 1,2340, which reads the same but looks like another figure).
 */
export function unambiguousText(value: number): string {
  return String(Number(value.toPrecision(12))).replace(".", ",");
}

function inBand(value: number, plan: number, below: number, above: number): boolean {
  const percent = (value / plan) * 100;
  return percent >= below && percent <= above;
}

/**
 * The other reading of a cell's text when it reads two ways (`4,500`) and only the other one is near the plan
 * the column is judged against: the reading taken is far from plan and the other within the thresholds.
 */
function ambiguity(
  indicator: Indicator,
  bounds: RowBounds,
  column: EntryColumn,
  text: string,
  read: number,
  thresholds: Required<PlausibilityThresholds>,
  period: ReportingPeriod
): number | undefined {
  const { farBelowPercent, farAbovePercent } = thresholds;
  // Last year's figure is the same period's: compared with the period's plan, as the period's own figure is.
  const b = column === "estimate" ? bounds.whole : bounds.byPeriod[period];
  const planValue = indicator.kind === "atMost" ? b.max : b.min;
  // Only a reading that is far from plan can be a misreading; the other reading is sought only then.
  if (planValue <= 0 || inBand(read, planValue, farBelowPercent, farAbovePercent)) return undefined;
  const other = otherReading(text, read);
  if (other === undefined || !inBand(other, planValue, farBelowPercent, farAbovePercent)) return undefined;
  return valueTypeProblem(indicator, other) === undefined ? other : undefined;
}

/** A figure as people usually type it (`7,5`, `-3`, `97,2 %`): no mark before it, no separator after it. */
function plainFigure(text: string): boolean {
  const digit = (c: number) => c >= 48 && c <= 57;
  const first = text.charCodeAt(0);
  let end = text.length - 1;
  // A percent sign and the space before it end a plain figure too (`97,2 %`); what comes before them is checked.
  if (text.charCodeAt(end) === 37) end--;
  if (end > 0 && /\s/.test(text[end])) end--;
  return (digit(first) || first === 45 || first === 43) && digit(text.charCodeAt(end));
}

/** What a person should check in an entry cell's text although it reads as a number: its mark, its trailing separator. */
export function textDoubts(text: string, percentUnit: boolean): Doubt[] {
  const trimmed = text.trim();
  if (plainFigure(trimmed)) return [];
  return readingDoubts(trimmed, readNumberText(trimmed, { percentUnit }));
}

/**
 * Every doubt about a figure typed as text in an entry cell of row `code`, as validate states it beside the row:
 * the doubts of its text, and a notation that reads two ways where the other reading is near the plan. Merge
 * asks the same before it writes a figure as a number.
 */
export function cellDoubts(
  catalogue: Catalogue,
  code: string,
  column: EntryColumn,
  text: string,
  read: number,
  period: ReportingPeriod
): Doubt[] {
  const plan = planFor(catalogue);
  const i = plan.indexOf.get(code);
  if (i === undefined) return [];
  const doubts = textDoubts(text, plan.percentUnit[i]);
  const bounds = plan.bounds[i];
  const indicator = plan.rows[i];
  if (!bounds || indicator.kind === "allOf") return doubts;
  const other = ambiguity(indicator, bounds, column, text, read, rowThresholds(catalogue)[i], period);
  if (other === undefined) return doubts;
  const trimmed = text.trim();
  return [{ key: "doubt.ambiguous", params: { text: trimmed, read, other, type: unambiguousText(other) } }, ...doubts];
}

/** What a negative change means on its row: a rise for a reduction target (its own or its whole's), else a fall. */
function negativeChange(
  catalogue: Catalogue,
  indicator: Indicator,
  column: EntryColumn,
  value: number
): NegativeChangeParams {
  const parent = indicator.parent === undefined ? undefined : catalogue.byCode.get(indicator.parent);
  const reduction = [indicator, parent].some((i) => i !== undefined && foldText(i.name.vi).startsWith("giam "));
  const subject = {
    // "Giảm tỷ lệ hộ nghèo" → tỷ lệ hộ nghèo; "Tốc độ tăng kim ngạch…" → kim ngạch…: what rose or fell.
    vi: indicator.name.vi.replace(/^[-–]\s*/, "").replace(/^(?:giảm|tốc độ tăng)\s+/i, ""),
    en: indicator.name.en
      .replace(/^(?:annual\s+)?(?:reduction|growth) of\s+(?:the\s+)?/i, "")
      .replace(/\s+growth rate$/i, ""),
  };
  // Lower-case the first letter of a word, not of an abbreviation ("GRDP").
  const lower = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
  const points = /points/i.test(indicator.unit?.en ?? "");
  return {
    code: indicator.code,
    column,
    value,
    subject: { vi: lower(subject.vi), en: lower(subject.en) },
    reduction,
    points,
  };
}

export interface PlausibilityOptions {
  period: ReportingPeriod;
}

// Each row's thresholds, worked out once per catalogue: this runs on every validation, for every row.
const thresholdCache = new WeakMap<Catalogue, Required<PlausibilityThresholds>[]>();

function rowThresholds(catalogue: Catalogue): Required<PlausibilityThresholds>[] {
  let list = thresholdCache.get(catalogue);
  if (!list) {
    list = planFor(catalogue).rows.map((indicator) => thresholdsFor(catalogue, indicator));
    thresholdCache.set(catalogue, list);
  }
  return list;
}

/** What one row's checks need, built per row and passed to its checks instead of a closure per row. */
interface RowCheck {
  findings: Finding[];
  period: ReportingPeriod;
  indicator: Indicator;
  row: RowEvaluation;
  bounds: RowBounds | undefined;
  thresholds: Required<PlausibilityThresholds>;
  percentUnit: boolean;
}

/** The findings about one cell's text (a notation that reads two ways, a mark); whether it reads two ways. */
function checkText(check: RowCheck, column: EntryColumn, text: string | undefined, read: number | undefined): boolean {
  if (text === undefined || read === undefined) return false;
  const { findings, row, bounds } = check;
  const other = bounds && ambiguity(check.indicator, bounds, column, text, read, check.thresholds, check.period);
  if (other !== undefined) {
    const params = { code: row.code, column, text, read, other, type: unambiguousText(other) };
    findings.push({ severity: "warning", codes: [row.code], problem: problem("plausibility.ambiguous", params) });
  }
  for (const doubt of textDoubts(text, check.percentUnit)) {
    const params = { code: row.code, column, doubt };
    findings.push({ severity: "warning", codes: [row.code], problem: problem("plausibility.doubt", params) });
  }
  return other !== undefined;
}

/**
 * Last year's figure is only compared with, never judged: whatever the row's status, it is checked as typed. Whether
 * it reads two ways (then its other reading is offered, and it is not also said to be far from this period's).
 */
function checkLastYear(check: RowCheck): boolean {
  const { row } = check;
  if (row.lastYearProblem)
    check.findings.push({ severity: "warning", codes: [row.code], problem: row.lastYearProblem });
  return checkText(check, "lastYear", row.lastYearText, row.lastYear);
}

/**
 * Last year's figure far from this period's, once the row's other checks are done (`from`: where its findings begin):
 * a doubted Thực hiện may be the figure that is wrong, so last year's is then not blamed for the distance.
 */
function checkLastYearFar(check: RowCheck, from: number, ambiguousLastYear: boolean): void {
  const { findings, row } = check;
  if (ambiguousLastYear) return;
  for (let i = from; i < findings.length; i++) {
    const params = findings[i].problem.params;
    if (DOUBTFUL_FIGURE.has(findings[i].problem.key) && "column" in params && params.column === "actual") return;
  }
  const params = lastYearFar(row, check.indicator, check.percentUnit);
  if (params)
    findings.push({ severity: "warning", codes: [row.code], problem: problem("plausibility.lastYearFar", params) });
}

/**
 * Every plausibility finding, in catalogue order: ambiguous notation in an entry cell (last year's too), text read
 * only by a guess (a mark, a trailing separator: plausibility.doubt), a judged value far from its plan (unless
 * that very cell was already flagged as ambiguous), a full-year estimate below the period's value on a cumulative
 * row, a last-year cell that holds no figure, and a last-year figure far from this period's (lastYearFar.ts). `rows`
 * are evaluateRows' result.
 */
export function checkPlausibility(
  catalogue: Catalogue,
  rows: readonly RowEvaluation[],
  options: PlausibilityOptions
): Finding[] {
  const plan = planFor(catalogue);
  const thresholds = rowThresholds(catalogue);
  const findings: Finding[] = [];
  const { period } = options;
  for (let i = 0; i < plan.rows.length; i++) {
    const indicator = plan.rows[i];
    const row = rows[i];
    const bounds = plan.bounds[i];
    const percentUnit = plan.percentUnit[i];
    const check: RowCheck = { findings, period, indicator, row, bounds, thresholds: thresholds[i], percentUnit };
    const from = findings.length;
    if (!bounds || indicator.kind === "allOf" || row.status === "invalid" || row.status === "missing") {
      checkLastYearFar(check, from, checkLastYear(check));
      continue;
    }
    const { farBelowPercent, farAbovePercent } = thresholds[i];
    const atMost = indicator.kind === "atMost";
    const ambiguousActual = checkText(check, "actual", row.actualText, row.actual);
    const ambiguousEstimate = checkText(check, "estimate", row.estimateText, row.estimate);
    const ambiguousLastYear = checkLastYear(check);
    const judgedAmbiguous = row.basis === "actual" ? ambiguousActual : ambiguousEstimate;
    if (row.value !== undefined && row.basis && indicator.valueType === "change" && row.value < 0) {
      // A growth rate or a reduction below zero is no typo but a fall or a rise: said in words, not "far below plan".
      const params = negativeChange(catalogue, indicator, row.basis, row.value);
      findings.push({ severity: "warning", codes: [row.code], problem: problem("change.negative", params) });
    } else if (row.value !== undefined && row.bounds && row.basis && !judgedAmbiguous) {
      const planValue = atMost ? row.bounds.max : row.bounds.min;
      const percent = (row.value / planValue) * 100;
      if (planValue > 0 && (percent < farBelowPercent || percent > farAbovePercent)) {
        const below = percent < farBelowPercent;
        findings.push({
          severity: "warning",
          codes: [row.code],
          problem: problem(below ? "plausibility.farBelowPlan" : "plausibility.farAbovePlan", {
            code: row.code,
            column: row.basis,
            value: row.value,
            plan: planValue,
            prorated: row.bounds.prorated,
            percent,
            threshold: below ? farBelowPercent : farAbovePercent,
          }),
        });
      }
    }
    if (indicator.cumulative && row.actual !== undefined && row.estimate !== undefined) {
      if (row.estimate < row.actual - 1e-9 * Math.max(1, Math.abs(row.actual))) {
        findings.push({
          severity: "warning",
          codes: [row.code],
          problem: problem("plausibility.estimateBelowActual", {
            code: row.code,
            estimate: row.estimate,
            actual: row.actual,
          }),
        });
      }
    }
    checkLastYearFar(check, from, ambiguousLastYear);
  }
  return findings;
}
