/** How the core names things to a person: numbers as the reader writes them, entry columns, statuses, periods. */

import type { Lang, ReportingPeriod, Status } from "./types";

/** Which entry column a value came from: the period's, the full-year estimate, the same period last year. */
export type EntryColumn = "actual" | "estimate" | "lastYear";

// Our own formatters, not Intl: the same text, without loading locale data on the pane's first paint.
export { formatNumber, formatTime } from "./format";

export const COLUMN_LABELS: Record<Lang, Record<EntryColumn, string>> = {
  vi: { actual: "Thực hiện", estimate: "Ước thực hiện cả năm", lastYear: "Cùng kỳ năm trước" },
  // The sheet's own column headers: an English reader finds them by these names.
  en: { actual: "Thực hiện", estimate: "Ước thực hiện cả năm", lastYear: "Cùng kỳ năm trước" },
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
