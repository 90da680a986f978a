/** One action at a time in the pane: while one runs, buttons are disabled and a second press does nothing. */

import { useCallback, useRef, useState } from "react";

/** What the pane is doing, or null when idle; "start" is the first read when the pane opens. */
export type Busy = null | "start" | "insert" | "validate" | "clear" | "filter" | "select";

/** `initial` is "start" while the pane's first read is under way, null when the pane is drawn with its answer. */
export function useOneAction(initial: Busy = "start") {
  const [busy, setBusy] = useState<Busy>(initial);
  /** Read by handlers that run outside React's render (the automatic re-check), hence a ref beside the state. */
  const busyRef = useRef(false);
  const act = useCallback(async <T>(kind: Exclude<Busy, null>, work: () => Promise<T>): Promise<T | undefined> => {
    if (busyRef.current) return undefined;
    busyRef.current = true;
    setBusy(kind);
    try {
      return await work();
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  }, []);
  return { busy, busyRef, act };
}
