/** Puts what a workbook carried (src/cli/xlsxCarry.ts) back into the package ExcelJS wrote, verbatim. */

import JSZip from "jszip";
import * as path from "path";
import type { OutputKind } from "../round";
import { CopyRefused, type Carry } from "./xlsxCarry";
import { markOutput } from "./xlsxOutputMark";
import { restoreSettings } from "./xlsxSettings";
import {
  closure,
  contentTypes,
  esc,
  packageBytes,
  putSheetElement,
  R_NS,
  relativeTarget,
  relsOf,
  relsPath,
  relsXml,
  text,
  typeOf,
  worksheetParts,
} from "./xlsxPackage";

/** A drawing's anchor element in a sheet, which then declares the relationships namespace its `r:id` uses. */
function insertElement(xml: string, anchor: "drawing" | "legacyDrawing", element: string): string {
  const out = putSheetElement(xml, anchor, element);
  if (/<(?:\w+:)?worksheet\b[^>]*xmlns:r=/.test(out)) return out;
  return out.replace(/<((?:\w+:)?worksheet)\b/, `<$1 xmlns:r="${R_NS}"`);
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
  let xml = (await text(zip, file)) ?? relsXml([], source);
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
 * The copy is marked as the round output it is (`kind`).
 */
export async function restoreParts(
  written: Uint8Array,
  carry: Carry,
  sheets: ReadonlySet<string>,
  kind: OutputKind
): Promise<Uint8Array> {
  // Here, where every copy passes, so that no command can write one by forgetting to ask.
  if (carry.refusal) throw new CopyRefused(carry.refusal);
  const wanted = [...carry.sheets].filter(([name]) => sheets.has(name));
  const zip = await JSZip.loadAsync(written);
  await restoreSettings(zip, carry.original, sheets);
  await markOutput(zip, kind, carry.original);
  if (wanted.length === 0 && carry.root.length === 0) return packageBytes(zip);
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
      const moved = rels.map((r) => (r.external ? r : { ...r, target: renamed.get(r.target) ?? r.target }));
      zip.file(relsPath(name), relsXml(moved, name));
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
  return packageBytes(zip);
}
