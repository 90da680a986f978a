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

  /** Started by the first validation that reads the sheet; once. */
  const watch = useCallback(async () => {
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
    const watching = await workbook.watchChanges(changed);
    if (watching.ok) stopWatching.current = watching.value;
  }, [workbook, act, delayMs, changed]);

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

  return { paused, pausedRef, watch, changed, pause, setPaused };
}
