/** One action at a time in the pane: while one runs, buttons are disabled and a second press does nothing. */

import { useCallback, useEffect, useRef, useState } from "react";

/** What the pane is doing, or null when idle; "start" is the first read when the pane opens. */
export type Busy = null | "start" | "insert" | "validate" | "clear" | "filter" | "select";

/**
 * `initial` is "start" while the pane's first read is under way, null when the pane is drawn with its answer.
 * `slow` turns true when an action has not answered within `slowMs` (Excel on Windows keeps cell-edit mode when the
 * person clicks into the pane, and the workbook's batches wait for it to end), false again when it answers.
 */
export function useOneAction(initial: Busy = "start", slowMs = 2000) {
  const [busy, setBusy] = useState<Busy>(initial);
  const [slow, setSlow] = useState(false);
  /** Read by handlers that run outside React's render (the automatic re-check), hence a ref beside the state. */
  const busyRef = useRef(false);
  /** What waits for the action running to end (whatever it is): run once, as soon as the pane is idle. */
  const waiting = useRef<(() => void)[]>([]);
  /** False once the pane is closed: what waited is dropped, and nothing starts (it would write to the sheet). */
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
      waiting.current = [];
    };
  }, []);
  const act = useCallback(
    async <T>(kind: Exclude<Busy, null>, work: () => Promise<T>): Promise<T | undefined> => {
      if (busyRef.current || !open.current) return undefined;
      busyRef.current = true;
      setBusy(kind);
      const waited = setTimeout(() => setSlow(true), slowMs);
      try {
        return await work();
      } finally {
        clearTimeout(waited);
        setSlow(false);
        busyRef.current = false;
        setBusy(null);
        for (const next of waiting.current.splice(0)) next();
      }
    },
    [slowMs]
  );
  /** `next` now when idle, else right after the action running ends (before any other can start). */
  const whenIdle = useCallback((next: () => void) => {
    if (busyRef.current) waiting.current.push(next);
    else next();
  }, []);
  return { busy, busyRef, act, whenIdle, slow };
}
