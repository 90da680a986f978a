/** `chi-tieu split`: one .xlsx file per lead agency from the consolidated workbook, each with only its rows. */

import * as fs from "fs";
import * as path from "path";
import { foldText } from "../core";
import { planSplit } from "../round";
import {
  checkCommandOutput,
  EXIT_OK,
  FileError,
  parseCommand,
  UsageError,
  writeCommandOutput,
  type CommandContext,
} from "./common";
import { singleInput } from "./inputs";
import { agencyWorkbookBytes } from "./agencyFiles";
import { openRoundWorkbook } from "./roundFiles";

/**
 * Creates the --out folder, or says why not: a file of that name is a usage error (1), a place that takes no new
 * folder a file error (2). One level at a time from the nearest folder that exists: Node's recursive mkdir
 * reports a read-only disk as ENOENT and loops for ever where mkdir fails with ENOENT (/proc).
 */
function makeFolder(folder: string, t: CommandContext["t"]): void {
  if (fs.statSync(folder, { throwIfNoEntry: false })?.isFile()) throw new UsageError(t.round.outIsFile(folder));
  const missing: string[] = [];
  for (let at = folder; !fs.existsSync(at) && path.dirname(at) !== at; at = path.dirname(at)) missing.unshift(at);
  for (const level of missing) {
    try {
      fs.mkdirSync(level);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A file on the way (`--out a.xlsx/sub`) is the person's to change, like a file at the place itself.
      if (code === "EEXIST" || code === "ENOTDIR") throw new UsageError(t.round.outIsFile(folder));
      // ENOENT here, under a folder that exists, is a place that takes no new folder (a read-only disk, /proc).
      if (code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "ENOENT")
        throw new FileError(t.round.outNoPermission(folder), "permission");
      throw new FileError(t.round.outCannotCreate(folder, code ?? "?"), "io");
    }
  }
}

export async function splitCommand(args: string[], cli: CommandContext): Promise<number> {
  const { io, t } = cli;
  const parsed = parseCommand(
    args,
    {
      out: { type: "string" },
      agency: { type: "string" },
      force: { type: "boolean" },
      json: { type: "boolean" },
      catalogue: { type: "string" },
    },
    t.round.helpSplit,
    cli
  );
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(t.round.noWorkbook);
  if (values.out === undefined) throw new UsageError(t.round.noOut);
  const catalogue = parsed.catalogue();
  let only: string[] | undefined;
  if (values.agency !== undefined) {
    // As validate --agency matches: every agency whose name contains the text ("Cục" is Cục Thuế and Cục Hải quan).
    const wanted = foldText(values.agency as string);
    only = catalogue.leadAgencies.filter((a) => foldText(a).includes(wanted));
    if (only.length === 0) throw new UsageError(t.unknownAgency(values.agency as string, [...catalogue.leadAgencies]));
  }
  const input = singleInput(positionals[0], cli);
  const opened = await openRoundWorkbook(input, catalogue, cli);
  if ("error" in opened) throw new FileError(t.fileError(input.file, opened.error.message), opened.error.code);

  const folder = path.resolve(io.cwd, values.out as string);
  makeFolder(folder, t);
  const plans = planSplit(catalogue, opened.found.round, { only });
  const force = Boolean(values.force);
  const options = { force, inputs: [input.file] };
  // Refuse before writing any: either every agency's file is written, or none is.
  for (const plan of plans) checkCommandOutput(path.join(folder, plan.fileName), options, t);
  const written: { agency: string; file: string; codes: string[] }[] = [];
  for (const plan of plans) {
    const file = path.join(folder, plan.fileName);
    writeCommandOutput(file, await agencyWorkbookBytes(plan), options, t);
    written.push({ agency: plan.agency, file, codes: plan.codes });
    if (!values.json) io.stdout(t.round.split(plan.agency, plan.codes.length, file));
  }
  if (values.json) {
    io.stdout(
      JSON.stringify(
        {
          tool: "chi-tieu",
          format: 1,
          command: "split",
          source: input.file,
          period: opened.found.round.located.period,
          files: written,
        },
        null,
        2
      )
    );
  } else io.stdout(t.round.splitDone(written.length, folder));
  return EXIT_OK;
}
