/** The preview's count of the workbook's changes, kept from before its sheet (SheetView, loaded later) draws it. */

import type { MemoryWorkbook } from "../workbook/memory";

/** How many times the workbook changed, counted from before anything draws it. */
export interface ChangeCount {
  subscribe: (listener: () => void) => () => void;
  count: () => number;
}

/** Call before the workbook is first changed: the view draws again only when the count moved. */
export function countChanges(workbook: MemoryWorkbook): ChangeCount {
  let count = 0;
  workbook.subscribe(() => count++);
  return { subscribe: (listener) => workbook.subscribe(listener), count: () => count };
}
