/**
 * The command line's bounds on an .xlsx file's bytes, for readers that get bytes and no file (the pane's file input):
 * checked before ExcelJS, which unpacks every part without any, loads them. Nothing of Node.
 */

import type { Lang } from "../core";
import { checkPart, XmlError } from "./sheetXml";
import { CLI_STRINGS, type CliStrings } from "./strings";
import { partText } from "./xmlCheck";
import { extnameOf } from "./zipPaths";
import {
  checkEntry,
  DEFAULT_ZIP_LIMITS,
  partData,
  readZipDirectory,
  ZipError,
  type ZipEntry,
  type ZipLimits,
} from "./zip";

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

/**
 * Why a file cannot be read, with the command line's code and message, in both languages; a part or a whole above
 * the size limit also gives its figures (`size`), for a door whose advice differs from the command line's.
 */
export type BytesProblem = {
  code: "empty" | "encrypted" | "xls" | "notXlsx" | "corrupt" | "tooLarge";
  message: Record<Lang, string>;
  size?: { part: string; bytes: number; limit: number };
};

const both = (say: (t: CliStrings) => string): Record<Lang, string> => ({
  vi: say(CLI_STRINGS.vi),
  en: say(CLI_STRINGS.en),
});

/** How much of a file's start is looked at to tell text (a .csv) from other files. */
export const TEXT_SNIFF_BYTES = 4096;

/**
 * Text as programs save a .csv: UTF-16 with its byte-order mark, or bytes (UTF-8 or any 8-bit encoding) without
 * NUL and with hardly any control characters besides tabs and line ends.
 */
export function isText(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return true;
  }
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control <= bytes.length / 100;
}

/** A name's extension as the command line says it (".csv"), lower case; "" without one. */
const extensionOf = (name: string) => extnameOf(name).toLowerCase();

/**
 * The command line's bounds on bytes before any reader without bounds (ExcelJS) gets them: not empty, not an OLE
 * file, not text (a .csv picked by mistake, said as such with `name`'s extension), a zip whose directory declares no
 * part and no total above the limits and no part compressed beyond the ratio limit, with a workbook in it. Reads
 * only the zip directory, so it needs no inflater (the browser has no synchronous one).
 */
export function checkXlsxBytes(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  name = ""
): BytesProblem | undefined {
  const sniffed = sniffBytes(bytes);
  if (sniffed === "empty") return { code: "empty", message: both((t) => t.emptyFile) };
  if (sniffed === "encrypted") return { code: "encrypted", message: both((t) => t.encrypted) };
  if (sniffed === "xls") return { code: "xls", message: both((t) => t.inputProblem("xls")) };
  if (sniffed === "notXlsx") {
    const text = isText(bytes.subarray(0, TEXT_SNIFF_BYTES));
    return { code: "notXlsx", message: both((t) => (text ? t.textFile(extensionOf(name)) : t.notXlsx)) };
  }
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
    // A zip with no workbook part is another kind of document (a .docx renamed, say), not a workbook.
    if (!entries.has("xl/workbook.xml") || !entries.has("xl/_rels/workbook.xml.rels")) {
      return { code: "notXlsx", message: both((t) => t.notXlsx) };
    }
  } catch (e) {
    return refusal(e);
  }
  return undefined;
}

/** A damaged or oversized zip, or a damaged XML part, with the command line's code and message in `t`'s language; undefined for any other error. */
export function damageProblem(
  e: unknown,
  t: CliStrings
): { code: "tooLarge" | "encrypted" | "corrupt"; message: string } | undefined {
  if (e instanceof ZipError) {
    const p = e.problem;
    if (p.code === "tooLarge") return { code: "tooLarge", message: t.tooLarge(p.part, p.bytes, p.limit) };
    if (p.code === "tooCompressed") return { code: "tooLarge", message: t.tooCompressed(p.part, p.ratio, p.limit) };
    if (p.code === "encrypted") return { code: "encrypted", message: t.encrypted };
    // The commonest damage, a file cut short, is said in the person's words; other details are the zip's.
    if (/cut short|no zip directory|outside the file/.test(p.detail)) return { code: "corrupt", message: t.truncated };
    return { code: "corrupt", message: t.corrupt(p.detail) };
  }
  if (e instanceof XmlError) {
    const message = e.damage ? t.brokenPart(e.damage.part, e.damage.kind) : t.corrupt(e.message);
    return { code: "corrupt", message };
  }
  return undefined;
}

/** damageProblem in both languages; any other error is thrown on. */
function refusal(e: unknown): BytesProblem {
  const [vi, en] = [damageProblem(e, CLI_STRINGS.vi), damageProblem(e, CLI_STRINGS.en)];
  if (!vi || !en) throw e;
  const problem: BytesProblem = { code: vi.code, message: { vi: vi.message, en: en.message } };
  if (e instanceof ZipError && e.problem.code === "tooLarge") {
    const { part, bytes, limit } = e.problem;
    problem.size = { part, bytes, limit };
  }
  return problem;
}

/** What raw deflate `data` unpacks to (its bytes when `keep`), stopping once past `maxBytes`; throws on damaged data. */
async function inflated(
  data: Uint8Array,
  maxBytes: number,
  keep: boolean
): Promise<{ size: number; out?: Uint8Array }> {
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
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return { size };
    }
    if (keep) chunks.push(value);
  }
  if (!keep) return { size };
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) out.set(chunk, (offset += chunk.length) - chunk.length);
  return { size, out };
}

/** One part's bytes, unpacked within the size its directory declares; throws ZipError. */
async function partBytes(bytes: Uint8Array, entry: ZipEntry, keep: boolean): Promise<Uint8Array | undefined> {
  const data = partData(bytes, entry);
  if (entry.method === 0) return data.subarray(0, entry.size);
  if (entry.method !== 8)
    throw new ZipError({ code: "corrupt", detail: `part ${entry.name} uses compression method ${entry.method}` });
  let read: { size: number; out?: Uint8Array };
  try {
    read = await inflated(data, entry.size, keep);
  } catch (e) {
    throw new ZipError({ code: "corrupt", detail: `part ${entry.name}: ${(e as Error).message.split("\n")[0]}` });
  }
  if (read.size !== entry.size) {
    throw new ZipError({ code: "corrupt", detail: `part ${entry.name} is not the size its directory declares` });
  }
  return read.out;
}

/**
 * Unpacks every part once, stopping at the size its directory declared, and checks that each XML part is whole, as
 * the command line does before ExcelJS: a part that declares a small size and unpacks to gigabytes is refused here,
 * not by ExcelJS running out of memory, and a sheet cut in half is not read as if whole. `look` sees each XML part's
 * text (to learn what ExcelJS forgets). Needs DecompressionStream (Chromium, Edge WebView2, Safari 16.4+, Node);
 * without it, the directory checks stand alone.
 */
export async function checkXlsxParts(
  bytes: Uint8Array,
  look?: (part: string, xml: string) => void
): Promise<BytesProblem | undefined> {
  if (typeof DecompressionStream === "undefined") return undefined;
  try {
    for (const entry of readZipDirectory(bytes).values()) {
      if (entry.name.endsWith("/")) continue;
      const xml = /\.(xml|rels)$/i.test(entry.name);
      const data = await partBytes(bytes, entry, xml);
      if (!xml || !data) continue;
      const text = partText(data);
      checkPart(text, entry.name);
      look?.(entry.name, text);
    }
  } catch (e) {
    return refusal(e);
  }
  return undefined;
}
