/**
 * What to type instead of a figure that is not a number: a person told only "“5 xã” không phải là một số" does not
 * know whether to drop the word, change a separator or leave the cell empty. Read from the text as typed.
 */

import { formatNumber } from "./format";
import { foldText } from "./periods";
import type { Lang } from "./types";

const FULLWIDTH_DIGIT = /[\uFF10-\uFF19]/;
/** "(3)": an accountant's negative number. */
const PARENTHESISED = /^\(\s*([\d.,\s]+?)\s*\)$/;
/** "5 xã", "1.242,5 tỷ", "33,6 giường", "tỷ 5": a number with a word beside it. */
const WITH_WORDS = /^((?:\p{L}[\p{L}.]*\s+)*)([-+]?\d[\d.,\s]*?)\s*(\p{L}[\p{L}.\s]*)?$/u;
/** What people type for "no figure yet": also an ellipsis, and "being compiled" (trial 20). */
const NO_FIGURE =
  /^(?:n\/?a|-+|–|—|x|\?+|…|\.{2,}|không có|chưa có(?: số liệu)?|chưa báo cáo|không|đang (?:tổng hợp|cập nhật|thu thập)(?: số liệu)?)$/iu;

const ADVICE: Record<
  Lang,
  {
    fullwidth: (digits: string) => string;
    negative: (value: string) => string;
    words: (value: string) => string;
    /** The words name another size than the row's unit (`2,6 tỷ` in Triệu USD): the figure in the row's unit. */
    converted: (value: string, unit: string) => string;
    inUnit: (unit: string | undefined) => string;
    noFigure: string;
    lines: string;
    general: string;
  }
> = {
  vi: {
    fullwidth: (d) => `hãy gõ lại bằng chữ số thường: ${d}`,
    negative: (v) => `số âm hãy gõ dấu trừ: -${v}`,
    words: (v) => `hãy gõ chỉ con số ${v}, không kèm chữ (đơn vị đã có ở cột “Đơn vị”)`,
    converted: (v, u) => `hãy gõ ${v} (tính bằng “${u}”, đơn vị của dòng), không kèm chữ`,
    inUnit: (u) =>
      u === undefined
        ? "hãy gõ con số tính theo đơn vị ở cột “Đơn vị”, không kèm chữ"
        : `hãy gõ con số tính bằng “${u}” (đơn vị của dòng), không kèm chữ`,
    noFigure: "nếu chưa có số liệu, hãy để trống ô",
    lines: "ô có hai dòng: hãy giữ một con số",
    general: "hãy gõ chỉ con số, dấu phẩy trước phần thập phân, ví dụ 1.234,5",
  },
  en: {
    fullwidth: (d) => `type it again in ordinary digits: ${d}`,
    negative: (v) => `type a negative number with a minus sign: -${v}`,
    words: (v) => `type only the number ${v}, without words (the unit is in the “Đơn vị” column)`,
    converted: (v, u) => `type ${v} (in “${u}”, the row's unit), without words`,
    inUnit: (u) =>
      u === undefined
        ? "type the figure in the unit of the “Đơn vị” column, without words"
        : `type the figure in “${u}” (the row's unit), without words`,
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

/** Words that scale a figure, folded: `2,6 tỷ`, `2.1k`, `Nghìn tỷ đồng` (a thousand billion). */
const SIZE_WORDS: Record<string, number> = {
  k: 1e3,
  nghin: 1e3,
  ngan: 1e3,
  thousand: 1e3,
  tr: 1e6,
  trieu: 1e6,
  million: 1e6,
  ty: 1e9,
  billion: 1e9,
  bn: 1e9,
};
/** The ways people write the đồng, folded. */
const DONG = new Set(["d", "dong", "vnd", "vnđ"]);

/** How many of the base thing a text's words count (`tỷ USD`: 1e9 USD), and that thing (`usd`, "" if unnamed). */
function measure(words: string): { size: number; base: string } {
  let size = 1;
  const base: string[] = [];
  for (const word of foldText(words).replace(/\./g, " ").split(" ")) {
    if (word === "") continue;
    if (SIZE_WORDS[word] !== undefined && base.length === 0) size *= SIZE_WORDS[word];
    else base.push(DONG.has(word) ? "dong" : word);
  }
  return { size, base: base.join(" ") };
}

/** A number as typed that reads one way only (`2,6`, `2.1`, `1.242,5`, `2100`); `2.600` reads two ways. */
function plainNumber(text: string): number | undefined {
  const t = text.replace(/\s/g, "");
  if (/^[-+]?\d+(,\d+)?$/.test(t)) return Number(t.replace(",", "."));
  if (/^[-+]?\d+\.(\d{1,2}|\d{4,})$/.test(t)) return Number(t);
  if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$|^[-+]?\d{1,3}(\.\d{3}){2,}$/.test(t))
    return Number(t.replace(/\./g, "").replace(",", "."));
  return undefined;
}

/** The figure to type, with a decimal comma and no grouping, or undefined when it would need over 4 decimals. */
function typedFigure(value: number): string | undefined {
  const plain = String(Number(value.toPrecision(12)));
  if (/e/.test(plain) || (plain.split(".")[1] ?? "").length > 4) return undefined;
  return plain.replace(".", ",");
}

/**
 * A number typed with words (`2,6 tỷ USD`): the number alone when neither the words nor the row's unit scale it
 * (`5 xã`); the figure in the row's unit, named, when the words give a size (`tỷ` in a `Triệu USD` row: 2600, not
 * 2,6, a thousand times too small; `2.1k` in `Nghìn lượt`: 2,1), or as typed when they are the row's unit and the
 * number reads two ways alone (`7.485 tỷ` in Tỷ đồng); else only "type it in the row's unit", never a number that
 * may be wrong (`2.100 lượt` in `Nghìn lượt`: 2100 visits, or 2100 thousand written loosely?).
 */
function wordsAdvice(words: RegExpExecArray, lang: Lang, unit: string | undefined): string {
  const t = ADVICE[lang];
  const number = words[2].trim();
  const typed = measure(`${words[1]} ${words[3] ?? ""}`);
  const row = unit === undefined ? undefined : measure(unit);
  if (typed.size === 1 && (row?.size ?? 1) === 1) return t.words(number);
  const value = plainNumber(number);
  const sameThing = typed.base === "" || row?.base === "" || typed.base === row?.base;
  if (row && unit !== undefined && typed.size !== 1 && sameThing && value !== undefined) {
    const figure = typedFigure((value * typed.size) / row.size);
    if (figure !== undefined) return t.converted(figure, unit);
  }
  // The words are the row's unit (`7.485 tỷ` in Tỷ đồng): the number as typed reads as meant there.
  if (row && typed.size === row.size && sameThing) return t.words(number);
  return t.inUnit(unit);
}

/**
 * The advice that follows "… không phải là một số" for the text a person typed (as the message quotes it), in a row
 * of `unit` when the reader knew it.
 */
export function notNumberAdvice(text: string, lang: Lang, unit?: string): string {
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
  if (words && /\p{L}/u.test(trimmed)) return wordsAdvice(words, lang, unit);
  return t.general;
}
