/**
 * What is said, in Vietnamese and English, of a figure cell the agencies' files disagreed on: the merge wrote neither
 * figure and logged the conflict, and nobody has settled it since, so the cell holds no agreed figure to judge.
 */

import { COLUMN_LABELS, type EntryColumn } from "./labels";
import type { Lang } from "./types";

/** An open conflict of the merge log, beside its row (the doors read the log; the core only says it). */
export interface ConflictParams {
  code: string;
  column: EntryColumn;
  agencies: string[];
  /** Each agency's figure as the log wrote it: "Cục Thuế 3.950; Sở Tài chính 3.900". */
  offers: string;
}

const q = (s: string) => `“${s}”`;

/**
 * How to settle a conflict when the agreed figure is the one the cell already holds, or none: typing it again changes
 * nothing, so the log's line says it instead (readLog reads “Đã thống nhất”). Every message on conflicts ends with it.
 */
export const SETTLE_IN_LOG: Record<Lang, string> = {
  vi: "Nếu số đang có trong ô là số đã thống nhất (hoặc ô để trống là đúng), ghi “Đã thống nhất” vào cột “Cần xem lại” ở dòng xung đột đó trong trang “Nhật ký cập nhật”.",
  en: "If the figure already in the cell is the agreed one (or the cell is rightly empty), write “Đã thống nhất” in the “Cần xem lại” column of that conflict's line in the “Nhật ký cập nhật” sheet.",
};

/** The message for messages.ts' dictionaries, per language. */
export const CONFLICT_MESSAGES: Record<Lang, { "plausibility.conflict": (p: ConflictParams) => string }> = {
  vi: {
    "plausibility.conflict": (p) =>
      `Chỉ tiêu ${p.code}, cột ${q(COLUMN_LABELS.vi[p.column])}: các cơ quan gửi số khác nhau (${p.offers}), chưa thống nhất nên chưa gộp vào bảng — xem trang “Nhật ký cập nhật”. ` +
      "Hãy thống nhất số với các cơ quan rồi nhập số đã thống nhất vào ô này, hoặc sửa một tệp rồi gộp lại. " +
      SETTLE_IN_LOG.vi,
  },
  en: {
    "plausibility.conflict": (p) =>
      `Indicator ${p.code}, column ${q(COLUMN_LABELS.en[p.column])}: the agencies sent different figures (${p.offers}), not yet agreed, so neither was merged — see the “Nhật ký cập nhật” sheet. ` +
      "Agree the figure with the agencies and type it into this cell, or correct one file and merge again. " +
      SETTLE_IN_LOG.en,
  },
};
