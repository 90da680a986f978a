/** `chi-tieu validate`'s output: each file's results as a table, the files combined, and the JSON document. */

import * as path from "path";
import {
  combineFiles,
  compareSeverity,
  countsWithToCheck,
  describe,
  aboutLastYear,
  doubtedLastYear,
  doubtsJudgedFigure,
  findingKind,
  shownFirst,
  formatNumber,
  PERIOD_LABELS,
  STATUS_LABELS,
  STATUSES,
  summaryScope,
  type Catalogue,
  type CheckedCounts,
  type CombinedSummary,
  type DifferingCode,
  type Finding,
  type Lang,
  type LeftOutFile,
  type ReportingPeriod,
  type RowEvaluation,
  type StatusCounts,
} from "../core";
import { agencyFromFileName } from "../round";
import type { ValidationReport } from "../template";
import type { Io } from "./common";
import { groupFindings } from "./findings";
import type { FileProblem } from "./inputs";
import type { CliStrings } from "./strings";
import { VALIDATE_STRINGS } from "./validateStrings";

/** What validating one file gave: its report, or why it could not be read or its copy written. */
export interface FileResult {
  file: string;
  report?: ValidationReport;
  /** The file could not be read or judged. */
  error?: FileProblem;
  written?: string;
  /** The file was judged, but its copy with the results could not be written. */
  writeError?: FileProblem;
  /** What the copy does not keep of the original (pivot tables…), said before it is written. */
  lost?: { code: string; count: number; message: string }[];
}

/** The counts by status; a row whose figures are doubted counted apart when `counts` says so (core/doubted.ts). */
function countsText(counts: StatusCounts | CheckedCounts, lang: Lang): string {
  const parts = STATUSES.filter((s) => counts[s] > 0).map(
    (s) => `${counts[s]} ${STATUS_LABELS[lang][s].toLowerCase()}`
  );
  if ("toCheck" in counts && counts.toCheck > 0) parts.push(VALIDATE_STRINGS[lang].toCheckCount(counts.toCheck));
  return parts.join(", ");
}

function percentText(value: number | undefined, lang: Lang): string {
  return value === undefined || !Number.isFinite(value) ? "" : `${formatNumber(value, lang, 1)}%`;
}

/** Findings a person must see before any figure: an unreadable period, a broken template, stale formula results. */
function firstFindings(report: ValidationReport) {
  return report.findings.filter(shownFirst);
}

export function printWarnings(result: FileResult, io: Io, t: CliStrings, lang: Lang): void {
  if (!result.report) return;
  for (const f of groupFindings(firstFindings(result.report), t, lang))
    io.stderr(t.fileWarning(result.file, f.message));
  if (result.lost) io.stderr(t.copyLoses(result.file, result.lost.map((l) => l.message).join("; ")));
}

export function printFile(
  result: FileResult,
  agencies: readonly string[],
  catalogue: Catalogue,
  io: Io,
  t: CliStrings,
  lang: Lang
) {
  if (result.error) {
    io.stderr(t.fileError(result.file, result.error.message));
    return;
  }
  const report = result.report as ValidationReport;
  const { evaluation } = report;
  io.stdout(t.file(result.file));
  io.stdout(
    t.sheetLine(report.sheet, PERIOD_LABELS[lang][report.period], `${formatNumber(report.tolerance * 100, lang)}%`) +
      (report.periodAssumed ? t.periodAssumed : "")
  );
  if (report.agency !== undefined) io.stdout(VALIDATE_STRINGS[lang].ownFile(report.agency));
  // A doubted figure's row is counted apart and marked, as the sheet's Đánh giá, the pane and the report say it.
  const { toCheck } = report;
  const statusOf = (code: string) => evaluation.row(code)?.status;
  const shown = (counts: StatusCounts, codes: Iterable<string>) => countsWithToCheck(counts, codes, toCheck, statusOf);
  // A doubt about last year's figure is said as such, apart from Thực hiện's: beside this period's figure, a bare
  // "kiểm tra lại" made a reader doubt 12 when only last year's 1 was in question (review 25b, finding 5).
  const lastYearDoubted = doubtedLastYear(report.findings);
  io.stdout(t.totalLine(evaluation.rows.length, countsText(shown(evaluation.summary.totals, toCheck), lang)));
  io.stdout("");
  io.stdout(t.byAgency);
  for (const summary of evaluation.summary.agencies) {
    if (!agencies.includes(summary.agency)) continue;
    io.stdout(
      t.agencyLine(summary.agency, summary.codes.length, countsText(shown(summary.counts, summary.codes), lang))
    );
    for (const code of summary.codes) {
      const row = evaluation.row(code);
      const indicator = catalogue.byCode.get(code);
      if (!row || !indicator) continue;
      const name = lang === "vi" ? indicator.name.vi : indicator.name.en;
      const value =
        row.value === undefined
          ? ""
          : `${formatNumber(row.value, lang)}${row.bounds ? ` / ${t.plan(row.bounds.prorated === true)} ${formatNumber(row.bounds.min, lang)}` : ""}`;
      // The share of the annual plan, as the sheet's column; the status still compares with the prorated plan.
      const percent = percentText(row.percentOfAnnualPlan, lang);
      const marked = toCheck.has(code);
      const checks = !marked && report.findings.some((f) => f.codes[0] === code && aboutThisPeriod(f));
      const uncalculated = report.findings.some(
        (f) => f.problem.key === "sheet.uncalculated" && f.codes[0] === code && doubtsJudgedFigure(f)
      );
      const missing = report.findings.some((f) => f.problem.key === "sheet.missingRow" && f.codes[0] === code);
      const lastYear = lastYearDoubted.has(code) ? ` · ${VALIDATE_STRINGS[lang].lastYearToCheck}` : "";
      io.stdout(
        `    ${code.padEnd(7)} ${name.length > 48 ? `${name.slice(0, 47)}…` : name.padEnd(48)} ${value.padStart(22)} ${percent.padStart(7)}  ${STATUS_LABELS[lang][row.status]}${marked ? ` ${VALIDATE_STRINGS[lang].toCheckNote}` : ""}` +
          `${checks ? ` · ${t.checkFigure}` : ""}${uncalculated ? ` · ${t.uncalculatedFormula}` : ""}${row.periodAssumed ? ` · ${t.rowPeriodAssumed}` : ""}` +
          `${lastYear}${missing ? ` · ${VALIDATE_STRINGS[lang].missingRow}` : ""}`
      );
    }
  }
  io.stdout("");
  // The period and structure findings went to stderr first, and are said here again with the figures' own: a person
  // reading only the output (stderr elsewhere) must not read "no warnings" above a row that was deleted (trial 23, 3).
  const { findings } = report;
  // "No warnings" only when the rows below have none either (trial 18: it stood above a row's problem).
  const rowProblems = evaluation.rows.some((row) => row.problems.length > 0);
  io.stdout(findings.length === 0 && !rowProblems ? t.noFindings : t.findings);
  for (const f of groupFindings(findings, t, lang)) io.stdout(`    - ${f.message}`);
  for (const row of evaluation.rows) for (const p of row.problems) io.stdout(`    - ${describe(p, lang)}`);
  if (result.written) io.stdout(t.wrote(result.written));
  if (result.writeError) io.stderr(t.fileError(result.file, result.writeError.message));
  io.stdout("");
}

/** What the summary of several files is over: the agencies asked for, and the period asked (`--period`), if any. */
export interface SummaryAsked {
  agencies: readonly string[];
  period?: ReportingPeriod;
}

/**
 * The files read, each code once per agency and once in the totals (src/core/combine.ts), but for the files merge
 * would refuse for their year or period (src/core/summaryScope.ts): a 2023 file's figure is no 2024 success. Nor
 * are the rows a file's agency does not lead, which merge refuses too.
 */
function combined(
  results: FileResult[],
  asked: SummaryAsked,
  catalogue: Catalogue
): { summary: CombinedSummary; counted: number; leftOut: LeftOutFile[]; period?: ReportingPeriod } {
  const judged = results.flatMap((r) => (r.report ? [{ ...r.report, file: r.file }] : []));
  const scope = summaryScope(judged, asked.period);
  const files = scope.counted.map((r) => ({
    file: r.file,
    // A whole template named after an agency (`so-lao-dong-….xlsx`) is that agency's reply: merge takes from it only
    // the rows it leads, so the summary counts no more (trial 25b, B2). Any other whole template speaks for all.
    agency: r.agency ?? agencyFromFileName(catalogue, r.file),
    row: r.evaluation.row,
    toCheck: r.toCheck,
  }));
  return {
    summary: combineFiles(catalogue, files, asked.agencies),
    counted: scope.counted.length,
    leftOut: scope.leftOut,
    ...(scope.period !== undefined ? { period: scope.period } : {}),
  };
}

/** Files by their own name, unless two share one (`a/x.xlsx`, `b/x.xlsx`). */
function fileNamer(results: FileResult[]): (file: string) => string {
  const names = results.map((r) => path.basename(r.file));
  return (file) => {
    const name = path.basename(file);
    return names.filter((n) => n === name).length > 1 ? file : name;
  };
}

function answerText(row: RowEvaluation, lang: Lang): string {
  const figure = row.value !== undefined ? formatNumber(row.value, lang) : (row.actualText ?? row.estimateText ?? "");
  const status = STATUS_LABELS[lang][row.status].toLowerCase();
  return figure === "" ? status : `${figure} (${status})`;
}

export function printCombined(results: FileResult[], asked: SummaryAsked, catalogue: Catalogue, io: Io, lang: Lang) {
  const v = VALIDATE_STRINGS[lang];
  const { summary, counted, leftOut, period } = combined(results, asked, catalogue);
  const name = fileNamer(results);
  io.stdout(v.combined(counted, period));
  if (leftOut.length > 0) io.stdout(`  ${v.leftOut(leftOut.map((f) => `${name(f.file)} (${v.leftOutReason(f)})`))}`);
  // The period was the latest the files name: the staff may have meant another one (trial 25b, B3).
  const other = leftOut.find((f) => f.reason === "otherPeriod");
  if (other?.reason === "otherPeriod" && asked.period === undefined) io.stdout(`  ${v.otherPeriodHint(other.period)}`);
  const rows = [...summary.agencies];
  // Worst first; the agencies that sent nothing last.
  rows.sort(
    (a, b) => Number(a.files.length === 0) - Number(b.files.length === 0) || compareSeverity(a.counts, b.counts)
  );
  for (const entry of rows) {
    const differing = entry.differing.length > 0 ? [v.differing(entry.differing.map((d) => d.code))] : [];
    const counted = countsText(entry.shown, lang);
    const text = entry.files.length === 0 ? v.noFile : [...(counted === "" ? [] : [counted]), ...differing].join("; ");
    io.stdout(`  ${entry.agency}: ${text}`);
  }
  const codes = summary.differing.map((d) => d.code);
  io.stdout(`  ${v.totals(summary.codes, countsText(summary.shownTotals, lang), codes, summary.noFile.length)}`);
  for (const d of summary.differing) {
    io.stdout(
      `    - ${v.differingDetail(
        d.code,
        d.files.map((f) => `${name(f.file)} ${answerText(f.row, lang)}`)
      )}`
    );
  }
  if (summary.differing.length > 0) io.stdout(`    ${v.differingAdvice}`);
  io.stdout("");
}

function finiteOrNull(n: number | undefined): number | null {
  return n === undefined || !Number.isFinite(n) ? null : n;
}

export function jsonDocument(
  results: FileResult[],
  catalogue: Catalogue,
  tolerance: number,
  asked: SummaryAsked,
  t: CliStrings,
  lang: Lang
) {
  const { agencies } = asked;
  const { summary, leftOut, period } = combined(results, asked, catalogue);
  const differing = (list: DifferingCode[]) =>
    list.map((d) => ({
      code: d.code,
      files: d.files.map(({ file, row }) => ({
        file,
        status: row.status,
        value: row.value ?? null,
        actualText: row.actualText ?? null,
        estimateText: row.estimateText ?? null,
      })),
    }));
  return {
    tool: "chi-tieu",
    format: 1,
    catalogue: { id: catalogue.id, decision: catalogue.decision },
    tolerance,
    files: results.map((r) => {
      if (!r.report) return { file: r.file, ok: false, error: r.error };
      const { report } = r;
      return {
        file: r.file,
        ok: true,
        sheet: report.sheet,
        period: report.period,
        periodAssumed: report.periodAssumed,
        agency: report.agency ?? null,
        totals: report.evaluation.summary.totals,
        // The rows no figure of which may be taken as a fact (the text's "(cần kiểm tra lại số liệu)"): counted apart
        // in `shownTotals`, while `totals` keeps the core's statuses, as it always did.
        toCheck: [...report.toCheck],
        shownTotals: countsWithToCheck(
          report.evaluation.summary.totals,
          report.toCheck,
          report.toCheck,
          (code) => report.evaluation.row(code)?.status
        ),
        rows: report.evaluation.rows
          .filter((row) => catalogue.byCode.get(row.code)?.lead.some((a) => agencies.includes(a)))
          .map((row) => ({
            code: row.code,
            row: report.rowNumbers.get(row.code) ?? null,
            lead: catalogue.byCode.get(row.code)?.lead ?? [],
            status: row.status,
            statusText: STATUS_LABELS[lang][row.status],
            toCheck: report.toCheck.has(row.code),
            value: row.value ?? null,
            basis: row.basis ?? null,
            actual: row.actual ?? null,
            estimate: row.estimate ?? null,
            actualText: row.actualText ?? null,
            estimateText: row.estimateText ?? null,
            percentOfPlan: finiteOrNull(row.percentOfPlan),
            percentOfAnnualPlan: finiteOrNull(row.percentOfAnnualPlan),
            target: row.bounds ?? null,
            proratedPlan: row.bounds?.prorated ? { min: row.bounds.min, max: row.bounds.max } : null,
            periodAssumed: row.periodAssumed === true,
            problems: row.problems.map((p) => ({ code: p.key, message: describe(p, lang) })),
          })),
        findings: groupFindings(report.findings, t, lang),
        written: r.written ?? null,
        ...(r.writeError ? { writeError: r.writeError } : {}),
        ...(r.lost ? { lost: r.lost } : {}),
      };
    }),
    agencies: summary.agencies.map((a) => ({
      agency: a.agency,
      files: a.files.length,
      fileNames: a.files,
      counts: a.counts,
      shownCounts: a.shown,
      differing: differing(a.differing),
    })),
    totals: summary.totals,
    shownTotals: summary.shownTotals,
    codes: summary.codes,
    differing: differing(summary.differing),
    noFile: summary.noFile,
    // The period the agencies and totals sum: the one asked (--period), else the latest the files name.
    summaryPeriod: period ?? null,
    // The files the summary does not count, as merge would refuse them (their own entries in files stay).
    leftOut: leftOut.map((f) => ({ file: f.file, reason: f.reason, message: VALIDATE_STRINGS[lang].leftOutReason(f) })),
  };
}

/**
 * Whether a plausibility finding doubts one of this period's figures (Thực hiện, Ước), the ones the row line shows,
 * rather than last year's (`plausibility.lastYearInvalid` says no column, but is last year's all the same).
 */
function aboutThisPeriod(f: Finding): boolean {
  return findingKind(f) === "plausibility" && !aboutLastYear(f) && f.problem.key !== "plausibility.lastYearInvalid";
}
