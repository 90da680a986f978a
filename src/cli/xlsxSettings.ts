/**
 * Settings ExcelJS rewrites wrongly, put back from the original XML into the package it wrote: each sheet's
 * protection (its password hash and the actions it allows), its edit ranges ("Allow Edit Ranges") and its data
 * validations, the workbook's protection, and names scoped to one sheet (ExcelJS made them workbook-wide).
 * Without this a copy unlocked what the person had locked, and wrote each list back twice over overlapping areas
 * (E10:E20 + E2:E20, trial 19, F3), a rule bounded by a cell (`$M$1`) as NaN, and lost Excel 2010's lists.
 */

import type JSZip from "jszip";
import {
  addDefinedNames,
  attr,
  DEFINED_NAME,
  ELEMENT,
  putSheetElement,
  relsOf,
  sheetElement,
  text,
  workbookPartOf,
  worksheetParts,
} from "./xlsxPackage";

/**
 * A sheet's elements put back as the person's file has them. The tool writes none of them into a sheet it keeps
 * (its own validations go only into a template sheet it adds), so the original's are the sheet's.
 */
const SHEET_SETTINGS = ["sheetProtection", "protectedRanges", "dataValidations"];

/** Excel 2010's validations (a list taken from another sheet), kept in the sheet's extLst, which ExcelJS drops. */
const SHEET_EXTENSIONS = ["{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"];
const EXT = /<(?:\w+:)?ext\b[^>]*>[\s\S]*?<\/(?:\w+:)?ext>/g;
const uriOf = (ext: string) => attr(ext.slice(0, ext.indexOf(">") + 1), "uri");

/**
 * The original's extension of that URI, unprefixed, declaring every prefix it uses that the original declared
 * on its root (Excel declares `xm` there): the copy's root, written by ExcelJS, may not.
 */
function extensionOf(original: string, uri: string): string | undefined {
  const list = sheetElement(original, "extLst")?.[0] ?? "";
  const found = [...list.matchAll(EXT)].find((m) => uriOf(m[0]) === uri)?.[0];
  if (!found) return undefined;
  const ext = unprefixed(found);
  const declared = new Set([...ext.matchAll(/\sxmlns:(\w+)\s*=/g)].map((m) => m[1]));
  const root = /<(?:\w+:)?worksheet\b[^>]*>/.exec(original)?.[0] ?? "";
  const used = new Set([...ext.matchAll(/<\/?(\w+):|\s(\w+):\w+\s*=/g)].map((m) => m[1] ?? m[2]));
  const declarations = [...used]
    .filter((prefix) => prefix !== "xmlns" && prefix !== "xml" && !declared.has(prefix))
    .map((prefix) => new RegExp(`\\sxmlns:${prefix}\\s*=\\s*("[^"]*"|'[^']*')`).exec(root)?.[0] ?? "")
    .join("");
  return ext.replace(/^<ext\b/, `<ext${declarations}`);
}

/** The sheet with `ext` in its extLst, in place of one of the same URI, or in a new extLst where it belongs. */
function putExtension(xml: string, uri: string, ext: string): string {
  const list = sheetElement(xml, "extLst");
  if (!list) return putSheetElement(xml, "extLst", `<extLst>${ext}</extLst>`);
  const others = list[0].replace(EXT, (e) => (uriOf(e) === uri ? "" : e));
  const withExt = others.replace(/<\/((?:\w+:)?extLst)>$/, (close) => `${ext}${close}`);
  return `${xml.slice(0, list.index)}${withExt}${xml.slice(list.index + list[0].length)}`;
}

/** The element as the copy writes it: unprefixed, since the copy's default namespace is SpreadsheetML. */
function unprefixed(element: string): string {
  const prefix = /^<(\w+):/.exec(element)?.[1];
  return prefix ? element.replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1") : element;
}

/** `element` in place of the one `xml` holds, or inserted before the first of `before`. */
function putElement(xml: string, name: string, element: string, before: string[]): string {
  const existing = ELEMENT(name).exec(xml);
  if (existing) return xml.replace(existing[0], () => element);
  for (const next of before) {
    const at = new RegExp(`<(?:\\w+:)?${next}\\b`).exec(xml)?.index;
    if (at !== undefined) return `${xml.slice(0, at)}${element}${xml.slice(at)}`;
  }
  return xml;
}

/** Puts the original's protections, edit ranges, validations and sheet-scoped names into `zip`, for the sheets named `sheets`. */
export async function restoreSettings(zip: JSZip, originalZip: JSZip, sheets: ReadonlySet<string>): Promise<void> {
  const before = await worksheetParts(originalZip);
  const after = await worksheetParts(zip);
  for (const { name, part } of before) {
    const written = after.find((s) => s.name === name);
    const xml = written && sheets.has(name) ? await text(zip, written.part) : undefined;
    if (!written || xml === undefined) continue;
    const original = (await text(originalZip, part)) ?? "";
    let sheet = xml;
    for (const setting of SHEET_SETTINGS) {
      const element = sheetElement(original, setting)?.[0];
      if (element) sheet = putSheetElement(sheet, setting, unprefixed(element));
    }
    for (const uri of SHEET_EXTENSIONS) {
      const ext = extensionOf(original, uri);
      if (ext) sheet = putExtension(sheet, uri, ext);
    }
    if (sheet !== xml) zip.file(written.part, sheet);
  }
  const originalBook = (await text(originalZip, workbookPartOf(await relsOf(originalZip, "")))) ?? "";
  const part = workbookPartOf(await relsOf(zip, ""));
  const writtenBook = (await text(zip, part)) ?? "";
  let book = writtenBook;
  const lock = ELEMENT("workbookProtection").exec(originalBook)?.[0];
  // CT_Workbook: fileVersion, fileSharing, workbookPr, workbookProtection, bookViews, sheets…
  if (lock) book = putElement(book, "workbookProtection", unprefixed(lock), ["bookViews", "sheets"]);
  book = scopedNames(book, originalBook, before, after);
  if (book !== writtenBook) zip.file(part, book);
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
  return addDefinedNames(kept, restored);
}
