/**
 * Which figures an agency sent that merge must not write as a confident number: those validate doubts or
 * cannot read. They go into the consolidated workbook exactly as typed, so that the next check there states the
 * same doubt, and each is listed "cần xem lại" with its reason (merge's findings and its log sheet).
 */

import {
  cellDoubts,
  describe,
  hasPercentUnit,
  readNumber,
  valueTypeProblem,
  type Catalogue,
  type CellValue,
  type Indicator,
  type Problem,
  type ReportingPeriod,
} from "../core";
import type { MergedColumn } from "./messages";

/**
 * Why a value offered for a figure cell needs a person's look before it counts, or nothing for a figure read one
 * way: it is no number of its row (`5 xã`, `#N/A`, 120 in a % row: validate judges it invalid), or it was typed
 * as text read by a guess (`4,500` near plan as 4.500, `~5`, `≥ 5`, `33,`: validate's "Kiểm tra lại").
 * Notes are text and never doubted.
 */
export function reviewReasons(
  catalogue: Catalogue,
  indicator: Indicator,
  column: MergedColumn,
  value: CellValue,
  format: string | undefined,
  period: ReportingPeriod
): Problem[] {
  if (column === "note") return [];
  const percentUnit = hasPercentUnit(indicator);
  const reading = readNumber(value, format, { percentUnit, unitName: indicator.unit?.vi });
  if (reading.kind === "blank") return [];
  if (reading.kind === "invalid") return [reading.problem];
  const wrongType = valueTypeProblem(indicator, reading.value);
  if (wrongType) return [wrongType];
  if (typeof value !== "string") return [];
  // Last year's figure too, as validate doubts it: `4,500` read as 4,5 where 4.500 is near the period's plan.
  return cellDoubts(catalogue, indicator.code, column, value, reading.value, period);
}

/** The reasons as one clause, in the log sheet's language or the reader's. */
export function reasonsText(reasons: readonly Problem[], lang: "vi" | "en"): string {
  return reasons.map((r) => describe(r, lang)).join("; ");
}
