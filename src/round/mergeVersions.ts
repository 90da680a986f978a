/**
 * Two versions of one agency's reply, and a figure withdrawn: a blank in one of its files is no figure, but beside its
 * other file's figure it is a disagreement, and a figure a person cleared after a merge wrote it is not written back
 * from the same file (trial 25b, B1: "so-y-te.xlsx" and "so-y-te (ban sua 2).xlsx" kept in one folder).
 */

import { hasPercentUnit, type Catalogue } from "../core";
import { latestLines, type LogLine } from "./mergeLog";
import type { AdmittedFile } from "./mergeEmptied";
import type { MergedColumn, Proposal } from "./messages";
import { cellAt, formatAt, isBlank, sameFigure, type FigureCell, type RoundSheet } from "./sheet";

interface CellOffer<A> {
  code: string;
  column: MergedColumn;
  from: (Proposal & { accepted: A })[];
}

/**
 * Adds to each figure cell's offers the blank of every other file of the same agency: one file fills 12.2, another of
 * the same agency leaves it blank, and nothing tells which file is newer, so the two are a conflict like two different
 * figures (held back, "cần xem lại"). Only when that agency alone offers the cell: a co-lead's blank is no withdrawal
 * of the other co-lead's figure. Notes are left as they were (they wait with their disputed figures anyway).
 */
export function addBlankVersions<A extends AdmittedFile>(files: readonly A[], offers: Iterable<CellOffer<A>>): void {
  for (const offer of offers) {
    const agencies = new Set(offer.from.map((p) => p.agency));
    if (offer.column === "note" || agencies.size !== 1) continue;
    const [agency] = agencies;
    const offering = new Set(offer.from.map((p) => p.accepted));
    const blanks = files.filter((f) => {
      if (f.agency !== agency || offering.has(f) || f.outcome.status !== "merged") return false;
      const row = f.sheet.located.rows.get(offer.code);
      const col = f.sheet.located.columns[offer.column];
      return row !== undefined && col !== undefined && isBlank(cellAt(f.sheet.grid, row, col));
    });
    if (blanks.length === 0) continue;
    offer.from.push(...blanks.map((f) => ({ file: f.source.file, agency, value: null, accepted: f })));
    // In the order the files were given, so the message reads like the folder.
    offer.from.sort((a, b) => files.indexOf(a.accepted) - files.indexOf(b.accepted));
  }
}

/**
 * The cell is blank, and the log's last line for it says a merge wrote this very figure from one of these agencies:
 * a person cleared it since (the figure withdrawn, as `merge.emptied` advises). Writing it again would undo a
 * person's edit; it is kept blank and said (`merge.cleared`). `mergedHere`: the log is this sheet's (logIsHere).
 */
export function clearedSince(
  last: LogLine | undefined,
  now: FigureCell,
  offer: FigureCell,
  senders: readonly { agency: string }[],
  compare: { percentUnit: boolean; column: MergedColumn; mergedHere: boolean }
): boolean {
  if (!compare.mergedHere || !isBlank(now.value) || last === undefined || last.notMerged || isBlank(last.value))
    return false;
  if (!senders.some((p) => last.agencies.includes(p.agency))) return false;
  return sameFigure({ value: last.value }, offer, compare.percentUnit, compare.column !== "note");
}

/**
 * Whether the log's figures were written into this sheet: some cell still holds what its last applied line wrote. A
 * second template sheet in the workbook (the log names no sheet) holds none of them: its blanks were never cleared.
 */
export function logIsHere(catalogue: Catalogue, sheet: RoundSheet): boolean {
  return [...latestLines(sheet.log ?? []).values()].some((line) => {
    const indicator = catalogue.byCode.get(line.code);
    const row = sheet.located.rows.get(line.code);
    const col = line.column === undefined ? undefined : sheet.located.columns[line.column];
    if (line.notMerged || isBlank(line.value) || !indicator || row === undefined || col === undefined) return false;
    const cell = { value: cellAt(sheet.grid, row, col), format: formatAt(sheet.grid, row, col) };
    return sameFigure({ value: line.value }, cell, hasPercentUnit(indicator), line.column !== "note");
  });
}
