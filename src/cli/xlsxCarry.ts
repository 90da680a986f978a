/**
 * What ExcelJS cannot keep when it rewrites a workbook, carried over by hand: each sheet's drawing (charts,
 * shapes, pictures) and its notes (comments with their VML drawing), the add-in's own settings (web
 * extension parts), the custom document properties and the workbook's own ribbon. They are taken out of the package before ExcelJS
 * reads it (so that parts it misreads, as openpyxl names them, cannot crash it) and put back, verbatim, into
 * the package it writes (src/cli/xlsxRestore.ts). What is neither kept nor carried is named, so that a command
 * can say what the copy loses before writing it.
 */

import JSZip from "jszip";
import { numericBooleans } from "./xlsxBooleans";
import {
  closure,
  contentTypes,
  REL_TYPE,
  relsOf,
  relsPath,
  relsXml,
  text,
  typeOf,
  workbookPartOf,
  worksheetParts,
} from "./xlsxPackage";

export { worksheetParts };

/**
 * Relationships of the package root carried over: the add-in's task pane and settings, custom properties, and
 * the workbook's own ribbon (Custom UI, 2007 and 2010 forms). An .xlsx may carry a ribbon too; that its buttons'
 * macro is not in the copy is said by the macro's loss.
 */
const ROOT_CARRIED = [
  "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  REL_TYPE("custom-properties"),
  "http://schemas.microsoft.com/office/2006/relationships/ui/extensibility",
  "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility",
];

/** Something the copy loses: a stable code, and how many parts of that kind the workbook holds. */
export interface CopyLoss {
  code: CopyLossCode;
  count: number;
}

export type CopyLossCode =
  | "pivotTable"
  | "slicer"
  | "externalLink"
  | "threadedComment"
  | "control"
  | "sparkline"
  | "connection"
  | "headerImage"
  | "macro";

/** Parts that ExcelJS drops and that are not carried: the kind of content each content type holds. */
const LOST_TYPES: [RegExp, CopyLossCode][] = [
  [/\.pivotTable\+xml$/, "pivotTable"],
  [/\.(slicer|slicerCache|timeline|timelineCache)\+xml$/, "slicer"],
  [/\.externalLink\+xml$/, "externalLink"],
  [/\.threadedcomments\+xml$/i, "threadedComment"],
  [/(controlproperties|activeX|oleObject)/i, "control"],
  [/(\.connections\+xml|\.queryTable\+xml)$/, "connection"],
  // The VBA project of an .xlsm (and Excel 4 macro sheets): a copy is an .xlsx, so it has no macro.
  [/(vbaProject$|\.macrosheet\+xml$)/i, "macro"],
];

/** Why no copy of a workbook is written at all, whatever the command: a Strict Open XML workbook. */
export type CopyRefusalCode = "strict";

/** Thrown by the writer for a workbook no copy of which would keep what the person had (`Carry.refusal`). */
export class CopyRefused extends Error {
  constructor(readonly code: CopyRefusalCode) {
    super(`no copy can be written: ${code}`);
  }
}

/**
 * Strict Open XML (Excel's "Strict Open XML Spreadsheet") names namespaces and relationship types under this
 * address: ExcelJS reads its cells, but its copy lost every note in silence and kept drawings linked by strict
 * relationship types inside a transitional package (trial 19, F8).
 */
const STRICT = "http://purl.oclc.org/ooxml/";

/** A sheet's element that refers to a carried part: where it stands in CT_Worksheet's order. */
export type Anchor = "drawing" | "legacyDrawing" | null;

export interface CarriedRel {
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
  /** Set when no copy may be written: the writer refuses, the commands say why before writing. */
  refusal?: CopyRefusalCode;
}

/** Elements of a sheet (`<drawing r:id=…/>`, `<legacyDrawing r:id=…/>`), whatever prefix the writer used. */
const ELEMENT = (name: string) => new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(?:/>|>\\s*</(?:\\w+:)?${name}>)`, "g");
const relIdOf = (tag: string) => /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];

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
  const rootRels = await relsOf(zip, "");
  const workbookPart = workbookPartOf(rootRels);
  const workbookXml = (await text(zip, workbookPart)) ?? "";
  if (
    rootRels.some((r) => r.type.startsWith(STRICT)) ||
    /<(?:\w+:)?workbook\b[^>]*"http:\/\/purl\.oclc\.org\/ooxml\//.test(workbookXml)
  )
    carry.refusal = "strict";

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
    zip.file(relsPath(part), relsXml(left, part));
  }
  for (const rel of rootRels) {
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
