/** The report sheet's look: each kind of cell's style, and the status colours its cells and charts share. */

import { STATUSES, type Status } from "../core";
import { HIGHLIGHT_COLORS, type CellStyle } from "../template";

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
  dataHeader: { ...cell, bold: true, size: 11, fill: "#F2F2F2", wrap: true },
  data: { ...cell, size: 11 },
};

/** Status colours in the sheet and the charts: the highlights' colours, with a grey for rows without figures. */
export const STATUS_COLORS: Record<Status, { fill: string; fontColor: string }> = {
  ...HIGHLIGHT_COLORS,
  missing: { fill: "#F0F0F0", fontColor: "#424242" },
};

/** Bars need a solid colour to be seen: exceeded takes its dark green, the others their fill with a dark outline. */
export const CHART_COLORS: Record<Status, { fill: string; line: string }> = Object.fromEntries(
  STATUSES.map((s) => [
    s,
    { fill: s === "exceeded" ? STATUS_COLORS[s].fontColor : STATUS_COLORS[s].fill, line: STATUS_COLORS[s].fontColor },
  ])
) as Record<Status, { fill: string; line: string }>;
