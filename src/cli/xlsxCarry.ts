/**
 * What ExcelJS cannot keep when it rewrites a workbook, carried over by hand: each sheet's drawing (charts,
 * shapes, pictures) and its notes (comments with their VML drawing), the add-in's own settings (web
 * extension parts) and the custom document properties. They are taken out of the package before ExcelJS
 * reads it (so that parts it misreads, as openpyxl names them, cannot crash it) and put back, verbatim, into
 * the package it writes. What is neither kept nor carried is named, so that a command can say what the copy
 * loses before writing it.
 */

import JSZip from "jszip";
import * as path from "path";
import { numericBooleans } from "./xlsxBooleans";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_TYPE = (name: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name}`;

/** Relationships of the package root carried over: the add-in's task pane and settings, custom properties. */
const ROOT_CARRIED = [
  "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  REL_TYPE("custom-properties"),
];

/** Something the copy loses: a stable code, and how many parts of that kind the workbook holds. */
export interface CopyLoss {
  code: CopyLossCode;
  count: number;
}

export type CopyLossCode =
  "pivotTable" | "slicer" | "externalLink" | "threadedComment" | "control" | "sparkline" | "connection" | "headerImage";

/** Parts that ExcelJS drops and that are not carried: the kind of content each content type holds. */
const LOST_TYPES: [RegExp, CopyLossCode][] = [
  [/\.pivotTable\+xml$/, "pivotTable"],
  [/\.(slicer|slicerCache|timeline|timelineCache)\+xml$/, "slicer"],
  [/\.externalLink\+xml$/, "externalLink"],
  [/\.threadedcomments\+xml$/i, "threadedComment"],
  [/(controlproperties|activeX|oleObject)/i, "control"],
  [/(\.connections\+xml|\.queryTable\+xml)$/, "connection"],
];

interface Relationship {
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
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decode(m[2] ?? m[3]) : undefined;
};

/** The relationships part of a part: xl/worksheets/_rels/sheet1.xml.rels for xl/worksheets/sheet1.xml. */
export function relsPath(part: string): string {
  const dir = path.posix.dirname(part);
  return `${dir === "." ? "" : `${dir}/`}_rels/${path.posix.basename(part)}.rels`;
}

/** A target as a package path: absolute (`/xl/…`, as openpyxl writes) or relative to the source part's folder. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const dir = path.posix.dirname(source);
  return path.posix.normalize(path.posix.join(dir === "." ? "" : dir, target));
}

function relativeTarget(source: string, part: string): string {
  const dir = path.posix.dirname(source);
  return path.posix.relative(dir === "." ? "" : dir, part);
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

async function text(zip: JSZip, part: string): Promise<string | undefined> {
  return zip.file(part)?.async("string");
}

async function relsOf(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await text(zip, relsPath(part));
  return xml === undefined ? [] : parseRels(xml, part);
}

/** Every worksheet of a package: its name and its part, from the workbook and its relationships. */
export async function worksheetParts(zip: JSZip): Promise<{ name: string; part: string }[]> {
  const workbookPart =
    (await relsOf(zip, "")).find((r) => r.type === REL_TYPE("officeDocument"))?.target ?? "xl/workbook.xml";
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

/** A sheet's element that refers to a carried part: where it stands in CT_Worksheet's order. */
type Anchor = "drawing" | "legacyDrawing" | null;

interface CarriedRel {
  type: string;
  target: string;
  anchor: Anchor;
}

/** What one workbook carries: the original package, and by sheet name the relationships to put back. */
export interface Carry {
  original: JSZip;
  sheets: Map<string, CarriedRel[]>;
  root: CarriedRel[];
  losses: CopyLoss[];
}

/** The parts a part leads to, itself included, through relationships inside the package. */
async function closure(zip: JSZip, start: string, into: Set<string>): Promise<void> {
  if (into.has(start) || !zip.file(start)) return;
  into.add(start);
  for (const rel of await relsOf(zip, start)) if (!rel.external) await closure(zip, rel.target, into);
}

/** Elements of a sheet (`<drawing r:id=…/>`, `<legacyDrawing r:id=…/>`), whatever prefix the writer used. */
const ELEMENT = (name: string) => new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(?:/>|>\\s*</(?:\\w+:)?${name}>)`, "g");
const relIdOf = (tag: string) => /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];

function contentTypes(xml: string): { defaults: Map<string, string>; overrides: Map<string, string> } {
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

function typeOf(types: ReturnType<typeof contentTypes>, part: string): string | undefined {
  return types.overrides.get(part.toLowerCase()) ?? types.defaults.get(path.posix.extname(part).slice(1).toLowerCase());
}

/**
 * Takes what ExcelJS would drop or misread out of a package: returns the package for ExcelJS to read and what
 * to put back after it writes. A package this cannot make sense of is returned as it is, with nothing carried.
 */
export async function preparePackage(bytes: Uint8Array): Promise<{ forExcelJs: Uint8Array; carry: Carry }> {
  const zip = await JSZip.loadAsync(bytes);
  const original = await JSZip.loadAsync(bytes);
  const types = contentTypes((await text(zip, "[Content_Types].xml")) ?? "");
  const carry: Carry = { original, sheets: new Map(), root: [], losses: [] };
  const removed = new Set<string>();
  // Parts still referenced by what ExcelJS keeps (a sheet's background picture, say) stay in its package.
  const kept = new Set<string>();

  for (const { name, part } of await worksheetParts(zip)) {
    let xml = await text(zip, part);
    if (xml === undefined) continue;
    const numeric = numericBooleans(xml);
    if (numeric !== xml) zip.file(part, (xml = numeric));
    const rels = await relsOf(zip, part);
    const carried: CarriedRel[] = [];
    const carriedIds = new Set<string>();
    for (const [element, anchor] of [
      ["drawing", "drawing"],
      ["legacyDrawing", "legacyDrawing"],
    ] as const) {
      xml = xml.replace(ELEMENT(element), (tag) => {
        const rel = rels.find((r) => r.id === relIdOf(tag));
        if (!rel || rel.external) return tag;
        carried.push({ type: rel.type, target: rel.target, anchor });
        carriedIds.add(rel.id);
        return "";
      });
    }
    // Notes: the comments part has no element of its own; it goes with the VML drawing that shows it.
    for (const rel of rels) {
      if (rel.type === REL_TYPE("comments") && !rel.external) {
        carried.push({ type: rel.type, target: rel.target, anchor: null });
        carriedIds.add(rel.id);
      }
    }
    if (/<(?:\w+:)?sparklineGroups\b/.test(xml)) addLoss(carry.losses, "sparkline", 1);
    if (/<(?:\w+:)?legacyDrawingHF\b/.test(xml)) addLoss(carry.losses, "headerImage", 1);
    if (carried.length === 0) continue;
    carry.sheets.set(name, carried);
    for (const rel of carried) await closure(zip, rel.target, removed);
    for (const rel of rels) if (!carriedIds.has(rel.id) && !rel.external) kept.add(rel.target);
    const left = rels.filter((r) => !carriedIds.has(r.id));
    zip.file(part, xml);
    zip.file(
      relsPath(part),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">` +
        left
          .map(
            (r) =>
              `<Relationship Id="${esc(r.id)}" Type="${esc(r.type)}" Target="${esc(r.external ? r.target : relativeTarget(part, r.target))}"${r.external ? ' TargetMode="External"' : ""}/>`
          )
          .join("") +
        `</Relationships>`
    );
  }
  for (const rel of await relsOf(zip, "")) {
    if (ROOT_CARRIED.includes(rel.type) && !rel.external && zip.file(rel.target)) {
      carry.root.push({ type: rel.type, target: rel.target, anchor: null });
    }
  }
  for (const part of removed) if (!kept.has(part)) zip.remove(part);
  // Parts nothing carries that ExcelJS drops: named, so that the command can warn.
  zip.forEach((part) => {
    const type = typeOf(types, part) ?? "";
    const lost = LOST_TYPES.find(([pattern]) => pattern.test(type));
    if (lost) addLoss(carry.losses, lost[1], 1);
  });
  // ExcelJS reads every part named like a drawing or notes, referenced or not: an unreferenced one in a
  // form it misreads (openpyxl's) would still crash it, and it would not be written back anyway.
  zip.forEach((part) => {
    if (/^xl\/(drawings\/|comments)/i.test(part) && !referencedByKept(part, kept)) zip.remove(part);
  });
  const forExcelJs = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { forExcelJs, carry };
}

const referencedByKept = (part: string, kept: Set<string>) =>
  kept.has(part) || [...kept].some((k) => relsPath(k) === part);

function addLoss(losses: CopyLoss[], code: CopyLossCode, count: number): void {
  const known = losses.find((l) => l.code === code);
  if (known) known.count += count;
  else losses.push({ code, count });
}

/** Elements that follow each anchor in CT_Worksheet: the anchor goes before the first of them present. */
const FOLLOWING: Record<"drawing" | "legacyDrawing", string[]> = {
  drawing: ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls"],
  legacyDrawing: ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls"],
};
const ALWAYS_AFTER = ["webPublishItems", "tableParts", "extLst"];
/** Elements that come before the anchors: the search for a following element starts after the last of them. */
const PRECEDING = [
  "sheetData",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "ignoredErrors",
];

function insertElement(xml: string, anchor: "drawing" | "legacyDrawing", element: string): string {
  let floor = 0;
  for (const name of PRECEDING) {
    const close = xml.lastIndexOf(`</${name}>`);
    const open = xml.lastIndexOf(`<${name}`);
    const end = close >= 0 ? close + name.length + 3 : open >= 0 ? xml.indexOf(">", open) + 1 : 0;
    floor = Math.max(floor, end);
  }
  const positions = [...FOLLOWING[anchor], ...ALWAYS_AFTER]
    .map((name) => {
      const m = new RegExp(`<(?:\\w+:)?${name}\\b`).exec(xml.slice(floor));
      return m ? floor + m.index : -1;
    })
    .filter((i) => i >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : xml.lastIndexOf("</");
  let out = `${xml.slice(0, at)}${element}${xml.slice(at)}`;
  if (!/<(?:\w+:)?worksheet\b[^>]*xmlns:r=/.test(out))
    out = out.replace(/<((?:\w+:)?worksheet)\b/, `<$1 xmlns:r="${R_NS}"`);
  return out;
}

/** A part name free in `zip`: the original one, or the same with the next number (chart3.xml after chart2.xml). */
function freeName(zip: JSZip, part: string, taken: Set<string>): string {
  const isFree = (p: string) => !zip.file(p) && !taken.has(p.toLowerCase());
  if (isFree(part)) return part;
  const ext = path.posix.extname(part);
  const stem = part.slice(0, part.length - ext.length).replace(/\d+$/, "");
  for (let n = 1; ; n++) if (isFree(`${stem}${n}${ext}`)) return `${stem}${n}${ext}`;
}

async function appendRels(zip: JSZip, source: string, rels: { type: string; target: string }[]): Promise<string[]> {
  const file = relsPath(source);
  let xml =
    (await text(zip, file)) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  const ids: string[] = [];
  let n = 1;
  for (const rel of rels) {
    while (xml.includes(`Id="rIdCarried${n}"`)) n++;
    const id = `rIdCarried${n}`;
    ids.push(id);
    xml = xml.replace(
      /<\/(\w+:)?Relationships>\s*$/,
      (close) =>
        `<Relationship Id="${id}" Type="${esc(rel.type)}" Target="${esc(relativeTarget(source, rel.target))}"/>${close}`
    );
  }
  zip.file(file, xml);
  return ids;
}

/**
 * Puts the carried parts back into the package ExcelJS wrote, into the sheets named `sheets` (a sheet that was
 * replaced, as an earlier report is, gets nothing back). Part names that ExcelJS already used are renumbered.
 */
export async function restoreParts(
  written: Uint8Array,
  carry: Carry,
  sheets: ReadonlySet<string>
): Promise<Uint8Array> {
  const wanted = [...carry.sheets].filter(([name]) => sheets.has(name));
  if (wanted.length === 0 && carry.root.length === 0) return written;
  const zip = await JSZip.loadAsync(written);
  const { original } = carry;
  const originalTypes = contentTypes((await text(original, "[Content_Types].xml")) ?? "");
  const parts = new Set<string>();
  for (const [, rels] of wanted) for (const rel of rels) await closure(original, rel.target, parts);
  for (const rel of carry.root) await closure(original, rel.target, parts);
  // New names first, then every copied part's relationships rewritten to them.
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  for (const part of parts) {
    const name = freeName(zip, part, taken);
    taken.add(name.toLowerCase());
    renamed.set(part, name);
  }
  let types = (await text(zip, "[Content_Types].xml")) ?? "";
  const overrides: string[] = [];
  for (const part of parts) {
    const name = renamed.get(part) as string;
    zip.file(name, (await original.file(part)?.async("uint8array")) ?? new Uint8Array());
    const rels = await relsOf(original, part);
    if (rels.length > 0) {
      const xml =
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">` +
        rels
          .map((r) => {
            const target = r.external ? r.target : relativeTarget(name, renamed.get(r.target) ?? r.target);
            return `<Relationship Id="${esc(r.id)}" Type="${esc(r.type)}" Target="${esc(target)}"${r.external ? ' TargetMode="External"' : ""}/>`;
          })
          .join("") +
        `</Relationships>`;
      zip.file(relsPath(name), xml);
    }
    const type = typeOf(originalTypes, part);
    if (type && !types.includes(`PartName="/${name}"`))
      overrides.push(`<Override PartName="/${esc(name)}" ContentType="${esc(type)}"/>`);
  }
  types = types.replace(/<\/(\w+:)?Types>\s*$/, (close) => `${overrides.join("")}${close}`);
  zip.file("[Content_Types].xml", types);

  const writtenSheets = new Map((await worksheetParts(zip)).map((s) => [s.name, s.part]));
  for (const [name, rels] of wanted) {
    const part = writtenSheets.get(name);
    const xml = part && (await text(zip, part));
    if (!part || xml === undefined) continue;
    const ids = await appendRels(
      zip,
      part,
      rels.map((r) => ({ type: r.type, target: renamed.get(r.target) ?? r.target }))
    );
    let sheet = xml;
    rels.forEach((rel, i) => {
      if (rel.anchor === null) return;
      // One drawing and one legacy drawing a sheet: ExcelJS wrote none, having been given none.
      if (new RegExp(`<(?:\\w+:)?${rel.anchor}\\b`).test(sheet)) return;
      sheet = insertElement(sheet, rel.anchor, `<${rel.anchor} r:id="${ids[i]}"/>`);
    });
    zip.file(part, sheet);
  }
  if (carry.root.length > 0) {
    await appendRels(
      zip,
      "",
      carry.root.map((r) => ({ type: r.type, target: renamed.get(r.target) ?? r.target }))
    );
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
