/**
 * The pane's first read of the workbook (its saved margin, then a validation), started by the page's script before
 * React draws anything: in Excel its round trips run while the pane is first drawn; when the answer is already in
 * (the preview's in-memory workbook), the pane's first drawing shows the results, not an empty pane drawn twice.
 */

import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { DEFAULT_TOLERANCE } from "../core";
import type { Outcome, ValidationReport, Workbook } from "../workbook/types";

export interface FirstResult {
  /** The margin saved in the workbook, if any. */
  tolerance: number | undefined;
  validation: Outcome<ValidationReport>;
}

export interface FirstRead {
  promise: Promise<FirstResult>;
  /** Set once the promise has resolved. */
  settled?: FirstResult;
}

export function startFirstRead(workbook: Workbook): FirstRead {
  const promise = (async (): Promise<FirstResult> => {
    const saved = await workbook.loadTolerance();
    const tolerance = saved.ok ? saved.value : undefined;
    // One read of the workbook, not two: validating finds the template itself and says when there is none
    // (sheet.noTemplate), so asking findTemplates first would read and judge every sheet twice.
    const validation = await workbook.validate({ tolerance: tolerance ?? DEFAULT_TOLERANCE });
    return { tolerance, validation };
  })();
  const read: FirstRead = { promise };
  // A failure is the pane's to show when it awaits the promise; this only notes the answer.
  promise.then((result) => (read.settled = result)).catch(() => undefined);
  return read;
}

/** Waits for the read to settle or for the current task to end, whichever comes first: never longer than a task. */
export async function settledOrNextTask(read: FirstRead): Promise<void> {
  await Promise.race([read.promise.catch(() => undefined), new Promise((resolve) => setTimeout(resolve))]);
}

/**
 * Draws the pane's first picture inside the current task. React's root.render() would draw it in a task of its own,
 * and the browser paints a frame of the still-empty pane in between, which the person waits behind (bench:pane:
 * about a frame's work on the sample workbook).
 */
export function drawNow(element: HTMLElement, node: ReactNode): void {
  const root = createRoot(element);
  flushSync(() => root.render(node));
}
