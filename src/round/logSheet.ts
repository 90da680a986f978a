/**
 * The merge log's sheet name, on its own: the in-memory workbook looks for the sheet in the preview's first script,
 * which would otherwise carry the log's reading and writing with it.
 */
export const LOG_SHEET = "Nhật ký cập nhật";

/** Whether a sheet is the log: Excel's sheet names ignore case, so "nhật ký cập nhật" is the same sheet. */
export function isLogSheet(name: string): boolean {
  return name.normalize("NFC").toLowerCase() === LOG_SHEET.toLowerCase();
}
