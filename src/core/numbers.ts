/** Reads what staff type or paste into a cell as the number they meant, or says why it is not one. */

import { problem, type Problem } from "./messages";
import { MARK } from "./numberMarks";
import { dateText, isDateFormat } from "./dateCells";

/** A cell's content as an adapter hands it over: Office.js and ExcelJS values, or an error object. */
export type CellValue = number | string | boolean | null | undefined | { error: string };

export interface CellInput {
  value: CellValue;
  /** Excel number format code, e.g. `0.0%`; decides whether a stored 0.972 means 97.2 %. */
  numberFormat?: string;
  /**
   * The merged range (A1) covering the cell, when it is not its top-left cell: it holds no value of its own,
   * whatever staff meant by merging, so its row cannot be judged from it.
   */
  merged?: string;
}

export type NumberReading =
  | {
      kind: "number";
      value: number;
      /** How it was written: a real number, text, or a percent-formatted number. */
      source: "number" | "text" | "percentCell";
      /** A comparison or "about" word written before the number (`≥`, `khoảng`), kept for display. */
      prefix?: string;
      /**
       * A separator left at the end (`33,`, `5.`): read as the number before it, though it may be a figure
       * typed halfway (`33,5`). Stated beside the status (readingDoubts), never guessed in silence.
       */
      trailingSeparator?: "," | ".";
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

const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
/** Zero-width spaces and joiners, direction marks and embeddings, the word joiner, the soft hyphen. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u00ad]/g;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

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
    if (numberFormat !== undefined && isDateFormat(numberFormat)) {
      return { kind: "invalid", problem: problem("number.date", { text: dateText(value) }) };
    }
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

/**
 * The same reading as readNumber, reduced to what a status needs: the number, null for a blank,
 * or the problem. No object per cell for the common cases: evaluation calls this for every cell.
 */
export function readValue(
  value: CellValue,
  numberFormat: string | undefined,
  percentUnit: boolean,
  unitName: string | undefined
): number | null | Problem {
  if (typeof value === "number" && Number.isFinite(value)) {
    if (numberFormat === undefined || numberFormat === "General") return value;
    if (!isPercentFormat(numberFormat) && !isDateFormat(numberFormat)) return value;
  } else if (typeof value === "string") {
    // Plain digits and separators, the usual case, need no trimming, prefixes or percent signs.
    const plain = parseSeparatedNumber(value, percentUnit);
    if (plain !== undefined) return plain;
  }
  const reading = readNumber(value, numberFormat, { percentUnit, unitName });
  return reading.kind === "number" ? reading.value : reading.kind === "blank" ? null : reading.problem;
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

export function readNumberText(typed: string, options: ReadOptions): NumberReading {
  // Characters that show nothing (a zero-width space or a direction mark pasted from a web page or a PDF) are not
  // part of what the person sees: "5" with one of them is 5, and a message quotes it as it looks.
  const raw = typed.replace(INVISIBLE, "");
  let text = raw.trim();
  if (text === "") return BLANK;
  if (text.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(text.toUpperCase())) {
    return invalid("number.excelError", text.toUpperCase());
  }
  // Two lines in one cell (Alt+Enter) are two things, not one number's groups: "1⏎234" is no 1234.
  if (LINE_BREAK.test(text)) return invalid("number.notNumber", text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ↵ "));
  // Words typed on a Mac arrive decomposed (NFD): `khoảng` must match however its marks were stored.
  text = text.replace(SPACES, " ").normalize("NFC");
  let prefix: string | undefined;
  const prefixMatch = MARK.exec(text);
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
  if (value === undefined) {
    const digits = significantDigits(text);
    if (digits > MAX_SIGNIFICANT_DIGITS) {
      const shown = raw.trim();
      return {
        kind: "invalid",
        problem: problem("number.tooManyDigits", {
          text: shown.length > 24 ? `${shown.slice(0, 20)}…` : shown,
          digits,
        }),
      };
    }
    const unit = options.unitName;
    return { kind: "invalid", problem: problem("number.notNumber", { text: raw.trim(), ...(unit ? { unit } : {}) }) };
  }
  if (percent && !options.percentUnit) {
    return {
      kind: "invalid",
      problem: problem("number.percentInNonPercentRow", { text: raw.trim(), unit: options.unitName ?? "" }),
    };
  }
  const last = text.charCodeAt(text.length - 1);
  const trailingSeparator = last === 44 ? "," : last === 46 ? "." : undefined;
  return {
    kind: "number",
    value,
    source: "text",
    ...(prefix === undefined ? {} : { prefix }),
    ...(trailingSeparator === undefined ? {} : { trailingSeparator }),
  };
}

/**
 * A signed number with `.`, `,` or spaces as separators, or undefined when it is not one.
 * `dotIsDecimal` settles a lone dot before exactly three digits (see readNumber).
 * Two passes over the characters and no intermediate strings: this runs for every cell.
 */
export function parseSeparatedNumber(text: string, dotIsDecimal: boolean): number | undefined {
  const end = text.length;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  // '-', '+', the minus sign and the en dash that word processors substitute for it
  if (first === 45 || first === 0x2212 || first === 0x2013) {
    negative = true;
    i = 1;
  } else if (first === 43) {
    i = 1;
  }
  if (i === 1 && text.charCodeAt(1) === 32) i = 2;
  const start = i;

  // Pass 1: which separators appear, and where the last of each is.
  let dots = 0;
  let commas = 0;
  let spaces = 0;
  let lastDot = -1;
  let lastComma = -1;
  let digits = 0;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46) {
      dots++;
      lastDot = j;
    } else if (c === 44) {
      commas++;
      lastComma = j;
    } else if (c === 32) spaces++;
    else return undefined;
  }
  if (digits === 0) return undefined;

  // Which mark is the decimal one and which groups thousands.
  let decimalAt = -1;
  let group = 0; // char code of the grouping mark, 0 for none
  if (dots > 0 && commas > 0) {
    if (lastDot > lastComma) {
      if (dots > 1) return undefined;
      decimalAt = lastDot;
      group = 44;
    } else {
      if (commas > 1) return undefined;
      decimalAt = lastComma;
      group = 46;
    }
  } else if (commas > 1) {
    group = 44;
  } else if (dots > 1) {
    group = 46;
  } else if (commas === 1) {
    decimalAt = lastComma;
  } else if (dots === 1) {
    const groupsThousands =
      !dotIsDecimal && spaces === 0 && end - lastDot - 1 === 3 && isLeadingGroup(text, start, lastDot);
    if (groupsThousands) group = 46;
    else decimalAt = lastDot;
  }
  if (spaces > 0) {
    if (group !== 0) return undefined; // spaces mixed with another grouping mark
    group = 32;
  }

  // Pass 2: check the groups and read the digits.
  const intEnd = decimalAt === -1 ? end : decimalAt;
  let mantissa = 0;
  let groupStart = start;
  let grouped = false;
  for (let j = start; j < intEnd; j++) {
    const c = text.charCodeAt(j);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      continue;
    }
    if (c !== group) return undefined;
    if (grouped ? j - groupStart !== 3 : !isLeadingGroup(text, groupStart, j)) return undefined;
    grouped = true;
    groupStart = j + 1;
  }
  if (grouped && intEnd - groupStart !== 3) return undefined;
  let fractionDigits = 0;
  for (let j = intEnd + 1; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) return undefined;
    mantissa = mantissa * 10 + (c - 48);
    fractionDigits++;
  }
  if (intEnd === start && fractionDigits === 0) return undefined;
  // More digits than a double holds would be judged on a rounded (or infinite) figure: not a figure at all.
  if (digits > MAX_SIGNIFICANT_DIGITS && significantDigits(text) > MAX_SIGNIFICANT_DIGITS) return undefined;
  // An integer below 2^53 divided by an exact power of ten rounds exactly as parsing the decimal text does.
  const value =
    mantissa <= Number.MAX_SAFE_INTEGER && fractionDigits <= 22
      ? mantissa / POWERS_OF_TEN[fractionDigits]
      : Number(digitsOf(text, start, intEnd, end));
  if (!Number.isFinite(value)) return undefined;
  return negative ? -value : value;
}

/** A double holds 15 significant decimal digits exactly; a figure written with more is refused, with its reason. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * The significant digits a figure is written with: from its first non-zero digit to its last non-zero one
 * (`0,0012` has 2, `1.000.000` has 1); a number too large for a double counts every digit.
 */
export function significantDigits(text: string): number {
  let first = -1;
  let last = -1;
  let all = 0;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    all++;
    if (c !== 48) {
      if (first < 0) first = seen;
      last = seen;
    }
    seen++;
  }
  if (first < 0) return 0;
  return all > 308 ? all : last - first + 1;
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** The plain decimal text of a long number, for the rare value too long for exact arithmetic. */
function digitsOf(text: string, start: number, intEnd: number, end: number): string {
  const int = text.slice(start, intEnd).replace(/[^0-9]/g, "");
  const fraction = text.slice(intEnd + 1, end);
  return `${int === "" ? "0" : int}${fraction === "" ? "" : `.${fraction}`}`;
}

/** Whether text[from, to) is the first group of a grouped number: 1–3 digits, no leading zero. */
function isLeadingGroup(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 1 || length > 3 || text.charCodeAt(from) === 48) return false;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) return false;
  }
  return true;
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
