/**
 * The merge log's sheet name, on its own: the in-memory workbook looks for the sheet in the preview's first script,
 * which would otherwise carry the log's reading and writing with it.
 */
export const LOG_SHEET = "Nhật ký cập nhật";
