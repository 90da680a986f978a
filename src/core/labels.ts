/** How the core names things to a person: numbers as the reader writes them, entry columns, statuses, periods. */

import type { Lang, ReportingPeriod, Status } from "./types";

/** Which entry column a value came from. */
export type EntryColumn = "actual" | "estimate";

/** One formatter per language and digits: making one loads locale data, far dearer than using it. */
const formatters = new Map<string, Intl.NumberFormat>();

/** A number as the reader writes it: `1.234,5` in Vietnamese, `1,234.5` in English. */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  // A figure no indicator reaches (9,99e300 typed by mistake) is shortened, never 300 digits.
  if (Math.abs(value) >= 1e15) {
    const exponent = Math.floor(Math.log10(Math.abs(value)));
    return `${formatNumber(value / 10 ** exponent, lang, 2)} × 10^${exponent}`;
  }
  const key = `${lang}${maximumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits });
    formatters.set(key, f);
  }
  return f.format(value);
}

export const COLUMN_LABELS: Record<Lang, Record<EntryColumn, string>> = {
  vi: { actual: "Thực hiện", estimate: "Ước thực hiện cả năm" },
  // The sheet's own column headers: an English reader finds them by these names.
  en: { actual: "Thực hiện", estimate: "Ước thực hiện cả năm" },
};

export const STATUS_LABELS: Record<Lang, Record<Status, string>> = {
  vi: {
    exceeded: "Vượt kế hoạch",
    met: "Đạt",
    atRisk: "Có nguy cơ không đạt",
    offTrack: "Không đạt",
    missing: "Chưa có số liệu",
    invalid: "Số liệu không hợp lệ",
  },
  en: {
    exceeded: "Exceeded",
    met: "Met",
    atRisk: "At risk",
    offTrack: "Off track",
    missing: "No data",
    invalid: "Invalid value",
  },
};

export const PERIOD_LABELS: Record<Lang, Record<ReportingPeriod, string>> = {
  vi: { Q1: "Quý I", H1: "6 tháng", "9M": "9 tháng", FY: "Cả năm" },
  en: { Q1: "First quarter", H1: "Six months", "9M": "Nine months", FY: "Full year" },
};
