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
function readParts(text: string, leads: readonly string[], written?: ReadonlySet<string>): NoteParts {
  const byLength = [...leads].sort((a, b) => b.length - a.length);
  const parts: NoteParts = { staff: [], byAgency: new Map() };
  let current: string[] = parts.staff;
  for (const line of text.split(/\r?\n/)) {
    const agency = byLength.find((a) => line.startsWith(`${a}:`));
    if (agency === undefined) {
      // A line the merge did not write (`written`: the lines of the cell it last wrote) is the staff's, even when
      // typed under a co-lead's part: that co-lead's next note must not take it away (review 24).
      (written && !written.has(line) ? parts.staff : current).push(line);
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
  const byMerge = last !== undefined && last.notMerged === undefined;
  const lastText = byMerge ? noteText(last.value) : "";
  const written = lastText === "" ? undefined : new Set(lastText.split(/\r?\n/));
  // Staff wrote in the cell since the merge last wrote it: the lines they added are theirs.
  const parts = readParts(text, leads, written && lastText !== text ? written : undefined);
  if (text === "" || !byMerge || !written) return parts;
  const authors = last.agencies.length > 0 && last.agencies.every((a) => leads.includes(a)) ? last.agencies : [];
  // Composed, the cell the merge wrote has a labelled part for every agency its line names; else it was one note
  // written as sent, even one beginning with a co-lead's name ("Cục Hải quan: chưa chuyển số thu", Cục Thuế's own).
  const lastParts = readParts(lastText, leads);
  const composed = authors.every((a) => lastParts.byAgency.has(a));
  const lines = text.split(/\r?\n/);
  if (authors.length === 0 || composed || ![...written].every((l) => lines.includes(l))) return parts;
  // That note is its senders' still, and lines staff added around it are the staff's (review 24b).
  return { staff: lines.filter((l) => !written.has(l)), byAgency: new Map(authors.map((a) => [a, [lastText]])) };
}

/**
 * A note the cell held before, as the log shows it (a value a merge wrote, or what a merge replaced), that `agency`
 * never sent: the split carried it into the agency's file, and sending it back is no news (review 24: Cục Thuế's old
 * note, sent back by Sở Tài chính after Cục Thuế had changed it, was credited to Sở Tài chính).
 */
function carried(text: string, agency: string, history: readonly LogLine[]): boolean {
  const held = history.some((l) => noteText(l.value) === text || noteText(l.old) === text);
  const own = history.some(
    (l) => l.notMerged === undefined && noteText(l.value) === text && l.agencies.includes(agency)
  );
  return held && !own;
}

/**
 * What a co-lead's file says of its own note: its own labelled line when the merge labelled the cell, else the lines
 * of its file's cell that belong to no other part (the split carries the whole cell into each co-lead's file: the
 * staff's and the other co-leads' lines sent back are not its note), or nothing new (`undefined`), or a note the cell
 * held before that it never sent (`carried`).
 */
function ownNote(
  offer: CellValue,
  old: CellValue,
  agency: string,
  before: NoteParts,
  { leads, history }: { leads: readonly string[]; history: readonly LogLine[] }
): string | { carried: string } | undefined {
  if (sameValue(offer, old)) return undefined;
  const text = noteText(offer);
  if (carried(text, agency, history)) return { carried: text };
  // Labels are the merge's only where it wrote them: a note of its own beginning with a co-lead's name is the note.
  const labelled = [...before.byAgency.values()].some((p) => p.length > 0);
  const own = readParts(text, leads).byAgency.get(agency);
  if (labelled && own) return own.join("\n").trim() || undefined;
  const others = new Set<string>();
  for (const line of before.staff) others.add(line.trim());
  for (const [a, part] of before.byAgency) {
    if (a === agency) continue;
    const partLines = part.join("\n").split(/\r?\n/);
    partLines.forEach((l, k) => others.add(l.trim()).add(k === 0 ? `${a}: ${l}`.trim() : l.trim()));
  }
  const note = text
    .split(/\r?\n/)
    .filter((l) => !others.has(l.trim()))
    .join("\n")
    .trim();
  return note === "" ? undefined : note;
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
  history: readonly LogLine[],
  from: readonly P[],
  leads: readonly string[]
): { cell: FigureCell; senders: P[]; carried: P[] } {
  const before = partsBefore(old, history.at(-1), leads);
  const byAgency = new Map(before.byAgency);
  const sent: P[] = [];
  const changed: P[] = [];
  const carriedBack: P[] = [];
  for (const p of from) {
    const note = ownNote(p.value, old, p.agency, before, { leads, history });
    if (typeof note === "object") carriedBack.push(p);
    if (note === undefined || typeof note === "object") continue;
    sent.push(p);
    if (byAgency.get(p.agency)?.join("\n") !== note) changed.push(p);
    byAgency.set(p.agency, [note]);
  }
  if (changed.length === 0) return { cell: { value: old }, senders: [], carried: carriedBack };
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
    return { cell, senders: sent, carried: carriedBack };
  }
  const lines = notes.map((n) => `${n.agency}: ${n.text}`);
  return {
    cell: { value: (staff === "" ? lines : [staff, ...lines]).join("\n") },
    senders: changed,
    carried: carriedBack,
  };
}
