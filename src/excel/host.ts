/** How the adapter reaches Excel (Excel.run and the requirement sets), and Excel's errors as messages. */

import { problem, type Problem } from "../core";
import type { Outcome } from "../workbook/types";

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Whether the ExcelApi requirement set of this version (e.g. "1.9") is available. */
  supports(version: string): boolean;
}

/** The real host: Office.js inside Excel. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
  };
}

/** A failure we detected ourselves, carried up to the outcome as it is. */
export class KnownProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.key);
  }
}

/** Excel's error (an OfficeExtension.Error has a `code`) as a message in the user's language. */
export function excelProblem(error: unknown): Problem {
  if (error instanceof KnownProblem) return error.problem;
  const e = error as { code?: unknown; message?: unknown } | undefined;
  const code = typeof e?.code === "string" ? e.code : "Unknown";
  const detail = typeof e?.message === "string" ? e.message : String(error);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return problem("excel.editMode", {});
    case "AccessDenied":
    case "WorkbookReadOnly":
      return problem("excel.readOnly", {});
    default:
      return problem("excel.failed", { code, detail });
  }
}

/** Runs a batch; any error becomes a value the pane can show. */
export async function attempt<T>(
  host: ExcelHost,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await host.run(batch) };
  } catch (error) {
    return { ok: false, error: excelProblem(error) };
  }
}
