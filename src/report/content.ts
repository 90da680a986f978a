/**
 * What a period's report says, worked out once from a validation's results: the headline, the warnings, the facts
 * of "Kết quả đạt được" and "Hạn chế, tồn tại" and the charts' data, around the biểu số liệu's rows (rows.ts), each
 * fact worded by wording.ts. Every door (the sheet in Excel, the .xlsx and .docx files) only lays this out.
 */

import {
  describe,
  doubtedLastYear,
  countsWithToCheck,
  doubtsJudgedFigure,
  DOUBTFUL_FIGURE,
  emptyCounts,
  PERIOD_FRACTION,
  STATUS_LABELS,
  STATUSES,
  type Catalogue,
  type Finding,
  type Problem,
  type Indicator,
  type Lang,
  type LeadAgency,
  type ReportingPeriod,
  type Status,
  type StatusCounts,
} from "../core";
import type { ValidationReport } from "../template";
import {
  agencyGroups,
  decisionGroups,
  dueMark,
  markDoubted,
  showTyped,
  reportRow,
  type ReportGroup,
  type ReportRow,
  type RowExtras,
} from "./rows";
import { doubtfulRows } from "./doubts";
import { warningText } from "./warnings";
import { bodyName } from "./bodies";
import { REPORT_COLUMNS, REPORT_STRINGS, type ReportColumn } from "./strings";
import { factName, factText, percentText } from "./wording";

export type ReportGrouping = "agency" | "group";

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

export interface ReportFact {
  code: string;
  status: Status;
  text: string;
  /** For a shortfall: the explanation from `Ghi chú`, or the words saying there is none. */
  explanation?: string;
}

/** What a bar of the agencies' chart counts: the statuses, and the rows whose figures are to be checked first. */
export type ChartStatus = Status | "toCheck";
export const CHART_STATUSES: readonly ChartStatus[] = [...STATUSES, "toCheck"];

export interface AgencyBar {
  agency: LeadAgency;
  /** A doubted row counts as "toCheck", not as the status the core gave it: as in the headline and the table. */
  counts: Record<ChartStatus, number>;
}

export interface PercentBar {
  code: string;
  percent: number;
  /** The share of the annual plan due by the end of the period: 50 for a cumulative row at 6 months, else 100. */
  mark: number;
  /** Which figure the percent is of: the period's or the full-year estimate (the row's judged one). */
  basis: "actual" | "estimate";
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
    /** Met or exceeded, leaving out the rows to check. */
    metOrExceeded: number;
    /** Rows with a status whose figures must be checked first (invalid rows are counted as such). */
    toCheck: number;
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
  /**
   * Rows whose figures the tool itself doubts (a formula never calculated, a likely typo, a figure
   * absurdly far from the plan, an invalid figure): stated neither as achievements nor as shortfalls.
   */
  toCheck: ReportFact[];
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
    /** Which figure each percentage is of, and the level each row had to reach (with the warning margin). */
    tableNote: string;
    achieved: string;
    shortfalls: string;
    tasks: string;
    tasksHint: string;
    noneAchieved: string;
    noneShort: string;
    toCheck: string;
    chartByAgency: string;
    chartPercent: string;
    chartPercentSeries: string;
    chartMark: string;
    /** The chart's series: "toCheck" is the table's "Cần kiểm tra lại số liệu". */
    statuses: Record<ChartStatus, string>;
    pointsUnit: string;
  };
}

const PERIOD_WARNINGS = new Set(["sheet.badPeriod", "sheet.noPeriod", "period.unreadable"]);
/** A workbook for another year or decision: above everything, since the report's title names the catalogue's. */
const IDENTITY_WARNINGS = new Set(["sheet.otherDecision", "sheet.otherYear", "period.otherYear"]);

/** The whole report, in one language. */
export function buildReport(input: ReportInput, options: ReportOptions): ReportContent {
  const { catalogue, report, extras, date } = input;
  const { lang, groupBy } = options;
  const t = REPORT_STRINGS[lang];
  const { evaluation, period } = report;
  const rowsByCode = new Map<string, ReportRow>();
  const unsure = doubtedLastYear(report.findings);
  for (const evaluated of evaluation.rows) {
    const { code } = evaluated;
    const indicator = catalogue.byCode.get(code);
    if (indicator) rowsByCode.set(code, reportRow(indicator, evaluated, extras.get(code), lang, unsure.has(code)));
  }
  const pick = (codes: readonly string[]) =>
    codes.map((c) => rowsByCode.get(c)).filter((r): r is ReportRow => r !== undefined);

  const groups: ReportGroup[] =
    groupBy === "agency"
      ? agencyGroups(catalogue).map((g) => ({ title: g.title, rows: pick(g.codes) }))
      : decisionGroups(catalogue, lang).map((g) => ({ title: g.title, rows: pick(g.codes) }));

  const counts = evaluation.summary.totals;
  const total = evaluation.rows.length;
  const doubts = doubtfulRows(catalogue, report, lang);
  // The headline asserts only what the figures support: a doubted row is counted apart (report.toCheck, as the
  // sheet, the pane and the terminal count it), and the same rows come off their agencies' bars in the chart.
  const statusOf = (code: string) => evaluation.row(code)?.status;
  const shown = countsWithToCheck(counts, report.toCheck, report.toCheck, statusOf);
  const toCheck = shown.toCheck;
  const byAgency: AgencyBar[] = catalogue.leadAgencies.map((agency) => {
    const summary = evaluation.summary.agencies.find((a) => a.agency === agency);
    return {
      agency,
      counts: summary
        ? countsWithToCheck(summary.counts, summary.codes, report.toCheck, statusOf)
        : { ...emptyCounts(), toCheck: 0 },
    };
  });
  // An invalid figure keeps its own status in the table, as in the headline (trial 21: "N/A" had both).
  for (const code of report.toCheck) {
    const row = rowsByCode.get(code);
    if (row) markDoubted(row, evaluation.row(code), t.toCheckStatus);
  }
  for (const r of evaluation.rows) {
    const row = r.status === "invalid" ? rowsByCode.get(r.code) : undefined;
    if (row) showTyped(row, r);
  }
  const metOrExceeded = shown.met + shown.exceeded;
  const hasFigures = counts.missing < total;
  const share = hasFigures && total > 0 ? (metOrExceeded / total) * 100 : undefined;

  // A negative growth or reduction, as the core read it: the fact says the rise or fall, not "đạt -2%".
  const changes = new Map(
    report.findings.flatMap((f) =>
      f.problem.key === "change.negative" ? [[f.problem.params.code, f.problem.params]] : []
    )
  );
  const facts = (statuses: readonly Status[], withExplanation: boolean): ReportFact[] =>
    evaluation.rows
      .filter((r) => statuses.includes(r.status) && !doubts.has(r.code))
      .map((r) => {
        const row = rowsByCode.get(r.code) as ReportRow;
        const name = factName(catalogue.byCode.get(r.code) as Indicator, catalogue, lang);
        const fact: ReportFact = {
          code: r.code,
          status: r.status,
          text: factText(
            name,
            catalogue.byCode.get(r.code) as Indicator,
            row,
            r,
            period,
            catalogue.year,
            lang,
            dueMark(catalogue.byCode.get(r.code) as Indicator, r, period),
            changes.get(r.code)
          ),
        };
        if (withExplanation) fact.explanation = row.note === "" ? t.noExplanation : t.explanation(row.note);
        return fact;
      });
  const missingCodes = evaluation.rows.filter((r) => r.status === "missing" && !doubts.has(r.code)).map((r) => r.code);
  const toCheckFacts: ReportFact[] = evaluation.rows
    .filter((r) => doubts.has(r.code))
    .map((r) => ({
      code: r.code,
      status: r.status,
      text: t.toCheck(
        `${r.code} ${factName(catalogue.byCode.get(r.code) as Indicator, catalogue, lang)}`,
        [...new Set(doubts.get(r.code))].join("; ")
      ),
    }));

  // A doubted row is said once, shortly, in the list to check (trial 20, F15): the clerk's typing advice for it
  // is validate's to give, not the director's to read at the top of the report.
  // (A doubt about last year's figure puts no row in the list: its warning stays here.)
  const saidInFinding = (f: Finding) => DOUBTFUL_FIGURE.has(f.problem.key) && doubtsJudgedFigure(f);
  const saidInRow = (p: Problem, code: string) => p.key === "row.invalidValue" && doubts.has(code);
  const warnings = [
    ...report.findings.filter((f) => IDENTITY_WARNINGS.has(f.problem.key)),
    ...report.findings.filter((f) => PERIOD_WARNINGS.has(f.problem.key)),
    ...report.findings.filter((f) => !PERIOD_WARNINGS.has(f.problem.key) && !IDENTITY_WARNINGS.has(f.problem.key)),
  ]
    .filter((f) => !saidInFinding(f))
    .map((f) => warningText(f, lang, catalogue.year));
  for (const r of evaluation.rows)
    for (const p of r.problems) if (!saidInRow(p, r.code)) warnings.push(describe(p, lang));

  const percentBars: PercentBar[] = [];
  for (const r of evaluation.rows) {
    const indicator = catalogue.byCode.get(r.code) as Indicator;
    const row = rowsByCode.get(r.code) as ReportRow;
    // A doubted figure is not drawn as a fact either: the table says to check it.
    if (indicator.kind === "allOf" || row.percentOfPlan === undefined || doubts.has(r.code)) continue;
    const basis = r.basis === "estimate" ? "estimate" : "actual";
    percentBars.push({ code: r.code, percent: row.percentOfPlan, mark: dueMark(indicator, r, period), basis });
  }

  const decision = catalogue.decision;
  return {
    lang,
    period,
    sheetName: t.sheetName(SHEET_PERIOD[lang][period]),
    title: t.title(period, catalogue.year),
    source: t.source(decision.number, decision.date.split("-").reverse().join("/"), bodyName(decision.issuer, lang)),
    date: t.date(date),
    warnings,
    headline: {
      total,
      counts,
      metOrExceeded,
      toCheck,
      share,
      text:
        share === undefined
          ? t.noFigures(total, report.agency)
          : t.headline(shown, total, percentText(share, lang), toCheck, report.agency),
    },
    hasFigures,
    columns: REPORT_COLUMNS.map((key) => ({ key, label: t.columns[key] })),
    groupBy,
    groups: groups.filter((g) => g.rows.length > 0),
    achieved: facts(["exceeded", "met"], false),
    shortfalls: facts(["offTrack", "atRisk"], true),
    missing: missingCodes.length > 0 && hasFigures ? t.missingList(missingCodes.join(", ")) : undefined,
    toCheck: toCheckFacts,
    charts: hasFigures ? { byAgency, percent: percentBars } : undefined,
    labels: {
      warnings: t.warningsTitle,
      headline: t.headlineTitle,
      table: t.tableTitle,
      tableNote: t.tableNote(
        percentText(PERIOD_FRACTION[period] * 100, lang),
        period,
        percentText(report.tolerance * 100, lang)
      ),
      achieved: t.achievedTitle,
      shortfalls: t.shortfallsTitle,
      tasks: t.tasksTitle,
      tasksHint: t.tasksHint,
      // With no figure at all, "no shortfalls" would read as good news.
      noneAchieved: hasFigures ? t.noneAchieved : t.noFiguresYet,
      noneShort: !hasFigures ? t.noFiguresYet : toCheck > 0 ? t.noneShortToCheck(toCheck) : t.noneShort,
      toCheck: t.toCheckTitle,
      chartByAgency: t.chartByAgency,
      chartPercent: t.chartPercent,
      chartPercentSeries: t.chartPercentSeries,
      chartMark: t.chartMark,
      statuses: { ...STATUS_LABELS[lang], toCheck: t.toCheckStatus },
      pointsUnit: t.pointsUnit,
    },
  };
}

/** The period as a sheet name can hold it (no slash or colon). */
const SHEET_PERIOD: Record<Lang, Record<ReportingPeriod, string>> = {
  vi: { Q1: "Quý I", H1: "6 tháng", "9M": "9 tháng", FY: "cả năm" },
  en: { Q1: "Q1", H1: "H1", "9M": "9 months", FY: "full year" },
};
