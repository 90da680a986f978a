/** The reporting round in the in-memory workbook: as src/excel/round.ts does inside Excel, on MemorySheets. */

import { DEFAULT_TOLERANCE, problem } from "../core";
import type { Disputes } from "../template";
import {
  disputesOf,
  LOG_HEADER,
  LOG_SHEET,
  logRow,
  planMerge,
  readLog,
  readRoundSheet,
  type LogLine,
  type MergePlan,
  type MergeSource,
  type RoundSheet,
} from "../round";
import { putCell, type MemoryBook, type MemorySheet } from "./memorySheet";
import type { Outcome } from "./types";

/** The merge log, where the conflicts of earlier merges are kept (for the next merge, the round's progress, validation). */
function logOf(book: MemoryBook): LogLine[] {
  const logSheet = book.sheet(LOG_SHEET);
  return logSheet ? readLog(book.grid(logSheet).values) : [];
}

/** The open conflicts of a sheet's grid, for judgeAll: validation and the report read the log as the round does. */
export function disputesIn(book: MemoryBook): Disputes | undefined {
  return disputesOf(book.catalogue, logOf(book));
}

function firstRound(book: MemoryBook): { sheet: MemorySheet; round: RoundSheet } | undefined {
  const [first] = book.judgeAll({ tolerance: DEFAULT_TOLERANCE });
  if (!first) return undefined;
  const round = readRoundSheet(book.grid(first.sheet), book.catalogue);
  return round ? { sheet: first.sheet, round: { ...round, log: logOf(book) } } : undefined;
}

export function readRound(book: MemoryBook): Outcome<RoundSheet> {
  const found = firstRound(book);
  return found ? { ok: true, value: found.round } : { ok: false, error: book.noTemplate() };
}

/** Excel refuses what is not an .xlsx file; an .xlsx (a zip) starts with "PK\x03\x04", "UEsDB" in base64. */
export function checkNewWorkbook(base64: string): Outcome<void> {
  if (!base64.startsWith("UEsDB")) {
    return { ok: false, error: problem("excel.failed", { code: "InvalidArgument", detail: "not an .xlsx file" }) };
  }
  return { ok: true, value: undefined };
}

function writableRound(book: MemoryBook): Outcome<{ sheet: MemorySheet; round: RoundSheet }> {
  const found = firstRound(book);
  if (!found) return { ok: false, error: book.noTemplate() };
  if (book.readOnly) return { ok: false, error: problem("excel.readOnly", {}) };
  if (found.sheet.protected) return { ok: false, error: problem("excel.protected", { sheet: found.sheet.name }) };
  return { ok: true, value: found };
}

export function applyMerge(
  book: MemoryBook,
  sources: readonly MergeSource[],
  options: { keepExisting?: boolean; when: string }
): Outcome<MergePlan> {
  const found = writableRound(book);
  if (!found.ok) return found;
  const { sheet, round } = found.value;
  const plan = planMerge(book.catalogue, round, sources, options);
  // As Excel's door: a protected log sheet refused by its name before anything is written (src/excel/round.ts).
  const logSheet = book.sheet(LOG_SHEET);
  if (plan.log.length > 0 && logSheet?.protected) {
    return { ok: false, error: problem("excel.protected", { sheet: logSheet.name }) };
  }
  for (const write of plan.writes) putCell(sheet, write.row, write.col, write.value ?? null, write.numberFormat);
  if (plan.log.length > 0) {
    let log = logSheet;
    if (!log) {
      log = { name: LOG_SHEET, cells: [], highlights: [], hiddenRows: new Set(), protected: false };
      book.sheets.push(log);
      LOG_HEADER.forEach((h, c) => putCell(log as MemorySheet, 0, c, h));
    }
    let next = log.cells.length;
    while (next > 0 && log.cells[next - 1].every((c) => c.value === null || c.value === "")) next--;
    plan.log.forEach((entry, i) => logRow(entry).forEach((v, c) => putCell(log as MemorySheet, next + i, c, v)));
  }
  return { ok: true, value: plan };
}

export function writeNote(book: MemoryBook, code: string, text: string): Outcome<void> {
  const found = writableRound(book);
  if (!found.ok) return found;
  const { sheet, round } = found.value;
  const row = round.located.rows.get(code);
  const col = round.located.columns.note;
  if (row === undefined) return { ok: false, error: problem("sheet.missingRow", { sheet: sheet.name, code }) };
  if (col === undefined) {
    return { ok: false, error: problem("sheet.missingColumn", { sheet: sheet.name, column: "Ghi chú" }) };
  }
  putCell(sheet, row, col, text);
  return { ok: true, value: undefined };
}
