/** The inputs a command was given, as a list of files: folders searched through, each file once, problems kept as entries. */

import * as fs from "fs";
import * as path from "path";
import { ownCopies, type SkippedCopy } from "./inputCopies";
import { ownOutputs, type SkippedOutput } from "./inputOutputs";

export type { SkippedCopy } from "./inputCopies";
export type { SkippedOutput } from "./inputOutputs";

/** A workbook a folder walk found and did not read: the tool's copy of another input, or its merged copy or report. */
export type SkippedInput = SkippedCopy | SkippedOutput;

export interface WalkOptions {
  /** Whether a file name is a lead agency's: merge reads such a file as its reply, whatever it was copied from. */
  agencyFile?: (name: string) => boolean;
  /** Read the tool's own files too: a command reading one workbook counts nothing twice. */
  keepOwn?: boolean;
}

/** Why a path named or found cannot be read, found while listing the inputs (the message comes when it is opened). */
export type InputProblemCode =
  "notFound" | "permission" | "linkLoop" | "danglingLink" | "noXlsx" | "xls" | "otherFormat" | "notRegular" | "io";

export interface InputFile {
  file: string;
  /** The path cannot be read as an input (kept in the list, so that it is reported). */
  missing?: boolean;
  problem?: InputProblemCode;
  /** For a folder with no .xlsx file: how many old .xls files it holds. */
  xlsFiles?: number;
  /** For `otherFormat`: the kind of spreadsheet found (".ods", ".csv", ".xlsx~" for a backup…). */
  format?: string;
}

/** A file-system error's code as one of ours. */
export function fsProblem(e: unknown): InputProblemCode {
  switch ((e as NodeJS.ErrnoException).code) {
    case "ENOENT":
    case "ENOTDIR":
      return "notFound";
    case "EACCES":
    case "EPERM":
      return "permission";
    case "ELOOP":
      return "linkLoop";
    default:
      return "io";
  }
}

/** What a path leads to, links followed; a link that leads nowhere or in a circle says so. */
function follow(file: string): fs.Stats | InputProblemCode {
  try {
    return fs.statSync(file);
  } catch (e) {
    const code = fsProblem(e);
    if (code === "notFound" && fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) return "danglingLink";
    return code;
  }
}

/** Lock files Excel (`~$a.xlsx`) and LibreOffice (`.~lock.a.xlsx#`) leave beside an open workbook: never a reply. */
const isLock = (name: string) => name.startsWith("~$") || name.startsWith(".~lock.");
/** What a folder walk reads: workbooks, macro-enabled ones too (the reader takes both when they are named). */
const isWorkbook = (name: string) => /\.(xlsx|xlsm)$/i.test(name) && !isLock(name);

/**
 * The kind of a file in a folder that looks like a spreadsheet the walk does not read (".xls", ".ods", ".xlsb",
 * ".csv", ".xlsx~" for an editor's backup…), so that it is named rather than left out in silence.
 */
export function otherSpreadsheet(name: string): string | undefined {
  if (isLock(name)) return undefined;
  const backup = /\.(xlsx|xlsm|xls)~$/i.exec(name);
  if (backup) return `.${backup[1].toLowerCase()}~`;
  return /\.(xls|xlsb|xlt|xltx|xltm|ods|ots|fods|csv|numbers)$/i.exec(name)?.[0].toLowerCase();
}

/** How every .xlsx file begins (a zip's first local header). */
export const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * A regular file that begins as a zip: an .xlsx saved under an old .xls name is read by its content, as when it is
 * named, not refused by its name. Anything else (a pipe, a file that cannot be read) is left to its name.
 */
function zipInside(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    const fd = fs.openSync(file, "r");
    try {
      const head = Buffer.alloc(ZIP_SIGNATURE.length);
      return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(ZIP_SIGNATURE);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** A file or folder reached by more than one of the paths given: read once, and said so. */
export interface RepeatedInput {
  file: string;
  times: number;
}

/** What a path leads to, by identity (links and hard links followed); a path that leads nowhere is itself. */
function identityOf(file: string): string {
  try {
    const stats = fs.statSync(file);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    // Not found, a link loop, no permission: the path is reported as it is, once per path.
    return `path:${file}`;
  }
}

/**
 * Every .xlsx and .xlsm file named, folders searched through (lock files left out), in a stable order. Nothing
 * throws: a path that cannot be read (not found, no permission, a link loop or a dangling link, a folder with no
 * .xlsx file, an old .xls file or another spreadsheet format found in a folder) is an entry with its problem, so
 * that it is reported beside the others.
 *
 * Each file is listed once however many paths lead to it (`a.xlsx ./a.xlsx`, a folder and a file in it, a link): a
 * file counted twice would double every count of the combined summary in silence. For the same reason a folder's
 * copies the tool wrote of another input (`a.checked.xlsx` beside `a.xlsx`), and its merged workbooks and reports,
 * which hold every agency's rows, are skipped, and listed as such; one named on the command line is read.
 */
export function expandInputList(
  inputs: string[],
  cwd: string,
  options: WalkOptions = {}
): { files: InputFile[]; repeated: RepeatedInput[]; skipped: SkippedInput[] } {
  const files: InputFile[] = [];
  // Files a walk reached, and what the person named (by identity: a folder may reach a file named too).
  const inFolders = new Set<string>();
  const named = new Set<string>();
  const fail = (file: string, problem: InputProblemCode, format?: string) =>
    files.push({ file, missing: true, problem, ...(format ? { format } : {}) });
  const reached = (file: string) => {
    files.push({ file });
    inFolders.add(file);
  };
  // A file found that is a spreadsheet of another kind: an old .xls keeps its own code, unless it is an .xlsx inside.
  const other = (file: string, format: string) => {
    if (format !== ".xls") fail(file, "otherFormat", format);
    else if (zipInside(file)) reached(file);
    else fail(file, "xls");
  };
  // Folders walked, by identity: one reached again (named twice, or named inside another named folder) is walked
  // once and counted as repeated; only a link back to one of its own parents is a loop.
  const walked = new Map<string, RepeatedInput>();
  // How many spreadsheets a walk found; undefined for a folder walked already (counted as repeated there).
  const walk = (dir: string, stats: fs.Stats, parents: ReadonlySet<string> = new Set()): number | undefined => {
    const id = `${stats.dev}:${stats.ino}`;
    if (parents.has(id)) {
      fail(dir, "linkLoop");
      return 0;
    }
    const seen = walked.get(id);
    if (seen) {
      seen.times++;
      return undefined;
    }
    walked.set(id, { file: dir, times: 1 });
    const inside = new Set(parents).add(id);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      fail(dir, fsProblem(e));
      return 0;
    }
    let found = 0;
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      const format = otherSpreadsheet(entry.name);
      if (entry.isDirectory() || entry.isSymbolicLink()) {
        const target = follow(full);
        if (typeof target !== "string" && target.isDirectory()) found += walk(full, target, inside) ?? 0;
        else if (isWorkbook(entry.name) || format) {
          found++;
          if (typeof target === "string") fail(full, target);
          else if (format) other(full, format);
          else if (!target.isFile()) fail(full, "notRegular");
          else reached(full);
        } else if (target === "linkLoop") fail(full, target);
      } else if (isWorkbook(entry.name)) {
        found++;
        // A named pipe, socket or device is never opened: reading one waits for ever.
        if (entry.isFile()) reached(full);
        else fail(full, "notRegular");
      } else if (format) {
        found++;
        other(full, format);
      }
    }
    return found;
  };
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    const target = follow(full);
    if (typeof target === "string") fail(full, target);
    else if (target.isDirectory()) {
      const before = files.length;
      if (walk(full, target) === 0 && files.length === before) {
        files.push({ file: full, missing: true, problem: "noXlsx" });
      }
    } else if (!target.isFile()) fail(full, "notRegular");
    else {
      files.push({ file: full });
      named.add(identityOf(full));
    }
  }
  const byIdentity = new Map<string, RepeatedInput>();
  const once = files.filter((input) => {
    const id = identityOf(input.file);
    const seen = byIdentity.get(id);
    if (seen) seen.times++;
    else byIdentity.set(id, { file: input.file, times: 1 });
    return !seen;
  });
  const repeated = [...walked.values(), ...byIdentity.values()].filter((r) => r.times > 1);
  const onlyFound = new Set([...inFolders].filter((file) => !named.has(identityOf(file))));
  if (options.keepOwn) return { files: once, repeated, skipped: [] };
  const readable = once.filter((i) => !i.missing).map((i) => i.file);
  const outputs = ownOutputs(readable, onlyFound, options.agencyFile);
  const notOutputs = new Set(outputs.map((s) => s.file));
  const copies = ownCopies(readable, onlyFound).filter((c) => !notOutputs.has(c.file));
  // In the order the files were found, as they are read.
  const skipped = [...outputs, ...copies].sort((a, b) => readable.indexOf(a.file) - readable.indexOf(b.file));
  const skip = new Set(skipped.map((s) => s.file));
  return { files: once.filter((i) => !skip.has(i.file)), repeated, skipped };
}
