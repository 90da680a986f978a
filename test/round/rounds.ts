/** A round played on grids of the shipped catalogue for the tests: an agency's split file as it comes back, a merge carried out with its log, status. */

import { evaluateSheet, type CellValue } from "../../src/core";
import {
  LOG_HEADER,
  logRow,
  planCompleteness,
  planSplit,
  readLog,
  type MergePlan,
  type MergeSource,
  type RoundSheet,
} from "../../src/round";
import { readEntries, type ColumnKey } from "../../src/template";
import { edit, gridOfTemplate, roundSheet, shippedCatalogue } from "./grids";

const catalogue = shippedCatalogue();

export type Edits = [string, ColumnKey, CellValue][];

/** An agency's split file after it typed `edits`, as the doors read it, named `file` when given (a path, a copy). */
export function agencyFile(target: RoundSheet, agency: string, edits: Edits, file?: string): MergeSource {
  const [plan] = planSplit(catalogue, target, { only: agency });
  const split = roundSheet(gridOfTemplate(plan.template), catalogue);
  for (const [code, key, value] of edits) edit(split, code, key, value);
  return { file: file ?? plan.fileName, sheet: split };
}

/** The consolidated workbook after a door carried out `plan`: its writes, and its log lines appended to `log`, read back. */
export function appliedWithLog(target: RoundSheet, plan: MergePlan, log: CellValue[][]): RoundSheet {
  const values = target.grid.values.map((r) => [...r]) as CellValue[][];
  for (const w of plan.writes) values[w.row][w.col] = w.value as CellValue;
  if (log.length === 0 && plan.log.length > 0) log.push([...LOG_HEADER]);
  for (const entry of plan.log) log.push(logRow(entry) as CellValue[]);
  return { ...roundSheet({ ...target.grid, values }, catalogue), log: readLog(log) };
}

/** `status` of a consolidated sheet on 2024-06-20, judged at the default tolerance. */
export function completeness(sheet: RoundSheet) {
  const evaluation = evaluateSheet(catalogue, readEntries(sheet.grid, sheet.located), {
    period: sheet.located.period,
    tolerance: 0.05,
  });
  return planCompleteness(catalogue, sheet, evaluation, "2024-06-20");
}
