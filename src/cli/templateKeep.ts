/** `template --force` over an existing workbook: what it holds decides whether the old file is kept beside it first. */

import * as fs from "fs";
import * as path from "path";
import { timestampInVietnam } from "../round";
import type { SheetGrid, TemplateSheet } from "../template";
import { FileError, type CommandContext } from "./common";
import { openInput, sheetGrid } from "./inputs";
import type { ZipLimits } from "./zip";

/** What the file about to be replaced holds, as far as the reader can tell. */
export type ExistingWorkbook =
  { kind: "unreadable" } | { kind: "workbook"; grids: SheetGrid[]; parts: readonly string[] };

/** Parts a person adds by hand (notes, pictures, charts): a workbook holding one is never a blank template. */
const PERSON_PARTS = /^xl\/(comments|threadedComments|drawings|charts|pivotTables|media)/i;

/**
 * True when replacing the file loses nothing anyone typed: it is one sheet holding exactly the blank template's
 * cells (the period cell aside: `--period` changes it). Anything else (a figure, a note, a second sheet, a
 * picture, a file that cannot be read) is kept, since the tool cannot tell what of it matters.
 */
export function isBlankTemplate(existing: ExistingWorkbook, template: TemplateSheet): boolean {
  if (existing.kind !== "workbook" || existing.grids.length !== 1) return false;
  if (existing.parts.some((part) => PERSON_PARTS.test(part))) return false;
  const [grid] = existing.grids;
  const at = (r: number, k: number) => template.cells[r]?.[k]?.value ?? null;
  const { periodCell } = template;
  return (
    grid.values.every((row, i) =>
      row.every((value, j) => {
        const r = i + grid.rowOffset;
        const k = j + grid.colOffset;
        if (r === periodCell.row && k === periodCell.col) return true;
        return (value ?? null) === at(r, k) || (value === "" && at(r, k) === null);
      })
    ) &&
    template.cells.every((row, r) =>
      row.every((cell, k) => {
        if (cell.value === null || (r === periodCell.row && k === periodCell.col)) return true;
        return grid.values[r - grid.rowOffset]?.[k - grid.colOffset] === cell.value;
      })
    )
  );
}

/**
 * The name of the old file kept beside `file`: `a (bản cũ 2026-12-02 14.05).xlsx`, in Vietnam's time as the
 * merge log writes it, with ` 2`, ` 3`… when that name is taken.
 */
export function oldCopyName(file: string, label: string, timestamp: string, taken: (name: string) => boolean): string {
  const stamp = `${timestamp.slice(0, 10)} ${timestamp.slice(11, 16).replace(":", ".")}`;
  const extension = path.extname(file);
  const base = file.slice(0, file.length - extension.length);
  let name = `${base} (${label} ${stamp})${extension}`;
  for (let n = 2; taken(name); n++) name = `${base} (${label} ${stamp} ${n})${extension}`;
  return name;
}

/**
 * Before `template --force` replaces `out`: keeps the old file beside it, unchanged, when it is anything but a
 * blank template, and returns where (undefined when nothing needed keeping). A copy that fails stops the command
 * before the template is written.
 */
export function keepOldWorkbook(
  out: string,
  template: TemplateSheet,
  cli: CommandContext,
  limits: ZipLimits
): string | undefined {
  // Nothing there, or a pipe or device: replacing it loses no file (and copying a pipe would wait for ever).
  if (fs.statSync(out, { throwIfNoEntry: false })?.isFile() !== true) return undefined;
  const book = openInput({ file: out }, cli.t, limits);
  let existing: ExistingWorkbook = { kind: "unreadable" };
  if (!("error" in book)) {
    try {
      existing = {
        kind: "workbook",
        grids: book.sheets.map((s) => sheetGrid(book, s)),
        parts: [...book.zip.entries.keys()],
      };
    } catch {
      // A damaged part: kept, as a file that cannot be read is.
    }
  }
  if (isBlankTemplate(existing, template)) return undefined;
  const kept = oldCopyName(out, cli.t.walk.oldCopy, timestampInVietnam(), (name) => fs.existsSync(name));
  try {
    fs.copyFileSync(out, kept, fs.constants.COPYFILE_EXCL);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "EACCES" || code === "EPERM" || code === "EROFS" ? "permission" : "io";
    throw new FileError(cli.t.outputError(why, kept, (e as Error).message.split("\n")[0]), why);
  }
  return kept;
}
