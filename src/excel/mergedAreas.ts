/** Excel's merged areas as the reader gets them (ExcelApi 1.13): their address parsed, and Excel's refusal to list them. */

import type { Area } from "../template";

/**
 * Failures with a path of their own (src/excel/host.ts): a cell being edited, a payload over the limit, a sheet
 * deleted meanwhile, a context no longer valid, a workbook not writable. Whatever else the sync asked for, such a
 * failure is not about merged areas, and reading again without them would hide it.
 */
const OWN_PATH = new Set([
  "InvalidOperationInCellEditMode",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "ItemNotFound",
  "InvalidObjectPath",
  "AccessDenied",
  "WorkbookReadOnly",
]);

/**
 * The codes Excel may give when it does not list a range's merged areas. The Office.js reference
 * (Range.getMergedAreasOrNullObject) says only that over 512 areas the method "will fail to return the result"; neither
 * it, nor the error-handling page ("Error handling with the application-specific JavaScript APIs"), nor office-js
 * issues name the code. So this is a guess, kept narrow: an internal error, an operation refused, a range limit.
 */
const PLAUSIBLE_CODES = new Set(["GeneralException", "InvalidOperation", "RangeExceedsLimit"]);

/**
 * Whether a failed sync that asked for merged areas failed because Excel would not list them, so that reading the
 * cells again without them is right. An error that says where it happened (OfficeExtension.Error's
 * `debugInfo.errorLocation`, e.g. "Range.values") must name getMergedAreas; one that does not (not every Excel says)
 * must carry a plausible code. Anything else is not retried: it takes its own path to the person.
 */
export function isMergedAreasRefusal(error: unknown): boolean {
  const e = error as { code?: unknown; debugInfo?: { errorLocation?: unknown } } | null | undefined;
  const code = typeof e?.code === "string" ? e.code : "";
  if (OWN_PATH.has(code)) return false;
  const location = e?.debugInfo?.errorLocation;
  if (typeof location === "string" && location !== "") return /getMergedAreas/i.test(location);
  return PLAUSIBLE_CODES.has(code);
}

/** The areas of a RangeAreas address ("'Chỉ tiêu 2024'!G36:G38, 'Chỉ tiêu 2024'!B29:B30"), 0-based. */
export function parseAreas(address: string): Area[] {
  const areas: Area[] = [];
  const pattern = /(?:^|,)\s*(?:(?:'(?:[^']|'')*'|[^'!,]+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;
  for (const m of address.matchAll(pattern)) {
    const [row, col] = [Number(m[2]) - 1, letterIndex(m[1])];
    const [lastRow, lastCol] = m[3] ? [Number(m[4]) - 1, letterIndex(m[3])] : [row, col];
    areas.push({ row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 });
  }
  return areas;
}

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
