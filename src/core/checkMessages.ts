/**
 * The messages of the checks beside the statuses that messages.ts has no room for, in Vietnamese and English: a
 * last-year figure that is none (said as row.invalidValue is, whose text is here too), a negative change, with the
 * doubts about figures typed as text (doubtMessages.ts) and the merge's open conflicts (conflictMessages.ts) they extend.
 */

import { CONFLICT_MESSAGES, type ConflictParams } from "./conflictMessages";
import { DATE_MESSAGES, dateText, type DateParams } from "./dateCells";
import { DOUBT_MESSAGES, type DoubtParams, type RowDoubtParams } from "./doubtMessages";
import { COLUMN_LABELS, formatNumber, type EntryColumn } from "./labels";
import type { Problem } from "./messages";
import type { Lang, LocalizedText } from "./types";

export type { RowDoubtParams };

/** A negative growth or reduction (`-2` deaths: they went up 2 %): valid, judged as it is, said in words. */
export interface NegativeChangeParams {
  code: string;
  column: EntryColumn;
  value: number;
  /** What changed, as a reader names it: `số người chết`, `tỷ lệ hộ nghèo`. */
  subject: LocalizedText;
  /** The target is a reduction (14, 15.x): a negative figure is a rise. Else a growth rate: a fall. */
  reduction: boolean;
  /** In percentage points (14) rather than percent. */
  points: boolean;
}

/** Last year's figure too far from this period's to be last year's (lastYearFar.ts): not compared. */
export interface LastYearFarParams {
  code: string;
  column: "lastYear";
  /** Last year's figure as read; `text` as typed, when it was text. */
  value: number;
  text?: string;
  /** This period's figure (Thực hiện), which the report compares with it. */
  actual: number;
  /** A rate: `threshold` is in points; else it is how many times one figure is the other. */
  percentUnit: boolean;
  threshold: number;
}

export interface CheckParams extends DoubtParams, DateParams {
  "plausibility.lastYearFar": LastYearFarParams;
  "change.negative": NegativeChangeParams;
  /** `Cùng kỳ năm trước` holds no figure of the row's unit (`4060 ha`, `N/A`, 120 in a % row): not compared. */
  "plausibility.lastYearInvalid": { code: string; text: string; reason: Problem };
  /** A figure cell whose conflict the merge log holds open: no agreed figure to judge (conflictMessages.ts). */
  "plausibility.conflict": ConflictParams;
}

const q = (s: string) => `“${s}”`;

/** A cell that holds no figure of its row, up to why: `Chỉ tiêu 05.1, cột “Thực hiện”: giá trị “N/A” không hợp lệ: …`. */
const INVALID: Record<Lang, (p: { code: string; column: EntryColumn; text: string }, reason: string) => string> = {
  vi: (p, reason) =>
    `Chỉ tiêu ${p.code}, cột ${q(COLUMN_LABELS.vi[p.column])}: giá trị ${q(p.text)} không hợp lệ: ${reason}`,
  en: (p, reason) =>
    `Indicator ${p.code}, column ${q(COLUMN_LABELS.en[p.column])}: the value ${q(p.text)} is invalid: ${reason}`,
};

/**
 * row.invalidValue's text; `reason` is its Problem described by messages.ts (which imports this file, so the two
 * texts below take it described rather than describing it here).
 */
export function valueInvalid(
  p: { code: string; column: EntryColumn; text: string },
  reason: string,
  lang: Lang
): string {
  return `${INVALID[lang](p, reason)}.`;
}

/** plausibility.lastYearInvalid's text: row.invalidValue's for its column, and that nothing was compared with it. */
export function lastYearInvalid(p: CheckParams["plausibility.lastYearInvalid"], reason: string, lang: Lang): string {
  const notCompared = lang === "vi" ? "chưa so sánh với cùng kỳ" : "no comparison with last year";
  return `${INVALID[lang]({ ...p, column: "lastYear" }, reason)}; ${notCompared}.`;
}

/** A whole number Excel would show as a date of this century: a date pasted into a figure cell as its serial. */
function looksLikeDate(value: number): boolean {
  return Number.isInteger(value) && value >= 36526 && value <= 73051; // 01/01/2000 to 31/12/2099
}

/** plausibility.lastYearFar's figures in the reader's notation: last year's (as typed if text), this period's, the gap. */
function farFigures(p: LastYearFarParams, lang: Lang) {
  const unit = p.percentUnit ? "%" : "";
  const gap = p.percentUnit ? Math.abs(p.actual - p.value) : Math.max(p.value / p.actual, p.actual / p.value);
  return {
    lastYear: p.text === undefined ? formatNumber(p.value, lang) + unit : q(p.text),
    actual: formatNumber(p.actual, lang) + unit,
    gap: formatNumber(gap, lang, p.percentUnit ? 1 : 0),
    date: p.percentUnit && looksLikeDate(p.value) ? dateText(p.value) : undefined,
  };
}

const LAST_YEAR_FAR: Record<Lang, (p: LastYearFarParams) => string> = {
  vi: (p) => {
    const f = farFigures(p, "vi");
    const gap = p.percentUnit
      ? `${f.gap} điểm phần trăm (hơn ${p.threshold} điểm là bất thường)`
      : `${f.gap} lần (từ ${p.threshold} lần trở lên là bất thường)`;
    const cause = f.date
      ? `có thể một ngày tháng đã được dán vào ô thành số (${p.value} là ngày ${f.date} trong Excel)`
      : p.percentUnit
        ? "có thể đã gõ một số lượng thay cho tỷ lệ, hoặc nhập nhầm số"
        : "có thể nhập nhầm số (thiếu hoặc thừa chữ số, mất dấu phẩy, nhầm đơn vị)";
    return (
      `Kiểm tra lại chỉ tiêu ${p.code}, cột ${q(COLUMN_LABELS.vi.lastYear)}: ${f.lastYear} và số thực hiện kỳ này ` +
      `(${f.actual}) chênh nhau ${gap}; ${cause}; chưa so sánh với cùng kỳ.`
    );
  },
  en: (p) => {
    const f = farFigures(p, "en");
    const gap = p.percentUnit
      ? `${f.gap} percentage points apart (more than ${p.threshold} is unusual)`
      : `${f.gap} times apart (${p.threshold} times or more is unusual)`;
    const cause = f.date
      ? `a date may have been pasted into the cell as a number (${p.value} is ${f.date} in Excel)`
      : p.percentUnit
        ? "a count may have been typed for the rate, or a typing mistake made"
        : "it may be a typing mistake (a digit lost or added, a decimal comma dropped, another unit)";
    return (
      `Check indicator ${p.code}, column ${q(COLUMN_LABELS.en.lastYear)}: ${f.lastYear} and this period's figure ` +
      `(${f.actual}) are ${gap}; ${cause}; not compared with last year.`
    );
  },
};

/** What changed in a negative change, without its sign: "2%", "1,5 điểm phần trăm". */
function changeAmount(p: Pick<NegativeChangeParams, "value" | "points">, lang: Lang): string {
  const points = lang === "vi" ? " điểm phần trăm" : " percentage points";
  return `${formatNumber(Math.abs(p.value), lang)}${p.points ? points : "%"}`;
}

/**
 * A negative change in words, as a report states it: "số người chết tăng 2%" / "deaths rose by 2%" for a reduction
 * (a rise), "kim ngạch … giảm 2%" / "… fell by 2%" for a growth rate (a fall).
 */
export function negativeChangeWords(
  p: Pick<NegativeChangeParams, "value" | "points" | "subject" | "reduction">,
  lang: Lang
): string {
  const amount = changeAmount(p, lang);
  if (lang === "vi") return `${p.subject.vi} ${p.reduction ? "tăng" : "giảm"} ${amount}`;
  return `${p.subject.en} ${p.reduction ? "rose" : "fell"} by ${amount}`;
}

/** "-2 nghĩa là số người chết tăng 2%, không giảm so với cùng kỳ": the figure as typed, and what it means. */
export function negativeChangeMeaning(p: NegativeChangeParams, lang: Lang): string {
  const words = negativeChangeWords(p, lang);
  if (lang === "vi")
    return `${formatNumber(p.value, "vi")} nghĩa là ${words}${p.reduction ? ", không giảm" : ""} so với cùng kỳ`;
  return `${formatNumber(p.value, "en")} means that ${words} on the same period last year${p.reduction ? " instead of falling" : ""}`;
}

/** The other entries for messages.ts' dictionaries, per language. */
export const CHECK_MESSAGES = {
  vi: {
    ...DOUBT_MESSAGES.vi,
    ...CONFLICT_MESSAGES.vi,
    ...DATE_MESSAGES.vi,
    "plausibility.lastYearFar": LAST_YEAR_FAR.vi,
    "change.negative": (p: NegativeChangeParams) =>
      `Chỉ tiêu ${p.code}, cột ${q(COLUMN_LABELS.vi[p.column])}: ${negativeChangeMeaning(p, "vi")}; ` +
      `số âm là hợp lệ và được đánh giá đúng như vậy. Nếu ý là ${p.reduction ? "giảm" : "tăng"} ${changeAmount(p, "vi")}, hãy gõ ${formatNumber(Math.abs(p.value), "vi")}, không có dấu trừ.`,
  },
  en: {
    ...DOUBT_MESSAGES.en,
    ...CONFLICT_MESSAGES.en,
    ...DATE_MESSAGES.en,
    "plausibility.lastYearFar": LAST_YEAR_FAR.en,
    "change.negative": (p: NegativeChangeParams) =>
      `Indicator ${p.code}, column ${q(COLUMN_LABELS.en[p.column])}: ${negativeChangeMeaning(p, "en")}; ` +
      `a negative figure is valid and judged as it is. If you meant ${p.reduction ? "a fall" : "a rise"} of ${changeAmount(p, "en")}, type ${formatNumber(Math.abs(p.value), "en")} without the minus sign.`,
  },
};
