/**
 * The messages of the checks beside the statuses that messages.ts has no room for, in Vietnamese and English: a
 * last-year figure that is none (said as row.invalidValue is, whose text is here too), a negative change, with the
 * doubts about figures typed as text (doubtMessages.ts) and the merge's open conflicts (conflictMessages.ts) they extend.
 */

import { CONFLICT_MESSAGES, type ConflictParams } from "./conflictMessages";
import { DATE_MESSAGES, type DateParams } from "./dateCells";
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

export interface CheckParams extends DoubtParams, DateParams {
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

/** The other entries for messages.ts' dictionaries, per language. */
export const CHECK_MESSAGES = {
  vi: {
    ...DOUBT_MESSAGES.vi,
    ...CONFLICT_MESSAGES.vi,
    ...DATE_MESSAGES.vi,
    "change.negative": (p: NegativeChangeParams) => {
      const amount = `${formatNumber(Math.abs(p.value), "vi")}${p.points ? " điểm phần trăm" : "%"}`;
      const meaning = p.reduction ? `${p.subject.vi} tăng ${amount}, không giảm` : `${p.subject.vi} giảm ${amount}`;
      return (
        `Chỉ tiêu ${p.code}, cột ${q(COLUMN_LABELS.vi[p.column])}: ${formatNumber(p.value, "vi")} nghĩa là ${meaning} so với cùng kỳ; ` +
        `số âm là hợp lệ và được đánh giá đúng như vậy. Nếu ý là ${p.reduction ? "giảm" : "tăng"} ${amount}, hãy gõ ${formatNumber(Math.abs(p.value), "vi")}, không có dấu trừ.`
      );
    },
  },
  en: {
    ...DOUBT_MESSAGES.en,
    ...CONFLICT_MESSAGES.en,
    ...DATE_MESSAGES.en,
    "change.negative": (p: NegativeChangeParams) => {
      const amount = `${formatNumber(Math.abs(p.value), "en")}${p.points ? " percentage points" : "%"}`;
      const meaning = p.reduction
        ? `${p.subject.en} rose by ${amount} on the same period last year instead of falling`
        : `${p.subject.en} fell by ${amount} on the same period last year`;
      return (
        `Indicator ${p.code}, column ${q(COLUMN_LABELS.en[p.column])}: ${formatNumber(p.value, "en")} means that ${meaning}; ` +
        `a negative figure is valid and judged as it is. If you meant ${p.reduction ? "a fall" : "a rise"} of ${amount}, type ${formatNumber(Math.abs(p.value), "en")} without the minus sign.`
      );
    },
  },
};
