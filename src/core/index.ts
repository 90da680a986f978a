/** The core's front door: evaluate a whole sheet (rows, findings, summary) from what an adapter read. */

import { evaluateRows, type EvaluationOptions, type RowEntry, type RowEvaluation } from "./evaluate";
import { planFor } from "./plan";
import { checkPlausibility } from "./plausibility";
import { checkConsistency, type Finding } from "./rules";
import { summarize, type SheetSummary } from "./summary";
import type { Catalogue } from "./types";

export interface SheetEvaluation {
  /** Every row but headings, in catalogue order. */
  rows: RowEvaluation[];
  /** A row's evaluation by its code. */
  row(code: string): RowEvaluation | undefined;
  findings: Finding[];
  summary: SheetSummary;
}

/**
 * One pass: judge every row, check consistency across rows and plausibility of each figure, count by
 * status and by lead agency. Findings are computed from the statuses, never the other way round.
 */
export function evaluateSheet(
  catalogue: Catalogue,
  entries: ReadonlyMap<string, RowEntry>,
  options: EvaluationOptions
): SheetEvaluation {
  const rows = evaluateRows(catalogue, entries, options);
  const { indexOf } = planFor(catalogue);
  return {
    rows,
    row: (code) => {
      const i = indexOf.get(code);
      return i === undefined ? undefined : rows[i];
    },
    findings: [...checkPlausibility(catalogue, rows, options), ...checkConsistency(catalogue, rows)],
    summary: summarize(catalogue, rows),
  };
}

export * from "./types";
export * from "./messages";
export * from "./numbers";
export { dateText, isDateFormat } from "./dateCells";
export {
  negativeChangeMeaning,
  negativeChangeWords,
  type LastYearFarParams,
  type NegativeChangeParams,
} from "./checkMessages";
export * from "./targets";
export * from "./periods";
export * from "./catalogue";
export * from "./evaluate";
export * from "./plan";
export * from "./rules";
export * from "./plausibility";
export * from "./doubted";
export { COUNT_GAP, LAST_YEAR_FACTOR, LAST_YEAR_POINTS } from "./lastYearFar";
export * from "./numberMarks";
export * from "./doubtMessages";
export { SETTLE_IN_LOG, type ConflictParams } from "./conflictMessages";
export * from "./summary";
export * from "./combine";
export * from "./summaryScope";
export { formatTime } from "./format";
