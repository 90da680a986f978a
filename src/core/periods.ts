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

const ALIASES: Record<string, ReportingPeriod> = {
  "quy i": "Q1",
  "quy 1": "Q1",
  q1: "Q1",
  "3 thang": "Q1",
  "6 thang": "H1",
  "6 thang dau nam": "H1",
  h1: "H1",
  "9 thang": "9M",
  "9m": "9M",
  "ca nam": "FY",
  nam: "FY",
  "12 thang": "FY",
  fy: "FY",
  "full year": "FY",
  year: "FY",
};

/** Lower case, no Vietnamese diacritics, single spaces: how people's variants of a period compare. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** The period a cell names (`Quý I`, `6 tháng`, `quy 1`, `H1`…), or undefined. */
export function parsePeriod(text: unknown): ReportingPeriod | undefined {
  if (typeof text !== "string") return undefined;
  return ALIASES[foldText(text)];
}
