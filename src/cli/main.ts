/** `chi-tieu template` and `chi-tieu validate`: the add-in's template and judgement on .xlsx files, one or many. */

import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import shippedCatalogue from "../../assets/catalogues/lang-son-2024.json";
import {
  DEFAULT_TOLERANCE,
  describe,
  emptyCounts,
  foldText,
  formatNumber,
  loadCatalogue,
  parseCatalogue,
  parsePeriod,
  PERIOD_LABELS,
  problem,
  STATUS_LABELS,
  STATUSES,
  type Catalogue,
  type Lang,
  type ReportingPeriod,
  type StatusCounts,
} from "../core";
import { buildTemplate, type ValidationReport } from "../template";
import { CLI_STRINGS, type CliStrings } from "./strings";
import { addTemplateSheet, judgeWorkbook, writeResults } from "./xlsx";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

const processIo: Io = {
  stdout: (t) => process.stdout.write(`${t}\n`),
  stderr: (t) => process.stderr.write(`${t}\n`),
  env: process.env,
  cwd: process.cwd(),
};

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_FILE = 2;

class UsageError extends Error {}

function languageFrom(option: string | undefined, env: Io["env"]): Lang {
  if (option === "en" || option === "vi") return option;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("en") ? "en" : "vi";
}

/** `5`, `5%`, `0,05` and `0.05` all mean five percent. */
export function parseTolerance(text: string): number | undefined {
  const trimmed = text.trim().replace(/%$/, "").replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  const fraction = text.includes("%") || n >= 1 ? n / 100 : n;
  return fraction >= 0 && fraction < 1 ? fraction : undefined;
}

function loadCatalogueOption(file: string | undefined, io: Io, t: CliStrings, lang: Lang): Catalogue {
  if (file === undefined) {
    const shipped = loadCatalogue(shippedCatalogue);
    if (!shipped.ok) throw new Error("the shipped catalogue does not load");
    return shipped.catalogue;
  }
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(io.cwd, file), "utf8");
  } catch (e) {
    throw new UsageError(t.catalogueUnreadable(file, (e as Error).message));
  }
  const loaded = parseCatalogue(text);
  if (!loaded.ok) {
    throw new UsageError(
      [t.catalogueInvalid(file), ...loaded.problems.map((p) => `  - ${describe(p, lang)}`)].join("\n")
    );
  }
  return loaded.catalogue;
}

function periodOption(text: string | undefined, t: CliStrings): ReportingPeriod | undefined {
  if (text === undefined) return undefined;
  const period = parsePeriod(text);
  if (!period) throw new UsageError(t.badPeriod(text));
  return period;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const langIndex = argv.indexOf("--lang");
  const lang = languageFrom(langIndex >= 0 ? argv[langIndex + 1] : undefined, io.env);
  const t = CLI_STRINGS[lang];
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout(t.help);
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (command === "template") return await templateCommand(rest, io, t, lang);
    if (command === "validate") return await validateCommand(rest, io, t, lang);
    io.stderr(t.unknownCommand(command));
    return EXIT_USAGE;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(e.message);
      return EXIT_USAGE;
    }
    throw e;
  }
}

function parse<T extends Record<string, { type: "string" | "boolean"; multiple?: boolean }>>(
  args: string[],
  options: T,
  t: CliStrings
) {
  try {
    return parseArgs({
      args,
      options: { ...options, lang: { type: "string" }, help: { type: "boolean" } },
      allowPositionals: true,
    });
  } catch (e) {
    throw new UsageError(t.badOption((e as Error).message));
  }
}

async function templateCommand(args: string[], io: Io, t: CliStrings, lang: Lang): Promise<number> {
  const { values } = parse(
    args,
    { out: { type: "string" }, catalogue: { type: "string" }, period: { type: "string" }, force: { type: "boolean" } },
    t
  );
  if (values.help) {
    io.stdout(t.helpTemplate);
    return EXIT_OK;
  }
  const catalogue = loadCatalogueOption(values.catalogue as string | undefined, io, t, lang);
  const period = periodOption(values.period as string | undefined, t);
  const out = path.resolve(io.cwd, (values.out as string | undefined) ?? `chi-tieu-${catalogue.year}.xlsx`);
  if (fs.existsSync(out) && !values.force) throw new UsageError(t.exists(out));
  const template = buildTemplate(catalogue, { period });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "chi-tieu";
  addTemplateSheet(workbook, template);
  await workbook.xlsx.writeFile(out);
  io.stdout(t.wroteTemplate(out, template.name));
  return EXIT_OK;
}

/** Every .xlsx file named, folders searched through (Excel's ~$ lock files left out), in a stable order. */
function expandInputs(inputs: string[], io: Io): { file: string; missing?: boolean }[] {
  const files: { file: string; missing?: boolean }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$")) files.push({ file: full });
    }
  };
  for (const input of inputs) {
    const full = path.resolve(io.cwd, input);
    if (!fs.existsSync(full)) files.push({ file: full, missing: true });
    else if (fs.statSync(full).isDirectory()) walk(full);
    else files.push({ file: full });
  }
  return files;
}

/** Why a file cannot be opened as a workbook, from its first bytes. */
function sniff(file: string, t: CliStrings): string | undefined {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(8);
    const read = fs.readSync(fd, head, 0, 8, 0);
    if (read === 0) return t.emptyFile;
    if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return t.encrypted;
    if (!head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return t.notXlsx;
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

interface FileResult {
  file: string;
  report?: ValidationReport;
  error?: { code: string; message: string };
  written?: string;
}

function countsText(counts: StatusCounts, lang: Lang): string {
  return STATUSES.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${STATUS_LABELS[lang][s].toLowerCase()}`)
    .join(", ");
}

function percentText(value: number | undefined, lang: Lang): string {
  return value === undefined || !Number.isFinite(value) ? "" : `${formatNumber(value, lang, 1)}%`;
}

async function validateCommand(args: string[], io: Io, t: CliStrings, lang: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      period: { type: "string" },
      tolerance: { type: "string" },
      agency: { type: "string" },
      json: { type: "boolean" },
      write: { type: "string" },
      catalogue: { type: "string" },
    },
    t
  );
  if (values.help) {
    io.stdout(t.helpValidate);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError(t.noFiles);
  const catalogue = loadCatalogueOption(values.catalogue as string | undefined, io, t, lang);
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
  const inputs = expandInputs(positionals, io);
  const write = values.write === undefined ? undefined : path.resolve(io.cwd, values.write as string);
  if (write && inputs.some((i) => path.resolve(i.file) === write)) throw new UsageError(t.writeOverInput(write));
  if (write && inputs.length > 1 && !(fs.existsSync(write) && fs.statSync(write).isDirectory())) {
    throw new UsageError(t.writeNeedsFolder);
  }

  const results: FileResult[] = [];
  // One file at a time: a folder of hundreds of workbooks never sits in memory at once.
  for (const input of inputs) {
    const result = await validateFile(
      input,
      { catalogue, tolerance, period, write, several: inputs.length > 1 },
      t,
      lang
    );
    if (!values.json) printFile(result, agencies, catalogue, io, t, lang);
    // Keep the report, not the workbook.
    results.push(result);
  }
  const failed = results.filter((r) => r.error).length;
  if (values.json) io.stdout(JSON.stringify(jsonDocument(results, catalogue, tolerance, agencies, lang), null, 2));
  else {
    if (results.length > 1) printCombined(results, agencies, io, t, lang);
    io.stdout(t.summary(results.length - failed, failed));
  }
  return failed > 0 ? EXIT_FILE : EXIT_OK;
}

async function validateFile(
  input: { file: string; missing?: boolean },
  options: { catalogue: Catalogue; tolerance: number; period?: ReportingPeriod; write?: string; several: boolean },
  t: CliStrings,
  lang: Lang
): Promise<FileResult> {
  const { file } = input;
  const fail = (code: string, message: string): FileResult => ({ file, error: { code, message } });
  if (input.missing) return fail("notFound", t.notFound);
  const why = sniff(file, t);
  if (why) return fail(why === t.encrypted ? "encrypted" : why === t.emptyFile ? "empty" : "notXlsx", why);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (e) {
    return fail("corrupt", t.corrupt((e as Error).message.split("\n")[0]));
  }
  // A zip with no worksheet at all is another kind of document (a .docx renamed, say), not a workbook.
  if (workbook.worksheets.length === 0) return fail("notXlsx", t.notXlsx);
  const sheets = judgeWorkbook(workbook, options.catalogue, { tolerance: options.tolerance, period: options.period });
  if (sheets.length === 0) {
    const names: string[] = [];
    workbook.eachSheet((s) => names.push(s.name));
    return fail("noTemplate", describe(problem("sheet.noTemplate", { sheets: names }), lang));
  }
  const result: FileResult = { file, report: sheets[0].judged.report };
  if (options.write) {
    for (const sheet of sheets) writeResults(sheet, options.period !== undefined);
    const out = options.several
      ? path.join(options.write, `${path.basename(file, path.extname(file))}.checked.xlsx`)
      : options.write;
    await workbook.xlsx.writeFile(out);
    result.written = out;
  }
  return result;
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
    t.sheetLine(report.sheet, PERIOD_LABELS[lang][report.period], `${formatNumber(report.tolerance * 100, lang)}%`)
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
      const percent = percentText(row.percentOfPlan, lang);
      io.stdout(
        `    ${code.padEnd(7)} ${name.length > 48 ? `${name.slice(0, 47)}…` : name.padEnd(48)} ${value.padStart(22)} ${percent.padStart(7)}  ${STATUS_LABELS[lang][row.status]}`
      );
    }
  }
  io.stdout("");
  const findings = report.findings;
  io.stdout(findings.length === 0 ? t.noFindings : t.findings);
  for (const f of findings) io.stdout(`    - ${describe(f.problem, lang)}`);
  for (const row of evaluation.rows) for (const p of row.problems) io.stdout(`    - ${describe(p, lang)}`);
  if (result.written) io.stdout(t.wrote(result.written));
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

function jsonDocument(
  results: FileResult[],
  catalogue: Catalogue,
  tolerance: number,
  agencies: readonly string[],
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
            percentOfPlan: row.percentOfPlan ?? null,
            target: row.bounds ?? null,
            problems: row.problems.map((p) => ({ code: p.key, message: describe(p, lang) })),
          })),
        findings: report.findings.map((f) => ({
          severity: f.severity,
          codes: f.codes,
          code: f.problem.key,
          message: describe(f.problem, lang),
        })),
        written: r.written ?? null,
      };
    }),
    agencies: [...combined.agencies.entries()]
      .filter(([a]) => agencies.includes(a))
      .map(([agency, entry]) => ({ agency, files: entry.files, counts: entry.counts })),
    totals: combined.totals,
  };
}
