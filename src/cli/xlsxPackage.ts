/** Reading an .xlsx package (OPC): its parts, their relationships and content types, and its worksheets by name. */

import JSZip from "jszip";
import { basenameOf, dirnameOf, extnameOf, joinPath, relativePath } from "./zipPaths";

export const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = (name: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name}`;

export interface Relationship {
  id: string;
  type: string;
  /** The part it leads to, as a path inside the package (no leading slash), or the external address. */
  target: string;
  external: boolean;
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
export const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
export const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decode(m[2] ?? m[3]) : undefined;
};

/** The relationships part of a part: xl/worksheets/_rels/sheet1.xml.rels for xl/worksheets/sheet1.xml. */
export function relsPath(part: string): string {
  const dir = dirnameOf(part);
  return `${dir === "." ? "" : `${dir}/`}_rels/${basenameOf(part)}.rels`;
}

/** A target as a package path: absolute (`/xl/…`, as openpyxl writes) or relative to the source part's folder. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const dir = dirnameOf(source);
  return joinPath(dir === "." ? "" : dir, target);
}

export function relativeTarget(source: string, part: string): string {
  const dir = dirnameOf(source);
  return relativePath(dir === "." ? "" : dir, part);
}

function parseRels(xml: string, source: string): Relationship[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => {
    const external = attr(m[0], "TargetMode") === "External";
    const target = attr(m[0], "Target") ?? "";
    return {
      id: attr(m[0], "Id") ?? "",
      type: attr(m[0], "Type") ?? "",
      target: external ? target : resolveTarget(source, target),
      external,
    };
  });
}

export async function text(zip: JSZip, part: string): Promise<string | undefined> {
  return zip.file(part)?.async("string");
}

export async function relsOf(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await text(zip, relsPath(part));
  return xml === undefined ? [] : parseRels(xml, part);
}

/** The package's workbook part, as its root relationships name it (transitional or strict). */
export function workbookPartOf(rootRels: readonly Relationship[]): string {
  return rootRels.find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
}

/** Every worksheet of a package: its name and its part, from the workbook and its relationships. */
export async function worksheetParts(zip: JSZip): Promise<{ name: string; part: string }[]> {
  const workbookPart = workbookPartOf(await relsOf(zip, ""));
  const workbook = (await text(zip, workbookPart)) ?? "";
  const rels = await relsOf(zip, workbookPart);
  const sheets: { name: string; part: string }[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const id = /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    const rel = rels.find((r) => r.id === id);
    if (name !== undefined && rel && !rel.external) sheets.push({ name, part: rel.target });
  }
  return sheets;
}

/** The parts a part leads to, itself included, through relationships inside the package. */
export async function closure(zip: JSZip, start: string, into: Set<string>): Promise<void> {
  if (into.has(start) || !zip.file(start)) return;
  into.add(start);
  for (const rel of await relsOf(zip, start)) if (!rel.external) await closure(zip, rel.target, into);
}

export function contentTypes(xml: string): { defaults: Map<string, string>; overrides: Map<string, string> } {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?Default\b[^>]*>/g)) {
    const ext = attr(m[0], "Extension");
    const type = attr(m[0], "ContentType");
    if (ext && type) defaults.set(ext.toLowerCase(), type);
  }
  for (const m of xml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    const part = attr(m[0], "PartName");
    const type = attr(m[0], "ContentType");
    if (part && type) overrides.set(part.replace(/^\//, "").toLowerCase(), type);
  }
  return { defaults, overrides };
}

export function typeOf(types: ReturnType<typeof contentTypes>, part: string): string | undefined {
  return types.overrides.get(part.toLowerCase()) ?? types.defaults.get(extnameOf(part).slice(1).toLowerCase());
}

/** A relationships part holding `rels`, written for the part `source` (targets relative to its folder). */
export function relsXml(rels: readonly Relationship[], source: string): string {
  const line = (r: Relationship) => {
    const target = r.external ? r.target : relativeTarget(source, r.target);
    const mode = r.external ? ' TargetMode="External"' : "";
    return `<Relationship Id="${esc(r.id)}" Type="${esc(r.type)}" Target="${esc(target)}"${mode}/>`;
  };
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${rels.map(line).join("")}</Relationships>`;
}

/** CT_Worksheet's children in the order the schema requires them (Excel refuses a sheet that breaks it). */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** An element of that name, empty or with its content, whatever prefix the writer used. */
export const ELEMENT = (name: string, flags = "") =>
  new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${name}>)`, flags);

/**
 * A child of a sheet's root element, named in the sheet's own namespace (the root's prefix, if any): never an
 * element of that name inside another one (Excel 2010's `<x14:dataValidations>` inside `<extLst>`).
 */
export function sheetElement(xml: string, name: string): RegExpExecArray | null {
  const prefix = /<(?:(\w+):)?worksheet\b/.exec(xml)?.[1];
  const tag = prefix ? `${prefix}:${name}` : name;
  return new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`).exec(xml);
}

/** Where the cells end: elements after them are searched for from there, the cells being most of a sheet. */
function cellsEnd(xml: string): number {
  const m = /<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*\/>/.exec(xml);
  return m ? m.index + m[0].length : 0;
}

/**
 * A sheet's XML with `element` (a child of CT_Worksheet named `name`) in place of the one it holds, or inserted
 * where the schema puts it: after the elements that must come before it, before the first that must follow it
 * (else before the sheet's end). Elements inside others (a rule's `<extLst>`) come before that floor.
 */
export function putSheetElement(xml: string, name: string, element: string): string {
  const existing = sheetElement(xml, name);
  if (existing) return `${xml.slice(0, existing.index)}${element}${xml.slice(existing.index + existing[0].length)}`;
  const order = WORKSHEET_ORDER.indexOf(name);
  const start = cellsEnd(xml);
  const tail = xml.slice(start);
  let floor = 0;
  for (const earlier of WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf("sheetData") + 1, order)) {
    for (const m of tail.matchAll(ELEMENT(earlier, "g"))) floor = Math.max(floor, m.index + m[0].length);
  }
  const positions = WORKSHEET_ORDER.slice(order + 1)
    .map((next) => new RegExp(`<(?:\\w+:)?${next}\\b`).exec(tail.slice(floor))?.index ?? -1)
    .filter((i) => i >= 0);
  const end = tail.search(/<\/(?:\w+:)?worksheet>\s*$/);
  const at = positions.length > 0 ? floor + Math.min(...positions) : end;
  return at < 0 ? xml : `${xml.slice(0, start + at)}${element}${xml.slice(start + at)}`;
}

/** A defined name of workbook.xml, whole (`<definedName name="…">…</definedName>`). */
export const DEFINED_NAME = /<(?:\w+:)?definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedName>)/g;

/** The workbook part with `names` added to its definedNames, created where CT_Workbook puts it (after sheets) if need be. */
export function addDefinedNames(book: string, names: readonly string[]): string {
  if (/<(?:\w+:)?definedNames\b[^>]*>/.test(book))
    return book.replace(/<\/(?:\w+:)?definedNames>/, (close) => `${names.join("")}${close}`);
  return book.replace(/<\/(?:\w+:)?sheets>/, (close) => `${close}<definedNames>${names.join("")}</definedNames>`);
}

/**
 * The package as bytes, as Excel writes one: without the empty folder entries (`xl/`, `xl/charts/`) that
 * JSZip adds for every part it is given, which the person's file did not have and some readers check.
 */
export function packageBytes(zip: JSZip): Promise<Uint8Array> {
  for (const entry of Object.values(zip.files)) if (entry.dir) delete zip.files[entry.name];
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
