/**
 * What the merge log already says of a cell, weighed against a new merge's offers for it: so that a jointly led figure
 * (07.1, Sở Tài chính and Cục Thuế) is never settled by the order the files were merged in (trial 23).
 */

import { isPercentFormat } from "../core";
import { LOG_SHEET } from "./logSheet";
import { conflictStillOpen } from "./mergeConflicts";
import { offeredText, offerParts, type LogLine } from "./mergeLog";
import type { MergedColumn, Proposal } from "./messages";
import { isBlank, sameFigure, type FigureCell } from "./sheet";

/**
 * What the log makes of a cell's offers: nothing (`asBefore`, the merge goes on as it would without a log); `noNews`,
 * a conflict settled since being sent again as it was; `stillOpen`, an open conflict sent again by one of its sides
 * unchanged (said, not logged again); `conflict`, the offers with what the log holds disagree (logged, not written);
 * `agreed`, an open conflict's sides now agree (written, its applied line closing the conflict).
 */
export type LogVerdict =
  { kind: "asBefore" | "noNews" | "agreed" } | { kind: "stillOpen" | "conflict"; proposals: Proposal[] };

export interface CellOffers {
  column: MergedColumn;
  percentUnit: boolean;
  /** The agencies that lead the row (the catalogue's `lead`). */
  leads: readonly string[];
  /** The files of this merge disagree among themselves already. */
  conflict: boolean;
  from: readonly Proposal[];
}

const AS_BEFORE: LogVerdict = { kind: "asBefore" };

/**
 * The verdict on one figure cell, from the log's last line for it (`latestLines`) and what the cell holds now. Notes
 * are left as they were: a note explains, and waits with its figures (heldNote).
 */
export function judgeAgainstLog(last: LogLine | undefined, cell: FigureCell, offers: CellOffers): LogVerdict {
  if (last === undefined || offers.column === "note") return AS_BEFORE;
  if (last.notMerged === "conflict") return againstConflict(last, cell, offers);
  if (last.notMerged === undefined) return againstApplied(last, cell, offers);
  return AS_BEFORE;
}

/**
 * The cell holds what a merge wrote from agency A, and co-lead B, not named on that line, offers another figure: B is
 * not A's correction, and taking B's figure would let the order of the merges decide. It is a conflict between A's
 * figure (what the cell holds) and B's. A figure typed by hand since (the cell no longer holds the logged value) is
 * replaced as before, with its "changed" line: nothing says any agency stands behind it.
 */
function againstApplied(
  last: LogLine,
  cell: FigureCell,
  { percentUnit, leads, conflict, from }: CellOffers
): LogVerdict {
  if (conflict || isBlank(cell.value) || !sameFigure({ value: last.value }, cell, percentUnit)) return AS_BEFORE;
  // A line whose Cơ quan is cleared, or names no co-lead, says no co-lead stands behind the figure: no conflict.
  if (leads.length < 2 || last.agencies.length === 0 || last.agencies.some((a) => !leads.includes(a))) return AS_BEFORE;
  if (from.some((p) => last.agencies.includes(p.agency))) return AS_BEFORE;
  if (sameFigure(from[0], cell, percentUnit)) return AS_BEFORE;
  const format = cell.format !== undefined && isPercentFormat(cell.format) ? { format: cell.format } : {};
  const files = filesOn(last);
  const held = last.agencies.map((agency) => ({ file: files(agency), agency, value: cell.value, ...format }));
  const proposals = [...held, ...from];
  return new Set(proposals.map((p) => p.agency)).size < 2 ? AS_BEFORE : { kind: "conflict", proposals };
}

/**
 * The last line is a conflict. Each side's offer is compared with the line's (notMergedEntry's text, read as a
 * figure), agency by agency: an offer sent again unchanged settles nothing. A changed offer takes its side's place among the line's
 * offers: all alike, the conflict is settled by the files; else it is the conflict as it now stands. A conflict
 * settled since (marked “Đã thống nhất”, or the agreed figure typed over it) is not reopened by an unchanged offer;
 * a changed one is merged as it would be without the log.
 */
function againstConflict(last: LogLine, cell: FigureCell, { column, percentUnit, conflict, from }: CellOffers) {
  const logged = offersOnLine(last);
  const sent = offersSent(from, column);
  if (!logged || !sent) return AS_BEFORE;
  const open = conflictStillOpen(last, cell, percentUnit);
  // As figures where both read as numbers ("3900" typed as text is the logged 3.900), else as text.
  const alike = (a: string | undefined, b: string) =>
    a !== undefined && sameFigure({ value: a }, { value: b }, percentUnit);
  const unchanged = [...sent].every(([agency, text]) => alike(logged.get(agency), text));
  const now = new Map([...logged, ...sent]);
  const files = filesOn(last);
  const proposals = () =>
    [...now].map(
      ([agency, text]) =>
        from.find((p) => p.agency === agency) ?? { file: files(agency), agency, value: text, fromLog: true as const }
    );
  if (unchanged) return open ? { kind: "stillOpen" as const, proposals: proposals() } : { kind: "noNews" as const };
  if (!open) return AS_BEFORE;
  const [first, ...others] = now.values();
  if (!conflict && others.every((text) => alike(first, text))) return { kind: "agreed" as const };
  return { kind: "conflict" as const, proposals: proposals() };
}

/** Each agency's offer as a conflict line would show it; none when one agency sent two different offers. */
function offersSent(from: readonly Proposal[], column: MergedColumn): Map<string, string> | undefined {
  const sent = new Map<string, string>();
  for (const p of from) {
    const text = offeredText(p.value, p.format, column);
    if ((sent.get(p.agency) ?? text) !== text) return undefined;
    sent.set(p.agency, text);
  }
  return sent;
}

/**
 * Each agency's offer on a conflict line, as notMergedEntry wrote it ("Cục Thuế 3.950; Sở Tài chính 3.900") or staff
 * retyped it without the space: split where a ";" is followed by one of the line's agencies (offerParts), so that text
 * offered with a ";" in it stays whole. None when the line is not so (edited otherwise, or one agency's two files).
 */
export function offersOnLine(line: LogLine): Map<string, string> | undefined {
  const parts = offerParts(line.value, line.agencies);
  if (!parts) return undefined;
  const offers = new Map<string, string>();
  for (const { agency, offer } of parts) {
    if (offers.has(agency)) return undefined;
    offers.set(agency, offer);
  }
  return offers.size === line.agencies.length ? offers : undefined;
}

/** The file a line names for an agency: one file per agency, in order (as sentBy joins them), else the log itself. */
function filesOn(line: LogLine): (agency: string) => string {
  const files = (line.file ?? "")
    .split(";")
    .map((f) => f.trim())
    .filter((f) => f !== "");
  return (agency) => (files.length === line.agencies.length ? files[line.agencies.indexOf(agency)] : LOG_SHEET);
}
