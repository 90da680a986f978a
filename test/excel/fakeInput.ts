/**
 * What Excel stores when staff type into a cell that is not formatted as text: Excel reads the typed text with the
 * PC's regional settings before any add-in sees it (review 25, finding 1). Vietnamese settings read "," as the
 * decimal mark and "." as the grouping mark; English (US) the other way round. So on a Vietnamese PC "2,600" is
 * stored as 2.6 and "2.100" as 2100; on an English one "2.100" is 2.1. What does not read as a number in that locale
 * ("~5", "khoảng 7", "1,234.5" on a Vietnamese PC) stays text, and a leading apostrophe keeps any text as typed.
 * The fake is strict where Excel may be lenient (grouping must come in threes), so a text it keeps may be a number
 * in Excel: a test that relies on text should type an apostrophe.
 */

export type FakeLocale = "vi-VN" | "en-US";

const MARKS: Record<FakeLocale, { decimal: string; group: string }> = {
  "vi-VN": { decimal: ",", group: "." },
  "en-US": { decimal: ".", group: "," },
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The value Excel stores for `typed` in a cell with `numberFormat`, and the format it then has (a typed % sets one). */
export function excelInput(
  typed: string,
  numberFormat: string,
  locale: FakeLocale
): { value: string | number; numberFormat: string } {
  if (typed.startsWith("'")) return { value: typed.slice(1), numberFormat };
  if (numberFormat === "@") return { value: typed, numberFormat };
  const { decimal, group } = MARKS[locale];
  const g = escape(group);
  const d = escape(decimal);
  const number = new RegExp(`^(-)?(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?(\\s?%)?$`);
  const m = number.exec(typed.trim());
  if (!m) return { value: typed, numberFormat };
  const [, minus, whole, fraction, percent] = m;
  // Read as one decimal literal, so "76,1 %" is 0.761 as Excel stores it, not 76.1 / 100.
  const n = Number(`${minus ?? ""}${whole.split(group).join("")}.${fraction ?? "0"}${percent ? "e-2" : ""}`);
  return { value: n, numberFormat: percent && numberFormat === "General" ? "0%" : numberFormat };
}
