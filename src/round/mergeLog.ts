/**
 * The log sheet `Nhật ký cập nhật` a merge appends to: its header, each applied value as one row of it, each cell the
 * files disagreed on (and the note that waits with it) as one row too, and the log read back, for the next merge and
 * for `status`: once the terminal is closed, the log is where a conflict still exists.
 */

import { foldText, type CellValue, type Problem } from "../core";
import { COLUMNS } from "../template";
import { percentText, showValue, type MergedColumn, type Proposal } from "./messages";
import { reasonsText } from "./mergeReview";
import { baseName, isBlank } from "./sheet";

/** A value the sheet can hold again: what was read, with errors written back as their text. */
export function writable(value: CellValue): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "object") return value.error;
  return value;
}

/** One line of `Nhật ký cập nhật`: when, which file, which agency, which cell, old → new. */
export interface LogEntry {
  when: string;
  /** The file that sent the value, or every file that sent it (as `sentBy` names them). */
  file: string;
  /** Its agency, or every agency that sent the value: "Sở Tài chính; Cục Thuế" (as `sentBy` names them). */
  agency: string;
  /** Every file that sent the value, as given, with its agency: what `file` and `agency` name, one by one. */
  senders?: { file: string; agency: string }[];
  code: string;
  column: MergedColumn;
  /** A1 address in the consolidated sheet. */
  cell: string;
  old: CellValue;
  value: CellValue;
  /** The number formats of old and new when they are percentages, so that 0.975 is shown as 97,5%. */
  oldFormat?: string;
  format?: string;
  /** Why the value was written as typed rather than as a number read by a guess ("cần xem lại"). */
  review?: Problem[];
  /**
   * Nothing was written: the files disagree on this cell (`conflict`), or this is the note of a row whose figures
   * they disagree on (`held`). `value` is then each file's value.
   */
  notMerged?: NotMerged;
  /** A held note whose figures' conflict is settled since, on another figure than its file's (HELD_OVERRULED_TEXT). */
  overruled?: true;
}

export type NotMerged = "conflict" | "held";

/** What the last column says of a cell not merged: read back by `readLog` (so it is never reworded lightly). */
export const NOT_MERGED_TEXT: Record<NotMerged, string> = {
  conflict: "Chưa gộp: các tệp khác nhau",
  held: "Chưa gộp: số liệu của chỉ tiêu đang xung đột",
};

/** A held note's line once its figures are settled on another one: read back as held (never says "thống nhất"). */
export const HELD_OVERRULED_TEXT = "Chưa gộp: ghi chú đi theo số liệu không được chọn";

export { isLogSheet, LOG_SHEET } from "./logSheet";
/** The merge writes the province's time (timestampInVietnam), and says so; logs begun with "Thời điểm" still read. */
export const LOG_HEADER = [
  "Thời điểm (giờ Việt Nam)",
  "Tệp",
  "Cơ quan",
  "Mã",
  "Cột",
  "Ô",
  "Giá trị cũ",
  "Giá trị mới",
  "Cần xem lại",
] as const;

export function logRow(entry: LogEntry): (string | number | boolean | null)[] {
  const label = COLUMNS.find((c) => c.key === entry.column)?.header ?? entry.column;
  return [
    entry.when,
    baseName(entry.file),
    entry.agency,
    entry.code,
    label,
    entry.cell,
    // A percent figure as people read it (97,5%), not the 0.975 Excel stores.
    entry.oldFormat ? percentText(entry.old as number, "vi") : writable(entry.old),
    entry.format ? percentText(entry.value as number, "vi") : writable(entry.value),
    // Said in full in the cell, so that a log sheet started before this column had its header still reads right.
    entry.notMerged
      ? entry.overruled
        ? HELD_OVERRULED_TEXT
        : NOT_MERGED_TEXT[entry.notMerged]
      : entry.review && entry.review.length > 0
        ? `Cần xem lại: ${reasonsText(entry.review, "vi")}`
        : null,
  ];
}

/** A figure as the log and `status` show it: as a message shows it (3.950, 97,5%, a note in quotes), other text as typed. */
export function offeredText(value: CellValue, format: string | undefined, column: MergedColumn): string {
  if (typeof value === "string" && column !== "note" && !isBlank(value)) return value.trim();
  return showValue(typeof value === "string" ? value.trim() : value, "vi", format);
}

/**
 * Who sent a value, as the log's `Tệp` and `Cơ quan` and the messages name them: one file (as given) and its agency;
 * several files (agencies agreeing on a jointly led figure like 07.1, or disagreeing on it) by their names, and their
 * agencies, each once and in the order given, joined by "; ", the separator `readLog` splits `Cơ quan` on.
 */
export function sentBy(
  senders: readonly { file: string; agency: string }[]
): Pick<LogEntry, "file" | "agency" | "senders"> {
  const once = (names: string[]) => [...new Set(names)].join("; ");
  const each = senders.map(({ file, agency }) => ({ file, agency }));
  if (senders.length === 1) return { file: senders[0].file, agency: senders[0].agency, senders: each };
  return {
    file: once(senders.map((s) => baseName(s.file))),
    agency: once(senders.map((s) => s.agency)),
    senders: each,
  };
}

/**
 * The log line of a cell not merged: every file and agency, and each one's value as "Cục Thuế 3.950; Sở Tài chính
 * 3.900" (the file named too when one agency sent two files), which `status` repeats as it is.
 */
export function notMergedEntry(
  notMerged: NotMerged,
  place: { when: string; code: string; column: MergedColumn; cell: string; old: CellValue; oldFormat?: string },
  proposals: readonly Proposal[]
): LogEntry {
  const agencies = proposals.map((p) => p.agency);
  const twice = (agency: string) => agencies.indexOf(agency) !== agencies.lastIndexOf(agency);
  const value = proposals
    .map((p) => {
      const who = twice(p.agency) ? `${p.agency} (${baseName(p.file)})` : p.agency;
      return `${who} ${offeredText(p.value, p.format, place.column)}`;
    })
    .join("; ");
  return { ...place, ...sentBy(proposals), value, notMerged };
}

/** A line of the log as read back: what the next merge and `status` need of it. */
export interface LogLine {
  code: string;
  /** `Tệp`: the file that sent the value, or the files, joined by "; " as `sentBy` joins them; absent when empty. */
  file?: string;
  /** Undefined when the `Cột` cell names no column a merge writes. */
  column?: MergedColumn;
  agencies: string[];
  old: CellValue;
  value: CellValue;
  notMerged?: NotMerged;
  /**
   * A line staff marked “Đã thống nhất” in `Cần xem lại`: for a conflict, the figure the cell holds (or its emptiness)
   * is agreed; for a held note, the note is dealt with (typed, or not wanted). A merge of the same files is then no news.
   */
  settled?: true;
  /** A held note's line saying its figures were settled on another one (HELD_OVERRULED_TEXT). */
  overruled?: true;
}

/**
 * Whether a `Cần xem lại` cell (folded) says the conflict is settled by hand: "Đã thống nhất" (or "đã được thống
 * nhất") anywhere, as words of their own, so that "… — đã thống nhất 1.980" counts and "Chưa thống nhất" does not.
 */
const saysSettled = (review: string) => /(^|[^\p{L}\p{N}])da (duoc )?thong nhat($|[^\p{L}\p{N}])/u.test(review);

/**
 * What a line left unmerged is, from its `Cần xem lại` (folded), its `Giá trị mới` and its agencies. Staff may write
 * over the `Cần xem lại` cell ("Chưa thống nhất", "chờ Sở Tài chính", or clear it): a line whose value still lists
 * each agency's offer ("Cục Thuế 1.980; Sở Tài chính 2.010") is still the conflict, open until it says "Đã thống
 * nhất"; read as an applied figure, it would pass for a value the merge wrote and the conflict would vanish unsaid.
 */
function notMergedOf(
  review: string,
  value: CellValue,
  agencies: readonly string[],
  column: MergedColumn | undefined
): Pick<LogLine, "notMerged" | "settled" | "overruled"> {
  const overruled = review.startsWith(foldText(HELD_OVERRULED_TEXT));
  const said =
    (Object.keys(NOT_MERGED_TEXT) as NotMerged[]).find((k) => review.startsWith(foldText(NOT_MERGED_TEXT[k]))) ??
    (overruled ? "held" : undefined);
  const offers = offersListed(value, agencies);
  // One offer is a held note ("Sở Tài chính “Số liệu KBNN”") only when its line speaks of agreeing: an applied
  // note may well begin with its agency's name.
  const held = offers === 1 && column === "note" && review.includes("thong nhat");
  const notMerged = said ?? (offers > 1 ? "conflict" : held ? "held" : undefined);
  if (notMerged === undefined) return {};
  return {
    notMerged,
    ...(saysSettled(review) ? { settled: true as const } : {}),
    ...(overruled ? { overruled: true as const } : {}),
  };
}

/** How many offers a value lists as notMergedEntry writes them, each begun by one of the line's agencies; 0 if not so. */
function offersListed(value: CellValue, agencies: readonly string[]): number {
  return offerParts(value, agencies)?.length ?? 0;
}

/**
 * Each offer of a value as notMergedEntry writes it ("Cục Thuế 3.950; Sở Tài chính 3.900"), or as staff retype it
 * ("Cục Thuế 3.950;Sở Tài chính 3.900"), with its agency: split where a ";" (spaces around it or not) is followed by one
 * of the agencies and a space, so that a note with a ";" in it (“Số liệu KBNN; chưa gồm thu hải quan”) stays whole.
 * None when the value does not begin with an agency and a space.
 */
export function offerParts(
  value: CellValue,
  agencies: readonly string[]
): { agency: string; offer: string }[] | undefined {
  if (typeof value !== "string" || agencies.length === 0) return undefined;
  const agencyOf = (part: string) =>
    agencies.filter((a) => part.startsWith(`${a} `)).sort((a, b) => b.length - a.length)[0];
  // Every ";" with the spaces around it, kept (odd places) so that a ";" no agency follows is put back as it was.
  const pieces = value.split(/(\s*;\s*)/);
  const parts = [pieces[0]];
  for (let i = 1; i < pieces.length; i += 2) {
    if (agencyOf(pieces[i + 1]) !== undefined) parts.push(pieces[i + 1]);
    else parts[parts.length - 1] += pieces[i] + pieces[i + 1];
  }
  const offers = parts.map((part) => ({ part, agency: agencyOf(part) }));
  if (offers.some((o) => o.agency === undefined)) return undefined;
  return offers.map(({ part, agency }) => ({
    agency: agency as string,
    offer: part.slice((agency as string).length + 1),
  }));
}

const folded = (value: CellValue | undefined) => (typeof value === "string" ? foldText(value).trim() : "");
const text = (value: CellValue | undefined) =>
  typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";

/**
 * The lines of a log sheet (its values, from its first used row), found by their header's names, so that a log
 * begun by an earlier version (`Thời điểm` without "giờ Việt Nam", no `Cần xem lại`) or with columns moved by staff
 * still reads; no header, no lines. A conflict line staff marked “Đã thống nhất” reads as settled (`notMergedOf`).
 */
export function readLog(values: readonly (readonly unknown[] | undefined)[]): LogLine[] {
  const named = (row: readonly unknown[] | undefined, name: string) =>
    (row ?? []).findIndex((v) => folded(v as CellValue) === foldText(name));
  const headerAt = values.findIndex((row) => named(row, "Mã") >= 0 && named(row, "Cột") >= 0);
  if (headerAt < 0) return [];
  const header = values[headerAt];
  const at = (name: (typeof LOG_HEADER)[number]) => named(header, name);
  const [fileCol, agencyCol, codeCol, columnCol, oldCol, valueCol, reviewCol] = (
    ["Tệp", "Cơ quan", "Mã", "Cột", "Giá trị cũ", "Giá trị mới", "Cần xem lại"] as const
  ).map(at);
  const cell = (row: readonly unknown[] | undefined, c: number) => (c < 0 ? null : ((row?.[c] ?? null) as CellValue));
  const lines: LogLine[] = [];
  for (const row of values.slice(headerAt + 1)) {
    const code = text(cell(row, codeCol));
    if (code === "") continue;
    const label = folded(cell(row, columnCol));
    const column = COLUMNS.find((c) => foldText(c.header) === label)?.key as MergedColumn | undefined;
    const value = cell(row, valueCol);
    const agencies = text(cell(row, agencyCol))
      .split(";")
      .map((a) => a.trim())
      .filter((a) => a !== "");
    const file = text(cell(row, fileCol));
    lines.push({
      code,
      ...(file ? { file } : {}),
      ...(column ? { column } : {}),
      agencies,
      old: cell(row, oldCol),
      value,
      ...notMergedOf(folded(cell(row, reviewCol)), value, agencies, column),
    });
  }
  return lines;
}

/** One cell of the consolidated sheet, by code and column: the key of the merge's offers and of `latestLines`. */
export const cellKey = (code: string, column: MergedColumn) => `${code}\u0000${column}`;

/** The last line of the log for each cell (code and column, as `cellKey`): what the log last said of it. */
export function latestLines(log: readonly LogLine[]): Map<string, LogLine> {
  const latest = new Map<string, LogLine>();
  for (const line of log) if (line.column) latest.set(cellKey(line.code, line.column), line);
  return latest;
}
