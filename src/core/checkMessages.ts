/**
 * The messages of the checks beside the statuses that messages.ts has no room for, in Vietnamese and English: a
 * last-year figure that is none, with the doubts about figures typed as text (doubtMessages.ts) they extend.
 */

import { DOUBT_MESSAGES, type DoubtParams, type RowDoubtParams } from "./doubtMessages";
import { COLUMN_LABELS } from "./labels";
import type { Problem } from "./messages";
import type { Lang } from "./types";

export type { RowDoubtParams };

export interface CheckParams extends DoubtParams {
  /** `Cùng kỳ năm trước` holds no figure of the row's unit (`4060 ha`, `N/A`, 120 in a % row): not compared. */
  "plausibility.lastYearInvalid": { code: string; text: string; reason: Problem };
}

const q = (s: string) => `“${s}”`;

/**
 * The entries for messages.ts' dictionaries, per language; `describe` renders a nested reason (passed in, since
 * messages.ts imports this file).
 */
export function checkMessages(describe: (p: Problem, lang: Lang) => string) {
  return {
    vi: {
      ...DOUBT_MESSAGES.vi,
      "plausibility.lastYearInvalid": (p: CheckParams["plausibility.lastYearInvalid"]) =>
        `Chỉ tiêu ${p.code}, cột ${q(COLUMN_LABELS.vi.lastYear)}: giá trị ${q(p.text)} không hợp lệ: ${describe(p.reason, "vi")}; chưa so sánh với cùng kỳ.`,
    },
    en: {
      ...DOUBT_MESSAGES.en,
      "plausibility.lastYearInvalid": (p: CheckParams["plausibility.lastYearInvalid"]) =>
        `Indicator ${p.code}, column ${q(COLUMN_LABELS.en.lastYear)}: the value ${q(p.text)} is invalid: ${describe(p.reason, "en")}; no comparison with last year.`,
    },
  };
}
