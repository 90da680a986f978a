/**
 * Cells the agencies' files disagree on, which a merge writes from neither side: which rows are disputed, when a
 * row's note waits with its figures, whether the log already holds a conflict, which conflicts are still open, and
 * those of a sheet as validation takes them.
 */

import { hasPercentUnit, type Catalogue, type CellValue } from "../core";
import { locateTemplate, type DisputedCell, type Disputes, type SheetGrid } from "../template";
import { latestLines, type LogEntry, type LogLine } from "./mergeLog";
import type { MergedColumn } from "./messages";
import {
  catalogueOrder,
  cellAt,
  formatAt,
  isBlank,
  sameFigure,
  sameValue,
  type FigureCell,
  type RoundSheet,
} from "./sheet";

/** The files whose figures (not notes) disagree, by row code. */
export function disputedRows(
  cells: readonly { code: string; column: MergedColumn; conflict: boolean; from: readonly { file: string }[] }[]
): Map<string, Set<string>> {
  const disputed = new Map<string, Set<string>>();
  for (const { code, column, conflict, from } of cells) {
    if (!conflict || column === "note") continue;
    const files = disputed.get(code) ?? new Set<string>();
    for (const p of from) files.add(p.file);
    disputed.set(code, files);
  }
  return disputed;
}

/**
 * Whether a row's note waits while its figures are disputed: always, unless every file in the dispute sent this same
 * note. A note explains one side's figure ("Số liệu KBNN" is where 3.900 came from): written beside the other side's
 * figure, or beside none, it explains what is not there, and the row reads as settled when it is not (trial 20).
 */
export function heldNote(disputedBy: ReadonlySet<string> | undefined, notes: readonly { file: string }[]): boolean {
  if (!disputedBy) return false;
  const sent = new Set(notes.map((n) => n.file));
  return [...disputedBy].some((file) => !sent.has(file));
}

/**
 * The files whose figure lost when a conflict was settled since (the agreed figure typed into the cell, or the one it
 * held marked “Đã thống nhất”), by row code: in each such cell sent again unchanged (`settled`), every file that sent a
 * figure other than the one the cell now holds. A note such a file sends explains a figure that was not kept.
 */
export function overruledFiles(
  cells: readonly {
    code: string;
    column: MergedColumn;
    settled: boolean;
    now: FigureCell;
    percentUnit: boolean;
    from: readonly (FigureCell & { file: string })[];
  }[]
): Map<string, Set<string>> {
  const overruled = new Map<string, Set<string>>();
  for (const { code, column, settled, now, percentUnit, from } of cells) {
    if (!settled || column === "note") continue;
    const files = overruled.get(code) ?? new Set<string>();
    for (const p of from) if (!sameFigure(p, now, percentUnit)) files.add(p.file);
    overruled.set(code, files);
  }
  return overruled;
}

/**
 * Why a row's note waits, if it does: its figures still disputed (`open`, heldNote), or their conflict settled on
 * another figure than the one a file of the note sent (`overruled`). Once the conflict is over and the note's files'
 * figures are the agreed ones, it waits for nothing: it goes in.
 */
export function noteWait(
  disputedBy: ReadonlySet<string> | undefined,
  overruledBy: ReadonlySet<string> | undefined,
  notes: readonly { file: string }[]
): "open" | "overruled" | undefined {
  if (heldNote(disputedBy, notes)) return "open";
  return notes.some((n) => overruledBy?.has(n.file)) ? "overruled" : undefined;
}

/** The log's last line for a cell already says this: the same kind of line, with the same values from the same agencies. */
export function sameNotMerged(last: LogLine | undefined, entry: LogEntry): boolean {
  // A held note whose conflict was since settled on another figure is news: its line now says so (overruled).
  return (
    last !== undefined &&
    last.notMerged === entry.notMerged &&
    Boolean(last.overruled) === Boolean(entry.overruled) &&
    sameValue(last.value, entry.value)
  );
}

/**
 * The conflict a merge finds is the one staff marked “Đã thống nhất”: the same files still disagreeing the same way
 * neither reopen it nor are news. A file corrected to another figure that still disagrees is a new conflict.
 */
export function settledAlready(last: LogLine | undefined, entry: LogEntry): boolean {
  // Marked by staff, the line is dealt with, whatever it said of why the note waited (overruled or not).
  return last?.settled === true && sameNotMerged(last, { ...entry, overruled: last.overruled });
}

/**
 * A conflict the log holds and nobody has settled since: the cell still holds what it held then. `offers` is each
 * agency's value, as the log wrote it: "Cục Thuế 3.950; Sở Tài chính 3.900".
 */
export interface OpenConflict extends DisputedCell {
  column: Exclude<MergedColumn, "note">;
}

/**
 * The figure cells whose last log line is a conflict and whose value is still the one the merge found: settled by a
 * corrected file, a later line says so; settled by hand, the cell holds the agreed value, or the line says “Đã thống
 * nhất” (the agreed figure being the one the cell already held, or none). Catalogue order.
 */
export function openConflicts(catalogue: Catalogue, sheet: RoundSheet): OpenConflict[] {
  const open: OpenConflict[] = [];
  if (!mergedInto(catalogue, sheet)) return open;
  for (const line of latestLines(sheet.log ?? []).values()) {
    if (line.notMerged !== "conflict" || line.column === undefined || line.column === "note") continue;
    const indicator = catalogue.byCode.get(line.code);
    const row = sheet.located.rows.get(line.code);
    const col = sheet.located.columns[line.column];
    if (!indicator || row === undefined || col === undefined) continue;
    const now = { value: cellAt(sheet.grid, row, col), format: formatAt(sheet.grid, row, col) };
    if (!conflictStillOpen(line, now, hasPercentUnit(indicator))) continue;
    open.push({ code: line.code, column: line.column, agencies: line.agencies, offers: String(line.value ?? "") });
  }
  const order = catalogueOrder(catalogue);
  return open.sort((a, b) => order(a.code) - order(b.code));
}

/**
 * A conflict line nobody has settled since: not marked “Đã thống nhất”, and the cell still holds what the merge found
 * (read with the cell's format: a line logged 0.12 for the 12% a "0.0%" cell shows; a text "12%" reads alike).
 */
export function conflictStillOpen(line: LogLine, cell: FigureCell, percentUnit: boolean): boolean {
  return (
    line.notMerged === "conflict" &&
    !line.settled &&
    sameFigure({ value: line.old as CellValue, format: cell.format }, cell, percentUnit)
  );
}

/**
 * Whether the merge wrote into this sheet: a figure a log line says it wrote is still there. The log names no sheet,
 * so a second template in the workbook (a copy inserted beside it, another period's sheet) took the merged sheet's
 * conflicts as its own, its empty cells "still" holding what the merged one held (review of 0212614). A log that
 * wrote no figure (percent rows aside, whose stored form may differ) tells nothing: every template counts, as before.
 */
function mergedInto(catalogue: Catalogue, sheet: RoundSheet): boolean {
  const written = [...latestLines(sheet.log ?? []).values()].filter((line) => {
    const indicator = catalogue.byCode.get(line.code);
    const figure = line.column !== undefined && line.column !== "note";
    return figure && line.notMerged === undefined && indicator && !hasPercentUnit(indicator) && !isBlank(line.value);
  });
  if (written.length === 0) return true;
  return written.some((line) => {
    const row = sheet.located.rows.get(line.code);
    const col = line.column === undefined ? undefined : sheet.located.columns[line.column];
    if (row === undefined || col === undefined) return false;
    return sameFigure({ value: line.value }, { value: cellAt(sheet.grid, row, col) }, false);
  });
}

/**
 * judgeSheet's `disputed` for a workbook's merge log (validate, the report, merge --write; every door): each sheet's
 * open conflicts, on the template judgeSheet has located. A log with no conflict line gives nothing to ask.
 */
export function disputesOf(catalogue: Catalogue, log: readonly LogLine[]): Disputes | undefined {
  if (!log.some((line) => line.notMerged === "conflict" && !line.settled)) return undefined;
  return (grid, located) => openConflicts(catalogue, { grid, located, log: [...log] });
}

/** The open conflicts of a grid on its own, its template found here. */
export function disputedCells(catalogue: Catalogue, grid: SheetGrid, log: readonly LogLine[]): OpenConflict[] {
  const disputes = disputesOf(catalogue, log);
  const located = disputes && locateTemplate(grid, catalogue);
  return disputes && located ? [...disputes(grid, located)] : [];
}
