/** The rows whose figures the pane shows as "to check" beside their status (core/doubted.ts), once per validation. */

import { rowsToCheck, type Catalogue } from "../core";
import type { ValidationReport } from "../workbook/types";

const cache = new WeakMap<ValidationReport, ReadonlySet<string>>();

export function toCheckOf(report: ValidationReport, catalogue: Catalogue): ReadonlySet<string> {
  let rows = cache.get(report);
  if (!rows) {
    rows = rowsToCheck(report.findings, report.evaluation.rows, catalogue);
    cache.set(report, rows);
  }
  return rows;
}
