/** The report sheet's look: each kind of cell's style, and the status colours its cells and charts share. */

import { HIGHLIGHT_COLORS, TO_CHECK_COLORS, type CellStyle } from "../template";
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
  figure: { ...cell, horizontal: "Right" },
  status: { ...cell, wrap: true },
  note: { ...cell, wrap: true },
  /** Below the table, across the page: wrapped, so it stays within the printed width. */
  tableNote: { ...base, italic: true, wrap: true },
  dataHeader: { ...cell, bold: true, size: 11, fill: "#F2F2F2", wrap: true },
  data: { ...cell, size: 11 },
};

/**
 * Status colours in the sheet's table and the charts: the highlights' colours, but "Không đạt" a strong red (white
 * text) and "Số liệu không hợp lệ" a grey, so the worst status is the darkest and no pale pink stands beside a
 * stronger salmon (trial 20, F13); a pale grey for rows without figures and a lilac, unlike any status, for the rows
 * whose figures are to be checked before anything is said of them.
 */
export const STATUS_COLORS: Record<ChartStatus, { fill: string; fontColor: string }> = {
  ...HIGHLIGHT_COLORS,
  offTrack: { fill: "#C00000", fontColor: "#FFFFFF" },
  invalid: { fill: "#BFBFBF", fontColor: "#262626" },
  missing: { fill: "#F0F0F0", fontColor: "#424242" },
  toCheck: TO_CHECK_COLORS,
};

/** A fill of diagonal lines (DrawingML's preset pattern), told apart from any solid colour in grey print too. */
export interface ChartPattern {
  preset: "dkUpDiag";
  foreground: string;
  background: string;
}

/**
 * Bars need a solid colour to be seen: each status its table fill with a dark outline, except "Vượt kế hoạch", a
 * mid green (its dark green printed as dark a grey as the red), "Không đạt", the red with a darker outline, and
 * "Số liệu không hợp lệ", the table's grey hatched with dark lines (Office.js draws only its solid grey).
 */
export const CHART_COLORS: Record<ChartStatus, { fill: string; line: string; pattern?: ChartPattern }> = {
  ...(Object.fromEntries(
    CHART_STATUSES.map((s) => [s, { fill: STATUS_COLORS[s].fill, line: STATUS_COLORS[s].fontColor }])
  ) as Record<ChartStatus, { fill: string; line: string }>),
  exceeded: { fill: "#70AD47", line: "#375623" },
  offTrack: { fill: "#C00000", line: "#7F0000" },
  invalid: {
    fill: STATUS_COLORS.invalid.fill,
    line: "#404040",
    pattern: { preset: "dkUpDiag", foreground: "#404040", background: STATUS_COLORS.invalid.fill },
  },
};
