/** The merge log (`Nhật ký cập nhật`) read inside Excel: for the next merge, the round's progress and validation. */

import { isLogSheet, readLog, type LogLine } from "../round";
import { ChunkedReader } from "./chunked";

/**
 * The merge log as read: its lines, its sheet when the workbook has one (with its name as the workbook spells it and
 * whether it is protected: a merge refuses before writing rather than meet Excel's AccessDenied), and the row a merge
 * appends at.
 */
export interface LogRead {
  lines: LogLine[];
  sheet?: { worksheet: Excel.Worksheet; name: string; protected: boolean };
  next: number;
}

/**
 * The merge log, where the conflicts of earlier merges are kept: the next merge does not log them again, the round's
 * progress names them, validation and the report hold their rows back. Found among the sheets already loaded
 * (Excel's sheet names ignore case): no log, no sync; a log, one sync for its used range and its cells in chunks, as
 * the template's: it only grows (some 400 lines a full merge), and a response over 5 MB fails on the web.
 */
export async function readLogSheet(
  context: Excel.RequestContext,
  book: { sheets: readonly { name: string; id: string }[] }
): Promise<LogRead> {
  const found = book.sheets.find((s) => isLogSheet(s.name));
  if (!found) return { lines: [], next: 0 };
  const sheet = context.workbook.worksheets.getItem(found.id);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const protection = sheet.protection.load("protected");
  await context.sync();
  const log = { worksheet: sheet, name: found.name, protected: protection.protected };
  if (used.isNullObject) return { lines: [], sheet: log, next: 0 };
  const reader = new ChunkedReader(context);
  const block = { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
  const grid = reader.read(sheet, block);
  await reader.run();
  return { lines: readLog((await grid).values), sheet: log, next: used.rowIndex + used.rowCount };
}
