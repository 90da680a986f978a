/**
 * The period list: a choice made while the pane works (an automatic re-check, a filter, going to a row, clearing)
 * is validated as soon as that action ends, whatever it was, and the list keeps showing it meanwhile (soak trial:
 * it snapped back, then a later unrelated "Kiểm tra" applied it).
 */

import { useCallback, useRef, useState } from "react";
import type { ReportingPeriod } from "../core";

export function usePeriodChoice(initial: ReportingPeriod, whenIdle: (next: () => void) => void) {
  const [period, setPeriod] = useState<ReportingPeriod>(initial);
  /** Chosen while the pane worked, not validated yet. */
  const pending = useRef<ReportingPeriod | undefined>(undefined);

  /** The period a validation read from the sheet: shown, unless another was chosen meanwhile (validated next). */
  const read = useCallback((p: ReportingPeriod) => setPeriod(pending.current ?? p), []);

  /** The person chose `chosen`: `validate` runs with it now, or once the action running ends (the last choice). */
  const choose = useCallback(
    (chosen: ReportingPeriod, validate: (p: ReportingPeriod) => Promise<void>): Promise<void> => {
      setPeriod(chosen);
      const first = pending.current === undefined;
      pending.current = chosen;
      return new Promise<void>((done) => {
        if (!first) return done();
        whenIdle(() => {
          const next = pending.current as ReportingPeriod;
          pending.current = undefined;
          void validate(next).then(done);
        });
      });
    },
    [whenIdle]
  );

  return { period, read, choose };
}
