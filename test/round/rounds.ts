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
  type RoundFinding,
  type RoundSheet,
} from "../../src/round";
import { readEntries, type ColumnKey } from "../../src/template";
import { edit, filledGrid, gridOfTemplate, roundSheet, shippedCatalogue } from "./grids";

const catalogue = shippedCatalogue();

/** An empty consolidated sheet for 9 tháng, the period of the trials the merge tests replay. */
export const consolidated9M = (): RoundSheet => roundSheet(filledGrid(catalogue, {}, "9M"), catalogue);

/** A plan's findings of one code, typed by it. */
export const findingsOf = <K extends RoundFinding["code"]>(plan: MergePlan, code: K) =>
  plan.findings.filter((f): f is Extract<RoundFinding, { code: K }> => f.code === code);

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
