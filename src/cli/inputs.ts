/** The .xlsx files a command reads: folders searched through, each file opened or given a reason in the user's language. */

import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import type { SheetGrid } from "../template";
import {
  readCellFormats,
  readSharedStrings,
  readSheetGrid,
  readWorkbookSheets,
  XmlError,
  type SheetContext,
  type WorkbookSheet,
} from "./sheetXml";
import type { CliStrings } from "./strings";
import { DEFAULT_ZIP_LIMITS, ZipError, ZipReader, type Inflate, type ZipLimits } from "./zip";

export interface InputFile {
  file: string;
  missing?: boolean;
}

/** Why a file could not be used: a stable code for the JSON, a message for people. */
export interface FileProblem {
  code: string;
  message: string;
}

/** Every .xlsx file named, folders searched through (Excel's ~$ lock files left out), in a stable order. */
export function expandInputs(inputs: string[], cwd: string): InputFile[] {
  const files: InputFile[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$")) files.push({ file: full });
    }
  };
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    if (!fs.existsSync(full)) files.push({ file: full, missing: true });
    else if (fs.statSync(full).isDirectory()) walk(full);
    else files.push({ file: full });
  }
  return files;
}

/** Why a file cannot be opened as a workbook, from its first bytes. */
function sniff(file: string, t: CliStrings): FileProblem | undefined {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(8);
    const read = fs.readSync(fd, head, 0, 8, 0);
    if (read === 0) return { code: "empty", message: t.emptyFile };
    if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
      return { code: "encrypted", message: t.encrypted };
    }
    if (!head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
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
}

const inflate: Inflate = (data, maxBytes) => zlib.inflateRawSync(data, { maxOutputLength: maxBytes });

/** The zip limits, with the part limit from CHI_TIEU_MAX_PART_MB when set (a documented setting). */
export function zipLimits(env: Record<string, string | undefined>): ZipLimits {
  const mb = Number(env.CHI_TIEU_MAX_PART_MB);
  if (!Number.isFinite(mb) || mb <= 0) return DEFAULT_ZIP_LIMITS;
  const maxPartBytes = Math.round(mb * 2 ** 20);
  return {
    ...DEFAULT_ZIP_LIMITS,
    maxPartBytes,
    maxTotalBytes: Math.max(DEFAULT_ZIP_LIMITS.maxTotalBytes, 4 * maxPartBytes),
  };
}

/** A reader's or a zip's failure as a problem with a code and a message in the user's language. */
export function readProblem(e: unknown, t: CliStrings): FileProblem {
  if (e instanceof ZipError) {
    const p = e.problem;
    if (p.code === "tooLarge") return { code: "tooLarge", message: t.tooLarge(p.part, p.bytes, p.limit) };
    if (p.code === "tooCompressed") {
      return { code: "tooLarge", message: t.tooCompressed(p.part, p.ratio, p.limit) };
    }
    if (p.code === "encrypted") return { code: "encrypted", message: t.encrypted };
    return { code: "corrupt", message: t.corrupt(p.detail) };
  }
  if (e instanceof XmlError) return { code: "corrupt", message: t.corrupt(e.message) };
  throw e;
}

function text(zip: ZipReader, part: string): string {
  return new TextDecoder().decode(zip.read(part));
}

/** Opens one input within bounds (its zip directory, sheet list, shared strings, formats), or says why it cannot. */
export function openInput(input: InputFile, t: CliStrings, limits: ZipLimits): OpenedWorkbook | { error: FileProblem } {
  if (input.missing) return { error: { code: "notFound", message: t.notFound } };
  const why = sniff(input.file, t);
  if (why) return { error: why };
  try {
    if (fs.statSync(input.file).size > limits.maxTotalBytes) {
      return {
        error: {
          code: "tooLarge",
          message: t.tooLarge(input.file, fs.statSync(input.file).size, limits.maxTotalBytes),
        },
      };
    }
    const bytes = fs.readFileSync(input.file);
    const zip = new ZipReader(bytes, inflate, limits);
    // A zip with no workbook part is another kind of document (a .docx renamed, say), not a workbook.
    if (!zip.has("xl/workbook.xml") || !zip.has("xl/_rels/workbook.xml.rels")) {
      return { error: { code: "notXlsx", message: t.notXlsx } };
    }
    const { sheets, date1904 } = readWorkbookSheets(
      text(zip, "xl/workbook.xml"),
      text(zip, "xl/_rels/workbook.xml.rels")
    );
    if (sheets.length === 0) return { error: { code: "notXlsx", message: t.notXlsx } };
    const sharedStrings = zip.has("xl/sharedStrings.xml") ? readSharedStrings(text(zip, "xl/sharedStrings.xml")) : [];
    const formats = zip.has("xl/styles.xml") ? readCellFormats(text(zip, "xl/styles.xml")) : [];
    return { file: input.file, bytes, zip, sheets, context: { sharedStrings, formats, date1904 } };
  } catch (e) {
    return { error: readProblem(e, t) };
  }
}

/** One worksheet's cells that hold values (throws ZipError or XmlError). */
export function sheetGrid(book: OpenedWorkbook, sheet: WorkbookSheet): SheetGrid {
  if (!book.zip.has(sheet.part))
    return { sheet: sheet.name, values: [], numberFormats: [], rowOffset: 0, colOffset: 0 };
  return readSheetGrid(sheet.name, text(book.zip, sheet.part), book.context);
}

/**
 * The same file as an ExcelJS workbook, to write a copy of it. ExcelJS unpacks every part without bounds, so each
 * part is first unpacked here within them.
 */
export async function excelJsWorkbook(book: OpenedWorkbook): Promise<ExcelJS.Workbook> {
  book.zip.readAll();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(book.bytes as unknown as ArrayBuffer);
  return workbook;
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
    if (e instanceof ZipError || e instanceof XmlError) return { error: readProblem(e, t) };
    return { error: { code: "corrupt", message: t.corrupt((e as Error).message.split("\n")[0]) } };
  }
}
