/** `chi-tieu merge`: the agencies' files into a copy of the consolidated workbook, by Mã, with a preview, a log and exit codes. */

import * as path from "path";
import { DEFAULT_TOLERANCE } from "../core";
import {
  describeRound,
  fileResult,
  leftOutCount,
  planMerge,
  targetRefusal,
  timestampInVietnam,
  type MergePlan,
  type MergeSource,
  type RoundFinding,
} from "../round";
import {
  checkCommandOutput,
  EXIT_FILE,
  EXIT_OK,
  FileError,
  parseCommand,
  UsageError,
  writeCommandOutput,
  type CommandContext,
} from "./common";
import { expandInputList, noteInputs, singleInput, warnCopyLosses, workbookBytes, type SkippedJson } from "./inputs";
import { agencyFileName } from "./inputOutputs";
import { sameFile } from "./output";
import { appendLog, applyFormulas, applyWrites, openMergeSource, openRoundWorkbook } from "./roundFiles";
import { judgeWorkbook, writeResults } from "./xlsx";

/** Exit status 1: something given was left out (the contract; the same number as a usage error). */
export const EXIT_LEFT_OUT = 1;

export async function mergeCommand(args: string[], cli: CommandContext): Promise<number> {
  const { io, t, lang } = cli;
  const parsed = parseCommand(
    args,
    {
      write: { type: "string" },
      "keep-existing": { type: "boolean" },
      force: { type: "boolean" },
      json: { type: "boolean" },
      catalogue: { type: "string" },
    },
    t.round.helpMerge,
    cli
  );
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError(t.round.noWorkbook);
  if (positionals.length === 1) throw new UsageError(t.round.noSources);
  const catalogue = parsed.catalogue();
  const target = singleInput(positionals[0], cli);
  const write = values.write === undefined ? undefined : path.resolve(io.cwd, values.write as string);
  // The consolidated workbook is never among the agencies' files, even inside a folder given.
  const listed = expandInputList(positionals.slice(1), io.cwd, { agencyFile: agencyFileName(catalogue) });
  const skipped = noteInputs(listed, cli);
  const sources = listed.files.filter((i) => i.missing || !sameFile(i.file, target.file));
  // Named, not dropped in silence: the person may have meant another file.
  for (const i of listed.files) if (!sources.includes(i)) io.stderr(t.consolidatedAgain(i.file));
  const force = Boolean(values.force);
  // Every file read is an input, an agency's file inside a folder too: --write onto one is refused, --force or not.
  const inputs = [target, ...sources].filter((i) => !i.missing).map((i) => i.file);
  if (write) checkCommandOutput(write, { force, inputs }, t);

  const opened = await openRoundWorkbook(target, catalogue, cli);
  if ("error" in opened) throw new FileError(t.fileError(target.file, opened.error.message), opened.error.code);
  // An agency's own file named as the consolidated workbook: refused before any file is read or written.
  const refusal = targetRefusal(catalogue, opened.found.round, target.file);
  if (refusal) throw new UsageError(`${describeRound(refusal, lang)} ${t.round.targetFirst}`, refusal.code);
  const read: MergeSource[] = [];
  for (const source of sources) read.push(await openMergeSource(source, catalogue, cli));
  const plan = planMerge(catalogue, opened.found.round, read, {
    keepExisting: Boolean(values["keep-existing"]),
    when: timestampInVietnam(),
  });

  let logLines = 0;
  if (write) {
    applyWrites(opened.found.worksheet, plan);
    applyFormulas(opened.workbook, opened.found.worksheet, plan);
    logLines = appendLog(opened.workbook, plan);
    // The merged copy carries fresh statuses, as `validate --write` would give it.
    for (const sheet of judgeWorkbook(opened.workbook, catalogue, { tolerance: DEFAULT_TOLERANCE })) {
      if (sheet.sheet === opened.found.worksheet) writeResults(sheet, undefined);
    }
    warnCopyLosses(target.file, opened.workbook, cli);
    writeCommandOutput(write, await workbookBytes(opened.workbook, "merged"), { force, inputs }, t);
  }

  if (values.json) io.stdout(JSON.stringify(jsonDocument(target.file, plan, write, skipped, cli), null, 2));
  else {
    printTable(plan, cli);
    if (plan.findings.length > 0) {
      io.stdout("");
      io.stdout(t.round.findings);
      for (const f of plan.findings) io.stdout(`  - ${describeRound(f, lang)}`);
    }
    io.stdout("");
    if (plan.writes.length === 0) io.stdout(t.round.nothingToApply);
    const { recalculated, leftForExcel } = formulaCounts(plan);
    if (recalculated + leftForExcel > 0) io.stdout(t.round.formulas(recalculated, leftForExcel, write !== undefined));
    io.stdout(write ? t.round.wroteMerge(write, plan.writes.length, logLines) : t.round.preview);
    // The last word is what to do about what was not merged: the conflicts.
    const conflicts = plan.findings.filter((f) => f.code === "merge.conflict").length;
    // A conflict the log already holds, merged again, gets no new line: the last word does not claim one.
    const logged = plan.log.filter((e) => e.notMerged === "conflict").length;
    if (conflicts > 0) io.stdout(t.round.conflictsLeft(conflicts, write !== undefined, logged));
  }
  if (plan.unreadable) return EXIT_FILE;
  return plan.leftOut ? EXIT_LEFT_OUT : EXIT_OK;
}

/** One line per file: what it gave, what was left out. */
function printTable(plan: MergePlan, cli: CommandContext): void {
  const { t, io } = cli;
  const rows = plan.files.map((f) => [
    path.basename(f.file),
    f.agency ?? "",
    t.round.statusWord[fileResult(f)],
    String(f.filled),
    String(f.changed),
    String(leftOutCount(f)),
    String(f.conflicts),
  ]);
  const all = [t.round.header, ...rows];
  const widths = t.round.header.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  for (const r of all)
    io.stdout(r.map((cell, c) => (c >= 3 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join("  "));
}

/** A finding for programs: its code, severity and message, with its details (the indicator's code as `indicator`). */
export function findingJson(f: RoundFinding, cli: CommandContext) {
  const { code: indicator, ...details } = f.params as { code?: string };
  return {
    code: f.code,
    severity: f.severity,
    message: describeRound(f, cli.lang),
    ...(indicator === undefined ? {} : { indicator }),
    ...details,
  };
}

/** The formulas reading merged cells: recalculated here, or left for Excel to calculate when it opens the copy. */
function formulaCounts(plan: MergePlan): { recalculated: number; leftForExcel: number } {
  const recalculated = plan.formulas.filter((f) => f.value !== undefined).length;
  return { recalculated, leftForExcel: plan.formulas.length - recalculated };
}

function jsonDocument(
  consolidated: string,
  plan: MergePlan,
  written: string | undefined,
  skipped: SkippedJson[],
  cli: CommandContext
) {
  return {
    tool: "chi-tieu",
    format: 1,
    command: "merge",
    consolidated,
    files: plan.files,
    findings: plan.findings.map((f) => findingJson(f, cli)),
    log: plan.log,
    applied: plan.writes.length,
    formulas: plan.formulas,
    ...formulaCounts(plan),
    recalculateOnOpen: written !== undefined && plan.writes.length > 0,
    leftOut: plan.leftOut,
    written: written ?? null,
    skipped,
  };
}
