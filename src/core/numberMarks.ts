/** The signs and words staff put before a figure they do not know exactly: a bound (`≥ 5`) or an estimate (`~5`, `khoảng 5`). */

import type { Doubt } from "./doubtMessages";
import type { NumberReading } from "./numbers";

/** A bound says which side of the number the figure lies; an approximation, that it is near it. */
export type MarkKind = "bound" | "approximate";

const BOUND_MARKS = ["≥", ">=", "⩾", "≤", "<=", "⩽", ">", "<"];

// The symbols Word, phones and fonts give for "about", and the words, with and without diacritics.
const APPROXIMATE_MARKS = [
  "~",
  "∼",
  "～",
  "≈",
  "≃",
  "≒",
  "khoảng chừng",
  "khoang chung",
  "khoảng",
  "khoang",
  "xấp xỉ",
  "xap xi",
  "gần",
  "gan",
  "chừng",
  "ước tính",
  "uoc tinh",
  "ước đạt",
  "uoc dat",
  "ước",
  "uoc",
  "dự kiến",
  "du kien",
  "trên dưới",
  "tren duoi",
];

const BOUNDS = new Set(BOUND_MARKS);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A mark at the start of a text (NFC), with the spaces after it. Longest first, so that `ước tính` is not
 * taken for `ước` and `>=` not for `>`; any case (`Khoảng`, `KHOẢNG`).
 */
export const MARK = new RegExp(
  `^(${[...BOUND_MARKS, ...APPROXIMATE_MARKS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})\\s*`,
  "iu"
);

export function markKind(mark: string): MarkKind {
  return BOUNDS.has(mark) ? "bound" : "approximate";
}

/** What a reading of typed text leaves for a person to check: the mark before it, the separator after it. */
export function readingDoubts(text: string, reading: NumberReading): Doubt[] {
  if (reading.kind !== "number" || reading.source !== "text") return [];
  const shown = text.trim();
  const doubts: Doubt[] = [];
  if (reading.prefix !== undefined) {
    const params = { text: shown, read: reading.value, mark: reading.prefix };
    doubts.push(
      markKind(reading.prefix) === "bound" ? { key: "doubt.bound", params } : { key: "doubt.approximate", params }
    );
  }
  if (reading.trailingSeparator !== undefined) {
    doubts.push({
      key: "doubt.trailingSeparator",
      params: { text: shown, read: reading.value, separator: reading.trailingSeparator },
    });
  }
  return doubts;
}
