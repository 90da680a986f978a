/** Parses a target as decisions write it (`7 - 7,5`, `4.060`, `≥ 5`, `Dưới 3`) into its bounds. */

import { problem, type Problem } from "./messages";
import { parseSeparatedNumber } from "./numbers";
import type { IndicatorKind } from "./types";

/**
 * `atLeast` / `atMost` when the text says so (`≥`, `Trên`, `Tối thiểu` / `≤`, `Dưới`, `Tối đa`);
 * `plain` for a bare number or range, whose direction comes from the catalogue's `kind`.
 */
export type TargetDirection = "atLeast" | "atMost" | "plain";

export interface ParsedTarget {
  direction: TargetDirection;
  min: number;
  max: number;
}

export type TargetParse = { ok: true; target: ParsedTarget } | { ok: false; problem: Problem };

const AT_LEAST = /^(≥|>=|>|trên|tối thiểu|ít nhất|không dưới)\s*/i;
const AT_MOST = /^(≤|<=|<|dưới|tối đa|không quá|không vượt quá)\s*/i;
const ABOUT = /^(khoảng|~|≈)\s*/i;
// A unit written after the number: `%`, `ha`, `tỷ đồng`… (letters, spaces, % and /).
const TRAILING_UNIT = /\s*[%\p{L}][\p{L}\s%/.]*$/u;
const RANGE = /^(.+?)\s*[-–—]\s*(.+)$/;

/** Parses a target text; numbers are read the Vietnamese way, as decisions print them. */
export function parseTarget(raw: string): TargetParse {
  let text = raw.trim().replace(/[\s\u00a0\u202f]+/g, " ");
  let direction: TargetDirection = "plain";
  let match: RegExpExecArray | null;
  if ((match = AT_LEAST.exec(text))) direction = "atLeast";
  else if ((match = AT_MOST.exec(text))) direction = "atMost";
  else match = ABOUT.exec(text);
  if (match) text = text.slice(match[0].length);
  text = text.replace(TRAILING_UNIT, "");
  const refuse: TargetParse = { ok: false, problem: problem("target.unparsable", { text: raw }) };
  if (text === "") return refuse;

  const single = readTargetNumber(text);
  if (single !== undefined) return { ok: true, target: { direction, min: single, max: single } };

  const range = RANGE.exec(text);
  if (!range || direction !== "plain") return refuse;
  const min = readTargetNumber(range[1]);
  const max = readTargetNumber(range[2].replace(TRAILING_UNIT, ""));
  if (min === undefined || max === undefined) return refuse;
  if (min > max) return { ok: false, problem: problem("target.reversedRange", { text: raw }) };
  return { ok: true, target: { direction, min, max } };
}

function readTargetNumber(text: string): number | undefined {
  // A target is never a percentage-of-a-percentage: read a lone dot the Vietnamese way (thousands).
  return parseSeparatedNumber(text.trim(), false);
}

/** Whether a parsed target can stand for an indicator of this kind. */
export function targetFitsKind(direction: TargetDirection, kind: IndicatorKind): boolean {
  switch (kind) {
    case "heading":
      return false;
    case "within":
      return direction === "plain";
    case "atLeast":
      return direction !== "atMost";
    case "atMost":
      return direction !== "atLeast";
    case "allOf":
      return true;
  }
}
