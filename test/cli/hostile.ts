/** Hostile .xlsx files made on the fly from a real template (never kept in git): the tests' and the benchmark's. */

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { once } from "events";
import * as zlib from "zlib";
import shipped from "../../assets/catalogues/lang-son-2024.json";
import { addTemplateSheet } from "../../src/cli/xlsx";
import { loadCatalogue, type Catalogue } from "../../src/core";
import { buildTemplate, COLUMNS } from "../../src/template";

export const SHEET = "xl/worksheets/sheet1.xml";

const loaded = loadCatalogue(shipped);
export const catalogue = (loaded.ok ? loaded.catalogue : undefined) as Catalogue;

/** A template workbook with a few figures in `Thực hiện`, as ExcelJS writes it. */
export async function filledTemplate(): Promise<Buffer> {
  const template = buildTemplate(catalogue);
  const actual = COLUMNS.findIndex((c) => c.key === "actual");
  const workbook = new ExcelJS.Workbook();
  const sheet = addTemplateSheet(workbook, template);
  const figures: Record<string, number | string> = { "01": "7,5", "05.1": 2100, "03": 60 };
  template.rowCodes.forEach((code, r) => {
    if (code && figures[code] !== undefined) sheet.getCell(r + 1, actual + 1).value = figures[code];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same workbook with its first sheet's XML rewritten. */
export async function rewriteSheet(xlsx: Buffer, rewrite: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const xml = await (zip.file(SHEET) as JSZip.JSZipObject).async("string");
  zip.file(SHEET, rewrite(xml));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const beforeSheetDataEnd = (rows: string) => (xml: string) => xml.replace("</sheetData>", `${rows}</sheetData>`);

/** The bottom row (1,048,576) holds only a height, as Excel saves it when someone resizes the last row. */
export const bottomRow = (xlsx: Buffer) =>
  rewriteSheet(xlsx, beforeSheetDataEnd('<row r="1048576" ht="30" customHeight="1"/>'));

/** One cell in the sheet's very last cell, XFD1048576. */
export const farCell = (xlsx: Buffer) =>
  rewriteSheet(
    xlsx,
    beforeSheetDataEnd('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>')
  );

/** `count` rows below the template, each with a code the catalogue does not know and a figure. */
export function extraRows(xlsx: Buffer, count: number): Promise<Buffer> {
  return rewriteSheet(xlsx, (xml) => {
    const last = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
    const rows: string[] = [];
    for (let i = 1; i <= count; i++) {
      const r = last + i;
      rows.push(`<row r="${r}"><c r="B${r}" t="inlineStr"><is><t>X${i}</t></is></c><c r="F${r}"><v>${i}</v></c></row>`);
    }
    return beforeSheetDataEnd(rows.join(""))(xml);
  });
}

interface ZipEntry {
  name: string;
  /** Deflated bytes. */
  data: Buffer;
  crc: number;
  size: number;
  /** The uncompressed size the headers declare (a liar declares less than `size`). */
  declared?: number;
}

function record(length: number, fields: [number, 2 | 4, number][]): Buffer {
  const bytes = Buffer.alloc(length);
  for (const [at, width, value] of fields) {
    if (width === 2) bytes.writeUInt16LE(value, at);
    else bytes.writeUInt32LE(value >>> 0, at);
  }
  return bytes;
}

/** A zip of already-deflated entries: lets a test state sizes that lie. */
function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const size = e.declared ?? e.size;
    // [offset, width in bytes, value] of each field: a local header, then its central directory record.
    const local = record(30, [
      [0, 4, 0x04034b50],
      [4, 2, 20],
      [6, 2, 0x0800],
      [8, 2, 8],
      [14, 4, e.crc],
      [18, 4, e.data.length],
      [22, 4, size],
      [26, 2, name.length],
    ]);
    const central = record(46, [
      [0, 4, 0x02014b50],
      [4, 2, 20],
      [6, 2, 20],
      [8, 2, 0x0800],
      [10, 2, 8],
      [16, 4, e.crc],
      [20, 4, e.data.length],
      [24, 4, size],
      [28, 2, name.length],
      [42, 4, offset],
    ]);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = record(22, [
    [0, 4, 0x06054b50],
    [8, 2, entries.length],
    [10, 2, entries.length],
    [12, 4, directory.length],
    [16, 4, offset],
  ]);
  return Buffer.concat([...locals, directory, end]);
}

/** Deflates `head`, then `filler` `times` times, then `tail`, never holding the whole text. */
async function deflateStream(head: string, filler: Buffer, times: number, tail: string): Promise<ZipEntry> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  let crc = 0;
  let size = 0;
  const write = async (chunk: Buffer) => {
    crc = zlib.crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await once(deflate, "drain");
  };
  await write(Buffer.from(head));
  for (let i = 0; i < times; i++) await write(filler);
  await write(Buffer.from(tail));
  deflate.end();
  await once(deflate, "end");
  return { name: SHEET, data: Buffer.concat(out), crc, size };
}

/**
 * A zip bomb: the template whose sheet XML unpacks to about `megabytes` MB (blank space inside its sheet data).
 * With `lie`, the zip's headers declare the sheet's original size.
 */
export async function bomb(xlsx: Buffer, megabytes: number, lie = false): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const entries: ZipEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const content = await file.async("nodebuffer");
    if (file.name === SHEET) {
      const xml = content.toString("utf8");
      const at = xml.indexOf("</sheetData>");
      const entry = await deflateStream(xml.slice(0, at), Buffer.alloc(2 ** 20, " "), megabytes, xml.slice(at));
      entries.push(lie ? { ...entry, declared: content.length } : entry);
    } else {
      entries.push({
        name: file.name,
        data: zlib.deflateRawSync(content),
        crc: zlib.crc32(content),
        size: content.length,
      });
    }
  }
  return zipOf(entries);
}
