/**
 * What to type instead of a figure that is not a number: a person told only "“5 xã” không phải là một số" does not
 * know whether to drop the word, change a separator or leave the cell empty. Read from the text as typed.
 */

import { formatNumber } from "./format";
import type { Lang } from "./types";

const FULLWIDTH_DIGIT = /[\uFF10-\uFF19]/;
/** "(3)": an accountant's negative number. */
const PARENTHESISED = /^\(\s*([\d.,\s]+?)\s*\)$/;
/** "5 xã", "1.242,5 tỷ", "33,6 giường", "tỷ 5": a number with a word beside it. */
const WITH_WORDS = /^(?:\p{L}[\p{L}.]*\s+)*([-+]?\d[\d.,\s]*?)\s*(?:\p{L}[\p{L}.\s]*)?$/u;
/** What people type for "no figure yet": also an ellipsis, and "being compiled" (trial 20). */
const NO_FIGURE =
  /^(?:n\/?a|-+|–|—|x|\?+|…|\.{2,}|không có|chưa có(?: số liệu)?|chưa báo cáo|không|đang (?:tổng hợp|cập nhật|thu thập)(?: số liệu)?)$/iu;

const ADVICE: Record<
  Lang,
  {
    fullwidth: (digits: string) => string;
    negative: (value: string) => string;
    words: (value: string) => string;
    noFigure: string;
    lines: string;
    general: string;
  }
> = {
  vi: {
    fullwidth: (d) => `hãy gõ lại bằng chữ số thường: ${d}`,
    negative: (v) => `số âm hãy gõ dấu trừ: -${v}`,
    words: (v) => `hãy gõ chỉ con số ${v}, không kèm chữ (đơn vị đã có ở cột “Đơn vị”)`,
    noFigure: "nếu chưa có số liệu, hãy để trống ô",
    lines: "ô có hai dòng: hãy giữ một con số",
    general: "hãy gõ chỉ con số, dấu phẩy trước phần thập phân, ví dụ 1.234,5",
  },
  en: {
    fullwidth: (d) => `type it again in ordinary digits: ${d}`,
    negative: (v) => `type a negative number with a minus sign: -${v}`,
    words: (v) => `type only the number ${v}, without words (the unit is in the “Đơn vị” column)`,
    noFigure: "if there is no figure yet, leave the cell empty",
    lines: "the cell holds two lines: keep one number",
    general: "type only the number, e.g. 1.234,5 (a comma before the decimals, as Vietnamese settings write it)",
  },
};

/** A count given with decimals ("7.5" schools): why it is refused, and the whole numbers either side to type. */
export function fractionalCountText(value: number, lang: Lang): string {
  const [typed, below, above] = [value, Math.floor(value), Math.ceil(value)].map((n) => formatNumber(n, lang));
  return lang === "vi"
    ? `số đếm phải là số nguyên (${typed}); hãy gõ một số nguyên, ví dụ ${below} hoặc ${above}, không có phần thập phân`
    : `a count must be a whole number (${typed}); type a whole number, e.g. ${below} or ${above}, without decimals`;
}

/** The advice that follows "… không phải là một số" for the text a person typed (as the message quotes it). */
export function notNumberAdvice(text: string, lang: Lang): string {
  const t = ADVICE[lang];
  const trimmed = text.trim();
  if (FULLWIDTH_DIGIT.test(trimmed)) {
    // NFKC writes fullwidth forms as the ordinary ones: "２５００" → "2500".
    return t.fullwidth(trimmed.normalize("NFKC"));
  }
  if (trimmed.includes(" ↵ ")) return t.lines;
  if (NO_FIGURE.test(trimmed)) return t.noFigure;
  const negative = PARENTHESISED.exec(trimmed);
  if (negative) return t.negative(negative[1].trim());
  const words = WITH_WORDS.exec(trimmed);
  if (words && /\p{L}/u.test(trimmed)) return t.words(words[1].trim());
  return t.general;
}
