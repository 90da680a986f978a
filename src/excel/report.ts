/** The report sheet inside Excel: the plan src/report makes for every door, drawn in one batch beside the template. */

import { problem, type Catalogue } from "../core";
import {
  placeReport,
  planReport,
  REPORT_MARKER,
  REPORT_STYLES,
  reportMarkerName,
  type ReportChart,
  type ReportSheet,
} from "../report";
import type { Area } from "../template";
import type { WriteReportOptions, WriteReportResult } from "../workbook/types";
import { applyStyle, cellProperties, POINTS_PER_CHARACTER } from "./draw";
import { KnownProblem, type ExcelHost } from "./host";
import { mustAddSheet, readTemplates } from "./read";

const POINTS_PER_INCH = 72;

export interface ReportFeatures {
  /** ExcelApi 1.9: setCellProperties, page layout, page breaks. */
  cellProperties: boolean;
  pageLayout: boolean;
  /** ExcelApi 1.7 (series from ranges, combo series) and 1.8 (the value axis' number format). */
  charts: boolean;
}

export function reportFeatures(host: ExcelHost): ReportFeatures {
  return {
    cellProperties: host.supports("1.9"),
    pageLayout: host.supports("1.9"),
    charts: host.supports("1.7") && host.supports("1.8"),
  };
}

const rangeOf = (sheet: Excel.Worksheet, a: Area) => sheet.getRangeByIndexes(a.row, a.col, a.rows, a.cols);

/** Queues every write of the report's cells, sizes, merges and print set-up; the caller syncs. */
export function drawReport(sheet: Excel.Worksheet, plan: ReportSheet, features: ReportFeatures): void {
  const rows = plan.cells.length;
  const cols = plan.columnWidths.length;
  const all = sheet.getRangeByIndexes(0, 0, rows, cols);
  // Formats first: text cells are "@", so a code such as 02.1 or a name starting with "-" stays text.
  all.numberFormat = plan.cells.map((row) => row.map((c) => c.numberFormat));
  all.values = plan.cells.map((row) => row.map((c) => c.value ?? ""));
  // A status cell's colours are its own fill, not a conditional format: the report is a snapshot.
  const styleOf = (r: number, c: number) => {
    const spec = plan.cells[r][c];
    const style = REPORT_STYLES[spec.style];
    return spec.fill ? { ...style, fill: spec.fill, color: spec.fontColor } : style;
  };
  if (features.cellProperties) {
    all.setCellProperties(plan.cells.map((row, r) => row.map((_, c) => cellProperties(styleOf(r, c), plan.font))));
  } else {
    // One range per run of equal styles in a row: still one sync.
    plan.cells.forEach((row, r) => {
      let start = 0;
      const key = (c: number) => `${row[c].style}|${row[c].fill ?? ""}`;
      for (let c = 1; c <= row.length; c++) {
        if (c === row.length || key(c) !== key(start)) {
          applyStyle(sheet.getRangeByIndexes(r, start, 1, c - start), styleOf(r, start), plan.font);
          start = c;
        }
      }
    });
  }
  for (const m of plan.merges) rangeOf(sheet, m).merge(false);
  plan.columnWidths.forEach((width, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER;
  });
  // One write per run of rows of the same height.
  let start = 0;
  for (let r = 1; r <= rows; r++) {
    if (r === rows || plan.rowHeights[r] !== plan.rowHeights[start]) {
      sheet.getRangeByIndexes(start, 0, r - start, 1).format.rowHeight = plan.rowHeights[start];
      start = r;
    }
  }
  if (features.pageLayout) {
    const layout = sheet.pageLayout;
    layout.orientation = "Landscape";
    layout.paperSize = "A4";
    // One page wide, as many tall as it takes.
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.leftMargin = plan.margins.left * POINTS_PER_INCH;
    layout.rightMargin = plan.margins.right * POINTS_PER_INCH;
    layout.topMargin = plan.margins.top * POINTS_PER_INCH;
    layout.bottomMargin = plan.margins.bottom * POINTS_PER_INCH;
    layout.headerMargin = plan.margins.header * POINTS_PER_INCH;
    layout.footerMargin = plan.margins.footer * POINTS_PER_INCH;
    layout.setPrintTitleRows(`$${plan.headerRow + 1}:$${plan.headerRow + 1}`);
    // Each chart starts a page of its own.
    for (const row of plan.pageBreaks) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
  }
}

/** A native chart from the plan: its series read the cells below the charts, in the status colours. */
export function drawChart(sheet: Excel.Worksheet, plan: ReportChart): void {
  const stacked = plan.kind === "stackedBar";
  const [first] = plan.series;
  const chart = sheet.charts.add(
    stacked ? "BarStacked" : "ColumnClustered",
    rangeOf(sheet, first.values.area),
    "Columns"
  );
  chart.name = plan.name;
  chart.title.text = plan.title;
  const { row, col, rows, cols } = plan.anchor;
  chart.setPosition(
    sheet.getRangeByIndexes(row, col, 1, 1),
    sheet.getRangeByIndexes(row + rows - 1, col + cols - 1, 1, 1)
  );
  chart.legend.position = "Bottom";
  chart.axes.valueAxis.numberFormat = plan.numberFormat;
  if (plan.minimum !== undefined) chart.axes.valueAxis.minimum = plan.minimum;
  // Bars are drawn bottom-up: reversed, the first agency is on top, as in the table (and the .xlsx file).
  if (stacked) chart.axes.categoryAxis.reversePlotOrder = true;
  const categories = rangeOf(sheet, plan.categories.area);
  plan.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(rangeOf(sheet, s.values.area));
    series.setXAxisValues(categories);
    series.name = s.name;
    if (s.type === "mark") {
      // The prorated mark: a dash on each column, no line between them.
      series.chartType = "LineMarkers";
      series.format.line.lineStyle = "None";
      series.markerStyle = "Dash";
      series.markerSize = 20;
      series.markerBackgroundColor = s.fill;
      series.markerForegroundColor = s.line;
    } else {
      series.format.fill.setSolidColor(s.fill);
      series.format.line.color = s.line;
      if (i === 0) series.gapWidth = stacked ? 50 : 80;
      // Columns of several series (the period's figures, the estimates) share one slot per indicator.
      if (i === 0 && !stacked && plan.series.filter((x) => x.type === "bar").length > 1) series.overlap = 100;
    }
  });
}

/** Sheet names Excel accepts as new: the report's own, or with " mới" while the old one is still there. */
function freeName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  let name = base;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  return name;
}

/**
 * Judges the template (three syncs, whatever its size, two more with a merge log), then draws the report in one sync; a
 * replaced report is deleted only after its successor is drawn (one sync more), so a failure
 * never leaves the workbook without either.
 */
export async function writeReportSheet(
  context: Excel.RequestContext,
  catalogue: Catalogue,
  host: ExcelHost,
  options: WriteReportOptions
): Promise<WriteReportResult> {
  const book = await readTemplates(context, catalogue, {
    tolerance: options.tolerance,
    period: options.period,
    mergedAreas: host.supports("1.13"),
    calculation: { canCalculate: host.supports("1.1") },
    // An open conflict of the merge log is listed to check, never stated as achieved or short.
    log: true,
  });
  const template = book.templates[0];
  if (!template) throw new KnownProblem(problem("sheet.noTemplate", { sheets: book.sheetNames }));
  // Refused before anything is written: no sheet is added for a period the template does not say.
  const report = planReport(catalogue, template.grid, template.judged, options);
  if (!report.ok) throw new KnownProblem(report.error);
  const planned = report.value.sheet;
  const markers = book.names.filter((n) => n.name.startsWith(REPORT_MARKER));
  const place = placeReport(
    planned.name,
    book.sheetNames,
    book.templates.map((t) => t.name),
    markers.flatMap((m) => (m.sheet === undefined ? [] : [m.sheet])),
    options.replace === true
  );
  // The report is a sheet of its own: refused before asking whether to replace, as neither answer could be carried out.
  mustAddSheet(book);
  if (place.status === "exists") return place;
  const plan: ReportSheet = { ...planned, name: place.name };
  const features = reportFeatures(host);

  const sheets = context.workbook.worksheets;
  const sheet = sheets.add(place.replacing ? freeName(`${plan.name} mới`, book.sheetNames) : plan.name);
  drawReport(sheet, plan, features);
  if (features.charts) for (const chart of plan.charts) drawChart(sheet, chart);
  if (place.replacing) {
    try {
      await context.sync();
    } catch (error) {
      await discard(context, sheet);
      throw error;
    }
    // Drawn whole: only now does the old report go (a failure here leaves both, never neither).
    sheets.getItem(place.replacing).delete();
    sheet.name = plan.name;
  }
  // The marker that lets a later report replace this sheet and nothing else; the old report's
  // markers, and any left pointing at a deleted sheet (#REF!), go.
  const dropped = markers.filter((m) => m.sheet === undefined || m.sheet === place.replacing);
  for (const m of dropped) context.workbook.names.getItem(m.name).delete();
  const kept = book.names.filter((n) => !dropped.includes(n)).map((n) => n.name);
  context.workbook.names.add(reportMarkerName(kept), sheet.getRange("A1"), "chi-tieu:report");
  sheet.activate();
  sheet.getRangeByIndexes(0, 0, 1, 1).select();
  try {
    await context.sync();
  } catch (error) {
    // Drawn in this same batch (nothing was replaced): a half-drawn report would pass for a finished one.
    if (!place.replacing) await discard(context, sheet);
    throw error;
  }
  return {
    status: "written",
    sheet: plan.name,
    replaced: place.replacing !== undefined,
    charts: features.charts ? plan.charts.length : 0,
    chartsSkipped: !features.charts && plan.charts.length > 0,
    printSetup: features.pageLayout,
  };
}

/** Deletes a half-drawn report; if even that fails, the error that matters is still the drawing's. */
async function discard(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<void> {
  try {
    sheet.delete();
    await context.sync();
  } catch {
    // The caller reports the first failure.
  }
}
