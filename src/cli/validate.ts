/** `chi-tieu validate`: judges filled .xlsx workbooks, one or many, prints or writes the results. */

import * as fs from "fs";
import * as path from "path";
import { DEFAULT_TOLERANCE, foldText, type Catalogue, type Lang, type ReportingPeriod } from "../core";
import { disputesOf, isLogSheet, notTemplateFile, readLog } from "../round";
import { chooseTemplate, judgeSheet, type JudgedSheet } from "../template";
import {
  checkCommandOutput,
  EXIT_FILE,
  EXIT_OK,
  optionNumber,
  outputErrorMessage,
  parseCommand,
  periodOption,
  UsageError,
  type CommandContext,
} from "./common";
import {
  copyLosses,
  excelJsWorkbook,
  expandInputList,
  noteInputs,
  openInput,
  zipLimits,
  readProblem,
  sheetGrid,
  type InputFile,
  workbookBytes,
} from "./inputs";
import { agencyFileName } from "./inputOutputs";
import { OutputError, writeOutput } from "./output";
import type { CliStrings } from "./strings";
import { jsonDocument, printCombined, printFile, printWarnings, type FileResult } from "./validateOutput";
import { writeResults } from "./xlsx";
import type { ZipLimits } from "./zip";

/**
 * The margin in percent, always, as the pane's field takes it: `5` and `5%` are five percent, `0,5` half a
 * percent (it once meant 50 %, while `1` meant 1 %). From 0 to 99, as the pane allows.
 */
export function parseTolerance(text: string): number | undefined {
  const percent = optionNumber(text, /\s*%$/);
  return percent !== undefined && percent <= 99 ? percent / 100 : undefined;
}

export async function validateCommand(args: string[], cli: CommandContext): Promise<number> {
  const { io, t, lang } = cli;
  const parsed = parseCommand(
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
    t.helpValidate,
    cli
  );
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError(t.noFiles);
  const catalogue = parsed.catalogue();
  const chosen = periodOption(values.period as string | undefined, catalogue.year, t);
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
  // A full template an agency sent back under its name is read, whatever it was copied from (as merge reads it).
  const listed = expandInputList(positionals, io.cwd, { agencyFile: agencyFileName(catalogue) });
  const inputs = listed.files;
  const skipped = noteInputs(listed, cli);
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
        period: chosen?.period,
        periodYear: chosen?.year,
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
  // The summary of several files is of the agencies and the period asked.
  const asked = { agencies, period: chosen?.period };
  if (values.json) {
    const document = jsonDocument(results, catalogue, tolerance, asked, t, lang);
    io.stdout(JSON.stringify(skipped.length > 0 ? { ...document, skipped } : document, null, 2));
  } else {
    if (results.length > 1) printCombined(results, asked, catalogue, io, lang);
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
  periodYear?: number;
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
    // A merged workbook's log holds the conflicts the merge wrote neither figure of: their rows are to check.
    const logSheet = book.sheets.find((s) => isLogSheet(s.name));
    const disputed = logSheet && disputesOf(options.catalogue, readLog(sheetGrid(book, logSheet).values));
    // One sheet at a time: only its judgement is kept, not its cells.
    for (const sheet of book.sheets) {
      const result = judgeSheet(sheetGrid(book, sheet), options.catalogue, {
        tolerance: options.tolerance,
        period: options.period,
        sayPeriodOverride: true,
        disputed,
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
      // Said to whoever collects the files, not the pane's "insert the template first" (trial 25).
      error: { code: "noTemplate", message: notTemplateFile(options.catalogue, file, names, lang) },
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
        if (worksheet)
          writeResults(
            { sheet: worksheet, judged: sheet },
            options.period === undefined ? undefined : { year: options.periodYear }
          );
      }
      writeOutput(out, await workbookBytes(workbook, "checked"), {
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
