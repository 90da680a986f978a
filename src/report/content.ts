/**
 * What a period's report says, worked out once from a validation's results: the headline, the
 * biểu số liệu grouped by lead agency or by the decision's groups, the facts of "Kết quả đạt được"
 * and "Hạn chế, tồn tại", the warnings, and the charts' data. Every door (the sheet in Excel, the
 * .xlsx and .docx files) only lays this out.
 */

import {
  describe,
  emptyCounts,
  formatNumber,
  hasPercentUnit,
  PERIOD_FRACTION,
  STATUS_LABELS,
  type Catalogue,
  type Indicator,
  type Lang,
  type LeadAgency,
  type ReportingPeriod,
  type RowEvaluation,
  type Status,
  type StatusCounts,
} from "../core";
import type { ValidationReport } from "../template";
import { REPORT_COLUMNS, REPORT_STRINGS, type ReportColumn } from "./strings";

export type ReportGrouping = "agency" | "group";

/** What the sheet holds beside the figures the core judged: the note and last year's figure of each row. */
export interface RowExtras {
  note?: string;
  lastYear?: number;
  /** Last year's cell holds something that is not a figure of this unit: said at the top, not compared. */
  lastYearProblem?: { text: string; reason: (lang: Lang) => string };
}

export interface ReportInput {
  catalogue: Catalogue;
  report: ValidationReport;
  extras: ReadonlyMap<string, RowExtras>;
  /** The day the report is made, yyyy-mm-dd (the caller's clock; the content stays pure). */
  date: string;
}

export interface ReportOptions {
  lang: Lang;
  groupBy: ReportGrouping;
}

/** Comparison with the same period last year: a ratio for amounts and counts, a difference in points for rates. */
export type LastYearComparison = { kind: "ratio"; percent: number } | { kind: "points"; points: number };

export interface ReportRow {
  code: string;
  name: string;
  unit: string;
  /** The target as the decision writes it. */
  plan: string;
  actual?: number;
  estimate?: number;
  /** % of the annual plan (judged value ÷ the annual plan), as the core computed it. */
  percentOfPlan?: number;
  lastYear?: number;
  comparison?: LastYearComparison;
  status: Status;
  statusText: string;
  note: string;
  /** The unit is a percentage (figures are rates, comparisons are in points). */
  percentUnit: boolean;
  /** A count of communes or schools: shown without decimals. */
  count: boolean;
  /** A part of another row (07.1.1 under 07.1), indented in the table. */
  part: boolean;
}

export interface ReportGroup {
  title: string;
  rows: ReportRow[];
}

export interface ReportFact {
  code: string;
  status: Status;
  text: string;
  /** For a shortfall: the explanation from `Ghi chú`, or the words saying there is none. */
  explanation?: string;
}

export interface AgencyBar {
  agency: LeadAgency;
  counts: StatusCounts;
}

export interface PercentBar {
  code: string;
  percent: number;
  /** The share of the annual plan due by the end of the period: 50 for a cumulative row at 6 months, else 100. */
  mark: number;
}

export interface ReportContent {
  lang: Lang;
  period: ReportingPeriod;
  sheetName: string;
  title: string;
  source: string;
  date: string;
  /** Unreadable period, structural problems, consistency warnings, invalid figures: shown first, never hidden. */
  warnings: string[];
  headline: {
    total: number;
    counts: StatusCounts;
    metOrExceeded: number;
    /** Met or exceeded, of the catalogue's targets, in percent; undefined when no row has a figure. */
    share?: number;
    text: string;
  };
  hasFigures: boolean;
  columns: { key: ReportColumn; label: string }[];
  groupBy: ReportGrouping;
  groups: ReportGroup[];
  achieved: ReportFact[];
  shortfalls: ReportFact[];
  /** The sentence naming the rows without figures, if any. */
  missing?: string;
  /** Undefined when there is nothing to draw: no empty chart. */
  charts?: {
    byAgency: AgencyBar[];
    /** Empty when no row has a percent of plan; then the second chart is left out. */
    percent: PercentBar[];
  };
  labels: {
    warnings: string;
    headline: string;
    table: string;
    achieved: string;
    shortfalls: string;
    tasks: string;
    tasksHint: string;
    noneAchieved: string;
    noneShort: string;
    chartByAgency: string;
    chartPercent: string;
    chartPercentSeries: string;
    chartMark: string;
    statuses: Record<Status, string>;
    pointsUnit: string;
  };
}

const PERIOD_WARNINGS = new Set(["sheet.badPeriod", "sheet.noPeriod", "period.unreadable"]);

/** A figure as the reader writes it, without the float noise of a division. */
export function figure(value: number, lang: Lang, count = false): string {
  return formatNumber(value, lang, count ? 0 : 2);
}

export function percentText(value: number, lang: Lang): string {
  return `${formatNumber(value, lang, 1)}%`;
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

/** The period's figure against last year's: undefined without both, or when last year's is zero for a ratio. */
export function compareWithLastYear(
  indicator: Indicator,
  actual: number | undefined,
  lastYear: number | undefined
): LastYearComparison | undefined {
  if (actual === undefined || lastYear === undefined) return undefined;
  if (hasPercentUnit(indicator)) return { kind: "points", points: Number((actual - lastYear).toPrecision(12)) };
  if (lastYear === 0) return undefined;
  return { kind: "ratio", percent: (actual / lastYear) * 100 };
}

/** The share of the annual plan due by the end of the period for this row, in percent. */
export function dueMark(indicator: Indicator, row: RowEvaluation, period: ReportingPeriod): number {
  return indicator.cumulative && row.basis === "actual" ? PERIOD_FRACTION[period] * 100 : 100;
}

function reportRow(indicator: Indicator, row: RowEvaluation, extras: RowExtras | undefined, lang: Lang): ReportRow {
  const comparison = compareWithLastYear(indicator, row.actual, extras?.lastYear);
  const percent = row.percentOfAnnualPlan;
  return {
    code: indicator.code,
    name: indicator.name[lang],
    unit: indicator.unit?.[lang] ?? "",
    plan: planText(indicator.target?.text ?? "", lang),
    actual: row.actual,
    estimate: row.estimate,
    percentOfPlan: percent !== undefined && Number.isFinite(percent) ? percent : undefined,
    lastYear: extras?.lastYear,
    comparison,
    status: row.status,
    statusText: STATUS_LABELS[lang][row.status],
    note: extras?.note?.trim() ?? "",
    percentUnit: hasPercentUnit(indicator),
    count: indicator.valueType === "count",
    part: indicator.parent !== undefined && indicator.group === undefined,
  };
}

/** The decision's groups: a row with a group number opens one; a heading names it. */
function decisionGroups(catalogue: Catalogue, lang: Lang): { title: string; codes: string[] }[] {
  const t = REPORT_STRINGS[lang];
  const groups: { title: string; codes: string[] }[] = [];
  for (const indicator of catalogue.indicators) {
    if (indicator.group !== undefined || groups.length === 0) {
      const heading = indicator.kind === "heading" ? indicator.name[lang] : undefined;
      groups.push({ title: t.group(indicator.group ?? "", heading), codes: [] });
    }
    if (indicator.kind !== "heading") groups[groups.length - 1].codes.push(indicator.code);
  }
  return groups;
}

/** The target as the decision writes it, in the reader's notation: `14.040,8` reads `14,040.8` in English. */
export function planText(text: string, lang: Lang): string {
  return lang === "vi" ? text : text.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
}

/** A row's name as a sentence can start with it: parts lose their dash and, under an allOf row, name it. */
function factName(indicator: Indicator, catalogue: Catalogue, lang: Lang): string {
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

function factText(
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

/** The whole report, in one language. */
export function buildReport(input: ReportInput, options: ReportOptions): ReportContent {
  const { catalogue, report, extras, date } = input;
  const { lang, groupBy } = options;
  const t = REPORT_STRINGS[lang];
  const { evaluation, period } = report;
  const rowsByCode = new Map<string, ReportRow>();
  for (const evaluated of evaluation.rows) {
    const indicator = catalogue.byCode.get(evaluated.code);
    if (indicator) rowsByCode.set(evaluated.code, reportRow(indicator, evaluated, extras.get(evaluated.code), lang));
  }
  const pick = (codes: readonly string[]) =>
    codes.map((c) => rowsByCode.get(c)).filter((r): r is ReportRow => r !== undefined);

  const groups: ReportGroup[] =
    groupBy === "agency"
      ? catalogue.leadAgencies.map((agency) => ({
          title: agency,
          rows: pick(
            catalogue.indicators.filter((i) => i.kind !== "heading" && i.lead.includes(agency)).map((i) => i.code)
          ),
        }))
      : decisionGroups(catalogue, lang).map((g) => ({ title: g.title, rows: pick(g.codes) }));

  const counts = evaluation.summary.totals;
  const total = evaluation.rows.length;
  const metOrExceeded = counts.met + counts.exceeded;
  const hasFigures = counts.missing < total;
  const share = hasFigures && total > 0 ? (metOrExceeded / total) * 100 : undefined;

  const facts = (statuses: readonly Status[], withExplanation: boolean): ReportFact[] =>
    evaluation.rows
      .filter((r) => statuses.includes(r.status))
      .map((r) => {
        const row = rowsByCode.get(r.code) as ReportRow;
        const name = factName(catalogue.byCode.get(r.code) as Indicator, catalogue, lang);
        const fact: ReportFact = {
          code: r.code,
          status: r.status,
          text: factText(
            name,
            row,
            r,
            period,
            catalogue.year,
            lang,
            dueMark(catalogue.byCode.get(r.code) as Indicator, r, period)
          ),
        };
        if (withExplanation) fact.explanation = row.note === "" ? t.noExplanation : t.explanation(row.note);
        return fact;
      });
  const missingCodes = evaluation.rows.filter((r) => r.status === "missing").map((r) => r.code);

  const warnings = [
    ...report.findings.filter((f) => PERIOD_WARNINGS.has(f.problem.key)),
    ...report.findings.filter((f) => !PERIOD_WARNINGS.has(f.problem.key)),
  ].map((f) => describe(f.problem, lang));
  for (const r of evaluation.rows) for (const p of r.problems) warnings.push(describe(p, lang));
  for (const r of evaluation.rows) {
    const bad = extras.get(r.code)?.lastYearProblem;
    if (bad) warnings.push(t.badLastYear(r.code, bad.text, bad.reason(lang)));
  }

  const percentBars: PercentBar[] = [];
  for (const r of evaluation.rows) {
    const indicator = catalogue.byCode.get(r.code) as Indicator;
    const row = rowsByCode.get(r.code) as ReportRow;
    if (indicator.kind === "allOf" || row.percentOfPlan === undefined) continue;
    percentBars.push({ code: r.code, percent: row.percentOfPlan, mark: dueMark(indicator, r, period) });
  }
  const byAgency = catalogue.leadAgencies.map((agency) => {
    const summary = evaluation.summary.agencies.find((a) => a.agency === agency);
    return { agency, counts: summary ? summary.counts : emptyCounts() };
  });

  const decision = catalogue.decision;
  return {
    lang,
    period,
    sheetName: t.sheetName(SHEET_PERIOD[lang][period]),
    title: t.title(period, catalogue.year),
    source: t.source(decision.number, decision.date.split("-").reverse().join("/"), decision.issuer),
    date: t.date(date),
    warnings,
    headline: {
      total,
      counts,
      metOrExceeded,
      share,
      text: share === undefined ? t.noFigures(total) : t.headline(counts, total, percentText(share, lang)),
    },
    hasFigures,
    columns: REPORT_COLUMNS.map((key) => ({ key, label: t.columns[key] })),
    groupBy,
    groups: groups.filter((g) => g.rows.length > 0),
    achieved: facts(["exceeded", "met"], false),
    shortfalls: facts(["offTrack", "atRisk"], true),
    missing: missingCodes.length > 0 && hasFigures ? t.missingList(missingCodes.join(", ")) : undefined,
    charts: hasFigures ? { byAgency, percent: percentBars } : undefined,
    labels: {
      warnings: t.warningsTitle,
      headline: t.headlineTitle,
      table: t.tableTitle,
      achieved: t.achievedTitle,
      shortfalls: t.shortfallsTitle,
      tasks: t.tasksTitle,
      tasksHint: t.tasksHint,
      noneAchieved: t.noneAchieved,
      noneShort: t.noneShort,
      chartByAgency: t.chartByAgency,
      chartPercent: t.chartPercent,
      chartPercentSeries: t.chartPercentSeries,
      chartMark: t.chartMark,
      statuses: STATUS_LABELS[lang],
      pointsUnit: t.pointsUnit,
    },
  };
}

/** The period as a sheet name can hold it (no slash or colon). */
const SHEET_PERIOD: Record<Lang, Record<ReportingPeriod, string>> = {
  vi: { Q1: "Quý I", H1: "6 tháng", "9M": "9 tháng", FY: "cả năm" },
  en: { Q1: "Q1", H1: "H1", "9M": "9 months", FY: "full year" },
};
