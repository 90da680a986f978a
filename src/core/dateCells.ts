/**
 * A figure cell Excel shows as a date or a time. Staff who type "30/6", "1/2" or "6-7" into a figure cell get a date:
 * Excel stores its serial (45473) and shows it through a date format. Every door reads the serial and the format
 * (Office.js `values` and `numberFormat`, ExcelJS, the in-memory workbook), so the core refuses it here, once,
 * rather than judge 45.473 as the figure.
 */

import type { Lang } from "./types";

/** A date or time format shows a number as a date (y, m, d, h, s outside quotes and brackets): ExcelJS's rule. */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]+/.test(
    format
      .replace(/\[[^\]]*]/g, "")
      .replace(/"[^"]*"/g, "")
      .replace(/\\./g, "")
  );
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A date serial (1900 date system) as staff read it: "30/06/2024", or a time of day alone: "22:48". */
export function dateText(serial: number): string {
  const date = new Date(Math.round((serial - 25569) * 86_400_000));
  if (Number.isNaN(date.getTime())) return String(serial);
  if (serial >= 0 && serial < 1) return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

export interface DateParams {
  /** A figure cell holding a date or time: `text` as the cell shows it ("30/06/2024"). */
  "number.date": { text: string };
}

export const DATE_MESSAGES: Record<Lang, { "number.date": (p: { text: string }) => string }> = {
  vi: {
    "number.date": (p) =>
      `ô đang là ngày tháng (${p.text}), không phải con số: Excel tự đổi những gì gõ như 30/6 hay 1/2 thành ngày; ` +
      "hãy đặt định dạng ô là Số (Number) rồi gõ lại con số",
  },
  en: {
    "number.date": (p) =>
      `the cell holds a date (${p.text}), not a figure: Excel turns what is typed like 30/6 or 1/2 into a date; ` +
      "set the cell's format to Number and type the figure again",
  },
};
