/**
 * The report sheet as data: every cell with its style and number format, merges, widths, heights,
 * print setup, and the two native charts with the cells their series read. The ExcelJS and Office.js
 * writers lay out this one model, so the sheet is the same in Excel and in the .xlsx file.
 */

import type { Catalogue, Lang } from "../core";
import { a1, PERCENT_OF_PLAN_FORMAT, TEMPLATE_FONT, type Area } from "../template";
import { CHART_STATUSES, type ReportContent } from "./content";
import type { ReportRow } from "./rows";
import { CHART_COLORS, STATUS_COLORS, type ChartPattern, type ReportStyleName } from "./sheetStyles";
import { REPORT_STRINGS } from "./strings";
import { fixedTextFormat, percentFormatLike, percentText, rowTexts } from "./wording";

export * from "./sheetStyles";

export interface ReportCell {
  value: string | number | null;
  style: ReportStyleName;
  numberFormat: string;
  /** A status cell's colours (as the template's highlights). */
  fill?: string;
  fontColor?: string;
}

/** A column or row of cells a chart reads, and the values it holds (the file's cache of them). */
export interface ChartRange {
  area: Area;
  /** null: a blank cell, no point (a bar of the other series stands there). */
  values: (string | number | null)[];
}

export interface ChartSeries {
  name: string;
  /** The cell holding the name. */
  nameCell: Area;
  values: ChartRange;
  fill: string;
  line: string;
  /** Hatching over the fill, where a file can draw it (the .xlsx); Office.js draws the solid fill. */
  pattern?: ChartPattern;
  /** A column of the bar chart, or the mark each bar is measured against (markers, no line). */
  type: "bar" | "mark";
}

export interface ReportChart {
  name: string;
  title: string;
  /** Horizontal bars stacked by status, or vertical columns with a mark each. */
  kind: "stackedBar" | "columnsWithMark";
  /** Where it sits on the sheet, in cells. */
  anchor: Area;
  categories: ChartRange;
  series: ChartSeries[];
  /** The value axis' number format. */
  numberFormat: string;
  /**
   * The value axis' lowest value: 0, or none when a value is below 0, so that a fall (15.1.2 at -40 %) is drawn
   * below the axis instead of hidden under it (trial 24, 4).
   */
  minimum?: number;
}

export interface ReportSheet {
  name: string;
  cells: ReportCell[][];
  merges: Area[];
  columnWidths: number[];
  rowHeights: number[];
  /** The table's header row (0-based), repeated on each printed page of the table (the sheet's last part). */
  headerRow: number;
  /** Rows (0-based) that start a new printed page: each chart, and the table after them. */
  pageBreaks: number[];
  font: string;
  charts: ReportChart[];
  /** Page margins in inches, the same in the .xlsx file and in Excel. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

// Đánh giá as wide as its longest label ("Có nguy cơ không đạt", "Số liệu không hợp lệ") on one line,
// which LibreOffice printed cut into Giải trình when it was 16; Giải trình gives the room (notes wrap).
const COLUMN_WIDTHS = [8, 44, 12, 12, 12, 12, 11, 13, 22, 24];
export const REPORT_COLUMN_COUNT = COLUMN_WIDTHS.length;
const LINE_HEIGHT = 16;
/** Rows a chart takes on the sheet. */
const AGENCY_CHART_ROWS = 22;
const PERCENT_CHART_ROWS = 22;

/** Lines a wrapped text needs across `width` characters of the default font. */
function lines(text: string, width: number): number {
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / Math.max(1, width * 0.95))), 0);
}

/** Lays out a report on a sheet; `catalogue` gives each row its number format. */
export function buildReportSheet(content: ReportContent, catalogue: Catalogue): ReportSheet {
  const width = COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
  const cells: ReportCell[][] = [];
  const heights: number[] = [];
  const merges: Area[] = [];
  const blank = (style: ReportStyleName = "text"): ReportCell => ({ value: null, style, numberFormat: "General" });
  const emptyRow = () => Array.from({ length: REPORT_COLUMN_COUNT }, () => blank());
  /** A text across the whole width, merged, as tall as its wrapped lines. */
  const line = (value: string, style: ReportStyleName, wrapWidth = width) => {
    const row = emptyRow();
    row[0] = { value, style, numberFormat: "@" };
    for (let c = 1; c < REPORT_COLUMN_COUNT; c++) row[c] = blank(style);
    merges.push({ row: cells.length, col: 0, rows: 1, cols: REPORT_COLUMN_COUNT });
    cells.push(row);
    heights.push(lines(value, wrapWidth) * LINE_HEIGHT + (style === "title" ? 8 : 2));
  };
  const gap = () => {
    cells.push(emptyRow());
    heights.push(LINE_HEIGHT / 2);
  };

  line(content.title, "title", width * 0.8);
  line(content.source, "source");
  line(content.date, "date");
  gap();
  if (content.warnings.length > 0) {
    line(content.labels.warnings, "section");
    for (const w of content.warnings) line(`• ${w}`, "warning");
    gap();
  }
  line(content.labels.headline, "section");
  line(content.headline.text, "text");
  gap();

  // The narrative, then the charts, then the table: print titles repeat the table's header on the
  // pages after its first appearance only (LibreOffice, tested; Excel: R10 in docs/excel-checks.md),
  // so the table last keeps its header off the narrative's and the charts' pages, as an annex reads.
  line(content.labels.achieved, "section");
  if (content.achieved.length === 0) line(content.labels.noneAchieved, "text");
  for (const f of content.achieved) line(`- ${f.text}`, "text");
  gap();
  line(content.labels.shortfalls, "section");
  if (content.shortfalls.length === 0) line(content.labels.noneShort, "text");
  for (const f of content.shortfalls) line(`- ${f.text} ${f.explanation ?? ""}`.trimEnd(), "text");
  if (content.missing) line(`- ${content.missing}`, "text");
  if (content.toCheck.length > 0) line(content.labels.toCheck, "text");
  for (const f of content.toCheck) line(`- ${f.text}`, "text");
  gap();

  const charts: ReportChart[] = [];
  const pageBreaks: number[] = [];
  /** Blank rows a chart is drawn over, starting a page of its own. */
  const chartSpace = (rows: number): number => {
    const at = cells.length;
    pageBreaks.push(at);
    for (let i = 0; i < rows; i++) {
      cells.push(emptyRow());
      heights.push(LINE_HEIGHT);
    }
    gap();
    return at;
  };
  if (content.charts) {
    // Each chart reads its figures from the cells right below it, on its page, which a person can check.
    const agencyChart = chartSpace(AGENCY_CHART_ROWS);
    const agencyTable = cells.length;
    const present = CHART_STATUSES.filter((s) => content.charts?.byAgency.some((a) => a.counts[s] > 0));
    // From column B, the wide one: agency names are long.
    const dataRow = (values: (string | number)[], style: ReportStyleName) => {
      const row = emptyRow();
      values.forEach((v, c) => (row[c + 1] = { value: v, style, numberFormat: typeof v === "number" ? "0" : "@" }));
      cells.push(row);
      heights.push(style === "dataHeader" ? 2 * LINE_HEIGHT : LINE_HEIGHT);
    };
    dataRow([content.labels.chartByAgency, ...present.map((s) => content.labels.statuses[s])], "dataHeader");
    for (const a of content.charts.byAgency) dataRow([a.agency, ...present.map((s) => a.counts[s])], "data");
    const agencies = content.charts.byAgency.length;
    const categories: ChartRange = {
      area: { row: agencyTable + 1, col: 1, rows: agencies, cols: 1 },
      values: content.charts.byAgency.map((a) => a.agency),
    };
    charts.push({
      name: "ChiTieu_TheoCoQuan",
      title: content.labels.chartByAgency,
      kind: "stackedBar",
      anchor: { row: agencyChart, col: 0, rows: AGENCY_CHART_ROWS, cols: REPORT_COLUMN_COUNT },
      categories,
      series: present.map((s, i) => ({
        name: content.labels.statuses[s],
        nameCell: { row: agencyTable, col: i + 2, rows: 1, cols: 1 },
        values: {
          area: { row: agencyTable + 1, col: i + 2, rows: agencies, cols: 1 },
          values: content.charts?.byAgency.map((a) => a.counts[s]) ?? [],
        },
        fill: CHART_COLORS[s].fill,
        line: CHART_COLORS[s].line,
        pattern: CHART_COLORS[s].pattern,
        type: "bar",
      })),
      numberFormat: "0",
      minimum: 0,
    });

    const percent = content.charts.percent;
    if (percent.length > 0) {
      const percentChart = chartSpace(PERCENT_CHART_ROWS);
      const percentTable = cells.length;
      // A bar is the period's figure or the full-year estimate, whichever the row is judged on: one
      // series each, told apart by colour and legend, so a 6-month report never passes estimates off
      // as the 6-month figures (trial 18, F9). The mark is what that figure had to reach.
      const t = REPORT_STRINGS[content.lang];
      const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
      const bases = [
        {
          basis: "actual" as const,
          label: t.basisActual(t.periodPhrase(content.period, catalogue.year)),
          fill: "#5B9BD5",
          line: "#2E75B6",
        },
        { basis: "estimate" as const, label: t.basisEstimate, fill: "#8E7CC3", line: "#674EA7" },
      ].filter((b) => percent.some((p) => p.basis === b.basis));
      const header = [
        content.columns[0].label,
        content.columns[1].label,
        // The chart's title says "% of the annual plan": the legend says of which figure.
        ...bases.map((b) => capital(b.label)),
        content.labels.chartMark,
      ];
      // The chart reads numbers; each shows as the report writes it, not in the notation of the PC it is opened on.
      const shownAs = (v: number | null) => {
        if (v === null) return PERCENT_OF_PLAN_FORMAT;
        const text = percentText(v * 100, content.lang);
        return fixedTextFormat(v, text, v < 0 ? percentFormatLike(text) : PERCENT_OF_PLAN_FORMAT);
      };
      const pctRow = (values: (string | number | null)[], style: ReportStyleName) => {
        const row = emptyRow();
        values.forEach(
          (v, c) => (row[c] = { value: v, style, numberFormat: typeof v === "string" || c < 2 ? "@" : shownAs(v) })
        );
        cells.push(row);
        heights.push(
          style === "dataHeader"
            ? Math.max(2, ...values.map((v, c) => lines(String(v), COLUMN_WIDTHS[c] * 1.1))) * LINE_HEIGHT
            : LINE_HEIGHT
        );
      };
      const names = new Map(content.groups.flatMap((g) => g.rows.map((r) => [r.code, r.name])));
      pctRow(header, "dataHeader");
      for (const p of percent) {
        const bars = bases.map((b) => (p.basis === b.basis ? round(p.percent / 100) : null));
        pctRow([p.code, names.get(p.code) ?? "", ...bars, round(p.mark / 100)], "data");
      }
      const n = percent.length;
      // Each series reads one column of the same little table; a row of the other basis is blank there.
      const percentSeries = (
        col: number,
        values: (number | null)[],
        fill: string,
        line: string,
        type: ChartSeries["type"]
      ): ChartSeries => ({
        name: header[col],
        nameCell: { row: percentTable, col, rows: 1, cols: 1 },
        values: { area: { row: percentTable + 1, col, rows: n, cols: 1 }, values },
        fill,
        line,
        type,
      });
      charts.push({
        name: "ChiTieu_PhanTramKeHoach",
        title: content.labels.chartPercent,
        kind: "columnsWithMark",
        anchor: { row: percentChart, col: 0, rows: PERCENT_CHART_ROWS, cols: REPORT_COLUMN_COUNT },
        categories: { area: { row: percentTable + 1, col: 0, rows: n, cols: 1 }, values: percent.map((p) => p.code) },
        series: [
          ...bases.map((b, i) =>
            percentSeries(
              2 + i,
              percent.map((p) => (p.basis === b.basis ? round(p.percent / 100) : null)),
              b.fill,
              b.line,
              "bar"
            )
          ),
          percentSeries(
            2 + bases.length,
            percent.map((p) => round(p.mark / 100)),
            "#C00000",
            "#C00000",
            "mark"
          ),
        ],
        numberFormat: "0%",
        ...(percent.some((p) => p.percent < 0) ? {} : { minimum: 0 }),
      });
    }
    gap();
    // After the charts the table starts a page of its own, so no chart page ends with its first rows.
    pageBreaks.push(cells.length);
  }

  line(content.labels.table, "section");
  const headerRow = cells.length;
  cells.push(content.columns.map((c) => ({ value: c.label, style: "header", numberFormat: "@" })));
  heights.push(3 * LINE_HEIGHT);
  for (const group of content.groups) {
    line(group.title, "group");
    for (const row of group.rows) {
      cells.push(tableRow(row, content.lang));
      // The figure columns too: a figure quoted as typed, or "Số cùng kỳ cần kiểm tra lại", may wrap.
      const texts = rowTexts(row, content.lang);
      heights.push(
        Math.max(
          lines(row.name, COLUMN_WIDTHS[1]),
          ...[4, 5, 6, 7].map((c) => lines(texts[c], COLUMN_WIDTHS[c])),
          lines(row.statusText, COLUMN_WIDTHS[8]),
          lines(row.note, COLUMN_WIDTHS[9]),
          1
        ) * LINE_HEIGHT
      );
    }
  }
  line(content.labels.tableNote, "tableNote");

  return {
    name: content.sheetName,
    cells,
    merges,
    columnWidths: [...COLUMN_WIDTHS],
    rowHeights: heights,
    headerRow,
    pageBreaks,
    font: TEMPLATE_FONT,
    charts,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

const round = (n: number) => Number(n.toPrecision(12));

function tableRow(row: ReportRow, lang: Lang): ReportCell[] {
  const texts = rowTexts(row, lang);
  const colors = STATUS_COLORS[row.doubted ? "toCheck" : row.status];
  // The figures are text in the report's notation, as the plan is (rowTexts says why), right-aligned as figures.
  const figure = (c: number): ReportCell => ({ value: texts[c] || null, style: "figure", numberFormat: "@" });
  return [
    { value: row.code, style: "code", numberFormat: "@" },
    { value: row.name, style: row.part ? "part" : "name", numberFormat: "@" },
    { value: row.unit || null, style: "code", numberFormat: "@" },
    { value: row.plan || null, style: "code", numberFormat: "@" },
    figure(4),
    figure(5),
    figure(6),
    figure(7),
    { value: row.statusText, style: "status", numberFormat: "@", fill: colors.fill, fontColor: colors.fontColor },
    { value: row.note || null, style: "note", numberFormat: "@" },
  ];
}

/** A chart range as a formula reference: `'Báo cáo 6 tháng'!$A$40:$A$52`. */
export function rangeRef(sheet: string, area: Area): string {
  const abs = a1(area.row, area.col, area.rows, area.cols).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}
