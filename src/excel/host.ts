/** How the adapter reaches Excel (Excel.run and the requirement sets), and Excel's errors as messages. */

import { problem, type Problem } from "../core";
import type { Outcome } from "../workbook/types";

export interface ExcelHost {
  /** Runs a batch; while staff are typing in a cell, it waits for the edit to end instead of failing. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /**
   * Runs a batch that writes as one step of Ctrl+Z where Excel keeps add-ins' writes in the undo stack (ExcelApi
   * 1.20): without `mergeUndoGroup` each sync that writes would be a step of its own, and one Ctrl+Z would take back
   * the highlights but leave `Đánh giá` written, the sheet half undone. Should Excel refuse to group the batch
   * (UndoNotSupported: an API it cannot undo), the batch runs again without the group: the write matters more than
   * the undo. Only for batches that can run twice (each reads the workbook afresh). Before 1.20 as `run`.
   */
  write<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Runs a batch in the context of an earlier run (event handlers are removed in the context that added them). */
  runIn<T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T>;
  /** Whether the ExcelApi requirement set of this version (e.g. "1.9") is available. */
  supports(version: string): boolean;
}

/** Excel.run with the two overloads the adapter uses: (options, batch) and (earlier context, batch). */
export type ExcelRun = <T>(
  first: Excel.RunOptions | OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>
) => Promise<T>;

/** What the adapter needs of Office.js: replaced by the fake Excel in tests. */
export interface OfficeApi {
  run: ExcelRun;
  isSetSupported(name: string, version: string): boolean;
}

const office: OfficeApi = {
  run: (first, batch) => Excel.run(first as Excel.RunOptions, batch),
  isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
};

/** The real host: Office.js inside Excel. */
export function officeHost(api: OfficeApi = office): ExcelHost {
  return {
    // Without delayForCellEdit a batch that reaches Excel while staff type into a cell fails with
    // InvalidOperationInCellEditMode (Excel.RunOptions, learn.microsoft.com/javascript/api/excel/excel.runoptions):
    // auto-validation after an edit would flash an error each time staff move on to the next cell.
    run: (batch) => api.run({ delayForCellEdit: true }, batch),
    write: async (batch) => {
      if (!api.isSetSupported("ExcelApi", "1.20")) return api.run({ delayForCellEdit: true }, batch);
      try {
        return await api.run({ delayForCellEdit: true, mergeUndoGroup: true }, batch);
      } catch (error) {
        if ((error as { code?: unknown } | undefined)?.code !== "UndoNotSupported") throw error;
        return api.run({ delayForCellEdit: true }, batch);
      }
    },
    runIn: (context, batch) => api.run(context, batch),
    supports: (version) => api.isSetSupported("ExcelApi", version),
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
  if (sessionExpired(e?.code, detail)) return problem("excel.sessionExpired", {});
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return problem("excel.editMode", {});
    // Excel on the web refuses a request or a response over 5 MB, each with its own code.
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return problem("excel.tooLarge", {});
    // Excel's one code for a read-only workbook, a protected sheet and a protected structure: the message covers all.
    case "AccessDenied":
      return problem("excel.accessDenied", {});
    case "WorkbookReadOnly":
      return problem("excel.readOnly", {});
    default:
      return problem("excel.failed", { code, detail });
  }
}

/**
 * Excel on the web's session gone after a long idle or a sleep: InvalidOrTimedOutSession (office-js#6585), or the
 * common API's error 5012, "Your Office Online session has expired or is invalid. To continue, refresh the page."
 * (office-js-docs-pr#574), whose code may come as a number and whose wording has changed ("Office on the web").
 */
function sessionExpired(code: unknown, detail: string): boolean {
  return code === "InvalidOrTimedOutSession" || String(code) === "5012" || /session\b.*\bexpired/i.test(detail);
}

/** Runs a batch; any error becomes a value the pane can show. */
export function attempt<T>(host: ExcelHost, batch: (context: Excel.RequestContext) => Promise<T>): Promise<Outcome<T>> {
  return outcome(host.run(batch));
}

/** Runs a batch that writes, as one step of Ctrl+Z (`ExcelHost.write`); any error becomes a value the pane can show. */
export function attemptWrite<T>(
  host: ExcelHost,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<Outcome<T>> {
  return outcome(host.write(batch));
}

async function outcome<T>(run: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run };
  } catch (error) {
    return { ok: false, error: excelProblem(error) };
  }
}

/**
 * Runs `run` again, once, when the sync of its writes failed with ItemNotFound: in a shared workbook a co-author's
 * pane replaces the highlight rules too, and the rules this run read may be deleted before it deletes them (review
 * 25). Read again, the second run finds the rules as they are. `run` passes its writes' sync through the function it is given; a
 * failure of its reads is said at once, as before. Only for runs whose writes can be made twice.
 */
export async function againIfRulesGone<T>(
  run: (writeSync: (sync: Promise<void>) => Promise<void>) => Promise<Outcome<T>>
): Promise<Outcome<T>> {
  let gone = false;
  const first = await run((sync) =>
    sync.catch((error: unknown) => {
      gone = (error as { code?: unknown } | undefined)?.code === "ItemNotFound";
      throw error;
    })
  );
  return !first.ok && gone ? run((sync) => sync) : first;
}

/**
 * Runs the add-in's writes so that the change listener does not take them for staff's edits. With
 * ExcelApi 1.14 events say who made a change, and stay on. Before it, events are switched off in
 * a sync of their own and back on in a `finally`: switched off in the batch of the writes, a
 * failing write would leave them off for the whole session, and auto-validation would silently
 * stop (a batch is not a transaction: what came before the failure has happened).
 */
export async function ownWrites(
  host: ExcelHost,
  context: Excel.RequestContext,
  write: () => Promise<void>
): Promise<void> {
  if (host.supports("1.14")) return write();
  context.runtime.enableEvents = false;
  await context.sync();
  try {
    await write();
  } finally {
    context.runtime.enableEvents = true;
    await context.sync().catch(() =>
      // A fresh batch, should this context be unusable after the failure.
      host.run(async (fresh) => {
        fresh.runtime.enableEvents = true;
        await fresh.sync();
      })
    );
  }
}
