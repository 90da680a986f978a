/** Reporting periods: what the period cell may say, and how much of the year each one covers. */

import type { ReportingPeriod } from "./types";

export const REPORTING_PERIODS: readonly ReportingPeriod[] = ["Q1", "H1", "9M", "FY"];

/** The share of a cumulative target due by the end of each period. */
export const PERIOD_FRACTION: Record<ReportingPeriod, number> = { Q1: 0.25, H1: 0.5, "9M": 0.75, FY: 1 };

/** The period cell's text as the template writes it. */
export const PERIOD_CELL_TEXT: Record<ReportingPeriod, string> = {
  Q1: "Quý I",
  H1: "6 tháng",
  "9M": "9 tháng",
  FY: "Cả năm",
};

/** A period cell's text naming `period` of `year`, as staff would type it: `6 tháng đầu năm 2024`, `Năm 2024`. */
export function periodExample(period: ReportingPeriod, year: number): string {
  return period === "FY" ? `Năm ${year}` : `${PERIOD_CELL_TEXT[period]}${period === "Q1" ? "" : " đầu"} năm ${year}`;
}

/**
 * What a door writes in the period cell when someone chooses `period` (the pane's list, `--period` with `--write`):
 * the list's text, or, when the cell named a year, the same year kept ("6 tháng đầu năm 2023" chosen as 9 tháng is
 * "9 tháng đầu năm 2023"), so a choice of period never changes the year a person typed (trial 24, helper's note).
 */
export function chosenPeriodText(period: ReportingPeriod, yearNamed: number | undefined): string {
  return yearNamed === undefined ? PERIOD_CELL_TEXT[period] : periodExample(period, yearNamed);
}

/** The forms staff write for each period (targets-2024.md, "Periods"), as a message lists them. */
export const PERIOD_FORMS: Record<ReportingPeriod, readonly string[]> = {
  Q1: ["Quý I", "quý 1", "Q1", "3 tháng"],
  H1: ["6 tháng", "6 tháng đầu năm", "6T", "sáu tháng"],
  "9M": ["9 tháng", "9T", "chín tháng"],
  FY: ["Cả năm", "năm", "Năm 2024"],
};

// Folded (lower case, no diacritics) and without spaces, so `Quý  I`, `QUY I` and `quýI` compare alike.
const ALIASES: Record<string, ReportingPeriod> = {
  quyi: "Q1",
  quy1: "Q1",
  // "Quí", the older spelling many offices still type.
  quii: "Q1",
  qui1: "Q1",
  q1: "Q1",
  "3thang": "Q1",
  "3t": "Q1",
  bathang: "Q1",
  "6thang": "H1",
  "6thangdaunam": "H1",
  "6t": "H1",
  sauthang: "H1",
  sauthangdaunam: "H1",
  h1: "H1",
  "9thang": "9M",
  "9t": "9M",
  chinthang: "9M",
  "9m": "9M",
  canam: "FY",
  nam: "FY",
  "12thang": "FY",
  fy: "FY",
  fullyear: "FY",
  year: "FY",
};

/** The text without Vietnamese diacritics, case kept: "Lạng Sơn" → "Lang Son". */
export function withoutDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** Lower case, no Vietnamese diacritics, single spaces: how people's variants of a period compare. */
export function foldText(text: string): string {
  return withoutDiacritics(text)
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** What a period cell says: the period, and the year when it names one (`6 tháng năm 2023`). */
export interface PeriodText {
  period?: ReportingPeriod;
  year?: number;
}

/**
 * A period without its year: `06 tháng` as `6 tháng`, and `… đầu năm` ("from the start of the year", which every
 * period here is) as the period itself, so `Chín tháng đầu năm` and `3 tháng đầu năm` read as 9 tháng and Quý I.
 */
function periodNamed(compact: string): ReportingPeriod | undefined {
  const bare = compact.replace(/^0+(?=\d)/, "");
  return ALIASES[bare] ?? (bare.endsWith("daunam") ? ALIASES[bare.slice(0, -"daunam".length)] : undefined);
}

/**
 * The period and year a cell names. A year at the end (`Năm 2024`, `6 tháng năm 2024`, `Quý I/2024`,
 * `9 tháng đầu năm (2024)`) is read apart, even when the period before it is not one: `Quý II/2023` is
 * no period, but still a 2023 one. `Quý 2` or `tháng 10` are not periods the targets are prorated for,
 * and an empty cell names nothing.
 */
export function readPeriodText(text: unknown): PeriodText {
  if (typeof text !== "string") return {};
  const compact = foldText(text).replace(/[\s.:()]/g, "");
  const direct = periodNamed(compact);
  if (direct) return { period: direct };
  const dated = /^(.*?)[/,-]?(\d{4})$/.exec(compact);
  if (!dated) return {};
  const [, rest, digits] = dated;
  const year = Number(digits);
  const period =
    rest === "" || rest === "nam"
      ? "FY" // "2024", "Năm 2024"
      : (periodNamed(rest) ?? (rest.endsWith("nam") ? periodNamed(rest.slice(0, -3)) : undefined));
  return period ? { period, year } : { year };
}

/** The period a cell names, or undefined when it names none of the forms staff write (its year aside). */
export function parsePeriod(text: unknown): ReportingPeriod | undefined {
  return readPeriodText(text).period;
}
