/**
 * Numbers and times written for people (`1.234,5` in Vietnamese, `1,234.5` in English; `07:03:09`) without Intl:
 * the first use of Intl in a page loads its locale data, 25–80 ms of the pane's first paint in headless Chromium.
 */

import type { Lang } from "./types";

/** Thousands and decimal separators of vi-VN and en-GB, as Intl.NumberFormat writes them. */
const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/**
 * The shortest decimal digits that read back as `value` (≥ 0, finite), with no zero in front, and how many of them
 * stand before the decimal point: 0.05 is ("5", -1), 1e21 is ("1", 22).
 */
function decimalDigits(value: number): { digits: string; point: number } {
  const [mantissa, exponent = "0"] = value.toString().split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  const digits = `${whole}${fraction}`;
  const leading = /^0*/.exec(digits)?.[0].length ?? 0;
  return { digits: digits.slice(leading), point: whole.length + Number(exponent) - leading };
}

/** Adds one to a string of decimal digits: "199" → "200", "99" → "100". */
function increment(digits: string): string {
  const last = digits.search(/9*$/);
  if (last === 0) return `1${"0".repeat(digits.length)}`;
  return `${digits.slice(0, last - 1)}${Number(digits[last - 1]) + 1}${"0".repeat(digits.length - last)}`;
}

/**
 * A number as the reader writes it: `1.234,5` in Vietnamese, `1,234.5` in English, at most
 * `maximumFractionDigits` decimals and no trailing zeros; from 10^15 on as `9,99 × 10^300`. Below that, writes exactly what
 * `new Intl.NumberFormat("vi-VN" | "en-GB", { maximumFractionDigits })` writes (a test compares them on many
 * values): rounded half away from zero on the number's shortest decimal form, as ICU does (1.005 to two decimals
 * is 1.01), and -0 keeps its sign.
 */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  // A figure no indicator reaches (9,99e300 typed by mistake) is shortened, never 300 digits.
  if (Math.abs(value) >= 1e15) {
    const exponent = Math.floor(Math.log10(Math.abs(value)));
    return `${formatNumber(value / 10 ** exponent, lang, 2)} × 10^${exponent}`;
  }
  const { group, decimal } = SEPARATORS[lang];
  let { digits, point } = decimalDigits(Math.abs(value));
  // Zeros in front so that the point falls inside or after the digits: 0.05 is "005" with one whole digit.
  if (point < 1) {
    digits = `${"0".repeat(1 - point)}${digits}`;
    point = 1;
  }
  const kept = point + maximumFractionDigits;
  if (digits.length > kept) {
    const up = digits[kept] >= "5";
    digits = digits.slice(0, kept);
    if (up) {
      const rounded = increment(digits);
      point += rounded.length - digits.length;
      digits = rounded;
    }
  }
  const whole = digits
    .slice(0, point)
    .padEnd(point, "0")
    .replace(/^0+(?=\d)/, "");
  const fraction = digits.slice(point).replace(/0+$/, "");
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? "-" : ""}${whole.replace(/\B(?=(\d{3})+$)/g, group)}${fraction ? `${decimal}${fraction}` : ""}`;
}

/** A time of day as `toLocaleTimeString("vi-VN" | "en-GB")` writes it: 24-hour `HH:MM:SS` in both languages. */
export function formatTime(date: Date): string {
  return [date.getHours(), date.getMinutes(), date.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":");
}
