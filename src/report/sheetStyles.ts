/** The report sheet's look: each kind of cell's style, and the status colours its cells and charts share. */

import { STATUS_PALETTE, type CellStyle } from "../template";
import { CHART_STATUSES, type ChartStatus } from "./content";

export type ReportStyleName =
  | "title"
  | "source"
  | "date"
  | "section"
  | "text"
  | "warning"
  | "header"
  | "group"
  | "code"
  | "name"
  | "part"
  | "figure"
  | "status"
  | "note"
  | "tableNote"
  | "dataHeader"
  | "data";

const base: CellStyle = { size: 12, horizontal: "Left", vertical: "Top", wrap: false, locked: true, border: false };
const cell: CellStyle = { ...base, border: true };

export const REPORT_STYLES: Record<ReportStyleName, CellStyle> = {
  title: { ...base, bold: true, size: 14, horizontal: "Center", vertical: "Center", wrap: true },
  source: { ...base, italic: true, horizontal: "Center" },
  date: { ...base, italic: true, horizontal: "Right" },
  section: { ...base, bold: true, size: 13 },
  text: { ...base, wrap: true },
  warning: { ...base, wrap: true, fill: "#FFEB9C", color: "#9C5700" },
  header: { ...cell, bold: true, fill: "#DDEBF7", horizontal: "Center", vertical: "Center", wrap: true },
  group: { ...cell, bold: true, fill: "#F2F2F2" },
  code: { ...cell, horizontal: "Center" },
  name: { ...cell, wrap: true },
  part: { ...cell, wrap: true, italic: true },
  // Wrapped: a figure quoted as typed, or "Số cùng kỳ cần kiểm tra lại", may be longer than the column.
  figure: { ...cell, horizontal: "Right", wrap: true },
  status: { ...cell, wrap: true },
  note: { ...cell, wrap: true },
  /** Below the table, across the page: wrapped, so it stays within the printed width. */
  tableNote: { ...base, italic: true, wrap: true },
  dataHeader: { ...cell, bold: true, size: 11, fill: "#F2F2F2", wrap: true },
  data: { ...cell, size: 11 },
};

/** Status colours of the table's `Đánh giá` cells: the palette's, as the validated sheet's highlights. */
export const STATUS_COLORS: Record<ChartStatus, { fill: string; fontColor: string }> = STATUS_PALETTE;

/** A fill of diagonal lines (DrawingML's preset pattern), told apart from any solid colour in grey print too. */
export interface ChartPattern {
  preset: "dkUpDiag";
  foreground: string;
  background: string;
}

type ChartColors = { fill: string; line: string; pattern?: ChartPattern };

/** A bar in the palette's colours; a hatched one as lines of its outline's colour over its fill (Office.js draws the fill). */
function chartColors({ fill, line, hatched }: (typeof STATUS_PALETTE)[ChartStatus]["bar"]): ChartColors {
  return hatched ? { fill, line, pattern: { preset: "dkUpDiag", foreground: line, background: fill } } : { fill, line };
}

export const CHART_COLORS = Object.fromEntries(
  CHART_STATUSES.map((s) => [s, chartColors(STATUS_PALETTE[s].bar)])
) as Record<ChartStatus, ChartColors>;
