/**
 * The fake Excel's undo stack (Ctrl+Z), as learn.microsoft.com "Undo support with the Excel JavaScript API" and the
 * ExcelApi 1.20 requirement set describe it:
 * - a person's edit is one step;
 * - before ExcelApi 1.20 (Excel 2021, Microsoft 365 builds before it) a sync that writes empties the stack
 *   (office-js#3788, "by design");
 * - with 1.20 each sync that writes is a step of its own, or the whole Excel.run one step when it was given
 *   `mergeUndoGroup: true`; a write of the same value again is still a step (Ctrl+Z then seems to do nothing);
 * - an API the page lists as not undoable empties the stack, and inside a merged group fails with UndoNotSupported.
 * A step holds what it changed as it was before: cells (value, formula, number format), wrapping, row heights, hidden
 * rows, and the workbook's conditional formats, names and sheets added. Other state (charts, validations, page
 * layout) is not restored: no test undoes it yet.
 */

import type { FakeCell, FakeHighlight, FakeSheet } from "./fakeExcel";

/**
 * Queued operations that change nothing a person could undo: loads and checks, event handlers, selection, the
 * active sheet, calculation (labels as the fake gives them).
 */
const NOT_EDITS =
  /\.load$|\.getMergedAreasOrNullObject$|\) used$|\.onChanged\.(add|remove)$|^runtime\.enableEvents |\.select$|\.activate$|^application\.calculate /;

/**
 * Of what the fake models, the APIs the undo page lists as not undoable: Worksheet.delete, and Worksheet.name (not
 * undoable in Excel on Windows and Mac; the fake is as unkind as the strictest host). Not modelled: NamedItem.comment,
 * not undoable in Excel on the web only (the fake has no switch for the web), which `names.add(…, comment)` sets: there
 * inserting the template may empty the stack instead of being one step.
 */
const NOT_UNDOABLE = /^worksheet .*\.delete$|^worksheet .*\.name = /;

export const isEdit = (label: string) => !NOT_EDITS.test(label);
export const isUndoable = (label: string) => !NOT_UNDOABLE.test(label);

type Names = { name: string; formula: string; comment?: string }[];

/** One step of the stack: what it changed, as it was before. */
export interface UndoStep {
  label: string;
  cells: Map<FakeSheet, Map<string, FakeCell | undefined>>;
  wrapped: Map<FakeSheet, Map<string, boolean>>;
  rowHeights: Map<FakeSheet, Map<number, number | undefined>>;
  hiddenRows: Map<FakeSheet, Map<number, boolean>>;
  highlights?: FakeHighlight[];
  names?: Names;
  sheetsAdded: FakeSheet[];
}

interface SheetState {
  cells: Map<string, FakeCell>;
  wrapped: Set<string>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
}

/** The part of the workbook a step may change, copied before a sync's writes. */
export interface UndoState {
  sheets: Map<FakeSheet, SheetState>;
  highlights: FakeHighlight[];
  names: Names;
}

export interface Undoable {
  sheets: FakeSheet[];
  highlights: FakeHighlight[];
  names: Names;
}

const copyHighlights = (h: FakeHighlight[]) => h.map((x) => ({ ...x, address: { ...x.address } }));
const copyNames = (n: Names) => n.map((x) => ({ ...x }));
const sameCell = (a?: FakeCell, b?: FakeCell) =>
  a === b || (!!a && !!b && a.value === b.value && a.formula === b.formula && a.numberFormat === b.numberFormat);

export function emptyStep(label: string): UndoStep {
  return { label, cells: new Map(), wrapped: new Map(), rowHeights: new Map(), hiddenRows: new Map(), sheetsAdded: [] };
}

export function snapshot(book: Undoable): UndoState {
  const sheets = new Map<FakeSheet, SheetState>();
  for (const s of book.sheets) {
    sheets.set(s, {
      cells: new Map([...s.cells].map(([k, c]) => [k, { ...c }])),
      wrapped: new Set(s.wrapped),
      rowHeights: new Map(s.rowHeights),
      hiddenRows: new Set(s.hiddenRows),
    });
  }
  return { sheets, highlights: copyHighlights(book.highlights), names: copyNames(book.names) };
}

/** Keeps the first "before" of each thing: a step that grows over several syncs restores the state at its start. */
function keep<K, V>(into: Map<FakeSheet, Map<K, V>>, sheet: FakeSheet, k: K, before: V): void {
  let m = into.get(sheet);
  if (!m) into.set(sheet, (m = new Map()));
  if (!m.has(k)) m.set(k, before);
}

/** Adds to `step` what changed between `before` and the workbook now. */
export function record(step: UndoStep, before: UndoState, book: Undoable): void {
  for (const sheet of book.sheets) {
    const was = before.sheets.get(sheet);
    if (!was) {
      if (!step.sheetsAdded.includes(sheet)) step.sheetsAdded.push(sheet);
      continue;
    }
    for (const k of new Set([...was.cells.keys(), ...sheet.cells.keys()])) {
      if (!sameCell(was.cells.get(k), sheet.cells.get(k))) keep(step.cells, sheet, k, was.cells.get(k));
    }
    for (const k of new Set([...was.wrapped, ...sheet.wrapped])) {
      if (was.wrapped.has(k) !== sheet.wrapped.has(k)) keep(step.wrapped, sheet, k, was.wrapped.has(k));
    }
    for (const r of new Set([...was.rowHeights.keys(), ...sheet.rowHeights.keys()])) {
      if (was.rowHeights.get(r) !== sheet.rowHeights.get(r)) keep(step.rowHeights, sheet, r, was.rowHeights.get(r));
    }
    for (const r of new Set([...was.hiddenRows, ...sheet.hiddenRows])) {
      if (was.hiddenRows.has(r) !== sheet.hiddenRows.has(r)) keep(step.hiddenRows, sheet, r, was.hiddenRows.has(r));
    }
  }
  if (!step.highlights && JSON.stringify(before.highlights) !== JSON.stringify(book.highlights)) {
    step.highlights = before.highlights;
  }
  if (!step.names && JSON.stringify(before.names) !== JSON.stringify(book.names)) step.names = before.names;
}

/** Puts back what `step` changed; returns, by sheet, the cells whose content changed back (for the change event). */
export function restore(step: UndoStep, book: Undoable): Map<FakeSheet, { row: number; col: number }[]> {
  const changed = new Map<FakeSheet, { row: number; col: number }[]>();
  for (const [sheet, cells] of step.cells) {
    for (const [k, cell] of cells) {
      if (cell) sheet.cells.set(k, { ...cell });
      else sheet.cells.delete(k);
      const [row, col] = k.split(",").map(Number);
      changed.set(sheet, [...(changed.get(sheet) ?? []), { row, col }]);
    }
  }
  for (const [sheet, m] of step.wrapped) for (const [k, on] of m) on ? sheet.wrapped.add(k) : sheet.wrapped.delete(k);
  for (const [sheet, m] of step.rowHeights) {
    for (const [r, h] of m) h === undefined ? sheet.rowHeights.delete(r) : sheet.rowHeights.set(r, h);
  }
  for (const [sheet, m] of step.hiddenRows) {
    for (const [r, on] of m) on ? sheet.hiddenRows.add(r) : sheet.hiddenRows.delete(r);
  }
  if (step.highlights) book.highlights = copyHighlights(step.highlights);
  if (step.names) book.names = copyNames(step.names);
  if (step.sheetsAdded.length > 0) book.sheets = book.sheets.filter((s) => !step.sheetsAdded.includes(s));
  return changed;
}
