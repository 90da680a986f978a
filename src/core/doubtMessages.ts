/**
 * What is said, in Vietnamese and English, about a figure typed as text that was read as a number although the
 * person may have meant something else: a mark before it (`~5`, `≥ 5`), a separator after it (`33,`), a notation
 * that reads two ways (`4,500`). Each is a clause: validate puts it beside the row, merge beside what it wrote.
 */

import { COLUMN_LABELS, formatNumber, type EntryColumn } from "./labels";
import type { Lang } from "./types";

export interface DoubtParams {
  /** `~5`, `khoảng 5`, `gần 7`: read as the number; the mark is information the number alone drops. */
  "doubt.approximate": { text: string; read: number; mark: string };
  /** `≥ 5`, `< 5`: read as exactly the number, which the person did not say. */
  "doubt.bound": { text: string; read: number; mark: string };
  /** `33,`, `5.`: read as the number before the separator; may be a figure typed halfway (`33,5`). */
  "doubt.trailingSeparator": { text: string; read: number; separator: "," | "." };
  /** `4,500` read as 4,5 where 4.500 lands near the plan: `type` is what to type for the other reading. */
  "doubt.ambiguous": { text: string; read: number; other: number; type: string };
}

export type DoubtKey = keyof DoubtParams;
export type Doubt = { [K in DoubtKey]: { key: K; params: DoubtParams[K] } }[DoubtKey];

/** A doubt beside the row it concerns, on validate's, the pane's and the report's "Kiểm tra lại". */
export interface RowDoubtParams {
  code: string;
  column: EntryColumn;
  doubt: Doubt;
}

const q = (s: string) => `“${s}”`;

type Clauses = { [K in DoubtKey]: (p: DoubtParams[K]) => string };

const CLAUSES: Record<Lang, Clauses> = {
  vi: {
    "doubt.approximate": (p) =>
      // Not "move it to the estimate column": a period's figure typed "khoảng 7" belongs where it is (trial 20).
      `đã hiểu ${q(p.text)} là ${formatNumber(p.read, "vi")}; hãy gõ chỉ con số, không kèm ${q(p.mark)} (nếu cần, ghi “số ước tính” ở cột “Ghi chú”)`,
    "doubt.bound": (p) =>
      `đã hiểu ${q(p.text)} là đúng ${formatNumber(p.read, "vi")}, không tính ${q(p.mark)}; hãy gõ chỉ con số đã đạt, không kèm ${q(p.mark)}`,
    "doubt.trailingSeparator": (p) =>
      `đã hiểu ${q(p.text)} là ${formatNumber(p.read, "vi")}, bỏ dấu ${q(p.separator)} ở cuối; nếu số chưa gõ hết (phần sau dấu ${q(p.separator)}) hãy gõ đủ, nếu không hãy xóa dấu ${q(p.separator)}`,
    "doubt.ambiguous": (p) =>
      `${q(p.text)} đã hiểu là ${formatNumber(p.read, "vi")}; nếu ý là ${formatNumber(p.other, "vi")} hãy nhập ${p.type}`,
  },
  en: {
    "doubt.approximate": (p) =>
      `${q(p.text)} was read as ${formatNumber(p.read, "en")}; type the number alone, without ${q(p.mark)} (if need be, write “estimate” in the “Ghi chú” column)`,
    "doubt.bound": (p) =>
      `${q(p.text)} was read as exactly ${formatNumber(p.read, "en")}, leaving out ${q(p.mark)}; type the figure reached alone, without ${q(p.mark)}`,
    "doubt.trailingSeparator": (p) =>
      `${q(p.text)} was read as ${formatNumber(p.read, "en")}, dropping the ${q(p.separator)} at its end; if the number was not typed in full (the part after ${q(p.separator)}), type it all, otherwise delete the ${q(p.separator)}`,
    "doubt.ambiguous": (p) =>
      `${q(p.text)} was read as ${formatNumber(p.read, "en")}; if you meant ${formatNumber(p.other, "en")}, type ${p.type}`,
  },
};

export function doubtClause(doubt: Doubt, lang: Lang): string {
  return (CLAUSES[lang][doubt.key] as (p: unknown) => string)(doubt.params);
}

const rowDoubt: Record<Lang, (p: RowDoubtParams) => string> = {
  vi: (p) => `Kiểm tra lại chỉ tiêu ${p.code}, cột ${q(COLUMN_LABELS.vi[p.column])}: ${doubtClause(p.doubt, "vi")}.`,
  en: (p) => `Check indicator ${p.code}, column ${q(COLUMN_LABELS.en[p.column])}: ${doubtClause(p.doubt, "en")}.`,
};

/** The messages.ts dictionary entries, per language. */
export const DOUBT_MESSAGES = {
  vi: { ...CLAUSES.vi, "plausibility.doubt": rowDoubt.vi },
  en: { ...CLAUSES.en, "plausibility.doubt": rowDoubt.en },
};
