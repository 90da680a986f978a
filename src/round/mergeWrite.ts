/** What a merge writes into a figure cell of the consolidated sheet, and when a format changes what a figure means. */

import { isPercentFormat, readNumber, type CellValue } from "../core";
import { COLUMNS, LINE_HEIGHT, wrappedLines } from "../template";
import type { CellWrite } from "./merge";
import { writable } from "./mergeLog";
import type { MergedColumn } from "./messages";
import type { FigureCell } from "./sheet";

/** The format of a percent-formatted number, the one case where a format changes what a figure means. */
export function percentFormat(value: CellValue, format: string | undefined): string | undefined {
  return typeof value === "number" && format !== undefined && isPercentFormat(format) ? format : undefined;
}

/**
 * What a figure cell receives. Text an agency typed ("11,6", "94,5%") goes in as the number the tool read, so
 * that sums and charts over the column count it (Excel's SUM skips text in silence); the typed text stays in
 * the log. A percent-formatted cell stores 94,5 % as 0.945; any other cell holds 94.5, as the template stores
 * a percent row's figures (`0.0#`). Text read only by a guess ("4,500", "~5", "≥ 5", "33,"), or not at all, is no
 * figure to count: it is written as typed (`numeric` false, see mergeReview). A plain number in a percent cell
 * loses the format (79 would read as 7900 %).
 */
export function figureWrite(
  offer: FigureCell,
  cellFormat: string | undefined,
  percentUnit: boolean,
  numeric: boolean
): Pick<CellWrite, "value" | "numberFormat"> {
  const percentCell = cellFormat !== undefined && isPercentFormat(cellFormat);
  if (numeric && typeof offer.value === "string") {
    const read = readNumber(offer.value, undefined, { percentUnit });
    if (read.kind === "number") {
      if (percentCell && percentUnit) return { value: Number((read.value / 100).toPrecision(12)) };
      return { value: read.value, ...(percentCell ? { numberFormat: "General" } : {}) };
    }
  }
  const numberFormat = offer.format ?? (typeof offer.value === "number" && percentCell ? "General" : undefined);
  return { value: writable(offer.value), ...(numberFormat ? { numberFormat } : {}) };
}

/** A log line's `oldFormat`: the cell's format when it makes the old figure a percentage, so the line shows 12% not 0.12. */
export function oldPercent(old: CellValue, oldFormat: string | undefined): { oldFormat?: string } {
  return percentFormat(old, oldFormat) ? { oldFormat } : {};
}

/**
 * A text of several lines (the co-leads' notes, each on its own line) wraps, else Excel shows it on one line cut at the
 * column's edge; its row as tall as the lines need at the column's width, as the template plans a row's height.
 */
export function wrapped(value: CellValue, column: MergedColumn): Pick<CellWrite, "wrap"> {
  if (typeof value !== "string" || !value.includes("\n")) return {};
  const width = COLUMNS.find((c) => c.key === column)?.width ?? 1;
  const lines = value.split(/\r?\n/).reduce((sum, line) => sum + wrappedLines(line, width), 0);
  return { wrap: { height: lines * LINE_HEIGHT } };
}
