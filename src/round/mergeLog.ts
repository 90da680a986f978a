/** The log sheet `Nhật ký cập nhật` a merge appends to: its header, and each applied value as one row of it. */

import type { CellValue, LeadAgency, Problem } from "../core";
import { COLUMNS } from "../template";
import { percentText, type MergedColumn } from "./messages";
import { reasonsText } from "./mergeReview";

/** A value the sheet can hold again: what was read, with errors written back as their text. */
export function writable(value: CellValue): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "object") return value.error;
  return value;
}

/** One line of `Nhật ký cập nhật`: when, which file, which agency, which cell, old → new. */
export interface LogEntry {
  when: string;
  file: string;
  agency: LeadAgency;
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
}

export const LOG_SHEET = "Nhật ký cập nhật";
export const LOG_HEADER = [
  "Thời điểm",
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
    entry.file.replace(/^.*[\\/]/, ""),
    entry.agency,
    entry.code,
    label,
    entry.cell,
    // A percent figure as people read it (97,5%), not the 0.975 Excel stores.
    entry.oldFormat ? percentText(entry.old as number, "vi") : writable(entry.old),
    entry.format ? percentText(entry.value as number, "vi") : writable(entry.value),
    // Said in full in the cell, so that a log sheet started before this column had its header still reads right.
    entry.review && entry.review.length > 0 ? `Cần xem lại: ${reasonsText(entry.review, "vi")}` : null,
  ];
}
