/** Hearing staff's edits on template sheets: the listener's state, and which changes are the add-in's own. */

import { COLUMNS } from "../template";
import type { TemplateRead } from "./read";

export type ChangeHandler = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

/** A change listener and the handlers that feed it. */
export interface Watch {
  listener: () => void;
  /** Told of a change of the result columns alone that is not the add-in's (Workbook.watchChanges). */
  resultsChanged?: () => void;
  /** ExcelApi 1.9: one handler on the whole collection of worksheets hears every sheet, present or future. */
  workbookLevel: boolean;
  /** Handlers by sheet id (or "workbook"), each removed in the context of the run that added it. */
  handlers: Map<string, ChangeHandler>;
  stopped: boolean;
}

export const WORKBOOK_HANDLER = "workbook";

/** The columns validation writes (`% so với KH năm`, `Đánh giá`): a change there alone is never staff's. */
export function ownColumns(template: TemplateRead | undefined): (number | undefined)[] {
  if (!template) return COLUMNS.flatMap((c, i) => (c.key === "percent" || c.key === "status" ? [i] : []));
  const { columns } = template.judged.located;
  return [columns.percent, columns.status];
}

/** Whether an A1 address (e.g. `H7:I44`) lies entirely inside the given 0-based columns. */
export function onlyColumns(address: string, columns: readonly (number | undefined)[]): boolean {
  const letters = address.replace(/^.*!/, "").match(/[A-Z]+(?=\d|$|:)/g);
  if (!letters) return false;
  const index = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [from, to] = [index(letters[0]), index(letters[letters.length - 1])];
  for (let c = Math.min(from, to); c <= Math.max(from, to); c++) if (!columns.includes(c)) return false;
  return true;
}
