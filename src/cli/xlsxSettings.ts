/**
 * Settings ExcelJS rewrites wrongly, put back from the original XML into the package it wrote: each sheet's
 * protection (its password hash and the actions it allows), the workbook's protection, and names scoped to
 * one sheet (ExcelJS made them workbook-wide). Without this a copy unlocked what the person had locked.
 */

import type JSZip from "jszip";
import { attr, relsOf, text, worksheetParts } from "./xlsxPackage";

/** A self-closing element of that name, whatever prefix the writer used. */
const EMPTY_ELEMENT = (name: string) => new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(?:/>|>\\s*</(?:\\w+:)?${name}>)`);
const DEFINED_NAME = /<(?:\w+:)?definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedName>)/g;
/** The element as the copy writes it: unprefixed, since the copy's default namespace is SpreadsheetML. */
const unprefixed = (element: string) => element.replace(/^<\w+:/, "<").replace(/<\/\w+:/g, "</");

/** `element` in place of the one `xml` holds, or inserted before the first of `before` (or after `after`). */
function putElement(xml: string, name: string, element: string, place: { after?: RegExp; before?: string[] }): string {
  const existing = EMPTY_ELEMENT(name).exec(xml);
  if (existing) return xml.replace(existing[0], () => element);
  if (place.after) {
    const m = place.after.exec(xml);
    if (m) return `${xml.slice(0, m.index + m[0].length)}${element}${xml.slice(m.index + m[0].length)}`;
  }
  for (const next of place.before ?? []) {
    const at = new RegExp(`<(?:\\w+:)?${next}\\b`).exec(xml)?.index;
    if (at !== undefined) return `${xml.slice(0, at)}${element}${xml.slice(at)}`;
  }
  return xml;
}

/** Puts the original's protections and sheet-scoped names into `zip`, for the sheets named `sheets`. */
export async function restoreSettings(zip: JSZip, original: JSZip, sheets: ReadonlySet<string>): Promise<boolean> {
  let changed = false;
  const before = await worksheetParts(original);
  const after = await worksheetParts(zip);
  for (const { name, part } of before) {
    const written = after.find((s) => s.name === name);
    const protection = EMPTY_ELEMENT("sheetProtection").exec((await text(original, part)) ?? "")?.[0];
    const xml = written && sheets.has(name) ? await text(zip, written.part) : undefined;
    if (!protection || !written || xml === undefined) continue;
    // CT_Worksheet: sheetData, sheetCalcPr, then sheetProtection.
    const anchor = /<(?:\w+:)?sheetCalcPr\b[^>]*\/>|<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*\/>/;
    zip.file(written.part, putElement(xml, "sheetProtection", unprefixed(protection), { after: anchor }));
    changed = true;
  }
  const originalBook = (await text(original, await workbookPart(original))) ?? "";
  const part = await workbookPart(zip);
  const writtenBook = (await text(zip, part)) ?? "";
  let book = writtenBook;
  const lock = EMPTY_ELEMENT("workbookProtection").exec(originalBook)?.[0];
  // CT_Workbook: fileVersion, fileSharing, workbookPr, workbookProtection, bookViews, sheets…
  if (lock) book = putElement(book, "workbookProtection", unprefixed(lock), { before: ["bookViews", "sheets"] });
  book = scopedNames(book, originalBook, before, after);
  if (book === writtenBook) return changed;
  zip.file(part, book);
  return true;
}

async function workbookPart(zip: JSZip): Promise<string> {
  return (await relsOf(zip, "")).find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
}

/**
 * The names the original scoped to a sheet (`localSheetId`), each with its sheet's place in the copy: every
 * name of that name the copy wrote is replaced by the original's, as written there.
 */
function scopedNames(
  book: string,
  originalBook: string,
  before: { name: string }[],
  after: { name: string }[]
): string {
  const originals = originalBook.match(DEFINED_NAME) ?? [];
  const scoped = new Set(
    originals
      .filter((d) => attr(d, "localSheetId") !== undefined)
      .map((d) => attr(d, "name") ?? "")
      .filter((n) => n && !n.startsWith("_xlnm."))
  );
  if (scoped.size === 0) return book;
  const restored = originals.flatMap((d) => {
    if (!scoped.has(attr(d, "name") ?? "")) return [];
    const local = attr(d, "localSheetId");
    if (local === undefined) return [unprefixed(d)];
    const index = after.findIndex((s) => s.name === before[Number(local)]?.name);
    // A name whose sheet the copy no longer has goes with it, as in Excel when a sheet is deleted.
    if (index < 0) return [];
    return [unprefixed(d).replace(/\slocalSheetId\s*=\s*("[^"]*"|'[^']*')/, ` localSheetId="${index}"`)];
  });
  const kept = book.replace(DEFINED_NAME, (d) => (scoped.has(attr(d, "name") ?? "") ? "" : d));
  if (/<(?:\w+:)?definedNames\b[^>]*>/.test(kept))
    return kept.replace(/<\/(?:\w+:)?definedNames>/, (close) => `${restored.join("")}${close}`);
  return kept.replace(/<\/(?:\w+:)?sheets>/, (close) => `${close}<definedNames>${restored.join("")}</definedNames>`);
}
