/**
 * Reads and edits .xlsx files without ExcelJS: jszip and the sheet XML, as another program would.
 * The round's tests use it to check what `split` and `merge` wrote and to edit agencies' files.
 */

import { XMLParser } from "fast-xml-parser";
import * as fs from "fs";
import JSZip from "jszip";

export type XmlCell = string | number;

const parser = new XMLParser({
  parseTagValue: false,
  trimValues: false,
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["c", "row", "si", "sheet", "definedName", "r"].includes(name),
});

const text = (node: unknown): string => {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(text).join("");
  const n = node as Record<string, unknown>;
  if ("#text" in n) return String(n["#text"]);
  if ("t" in n) return text(n.t);
  if ("r" in n) return text(n.r);
  return "";
};

async function sheetPath(
  zip: JSZip,
  name?: string
): Promise<{ path: string; names: { name: string; ref: string }[]; sheets: string[] }> {
  const workbook = parser.parse(await zip.file("xl/workbook.xml")!.async("string")).workbook;
  const rels = parser.parse(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).Relationships.Relationship;
  const relList = Array.isArray(rels) ? rels : [rels];
  const sheets = workbook.sheets.sheet as Record<string, string>[];
  const sheet = name === undefined ? sheets[0] : sheets.find((s) => s["@name"] === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const target = relList.find((r: Record<string, string>) => r["@Id"] === sheet["@r:id"])["@Target"] as string;
  const names = ((workbook.definedNames?.definedName ?? []) as Record<string, string>[]).map((d) => ({
    name: d["@name"],
    ref: text(d),
  }));
  return { path: `xl/${target.replace(/^\/?xl\//, "")}`, names, sheets: sheets.map((s) => s["@name"]) };
}

/** Every cell of a sheet (the first unless named) by its A1 address, shared and inline strings resolved; and the defined names. */
export async function readXlsx(
  file: string,
  sheetName?: string
): Promise<{ cells: Map<string, XmlCell>; names: { name: string; ref: string }[]; sheets: string[] }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const shared = zip.file("xl/sharedStrings.xml");
  const strings: string[] = shared
    ? ((parser.parse(await shared.async("string")).sst.si ?? []) as unknown[]).map(text)
    : [];
  const { path, names, sheets } = await sheetPath(zip, sheetName);
  const xml = parser.parse(await zip.file(path)!.async("string"));
  const cells = new Map<string, XmlCell>();
  for (const row of xml.worksheet.sheetData?.row ?? []) {
    for (const c of row.c ?? []) {
      const type = c["@t"];
      let value: XmlCell | undefined;
      if (type === "s") value = strings[Number(text(c.v))];
      else if (type === "inlineStr") value = text(c.is);
      else if (type === "str") value = text(c.v);
      else if (c.v !== undefined) value = Number(text(c.v));
      if (value !== undefined && value !== "") cells.set(c["@r"], value);
    }
  }
  return { cells, names, sheets };
}

/** The 1-based row of the sheet whose column holds `code` (the template's `Mã`). */
export function rowOfCode(cells: Map<string, XmlCell>, code: string, column = "B"): number {
  for (const [address, value] of cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (m && m[1] === column && value === code) return Number(m[2]);
  }
  throw new Error(`no row ${code}`);
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Sets cells of the first sheet by rewriting its XML: numbers as numbers, text as inline strings; styles kept. */
export async function editXlsx(file: string, edits: Record<string, XmlCell>): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const { path } = await sheetPath(zip);
  let xml = await zip.file(path)!.async("string");
  for (const [address, value] of Object.entries(edits)) {
    const pattern = new RegExp(`<c r="${address}"([^>]*?)(/>|>[\\s\\S]*?</c>)`);
    const match = pattern.exec(xml);
    if (!match) throw new Error(`no cell ${address} in the sheet XML`);
    const style = /\ss="\d+"/.exec(match[1])?.[0] ?? "";
    const cell =
      typeof value === "number"
        ? `<c r="${address}"${style}><v>${value}</v></c>`
        : `<c r="${address}"${style} t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
    xml = xml.replace(pattern, cell);
  }
  zip.file(path, xml);
  // Excel would recompute; a stale calculation chain must not survive an edit.
  zip.remove("xl/calcChain.xml");
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Types figures into one column of a template file, each on the row of its code, as staff type them. */
export async function typeByCode(file: string, column: string, figures: [string, XmlCell][], codeColumn = "B") {
  const { cells } = await readXlsx(file);
  await editXlsx(
    file,
    Object.fromEntries(figures.map(([code, v]) => [`${column}${rowOfCode(cells, code, codeColumn)}`, v]))
  );
}
