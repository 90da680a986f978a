/**
 * Agencies' .xlsx files in and out, with ExcelJS and nothing of Node: the command line uses it, and
 * the task pane loads it only when the user splits or merges (a dynamic import, outside the pane's budget).
 */

import ExcelJS from "exceljs";
import type { Catalogue, Lang } from "../core";
import { readRoundSheet, type AgencyWorkbook, type RoundSheet } from "../round";
import { a1 } from "../template";
import { CLI_STRINGS, type CliStrings } from "./strings";
import { addTemplateSheet, gridOf } from "./xlsx";
import {
  checkEntry,
  DEFAULT_ZIP_LIMITS,
  partData,
  readZipDirectory,
  ZipError,
  type ZipLimits,
  type ZipProblem,
} from "./zip";

/** One agency's workbook as .xlsx bytes: the template sheet and the names a program reads its agency and period by. */
export async function agencyWorkbookBytes(plan: AgencyWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "chi-tieu";
  addTemplateSheet(workbook, plan.template);
  const quoted = `'${plan.template.name.replace(/'/g, "''")}'`;
  for (const name of plan.names) {
    workbook.definedNames.add(`${quoted}!${a1(name.row, name.col).replace(/([A-Z]+)(\d+)/, "$$$1$$$2")}`, name.name);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Why bytes are no workbook, by their first bytes, with the command line's codes (an OLE file is .xls or encrypted). */
export function sniffBytes(bytes: Uint8Array): "empty" | "encrypted" | "xls" | "notXlsx" | undefined {
  if (bytes.length === 0) return "empty";
  const head = Array.from(bytes.subarray(0, 4));
  if (head.join() === [0xd0, 0xcf, 0x11, 0xe0].join()) {
    // A password-protected .xlsx holds a stream named EncryptedPackage; an old .xls one named Workbook or Book.
    const named = (name: string) => includes(bytes, utf16le(name));
    if (named("EncryptedPackage")) return "encrypted";
    return named("Workbook") || named("Book") ? "xls" : "encrypted";
  }
  if (head.join() !== [0x50, 0x4b, 0x03, 0x04].join()) return "notXlsx";
  return undefined;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

function includes(bytes: Uint8Array, needle: Uint8Array): boolean {
  // OLE directory entries are near the start; 4 MB is as far as the command line looks too.
  const end = Math.min(bytes.length, 4 * 2 ** 20) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Why a file cannot be read, with the command line's code and message, in both languages. */
export type BytesProblem = {
  code: "empty" | "encrypted" | "xls" | "notXlsx" | "corrupt" | "tooLarge";
  message: Record<Lang, string>;
};

const both = (say: (t: CliStrings) => string): Record<Lang, string> => ({
  vi: say(CLI_STRINGS.vi),
  en: say(CLI_STRINGS.en),
});

/**
 * The command line's bounds on bytes before any reader without bounds (ExcelJS) gets them: not empty, not an OLE
 * file, a zip whose directory declares no part and no total above the limits and no part compressed beyond the
 * ratio limit. Reads only the zip directory, so it needs no inflater (the browser has no synchronous one).
 */
export function checkXlsxBytes(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): BytesProblem | undefined {
  const sniffed = sniffBytes(bytes);
  if (sniffed === "empty") return { code: "empty", message: both((t) => t.emptyFile) };
  if (sniffed === "encrypted") return { code: "encrypted", message: both((t) => t.encrypted) };
  if (sniffed === "xls") return { code: "xls", message: both((t) => t.inputProblem("xls")) };
  if (sniffed === "notXlsx") return { code: "notXlsx", message: both((t) => t.notXlsx) };
  try {
    const entries = readZipDirectory(bytes);
    let total = 0;
    for (const entry of entries.values()) {
      checkEntry(entry, limits);
      if (entry.flags & 1) throw new ZipError({ code: "encrypted", part: entry.name });
      total += entry.size;
      if (total > limits.maxTotalBytes) {
        throw new ZipError({ code: "tooLarge", part: entry.name, bytes: total, limit: limits.maxTotalBytes });
      }
    }
    if (!entries.has("xl/workbook.xml")) return { code: "notXlsx", message: both((t) => t.notXlsx) };
  } catch (e) {
    if (!(e instanceof ZipError)) throw e;
    return zipProblem(e.problem);
  }
  return undefined;
}

/** A zip's problem with the command line's code and messages. */
function zipProblem(p: ZipProblem): BytesProblem {
  if (p.code === "tooLarge") return { code: "tooLarge", message: both((t) => t.tooLarge(p.part, p.bytes, p.limit)) };
  if (p.code === "tooCompressed") {
    return { code: "tooLarge", message: both((t) => t.tooCompressed(p.part, p.ratio, p.limit)) };
  }
  if (p.code === "encrypted") return { code: "encrypted", message: both((t) => t.encrypted) };
  return { code: "corrupt", message: both((t) => t.corrupt(p.detail)) };
}

/** How many bytes raw deflate `data` unpacks to, stopping once past `maxBytes`; throws on damaged data. */
async function inflatedSize(data: Uint8Array, maxBytes: number): Promise<number> {
  // Fed 1 KB at a time: an inflater emits all a chunk unpacks to at once, and 1 KB unpacks to at most about 1 MB.
  const CHUNK = 1024;
  let at = 0;
  const input = new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (at >= data.length) controller.close();
        else controller.enqueue(data.slice(at, (at += CHUNK)));
      },
    },
    { highWaterMark: 0 }
  );
  const reader = input.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return size;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return size;
    }
  }
}

/**
 * Unpacks every deflated part once, stopping at the size its directory declared, as the command line does before
 * ExcelJS: a part that declares a small size and unpacks to gigabytes is refused here, not by ExcelJS running out of
 * memory. Needs DecompressionStream (Chromium, Edge WebView2, Safari 16.4+, Node); without it, the directory checks
 * stand alone.
 */
export async function checkXlsxParts(bytes: Uint8Array): Promise<BytesProblem | undefined> {
  if (typeof DecompressionStream === "undefined") return undefined;
  try {
    for (const entry of readZipDirectory(bytes).values()) {
      if (entry.method !== 8) continue;
      const data = partData(bytes, entry);
      let size: number;
      try {
        size = await inflatedSize(data, entry.size);
      } catch (e) {
        throw new ZipError({ code: "corrupt", detail: `part ${entry.name}: ${(e as Error).message.split("\n")[0]}` });
      }
      if (size !== entry.size) {
        throw new ZipError({ code: "corrupt", detail: `part ${entry.name} is not the size its directory declares` });
      }
    }
  } catch (e) {
    if (!(e instanceof ZipError)) throw e;
    return zipProblem(e.problem);
  }
  return undefined;
}

export type AgencyFileRead =
  | { ok: true; sheet: RoundSheet }
  | ({ ok: false } & BytesProblem)
  | { ok: false; code: "noTemplate"; sheets: string[] };

/**
 * An agency's file from its bytes (a file input in the pane): its template for the round, or why not. The bytes
 * pass the command line's bounds (checkXlsxBytes, checkXlsxParts) before ExcelJS, which unpacks every part without
 * any, loads them.
 */
export async function readAgencyFile(
  bytes: Uint8Array,
  catalogue: Catalogue,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS
): Promise<AgencyFileRead> {
  const refused = checkXlsxBytes(bytes, limits) ?? (await checkXlsxParts(bytes));
  if (refused) return { ok: false, ...refused };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    const detail = (e as Error).message.split("\n")[0];
    return { ok: false, code: "corrupt", message: both((t) => t.corrupt(detail)) };
  }
  if (workbook.worksheets.length === 0) return { ok: false, code: "notXlsx", message: both((t) => t.notXlsx) };
  for (const worksheet of workbook.worksheets) {
    const sheet = readRoundSheet(gridOf(worksheet), catalogue);
    if (sheet) return { ok: true, sheet };
  }
  return { ok: false, code: "noTemplate", sheets: workbook.worksheets.map((w) => w.name) };
}

/** Bytes as base64, as Excel.createWorkbook takes a file (no Buffer in the browser). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
