/** The .xlsx files a command reads: folders searched through, each file opened or given a reason in the user's language. */

import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import type { OutputKind } from "../round";
import { MARKER_PREFIX, sheetOfFormula, type SheetGrid } from "../template";
import {
  checkPart,
  readCellFormats,
  readDefinedNames,
  readSharedStrings,
  readSheetGrid,
  readWorkbookSheets,
  XmlError,
  type SheetContext,
  type WorkbookSheet,
} from "./sheetXml";
import { damageProblem, isText, TEXT_SNIFF_BYTES } from "./bytesBounds";
import { rememberManualCalculation } from "./calcMode";
import { FileError, optionNumber, UsageError, type Io } from "./common";
import {
  expandInputList,
  fsProblem,
  ZIP_SIGNATURE,
  type InputFile,
  type RepeatedInput,
  type SkippedInput,
} from "./inputList";
import type { CliStrings } from "./strings";
import { partText } from "./xmlCheck";
import { CopyRefused, preparePackage, type Carry, type CopyLoss } from "./xlsxCarry";
import { markOutput } from "./xlsxOutputMark";
import { packageBytes } from "./xlsxPackage";
import { restoreParts } from "./xlsxRestore";
import { DEFAULT_ZIP_LIMITS, ZipError, ZipReader, type ZipLimits } from "./zip";
import { inflate } from "./zipNode";

export {
  expandInputList,
  fsProblem,
  otherSpreadsheet,
  type InputFile,
  type InputProblemCode,
  type RepeatedInput,
  type SkippedCopy,
  type SkippedInput,
  type SkippedOutput,
} from "./inputList";

/** Why a file could not be used: a stable code for the JSON, a message for people. */
export interface FileProblem {
  code: string;
  message: string;
}

/** ExcelJS failed on a file our own reader read: not a damaged file, one whose parts it cannot rebuild. */
export class CopyError extends Error {}

/** The message for a problem found while listing the inputs. */
function inputProblem(input: InputFile, t: CliStrings): FileProblem {
  const code = input.problem ?? "notFound";
  if (code === "otherFormat") return { code, message: t.otherFormat(input.format ?? path.extname(input.file)) };
  if (code === "notRegular") return { code, message: t.walk.notRegular };
  return { code, message: t.inputProblem(code) };
}

/**
 * A file a folder walk did not read, as the JSON lists it: a copy (`ownCopy`) with the file it was made from, or a
 * merged copy or report (`ownOutput`) with its kind; and the notice.
 */
export type SkippedJson =
  | { file: string; code: "ownCopy"; of: string; message: string }
  | { file: string; code: "ownOutput"; kind: "merged" | "report"; message: string };

/**
 * Says on stderr, one line each, what the list of inputs read once or left out (a file reached twice, the tool's
 * own copy beside its original, its merged copy or report), and returns the skipped files for the command's JSON.
 */
export function noteInputs(
  listed: { repeated: RepeatedInput[]; skipped: SkippedInput[] },
  cli: { io: Io; t: CliStrings }
): SkippedJson[] {
  const { io, t } = cli;
  for (const r of listed.repeated) io.stderr(t.givenTwice(r.file, r.times));
  return listed.skipped.map((s): SkippedJson => {
    const said =
      "of" in s
        ? { code: "ownCopy" as const, of: s.of, message: t.walk.ownCopySkipped(s.file, s.of) }
        : { code: "ownOutput" as const, kind: s.kind, message: t.walk.ownOutputSkipped(s.file, s.kind, !!s.unmarked) };
    io.stderr(said.message);
    return { file: s.file, ...said };
  });
}

/** How many of a folder's workbooks the message naming them lists. */
const LISTED_IN_FOLDER = 5;

/**
 * The one workbook a command reads (status, split, report, merge's consolidated workbook). A folder given must hold
 * exactly one: of several, taking the first in name order read a report or an agency's reply as the consolidated
 * workbook in silence, so the person is asked to name it. Nothing is skipped as the tool's own: one file counts
 * nothing twice, and a merged workbook is what status reads.
 */
export function singleInput(given: string, cli: { io: Io; t: CliStrings }): InputFile {
  const { files, repeated } = expandInputList([given], cli.io.cwd, { keepOwn: true });
  for (const r of repeated) cli.io.stderr(cli.t.givenTwice(r.file, r.times));
  const readable = files.filter((i) => !i.missing);
  if (readable.length > 1) {
    const folder = path.resolve(cli.io.cwd, given);
    const names = readable.map((i) => path.relative(folder, i.file));
    const shown = names.slice(0, LISTED_IN_FOLDER).concat(names.length > LISTED_IN_FOLDER ? ["…"] : []);
    // The example names no real file: the first by name was the very guess this message replaces.
    const example = path.join(folder, cli.t.walk.aFile);
    throw new UsageError(cli.t.walk.severalInFolder(folder, names.length, shown.join(", "), example));
  }
  return readable[0] ?? files[0];
}

/** Why a file cannot be opened as a workbook, from its first bytes. */
function sniff(file: string, t: CliStrings): FileProblem | undefined {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(TEXT_SNIFF_BYTES);
    const read = fs.readSync(fd, head, 0, TEXT_SNIFF_BYTES, 0);
    if (read === 0) return { code: "empty", message: t.emptyFile };
    if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
      // An OLE file is a password-protected .xlsx (its streams are named EncryptedPackage…) or an old .xls.
      const size = Math.min(fs.fstatSync(fd).size, 4 * 2 ** 20);
      const all = Buffer.alloc(size);
      fs.readSync(fd, all, 0, size, 0);
      const named = (name: string) => all.includes(Buffer.from(name, "utf16le"));
      if (named("EncryptedPackage")) return { code: "encrypted", message: t.encrypted };
      if (/\.xls$/i.test(file) || named("Workbook") || named("Book"))
        return { code: "xls", message: t.inputProblem("xls") };
      return { code: "encrypted", message: t.encrypted };
    }
    if (!head.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) {
      // A .csv given by mistake (or saved as text under an Excel name) is said as such, with what to do.
      if (isText(head.subarray(0, read)))
        return { code: "notXlsx", message: t.textFile(path.extname(file).toLowerCase()) };
      return { code: "notXlsx", message: t.notXlsx };
    }
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

export interface OpenedWorkbook {
  file: string;
  bytes: Buffer;
  zip: ZipReader;
  sheets: WorkbookSheet[];
  context: SheetContext;
  /** The sheets the template markers (`ChiTieu_Template_N`) point to, in the workbook's order. */
  markedSheets: string[];
}

/** The zip limits, with the part limit from CHI_TIEU_MAX_PART_MB when set (a documented setting). */
export function zipLimits(env: Record<string, string | undefined>): ZipLimits {
  // Written as staff write numbers: "80,5" and "80 MB" are 80.5 and 80 (review 24b: Number() made them the default).
  const mb = optionNumber(env.CHI_TIEU_MAX_PART_MB ?? "", /\s*mb$/i);
  if (mb === undefined || mb <= 0) return DEFAULT_ZIP_LIMITS;
  const maxPartBytes = Math.round(mb * 2 ** 20);
  return {
    ...DEFAULT_ZIP_LIMITS,
    maxPartBytes,
    maxTotalBytes: Math.max(DEFAULT_ZIP_LIMITS.maxTotalBytes, 4 * maxPartBytes),
  };
}

/** A reader's or a zip's failure as a problem with a code and a message in the user's language. */
export function readProblem(e: unknown, t: CliStrings): FileProblem {
  const damage = damageProblem(e, t);
  if (damage) return damage;
  if (e instanceof CopyRefused) return { code: e.code, message: t.copyRefused(e.code) };
  if (e instanceof CopyError) return { code: "unsupported", message: t.unsupported };
  throw e;
}

function text(zip: ZipReader, part: string): string {
  return partText(zip.read(part));
}

/** Opens one input within bounds (its zip directory, sheet list, shared strings, formats), or says why it cannot. */
export function openInput(input: InputFile, t: CliStrings, limits: ZipLimits): OpenedWorkbook | { error: FileProblem } {
  if (input.missing) return { error: inputProblem(input, t) };
  try {
    // Listed as a file, but a pipe or device by now: opening it would wait for ever.
    const stats = fs.statSync(input.file);
    if (!stats.isFile()) return { error: inputProblem({ ...input, problem: "notRegular" }, t) };
    const why = sniff(input.file, t);
    if (why) return { error: why };
    if (stats.size > limits.maxTotalBytes) {
      return { error: { code: "tooLarge", message: t.tooLarge(input.file, stats.size, limits.maxTotalBytes) } };
    }
    const bytes = fs.readFileSync(input.file);
    const zip = new ZipReader(bytes, inflate, limits);
    // A zip with no workbook part is another kind of document (a .docx renamed, say), not a workbook.
    if (!zip.has("xl/workbook.xml") || !zip.has("xl/_rels/workbook.xml.rels")) {
      return { error: { code: "notXlsx", message: t.notXlsx } };
    }
    const workbookXml = text(zip, "xl/workbook.xml");
    const { sheets, ...settings } = readWorkbookSheets(workbookXml, text(zip, "xl/_rels/workbook.xml.rels"));
    const marked = new Set(
      readDefinedNames(workbookXml)
        .filter((n) => n.name.startsWith(MARKER_PREFIX))
        .map((n) => sheetOfFormula(n.formula))
    );
    if (sheets.length === 0) return { error: { code: "notXlsx", message: t.notXlsx } };
    const sharedStrings = zip.has("xl/sharedStrings.xml") ? readSharedStrings(text(zip, "xl/sharedStrings.xml")) : [];
    const formats = zip.has("xl/styles.xml") ? readCellFormats(text(zip, "xl/styles.xml")) : [];
    const markedSheets = sheets.map((s) => s.name).filter((name) => marked.has(name));
    return { file: input.file, bytes, zip, sheets, context: { sharedStrings, formats, ...settings }, markedSheets };
  } catch (e) {
    if (e instanceof ZipError || e instanceof XmlError) return { error: readProblem(e, t) };
    const code = (e as NodeJS.ErrnoException).code === "EISDIR" ? "io" : fsProblem(e);
    return { error: inputProblem({ ...input, problem: code }, t) };
  }
}

/** One worksheet's cells that hold values (throws ZipError or XmlError). */
export function sheetGrid(book: OpenedWorkbook, sheet: WorkbookSheet): SheetGrid {
  if (!book.zip.has(sheet.part))
    return { sheet: sheet.name, values: [], numberFormats: [], rowOffset: 0, colOffset: 0 };
  return readSheetGrid(sheet.name, text(book.zip, sheet.part), book.context, sheet.part);
}

/** What each workbook opened through `excelJsWorkbook` carries past ExcelJS, and its sheets as loaded. */
const carried = new WeakMap<ExcelJS.Workbook, { carry: Carry; sheets: Map<string, ExcelJS.Worksheet> }>();

/**
 * The same file as an ExcelJS workbook, to write a copy of it. ExcelJS unpacks every part without bounds, so each
 * part is first unpacked here within them; what ExcelJS would drop or misread (drawings, charts, notes, the
 * add-in's settings) is taken out first and put back by `workbookBytes`.
 */
export async function excelJsWorkbook(book: OpenedWorkbook): Promise<ExcelJS.Workbook> {
  // ExcelJS reads a cut part (notes, relationships, a drawing) as if whole and drops the rest in silence.
  book.zip.readAll((part, data) => {
    if (/\.(xml|rels)$/i.test(part)) checkPart(partText(data), part);
  });
  const workbook = new ExcelJS.Workbook();
  try {
    const { forExcelJs, carry } = await preparePackage(book.bytes);
    await workbook.xlsx.load(forExcelJs as unknown as ArrayBuffer);
    rememberManualCalculation(workbook, book.context.manualCalculation === true);
    carried.set(workbook, { carry, sheets: new Map(workbook.worksheets.map((s) => [s.name, s])) });
  } catch (e) {
    // Whole parts can still be damaged (a cell naming a missing shared string): the sheets read say so.
    for (const sheet of book.sheets) sheetGrid(book, sheet);
    throw new CopyError((e as Error).message.split("\n")[0]);
  }
  return workbook;
}

/** What a copy of this workbook will lose, that nothing carries over (pivot tables, slicers…). */
export function copyLosses(workbook: ExcelJS.Workbook): CopyLoss[] {
  return carried.get(workbook)?.carry.losses ?? [];
}

/** Says on stderr what a copy of this workbook will lose, before it is written (nothing when it loses nothing). */
export function warnCopyLosses(file: string, workbook: ExcelJS.Workbook, cli: { io: Io; t: CliStrings }): void {
  // A copy that cannot be written at all is refused here, before the command writes anything.
  const refusal = carried.get(workbook)?.carry.refusal;
  if (refusal) throw new FileError(cli.t.fileError(file, cli.t.copyRefused(refusal)), refusal);
  const lost = copyLosses(workbook);
  if (lost.length > 0)
    cli.io.stderr(cli.t.copyLoses(file, lost.map((l) => cli.t.copyLoss(l.code, l.count)).join("; ")));
}

/**
 * The workbook as .xlsx bytes, marked as the round output `kind` (so that a later folder walk does not read it as a
 * reply), with the parts ExcelJS cannot keep put back into every sheet still there (a sheet removed and added again
 * under its name, as an earlier report is, gets none of the old one's).
 */
export async function workbookBytes(workbook: ExcelJS.Workbook, kind: OutputKind): Promise<Uint8Array> {
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const entry = carried.get(workbook);
  if (!entry) {
    const zip = await JSZip.loadAsync(written);
    await markOutput(zip, kind);
    return packageBytes(zip);
  }
  const same = new Set(
    [...entry.sheets].filter(([name, sheet]) => workbook.getWorksheet(name) === sheet).map(([n]) => n)
  );
  return restoreParts(written, entry.carry, same, kind);
}

/**
 * Opens one input as an ExcelJS workbook (for commands that write into it: merge), within the same bounds as
 * validate's reader: the zip checked and every part unpacked once within the limits before ExcelJS reads it.
 */
export async function openWorkbook(
  input: InputFile,
  t: CliStrings,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS
): Promise<{ workbook: ExcelJS.Workbook } | { error: FileProblem }> {
  const book = openInput(input, t, limits);
  if ("error" in book) return book;
  try {
    return { workbook: await excelJsWorkbook(book) };
  } catch (e) {
    if (e instanceof ZipError || e instanceof XmlError || e instanceof CopyError) return { error: readProblem(e, t) };
    return { error: { code: "corrupt", message: t.corrupt((e as Error).message.split("\n")[0]) } };
  }
}
