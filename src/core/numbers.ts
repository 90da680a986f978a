/** Reads what staff type or paste into a cell as the number they meant, or says why it is not one. */

import { problem, type Problem } from "./messages";

/** A cell's content as an adapter hands it over: Office.js and ExcelJS values, or an error object. */
export type CellValue = number | string | boolean | null | undefined | { error: string };

export interface CellInput {
  value: CellValue;
  /** Excel number format code, e.g. `0.0%`; decides whether a stored 0.972 means 97.2 %. */
  numberFormat?: string;
}

export type NumberReading =
  | {
      kind: "number";
      value: number;
      /** How it was written: a real number, text, or a percent-formatted number. */
      source: "number" | "text" | "percentCell";
      /** A comparison or "about" word written before the number (`≥`, `khoảng`), kept for display. */
      prefix?: string;
    }
  | { kind: "blank" }
  | { kind: "invalid"; problem: Problem };

export interface ReadOptions {
  /** The row's unit is a percentage: `%` text and percent formats are expected there. */
  percentUnit: boolean;
  /** The unit's name, for the message when a percentage lands in a row of another unit. */
  unitName?: string;
}

const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

const BLANK: NumberReading = { kind: "blank" };

// Words and signs people put before a number they report as a bound or an estimate.
const PREFIX = /^(≥|>=|≤|<=|>|<|~|≈|khoảng|khoang|xấp xỉ)\s*/i;
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;

/**
 * Reads one cell. Never throws: anything that is not clearly a number becomes a reason.
 *
 * Text follows both the Vietnamese (`1.234,5`) and the international (`1,234.5`) conventions.
 * When both separators appear, the last one is the decimal mark. A lone comma is a decimal
 * comma (`7,5`, and so `1,234` is 1.234), as Vietnamese settings write it. A lone dot followed
 * by exactly three digits (`4.060`, `1.234`) is the one true ambiguity, decided by the unit:
 * - in a `%` row it is a decimal point (`1.234` % is 1.234; 1234 % is no plausible rate);
 * - in any other row it groups thousands, as the decision itself writes `4.060` and `9.000`.
 */
export function readNumber(value: CellValue, numberFormat: string | undefined, options: ReadOptions): NumberReading {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return invalid("number.notNumber", String(value));
    if (numberFormat !== undefined && isPercentFormat(numberFormat)) {
      if (!options.percentUnit) {
        return {
          kind: "invalid",
          problem: problem("number.percentInNonPercentRow", { text: percentText(value), unit: options.unitName ?? "" }),
        };
      }
      return { kind: "number", value: scalePercent(value), source: "percentCell" };
    }
    return { kind: "number", value, source: "number" };
  }
  if (typeof value === "boolean") {
    return { kind: "invalid", problem: problem("number.boolean", { text: value ? "TRUE" : "FALSE" }) };
  }
  if (typeof value === "object") {
    return { kind: "invalid", problem: problem("number.excelError", { text: String(value.error) }) };
  }
  return readNumberText(value, options);
}

export function readCell(cell: CellInput | undefined, options: ReadOptions): NumberReading {
  return cell === undefined ? BLANK : readNumber(cell.value, cell.numberFormat, options);
}

function invalid(key: "number.notNumber" | "number.excelError", text: string): NumberReading {
  return { kind: "invalid", problem: problem(key, { text }) };
}

/** 0.972 stored under a percent format is 97.2; round away the binary noise of the × 100. */
function scalePercent(stored: number): number {
  return Number((stored * 100).toPrecision(12));
}

function percentText(stored: number): string {
  return `${scalePercent(stored)}%`;
}

export function readNumberText(raw: string, options: ReadOptions): NumberReading {
  let text = raw.trim();
  if (text === "") return BLANK;
  if (text.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(text.toUpperCase())) {
    return invalid("number.excelError", text.toUpperCase());
  }
  text = text.replace(SPACES, " ");
  let prefix: string | undefined;
  const prefixMatch = PREFIX.exec(text);
  if (prefixMatch) {
    prefix = prefixMatch[1];
    text = text.slice(prefixMatch[0].length);
  }
  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1).trimEnd();
  }
  const value = parseSeparatedNumber(text, options.percentUnit);
  if (value === undefined) return invalid("number.notNumber", raw.trim());
  if (percent && !options.percentUnit) {
    return {
      kind: "invalid",
      problem: problem("number.percentInNonPercentRow", { text: raw.trim(), unit: options.unitName ?? "" }),
    };
  }
  return prefix === undefined
    ? { kind: "number", value, source: "text" }
    : { kind: "number", value, source: "text", prefix };
}

/**
 * A signed number with `.`, `,` or spaces as separators, or undefined when it is not one.
 * `dotIsDecimal` settles a lone dot before exactly three digits (see readNumber).
 */
export function parseSeparatedNumber(text: string, dotIsDecimal: boolean): number | undefined {
  let start = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  // '-', '+', the minus sign and the en dash that word processors substitute for it
  if (first === 45 || first === 0x2212 || first === 0x2013) {
    negative = true;
    start = 1;
  } else if (first === 43) {
    start = 1;
  }
  if (start === 1 && text.charCodeAt(1) === 32) start = 2;
  let dots = 0;
  let commas = 0;
  let spaces = 0;
  let lastDot = -1;
  let lastComma = -1;
  let digits = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46) {
      dots++;
      lastDot = i;
    } else if (c === 44) {
      commas++;
      lastComma = i;
    } else if (c === 32) spaces++;
    else return undefined;
  }
  if (digits === 0) return undefined;
  const body = text.slice(start);
  const offset = start;
  let decimalAt = -1; // index in body of the decimal mark
  let group = ""; // the grouping character, if any
  if (dots > 0 && commas > 0) {
    if (lastDot > lastComma) {
      if (dots > 1) return undefined;
      decimalAt = lastDot - offset;
      group = ",";
    } else {
      if (commas > 1) return undefined;
      decimalAt = lastComma - offset;
      group = ".";
    }
  } else if (commas > 1) {
    group = ",";
  } else if (dots > 1) {
    group = ".";
  } else if (commas === 1) {
    decimalAt = lastComma - offset;
  } else if (dots === 1) {
    const at = lastDot - offset;
    const intPart = body.slice(0, at);
    const fracLength = body.length - at - 1;
    if (!dotIsDecimal && fracLength === 3 && spaces === 0 && isLeadingGroup(intPart)) group = ".";
    else decimalAt = at;
  }
  if (spaces > 0) {
    if (group !== "") return undefined; // spaces mixed with another grouping mark
    group = " ";
  }
  const intPart = decimalAt === -1 ? body : body.slice(0, decimalAt);
  const fracPart = decimalAt === -1 ? "" : body.slice(decimalAt + 1);
  if (!isAllDigits(fracPart)) return undefined;
  let intDigits: string;
  if (group === "") {
    if (!isAllDigits(intPart)) return undefined;
    intDigits = intPart;
  } else {
    const groups = intPart.split(group);
    if (!isLeadingGroup(groups[0])) return undefined;
    for (let i = 1; i < groups.length; i++) {
      if (groups[i].length !== 3 || !isAllDigits(groups[i])) return undefined;
    }
    intDigits = groups.join("");
  }
  if (intDigits === "" && fracPart === "") return undefined;
  const value = Number(`${intDigits === "" ? "0" : intDigits}${fracPart === "" ? "" : `.${fracPart}`}`);
  return negative ? -value : value;
}

function isAllDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The first group of a grouped number: one to three digits, no leading zero. */
function isLeadingGroup(s: string): boolean {
  return s.length >= 1 && s.length <= 3 && isAllDigits(s) && !(s.length > 1 && s.charCodeAt(0) === 48) && s !== "0";
}

const percentFormatCache = new Map<string, boolean>();

/** Whether an Excel number format shows values as percentages (a `%` outside quotes and brackets). */
export function isPercentFormat(format: string): boolean {
  const cached = percentFormatCache.get(format);
  if (cached !== undefined) return cached;
  let inQuotes = false;
  let inBrackets = false;
  let result = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === "\\") i++;
    else if (c === "[") inBrackets = true;
    else if (c === "]") inBrackets = false;
    else if (c === "%" && !inBrackets) {
      result = true;
      break;
    }
  }
  if (percentFormatCache.size < 1000) percentFormatCache.set(format, result);
  return result;
}
