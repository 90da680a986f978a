/**
 * The note cell of a row several agencies lead (07.1: Sở Tài chính, Cục Thuế, Cục Hải quan): each co-lead's note kept
 * in it on a line of its own, labelled with its agency ("Cục Thuế: …"), so that no merge replaces one co-lead's note
 * with another's, and what staff typed there themselves kept above them.
 */

import type { CellValue } from "../core";
import type { LogLine } from "./mergeLog";
import type { Proposal } from "./messages";
import { isBlank, sameValue, type FigureCell } from "./sheet";

/** A note cell read as its parts: the lines staff typed (no agency's label), and each co-lead's note. */
interface NoteParts {
  staff: string[];
  byAgency: Map<string, string[]>;
}

const noteText = (value: CellValue): string =>
  isBlank(value) ? "" : typeof value === "object" && value !== null ? value.error : String(value).trim();

/**
 * The parts of a note as `composeNote` writes them: a line begun by a co-lead's name and ":" starts that co-lead's
 * part, the lines under it continue it, and the lines above the first label are the staff's.
 */
function readParts(text: string, leads: readonly string[]): NoteParts {
  const byLength = [...leads].sort((a, b) => b.length - a.length);
  const parts: NoteParts = { staff: [], byAgency: new Map() };
  let current: string[] = parts.staff;
  for (const line of text.split(/\r?\n/)) {
    const agency = byLength.find((a) => line.startsWith(`${a}:`));
    if (agency === undefined) {
      current.push(line);
      continue;
    }
    current = parts.byAgency.get(agency) ?? [];
    parts.byAgency.set(agency, current);
    current.push(line.slice(agency.length + 1).trim());
  }
  return parts;
}

/**
 * The cell's parts before the merge. A cell with no label holds one note: the one the log's last line says the merge
 * wrote there, from the co-leads it names (a note written alone is written as sent), else the staff's own.
 */
function partsBefore(old: CellValue, last: LogLine | undefined, leads: readonly string[]): NoteParts {
  const text = noteText(old);
  const parts = readParts(text, leads);
  if (parts.byAgency.size > 0 || text === "") return parts;
  const written =
    last !== undefined &&
    last.notMerged === undefined &&
    sameValue(last.value, old) &&
    last.agencies.length > 0 &&
    last.agencies.every((a) => leads.includes(a));
  if (!written) return parts;
  return { staff: [], byAgency: new Map(last.agencies.map((a) => [a, [text]])) };
}

/**
 * What a co-lead's file says of its own note, or nothing new: the cell sent back as the consolidated sheet held it
 * (the split carries the cell into each co-lead's file), or labelled lines none of which is its own. In a labelled
 * cell, only its own line counts: another co-lead's line is not its to change.
 */
function ownNote(offer: CellValue, old: CellValue, agency: string, before: NoteParts, leads: readonly string[]) {
  if (sameValue(offer, old)) return undefined;
  const text = noteText(offer);
  const sent = readParts(text, leads);
  if (sent.byAgency.size === 0) return text;
  const own = sent.byAgency.get(agency);
  if (own) return own.join("\n").trim();
  const staff = sent.staff.join("\n").trim();
  return staff !== "" && staff !== before.staff.join("\n").trim() ? staff : undefined;
}

/** Whether one agency sent two different notes (two files of its own): which one is right is its to say. */
export function notesDisagree(from: readonly Proposal[]): boolean {
  return from.some((p) => from.some((q) => q.agency === p.agency && !sameValue(q.value, p.value)));
}

/**
 * The note cell of a co-led row once the co-leads' notes (`from`) are in: each co-lead's part replaced by its new
 * note, the others' and the staff's lines kept. One note alone (or every part saying the same) is written as sent,
 * unlabelled, as a row one agency leads; else the staff's lines, then each co-lead's, in the catalogue's order.
 * `senders`: the offers whose note changed the cell, whom the log line names (an unlabelled note: all who sent it).
 */
export function composeNote<P extends Proposal>(
  old: CellValue,
  last: LogLine | undefined,
  from: readonly P[],
  leads: readonly string[]
): { cell: FigureCell; senders: P[] } {
  const before = partsBefore(old, last, leads);
  const byAgency = new Map(before.byAgency);
  const sent: P[] = [];
  const changed: P[] = [];
  for (const p of from) {
    const note = ownNote(p.value, old, p.agency, before, leads);
    if (note === undefined || note === "") continue;
    sent.push(p);
    if (byAgency.get(p.agency)?.join("\n") !== note) changed.push(p);
    byAgency.set(p.agency, [note]);
  }
  if (changed.length === 0) return { cell: { value: old }, senders: [] };
  const staff = before.staff.join("\n").trim();
  const notes = leads
    .filter((a) => byAgency.has(a))
    .map((a) => ({ agency: a, text: (byAgency.get(a) ?? []).join("\n") }));
  // Unlabelled only when this merge's log line names every agency behind the note (partsBefore reads it back so).
  const alone = staff === "" && notes.every((n) => sent.some((p) => p.agency === n.agency) && n.text === notes[0].text);
  if (alone) {
    // Sent as it stands: a figure-like note keeps what was typed (a number stays a number).
    const as = sent.find((p) => noteText(p.value) === notes[0].text);
    const cell = as ? { value: as.value, ...(as.format ? { format: as.format } : {}) } : { value: notes[0].text };
    return { cell, senders: sent };
  }
  const lines = notes.map((n) => `${n.agency}: ${n.text}`);
  return { cell: { value: (staff === "" ? lines : [staff, ...lines]).join("\n") }, senders: changed };
}
