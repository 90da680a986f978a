/**
 * The pane's automatic re-checks: from the first validation on, edits in the sheet (and a new margin) validate again
 * after a quiet time, unless the results were cleared ("Xóa kết quả kiểm tra" pauses them until "Kiểm tra").
 */

import { useCallback, useEffect, useRef, useState } from "react";
import { AutoValidator, BUSY } from "../workbook/autoValidate";
import type { Workbook } from "../workbook/types";

/** useOneAction's act, as far as the re-check uses it. */
type Act = <T>(kind: "validate", work: () => Promise<T>) => Promise<T | undefined>;

export function useAutoRecheck(workbook: Workbook, act: Act, delayMs: number, recheck: () => Promise<void>) {
  const [paused, setPausedState] = useState(false);
  /**
   * Someone else than the add-in changed its result columns since the last check (Ctrl+Z of a re-check's step with
   * ExcelApi 1.20 leaves the new figure beside the old `Đánh giá`): the pane says so until the next check, and does
   * not re-check by itself (each re-check would be a new step, and Ctrl+Z could never reach the figure).
   */
  const [sheetStale, setSheetStale] = useState(false);
  const resultsChanged = useCallback(() => setSheetStale(true), []);
  /** Read by the sheet's change events and the validator, outside React's render. */
  const pausedRef = useRef(false);
  const auto = useRef<AutoValidator | undefined>(undefined);
  const stopWatching = useRef<(() => void) | undefined>(undefined);
  const latest = useRef(recheck);
  latest.current = recheck;

  /** Something changed that the shown results depend on: re-check after the quiet time, unless paused. */
  const changed = useCallback(() => {
    if (!pausedRef.current) auto.current?.changed();
  }, []);

  /** After each validation that read the sheet: the sheet's results are the pane's again; watching starts once. */
  const watch = useCallback(async () => {
    setSheetStale(false);
    if (stopWatching.current) return;
    // While another action runs (a filter, going to a row), act() refuses: the validator then comes back later.
    const validator = new AutoValidator(
      async () => {
        const ran = await act("validate", async () => {
          // Paused while it waited (results cleared): the re-check that was due writes nothing.
          if (!pausedRef.current) await latest.current();
          return true;
        });
        return ran ? undefined : BUSY;
      },
      { delayMs }
    );
    auto.current = validator;
    const watching = await workbook.watchChanges(changed, resultsChanged);
    if (watching.ok) stopWatching.current = watching.value;
  }, [workbook, act, delayMs, changed, resultsChanged]);

  useEffect(
    () => () => {
      auto.current?.stop();
      stopWatching.current?.();
    },
    []
  );

  /**
   * Before the clearing writes (they are edits too, and must not colour the sheet again): no re-check from now on,
   * not even one that was due after an edit made just before.
   */
  const pause = useCallback(() => {
    pausedRef.current = true;
    auto.current?.cancel();
  }, []);

  /** Paused once the clearing is done; resumed by "Kiểm tra". */
  const setPaused = useCallback((on: boolean) => {
    pausedRef.current = on;
    setPausedState(on);
  }, []);

  /** The results cleared: paused until "Kiểm tra", and none left on the sheet to be out of date. */
  const cleared = useCallback(() => {
    setPaused(true);
    setSheetStale(false);
  }, [setPaused]);

  return { paused, pausedRef, sheetStale, watch, changed, pause, setPaused, cleared };
}
