/**
 * The agency list's order: worst first as of the person's own last action (Kiểm tra, a period, a margin), kept as it
 * is by an automatic re-check, which must not move an open panel from under the pointer (soak trial: 34 shifts in
 * 400 actions). An agency new to the list goes at its end; one no longer in the report leaves it.
 */

import { useCallback, useRef, useState } from "react";
import type { ValidationReport } from "../workbook/types";

/** `previous` as it was, less the agencies gone, then those new in `fresh` in fresh's order. */
export function keepOrder(previous: readonly string[], fresh: readonly string[]): string[] {
  const now = new Set(fresh);
  const kept = previous.filter((a) => now.has(a));
  const known = new Set(kept);
  return [...kept, ...fresh.filter((a) => !known.has(a))];
}

/** The report's agencies in the order `order` gives (agencies it does not name last, in the report's order). */
export function inOrder<T extends { agency: string }>(agencies: readonly T[], order: readonly string[] | undefined) {
  if (!order) return agencies;
  const rank = new Map(order.map((a, i) => [a, i]));
  const at = (a: T) => rank.get(a.agency) ?? order.length;
  return [...agencies].sort((a, b) => at(a) - at(b));
}

const namesIn = (report: ValidationReport) => report.evaluation.summary.agencies.map((a) => a.agency);

export function useAgencyOrder(first: ValidationReport | undefined) {
  const [order, setOrder] = useState<readonly string[] | undefined>(() => first && namesIn(first));
  /** The next report shown answers the person's own action: it orders the list again. */
  const asked = useRef(false);
  const reorderNext = useCallback(() => void (asked.current = true), []);
  /** A report shown: ordered afresh if the person asked for it (or there was no order yet), else kept. */
  const follow = useCallback((report: ValidationReport) => {
    const fresh = namesIn(report);
    const again = asked.current;
    asked.current = false;
    setOrder((previous) => (again || !previous ? fresh : keepOrder(previous, fresh)));
  }, []);
  return { order, reorderNext, follow };
}
