/** `chi-tieu validate`: judges filled .xlsx workbooks, one or many, prints or writes the results. */

import * as fs from "fs";
import * as path from "path";
import {
  DEFAULT_TOLERANCE,
  describe,
  emptyCounts,
  findingKind,
  foldText,
  formatNumber,
  PERIOD_LABELS,
  problem,
  STATUS_LABELS,
  STATUSES,
  type Catalogue,
  type Lang,
  type ReportingPeriod,
  type StatusCounts,
} from "../core";
import { chooseTemplate, judgeSheet, type JudgedSheet, type ValidationReport } from "../template";
import {
  checkCommandOutput,
  EXIT_FILE,
  EXIT_OK,
  loadCatalogueOption,
  outputErrorMessage,
  parseOptions,
  periodOption,
  UsageError,
  type CommandContext,
  type Io,
} from "./common";
import {
  copyLosses,
  excelJsWorkbook,
  expandInputs,
  openInput,
  zipLimits,
  readProblem,
  sheetGrid,
  type FileProblem,
  type InputFile,
  workbookBytes,
} from "./inputs";
import { groupFindings } from "./findings";
import { OutputError, writeOutput } from "./output";
import type { CliStrings } from "./strings";
import { writeResults } from "./xlsx";
import type { ZipLimits } from "./zip";

/**
 * The margin in percent, always, as the pane's field takes it: `5` and `5%` are five percent, `0,5` half a
 * percent (it once meant 50 %, while `1` meant 1 %). From 0 to 99, as the pane allows.
 */
export function parseTolerance(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s*%$/, "").replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const percent = Number(trimmed);
  return percent >= 0 && percent <= 99 ? percent / 100 : undefined;
}

interface FileResult {
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

function countsText(counts: StatusCounts, lang: Lang): string {
  return STATUSES.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${STATUS_LABELS[lang][s].toLowerCase()}`)
    .join(", ");
}

function percentText(value: number | undefined, lang: Lang): string {
  return value === undefined || !Number.isFinite(value) ? "" : `${formatNumber(value, lang, 1)}%`;
}

export async function validateCommand(args: string[], cli: CommandContext): Promise<number> {
  const { io, t, lang } = cli;
  const { values, positionals } = parseOptions(
    args,
    {
      period: { type: "string" },
      tolerance: { type: "string" },
      agency: { type: "string" },
      json: { type: "boolean" },
      write: { type: "string" },
      force: { type: "boolean" },
      catalogue: { type: "string" },
    },
    t
  );
  if (values.help) {
    io.stdout(t.helpValidate);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError(t.noFiles);
  const catalogue = loadCatalogueOption(values.catalogue as string | undefined, cli);
  const period = periodOption(values.period as string | undefined, t);
  let tolerance = DEFAULT_TOLERANCE;
  if (values.tolerance !== undefined) {
    const parsed = parseTolerance(values.tolerance as string);
    if (parsed === undefined) throw new UsageError(t.badTolerance(values.tolerance as string));
    tolerance = parsed;
  }
  let agencies = catalogue.leadAgencies;
  if (values.agency !== undefined) {
    const wanted = foldText(values.agency as string);
    agencies = agencies.filter((a) => foldText(a).includes(wanted));
    if (agencies.length === 0)
      throw new UsageError(t.unknownAgency(values.agency as string, [...catalogue.leadAgencies]));
  }
  const inputs = expandInputs(positionals, io.cwd);
  const write = values.write === undefined ? undefined : path.resolve(io.cwd, values.write as string);
  const force = Boolean(values.force);
  const inputFiles = inputs.filter((i) => !i.missing).map((i) => i.file);
  const intoFolder = write !== undefined && fs.statSync(write, { throwIfNoEntry: false })?.isDirectory() === true;
  if (write && inputs.length > 1 && !intoFolder) throw new UsageError(t.writeNeedsFolder);
  // One output: refuse it before judging anything (an input, an existing file without --force).
  if (write && !intoFolder) checkCommandOutput(write, { force, inputs: inputFiles }, t);
  const outputs = write === undefined ? new Map<string, string>() : outputPaths(inputs, write, intoFolder);

  const results: FileResult[] = [];
  // One file at a time: a folder of hundreds of workbooks never sits in memory at once.
  for (const input of inputs) {
    const result = await validateFile(
      input,
      {
        catalogue,
        tolerance,
        period,
        output: outputs.get(input.file),
        force,
        inputs: inputFiles,
        limits: zipLimits(io.env),
      },
      t,
      lang
    );
    // The period and the structure come first, on stderr, whatever the output (template.md).
    printWarnings(result, io, t, lang);
    if (!values.json) printFile(result, agencies, catalogue, io, t, lang);
    // Keep the report, not the workbook.
    results.push(result);
  }
  const failed = results.filter((r) => r.error).length;
  if (values.json) io.stdout(JSON.stringify(jsonDocument(results, catalogue, tolerance, agencies, t, lang), null, 2));
  else {
    if (results.length > 1) printCombined(results, agencies, io, t, lang);
    io.stdout(t.summary(results.length - failed, failed));
  }
  return failed > 0 || results.some((r) => r.writeError) ? EXIT_FILE : EXIT_OK;
}

/**
 * Where each input's judged copy goes: the file named, or in a folder `NAME.checked.xlsx`, with a suffix when
 * two inputs share a name (`f1/a.xlsx`, `f2/a.xlsx`), so that no result replaces another.
 */
export function outputPaths(inputs: readonly InputFile[], write: string, intoFolder: boolean): Map<string, string> {
  const outputs = new Map<string, string>();
  const taken = new Set<string>();
  for (const input of inputs) {
    if (input.missing) continue;
    if (!intoFolder) {
      outputs.set(input.file, write);
      continue;
    }
    const base = path.basename(input.file, path.extname(input.file));
    let name = `${base}.checked.xlsx`;
    // File systems that ignore case (Windows, macOS) would still make one file of A.xlsx and a.xlsx.
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}-${k}.checked.xlsx`;
    taken.add(name.toLowerCase());
    outputs.set(input.file, path.join(write, name));
  }
  return outputs;
}

interface ValidateOptions {
  catalogue: Catalogue;
  tolerance: number;
  period?: ReportingPeriod;
  /** Where to write the judged copy, if asked. */
  output?: string;
  force: boolean;
  inputs: readonly string[];
  limits: ZipLimits;
}

async function validateFile(
  input: InputFile,
  options: ValidateOptions,
  t: CliStrings,
  lang: Lang
): Promise<FileResult> {
  const { file } = input;
  const book = openInput(input, t, options.limits);
  if ("error" in book) return { file, error: book.error };
  const judged: { name: string; judged: JudgedSheet }[] = [];
  try {
    // One sheet at a time: only its judgement is kept, not its cells.
    for (const sheet of book.sheets) {
      const result = judgeSheet(sheetGrid(book, sheet), options.catalogue, {
        tolerance: options.tolerance,
        period: options.period,
      });
      if (result) judged.push({ name: sheet.name, judged: result });
    }
  } catch (e) {
    return { file, error: readProblem(e, t) };
  }
  if (judged.length === 0) {
    const names = book.sheets.map((s) => s.name);
    return {
      file,
      error: { code: "noTemplate", message: describe(problem("sheet.noTemplate", { sheets: names }), lang) },
    };
  }
  // The marked sheet, not merely the first tab; another template sheet is named in a warning.
  const [chosen] = chooseTemplate(judged, [{ sheets: book.markedSheets, by: "marker" }]);
  const result: FileResult = { file, report: chosen.judged.report };
  if (options.output) {
    const out = options.output;
    // The report stands even when its copy cannot be written: the failure is reported beside it.
    try {
      const workbook = await excelJsWorkbook(book);
      const lost = copyLosses(workbook);
      if (lost.length > 0) result.lost = lost.map((l) => ({ ...l, message: t.copyLoss(l.code, l.count) }));
      for (const { name, judged: sheet } of judged) {
        const worksheet = workbook.getWorksheet(name);
        if (worksheet) writeResults({ sheet: worksheet, judged: sheet }, options.period !== undefined);
      }
      writeOutput(out, await workbookBytes(workbook), {
        force: options.force,
        inputs: options.inputs,
      });
      result.written = out;
    } catch (e) {
      result.writeError = e instanceof OutputError ? outputErrorMessage(e, t) : readProblem(e, t);
    }
  }
  return result;
}

/** Findings a person must see before any figure: an unreadable period, a broken template. */
function firstFindings(report: ValidationReport) {
  return report.findings.filter((f) => findingKind(f) === "period" || findingKind(f) === "structure");
}

function printWarnings(result: FileResult, io: Io, t: CliStrings, lang: Lang): void {
  if (!result.report) return;
  for (const f of groupFindings(firstFindings(result.report), t, lang))
    io.stderr(t.fileWarning(result.file, f.message));
  if (result.lost) io.stderr(t.copyLoses(result.file, result.lost.map((l) => l.message).join("; ")));
}

function printFile(
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
  io.stdout(t.totalLine(evaluation.rows.length, countsText(evaluation.summary.totals, lang)));
  io.stdout("");
  io.stdout(t.byAgency);
  for (const summary of evaluation.summary.agencies) {
    if (!agencies.includes(summary.agency)) continue;
    io.stdout(t.agencyLine(summary.agency, summary.codes.length, countsText(summary.counts, lang)));
    for (const code of summary.codes) {
      const row = evaluation.row(code);
      const indicator = catalogue.byCode.get(code);
      if (!row || !indicator) continue;
      const name = lang === "vi" ? indicator.name.vi : indicator.name.en;
      const value =
        row.value === undefined
          ? ""
          : `${formatNumber(row.value, lang)}${row.bounds ? ` / ${t.plan} ${formatNumber(row.bounds.min, lang)}` : ""}`;
      // The share of the annual plan, as the sheet's column; the status still compares with the prorated plan.
      const percent = percentText(row.percentOfAnnualPlan, lang);
      const checks = report.findings.some((f) => findingKind(f) === "plausibility" && f.codes[0] === code);
      const uncalculated = report.findings.some((f) => f.problem.key === "sheet.uncalculated" && f.codes[0] === code);
      io.stdout(
        `    ${code.padEnd(7)} ${name.length > 48 ? `${name.slice(0, 47)}…` : name.padEnd(48)} ${value.padStart(22)} ${percent.padStart(7)}  ${STATUS_LABELS[lang][row.status]}` +
          `${checks ? ` · ${t.checkFigure}` : ""}${uncalculated ? ` · ${t.uncalculatedFormula}` : ""}${row.periodAssumed ? ` · ${t.rowPeriodAssumed}` : ""}`
      );
    }
  }
  io.stdout("");
  // The period and structure findings went to stderr first; here the figures' own.
  const findings = report.findings.filter((f) => !firstFindings(report).includes(f));
  io.stdout(findings.length === 0 ? t.noFindings : t.findings);
  for (const f of groupFindings(findings, t, lang)) io.stdout(`    - ${f.message}`);
  for (const row of evaluation.rows) for (const p of row.problems) io.stdout(`    - ${describe(p, lang)}`);
  if (result.written) io.stdout(t.wrote(result.written));
  if (result.writeError) io.stderr(t.fileError(result.file, result.writeError.message));
  io.stdout("");
}

function combinedCounts(results: FileResult[]): {
  totals: StatusCounts;
  agencies: Map<string, { counts: StatusCounts; files: number }>;
} {
  const totals = emptyCounts();
  const agencies = new Map<string, { counts: StatusCounts; files: number }>();
  for (const r of results) {
    if (!r.report) continue;
    const summary = r.report.evaluation.summary;
    for (const s of STATUSES) totals[s] += summary.totals[s];
    for (const a of summary.agencies) {
      const entry = agencies.get(a.agency) ?? { counts: emptyCounts(), files: 0 };
      for (const s of STATUSES) entry.counts[s] += a.counts[s];
      entry.files++;
      agencies.set(a.agency, entry);
    }
  }
  return { totals, agencies };
}

function printCombined(results: FileResult[], agencies: readonly string[], io: Io, t: CliStrings, lang: Lang) {
  const combined = combinedCounts(results);
  io.stdout(t.combined(results.filter((r) => r.report).length));
  const rows = [...combined.agencies.entries()].filter(([a]) => agencies.includes(a));
  rows.sort(
    ([, a], [, b]) =>
      b.counts.invalid - a.counts.invalid || b.counts.offTrack - a.counts.offTrack || b.counts.atRisk - a.counts.atRisk
  );
  for (const [agency, entry] of rows) io.stdout(`  ${agency}: ${countsText(entry.counts, lang)}`);
  io.stdout(`  ${countsText(combined.totals, lang)}`);
  io.stdout("");
}

function finiteOrNull(n: number | undefined): number | null {
  return n === undefined || !Number.isFinite(n) ? null : n;
}

function jsonDocument(
  results: FileResult[],
  catalogue: Catalogue,
  tolerance: number,
  agencies: readonly string[],
  t: CliStrings,
  lang: Lang
) {
  const combined = combinedCounts(results);
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
        totals: report.evaluation.summary.totals,
        rows: report.evaluation.rows
          .filter((row) => catalogue.byCode.get(row.code)?.lead.some((a) => agencies.includes(a)))
          .map((row) => ({
            code: row.code,
            row: report.rowNumbers.get(row.code) ?? null,
            lead: catalogue.byCode.get(row.code)?.lead ?? [],
            status: row.status,
            statusText: STATUS_LABELS[lang][row.status],
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
    agencies: [...combined.agencies.entries()]
      .filter(([a]) => agencies.includes(a))
      .map(([agency, entry]) => ({ agency, files: entry.files, counts: entry.counts })),
    totals: combined.totals,
  };
}
