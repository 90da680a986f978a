/**
 * Reads the parts of an .xlsx file the template needs (sheet names, shared strings, number formats, cells) from
 * their XML, keeping only cells that hold a value: memory follows what a sheet holds, never its declared range.
 */

import { isDateFormat, type CellValue } from "../core";
import { blankCovered, type Area, type SheetGrid } from "../template";
import { AS_SAVED, savedForManualCalculation } from "./calcMode";
import { xmlDamage, type XmlDamage } from "./xmlCheck";

/** Cells further right than this are never part of the template (it has 12 columns; people insert a few). */
export const MAX_COLUMNS = 1024;

/** Excel's last row: no sheet holds more. */
const EXCEL_ROWS = 1_048_576;

/** How a part is broken, for the message: its XML cut, mismatched or malformed, or a cell naming a missing string. */
export type PartDamage = XmlDamage["kind"] | "sharedString";

/** A part that cannot be read; `damage` and `part` when it is broken (said as a damaged file, with what to do). */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly damage?: { part: string; kind: PartDamage }
  ) {
    super(message);
  }
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** XML that declares its own entities can expand without bound: never read. */
function refuseDoctype(xml: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new XmlError("XML entities (DOCTYPE) are not allowed");
}

/** A part is read only when it is whole: the patterns below would read a cut or mismatched part as if whole. */
export function checkPart(xml: string, part: string): void {
  refuseDoctype(xml);
  const damage = xmlDamage(xml);
  if (!damage) return;
  const detail = damage.kind === "mismatch" ? `<${damage.open}> closed by </${damage.close}>` : damage.kind;
  throw new XmlError(`${part}: ${detail}`, { part, kind: damage.kind });
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | undefined {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const m = pattern.exec(attributes);
  return m ? decode(m[1] ?? m[2]) : undefined;
}

/** The text of a string item (`<si>`, `<is>`): its `<t>` runs, without phonetic guides (`<rPh>`). */
function itemText(inner: string): string {
  const withoutPhonetic = inner.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let text = "";
  for (const m of withoutPhonetic.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) text += m[1];
  return decode(text);
}

export interface WorkbookSheet {
  name: string;
  /** The part that holds it, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
}

/** The worksheets of a workbook, in order, with the part of each; chart sheets left out. */
export function readWorkbookSheets(
  workbookXml: string,
  relsXml: string
): { sheets: WorkbookSheet[]; date1904: boolean; manualCalculation: boolean } {
  checkPart(workbookXml, "xl/workbook.xml");
  checkPart(relsXml, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(m[1], "Id");
    const target = attribute(m[1], "Target");
    const type = attribute(m[1], "Type") ?? "";
    if (id && target && type.endsWith("/worksheet")) {
      targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
    }
  }
  const sheets: WorkbookSheet[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = attribute(m[1], "name");
    const id = attribute(m[1], "r:id") ?? /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) sheets.push({ name, part });
  }
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*date1904\s*=\s*["'](1|true)["']/.test(workbookXml);
  return { sheets, date1904, manualCalculation: savedForManualCalculation(workbookXml) };
}

/** The workbook's defined names and what each refers to (`'Chỉ tiêu 2024'!$A$6:$L$6`). */
export function readDefinedNames(workbookXml: string): { name: string; formula: string }[] {
  const names: { name: string; formula: string }[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)) {
    const name = attribute(m[1], "name");
    if (name !== undefined) names.push({ name, formula: decode(m[2]) });
  }
  return names;
}

export function readSharedStrings(xml: string, part = "xl/sharedStrings.xml"): string[] {
  checkPart(xml, part);
  const strings: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) {
    strings.push(m[1] === undefined ? "" : itemText(m[1]));
  }
  return strings;
}

/** Excel's built-in number formats (those a template can meet), by id. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The number format of each cell style (`s` attribute), from styles.xml. */
export function readCellFormats(xml: string, part = "xl/styles.xml"): string[] {
  checkPart(xml, part);
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const id = Number(attribute(m[1], "numFmtId"));
    const code = attribute(m[1], "formatCode");
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (!xfs) return [];
  const formats: string[] = [];
  for (const m of xfs[1].matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
    const id = Number(attribute(m[1], "numFmtId") ?? 0);
    formats.push(custom.get(id) ?? BUILT_IN_FORMATS[id] ?? "General");
  }
  return formats;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

export interface SheetContext {
  sharedStrings: readonly string[];
  formats: readonly string[];
  date1904: boolean;
  /** The workbook was saved set to Manual calculation: formula cells are listed, their results may be stale. */
  manualCalculation?: boolean;
}

/** A shared string by its index; a cell naming one that is not there is a broken part, never an empty cell. */
function sharedString(v: string, context: SheetContext, part: string): string {
  const text = context.sharedStrings[Number(v)];
  if (text === undefined || v.trim() === "") {
    throw new XmlError(`${part}: shared string ${v} does not exist`, { part, kind: "sharedString" });
  }
  return text;
}

function cellContent(
  type: string | undefined,
  inner: string,
  format: string,
  context: SheetContext,
  part: string
): CellValue {
  const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  switch (type) {
    case "inlineStr": {
      const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner);
      return is ? itemText(is[1]) : null;
    }
    case "s":
      return v === undefined ? null : sharedString(v, context, part);
    case "str":
      return v === undefined ? null : decode(v);
    case "b":
      return v === undefined ? null : v.trim() === "1" || v.trim() === "true";
    case "e":
      return v === undefined ? null : { error: decode(v).trim() };
    case "d":
      return v === undefined ? null : decode(v).slice(0, 10);
    default: {
      if (v === undefined || v.trim() === "") return null;
      const n = Number(v);
      // A 1904-system serial moved onto the 1900 system, so that its date reads the same.
      if (Number.isFinite(n) && context.date1904 && isDateFormat(format)) return n + 1462;
      return n;
    }
  }
}

/**
 * The cells of a worksheet that hold a value, as a grid from A1 down to the last row holding one (rows without
 * values share one empty array, so a lone far cell or a formatted bottom row costs nothing). Cells right of
 * MAX_COLUMNS are left out.
 */
export function readSheetGrid(name: string, xml: string, context: SheetContext, part = name): SheetGrid {
  checkPart(xml, part);
  const values: (readonly CellValue[])[] = [];
  const numberFormats: (readonly string[])[] = [];
  const uncalculated: { row: number; col: number }[] = [];
  const formulaCells: { row: number; col: number }[] = [];
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  const end = xml.search(/<\/(?:\w+:)?sheetData>/);
  if (start < 0) return { sheet: name, values, numberFormats, rowOffset: 0, colOffset: 0 };
  const scan = /<(?:\w+:)?(row|c)\b([^>]*?)(\/?)>/g;
  scan.lastIndex = start;
  let row = -1;
  let col = -1;
  let rowValues: CellValue[] | undefined;
  let rowFormats: string[] | undefined;
  const flush = () => {
    if (!rowValues || !rowFormats) return;
    while (values.length < row) {
      values.push(EMPTY_ROW);
      numberFormats.push(EMPTY_ROW as readonly string[]);
    }
    values[row] = rowValues;
    numberFormats[row] = rowFormats;
    rowValues = undefined;
    rowFormats = undefined;
  };
  for (let m = scan.exec(xml); m !== null && (end < 0 || m.index < end); m = scan.exec(xml)) {
    const [, tag, attributes, selfClosing] = m;
    if (tag === "row") {
      flush();
      const r = Number(attribute(attributes, "r"));
      row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
      if (row >= EXCEL_ROWS) throw new XmlError(`row ${row + 1} is beyond Excel's last row`);
      col = -1;
      continue;
    }
    if (row < 0) row = 0;
    const ref = attribute(attributes, "r");
    const address = ref === undefined ? undefined : /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
    col = address ? columnIndex(address[1]) : col + 1;
    if (selfClosing) continue;
    const closeCell = /<\/(?:\w+:)?c>/g;
    closeCell.lastIndex = scan.lastIndex;
    const found = closeCell.exec(xml);
    if (!found) throw new XmlError("a cell is not closed");
    const inner = xml.slice(scan.lastIndex, found.index);
    scan.lastIndex = found.index + found[0].length;
    if (col >= MAX_COLUMNS) continue;
    const style = Number(attribute(attributes, "s") ?? 0);
    const format = context.formats[style] ?? "General";
    const value = cellContent(attribute(attributes, "t"), inner, format, context, part);
    if (context.manualCalculation && /<(?:\w+:)?f\b/.test(inner)) formulaCells.push({ row, col });
    // A formula whose cached value is missing or empty (`<v></v>`, as openpyxl writes): never calculated.
    if (
      (value === null || value === "") &&
      /<(?:\w+:)?f\b/.test(inner) &&
      !/<(?:\w+:)?v\b[^>]*>\s*[^<\s]/.test(inner)
    ) {
      uncalculated.push({ row, col });
      continue;
    }
    if (value === null || value === "") continue;
    if (!rowValues || !rowFormats) {
      rowValues = [];
      rowFormats = [];
    }
    while (rowValues.length < col) {
      rowValues.push(null);
      rowFormats.push("General");
    }
    rowValues[col] = value;
    rowFormats[col] = format;
  }
  flush();
  const merged = readMerges(xml, end < 0 ? start : end);
  blankCovered(values, merged);
  const calculation = context.manualCalculation ? { calculation: { ...AS_SAVED, formulaCells } } : {};
  return { sheet: name, values, numberFormats, rowOffset: 0, colOffset: 0, uncalculated, merged, ...calculation };
}

/** The sheet's merged ranges (`<mergeCell ref="G36:G38"/>`, after the cells), 0-based. */
function readMerges(xml: string, from: number): Area[] {
  const merges: Area[] = [];
  const scan = /<(?:\w+:)?mergeCell\b([^>]*)>/g;
  scan.lastIndex = from;
  for (let m = scan.exec(xml); m !== null; m = scan.exec(xml)) {
    const ref = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(attribute(m[1], "ref") ?? "");
    if (!ref) continue;
    const [row, col, lastRow, lastCol] = [
      Number(ref[2]) - 1,
      columnIndex(ref[1]),
      Number(ref[4]) - 1,
      columnIndex(ref[3]),
    ];
    if (lastRow < row || lastCol < col || col >= MAX_COLUMNS) continue;
    merges.push({ row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 });
  }
  return merges;
}
