/** The one way every command writes a file: never over an input, never over an existing file without --force, atomically. */

import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";

/** Why an output could not be written; the command turns the code into a message in the user's language. */
export type OutputErrorCode = "exists" | "isInput" | "isFolder" | "noFolder" | "permission" | "io" | "macroName";

/**
 * Names Excel opens only as a macro-enabled workbook: what every command writes is an .xlsx package without
 * macros, which Excel refuses under such a name ("the file format or extension is not valid").
 */
const MACRO_NAME = /\.(xlsm|xltm|xlam)$/i;

export class OutputError extends Error {
  constructor(
    readonly code: OutputErrorCode,
    readonly file: string,
    readonly detail?: string
  ) {
    super(`${code}: ${file}${detail ? ` (${detail})` : ""}`);
  }
}

export interface OutputOptions {
  /** Replace an existing target (never an input, whatever this says). */
  force?: boolean;
  /** The files the command read: the target may be none of them, by any path (links, hard links). */
  inputs?: readonly string[];
}

interface Identity {
  dev: number;
  ino: number;
}

function identity(file: string): Identity | undefined {
  try {
    const s = fs.statSync(file);
    return { dev: s.dev, ino: s.ino };
  } catch {
    return undefined;
  }
}

/** True when two paths lead to the same file on disk: compared by device and inode after following links. */
export function sameFile(a: string, b: string): boolean {
  const x = identity(a);
  const y = identity(b);
  return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
}

/** Checks that `target` may be written, without writing; throws OutputError. */
export function checkOutput(target: string, options: OutputOptions = {}): void {
  if (MACRO_NAME.test(target)) throw new OutputError("macroName", target);
  const folder = path.dirname(target);
  let folderStat: fs.Stats;
  try {
    folderStat = fs.statSync(folder);
  } catch {
    throw new OutputError("noFolder", target);
  }
  if (!folderStat.isDirectory()) throw new OutputError("noFolder", target);
  let targetStat: fs.Stats | undefined;
  try {
    targetStat = fs.statSync(target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") throw new OutputError("permission", target);
    // ENOENT, or a dangling link: nothing is there to lose, but a dangling link would be written through.
    if (fs.lstatSync(target, { throwIfNoEntry: false })?.isSymbolicLink()) throw new OutputError("exists", target);
  }
  if (targetStat?.isDirectory()) throw new OutputError("isFolder", target);
  for (const input of options.inputs ?? []) {
    if (path.resolve(input) === path.resolve(target) || sameFile(input, target))
      throw new OutputError("isInput", target);
  }
  if (targetStat !== undefined && !options.force) throw new OutputError("exists", target);
}

/**
 * Writes `data` to `target` through a temporary file in the same folder, flushed, then renamed over the target:
 * a kill at any moment leaves either the old file or the whole new one, and concurrent writers leave one whole file.
 */
export function writeOutput(target: string, data: Uint8Array, options: OutputOptions = {}): void {
  checkOutput(target, options);
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`
  );
  let fd: number | undefined;
  try {
    fd = fs.openSync(temporary, "wx", 0o644);
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temporary, target);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") throw new OutputError("permission", target);
    if (code === "EISDIR") throw new OutputError("isFolder", target);
    throw new OutputError("io", target, (e as Error).message.split("\n")[0]);
  }
}
