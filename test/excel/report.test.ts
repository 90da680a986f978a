/** The report sheet through the Office.js fake: the same cells as the in-memory door, native charts, print set-up, ask before replacing, syncs. */

import { CHART_COLORS, rangeRef, type ReportSheet } from "../../src/report";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { WriteReportOptions, WriteReportResult } from "../../src/workbook/types";
import type { FakeCell, FakeExcel } from "./fakeExcel";
import { forEachSampleFigure } from "../report/sheets";
import { bigCatalogue, catalogue, col, error, inserted, rowOf, SHEET, template, value } from "./support";

const OPTIONS: WriteReportOptions = {
  tolerance: 0.05,
  period: "H1",
  groupBy: "agency",
  lang: "vi",
  date: "2024-07-05",
};
const REPORT = "Báo cáo 6 tháng";

/** Types the preview's 6-month figures into the fake's template, as staff type them. */
function fill(excel: FakeExcel): void {
  forEachSampleFigure((code, key, v, format) => excel.type(SHEET, rowOf(excel, code), col(key), v, format));
}

/** The same figures in the in-memory workbook, and the report it writes there. */
async function memoryReport(options = OPTIONS, name = REPORT) {
  const memory = new MemoryWorkbook(catalogue);
  value(await memory.insertTemplate("ask"));
  forEachSampleFigure((code, key, v, format) =>
    memory.setCell(template.name, template.rowCodes.indexOf(code), col(key), v, format)
  );
  value(await memory.writeReport(options));
  return memory.sheet(name)?.report as ReportSheet;
}

async function filled(supported?: string[]) {
  const s = await inserted({ supported });
  fill(s.excel);
  return s;
}

function cells(excel: FakeExcel, sheet: string): [string, FakeCell][] {
  return [...excel.sheet(sheet).cells.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function written(result: WriteReportResult) {
  if (result.status !== "written") throw new Error(`expected a written report, got ${JSON.stringify(result)}`);
  return result;
}

describe("the report sheet in Excel", () => {
  test("the same cells as the in-memory door, in four syncs, the template untouched", async () => {
    const { excel, workbook } = await filled();
    const before = cells(excel, SHEET);
    const result = written(value(await workbook.writeReport(OPTIONS)));
    expect(result).toEqual({
      status: "written",
      sheet: REPORT,
      replaced: false,
      charts: 2,
      chartsSkipped: false,
      printSetup: true,
    });
    // Three reads (sheets and markers, used ranges, contents) and one write.
    expect(excel.syncs).toBe(4);
    expect(cells(excel, SHEET)).toEqual(before);
    expect(excel.writes.filter((w) => w.sheet === SHEET)).toEqual([]);
    expect(excel.activeSheet).toBe(REPORT);

    const plan = await memoryReport();
    plan.cells.forEach((row, r) =>
      row.forEach((spec, c) => {
        const cell = excel.cell(REPORT, r, c);
        expect([r, c, cell?.value ?? null]).toEqual([r, c, spec.value ?? (cell?.value === "" ? "" : null)]);
        expect(cell?.numberFormat).toBe(spec.numberFormat);
      })
    );
    const text = [...excel.sheet(REPORT).cells.values()].map((c) => c.value);
    expect(text).toContain("Vượt kế hoạch");
    expect(text).toContain(plan.cells[0][0].value);
    // The merges of the plan, and its styles through setCellProperties (ExcelApi 1.9): the status cell's own fill.
    expect(excel.sheet(REPORT).merges).toHaveLength(plan.merges.length);
    const props = excel.sheet(REPORT).cellProperties as Excel.SettableCellProperties[][];
    // The table's row, not the % of plan chart's figures, which list codes too.
    const r = plan.cells.findIndex((row, i) => i > plan.headerRow && row[0].value === "16.1");
    expect(props[r][8].format?.fill?.color).toBe("#E2EFDA");
    expect(props[0][0].format?.font).toMatchObject({ name: "Times New Roman", bold: true });
  });

  test("two native charts over the cells below them: types, series ranges, names and the status colours", async () => {
    const { excel, workbook } = await filled();
    value(await workbook.writeReport(OPTIONS));
    const plan = await memoryReport();
    const [agencies, percent] = excel.sheet(REPORT).charts;
    const ref = (a: Parameters<typeof rangeRef>[1]) => rangeRef(REPORT, a).replace(/\$/g, "");
    const strip = (s?: string) => s?.replace(/\$/g, "");

    expect(agencies).toMatchObject({ name: "ChiTieu_TheoCoQuan", type: "BarStacked", title: plan.charts[0].title });
    expect(agencies.categoryAxis.reversePlotOrder).toBe(true);
    expect(agencies.valueAxis).toMatchObject({ numberFormat: "0", minimum: 0 });
    expect(agencies.series.map((s) => s.name)).toEqual(plan.charts[0].series.map((s) => s.name));
    agencies.series.forEach((s, i) => {
      const planned = plan.charts[0].series[i];
      expect(strip(s.values)).toBe(ref(planned.values.area));
      expect(strip(s.categories)).toBe(ref(plan.charts[0].categories.area));
      expect(s.fill).toBe(planned.fill);
      expect(s.lineColor).toBe(planned.line);
    });
    // The status colours used elsewhere: exceeded in its dark green, off track in its red fill.
    expect(agencies.series.map((s) => s.fill)).toContain(CHART_COLORS.exceeded.fill);
    expect(agencies.series.map((s) => s.fill)).toContain(CHART_COLORS.offTrack.fill);
    const { anchor } = plan.charts[0];
    expect(agencies.position).toEqual({
      start: `${REPORT.includes(" ") ? `'${REPORT}'` : REPORT}!$A$${anchor.row + 1}:$A$${anchor.row + 1}`,
      end: `'${REPORT}'!$J$${anchor.row + anchor.rows}:$J$${anchor.row + anchor.rows}`,
    });

    expect(percent).toMatchObject({ name: "ChiTieu_PhanTramKeHoach", type: "ColumnClustered" });
    expect(percent.valueAxis.numberFormat).toBe("0%");
    expect(percent.valueAxis.minimum).toBe(0); // no figure below 0 in the sample
    // The period's figures and the full-year estimates are two series, named so, in one slot per indicator.
    const [bars, estimates, mark] = percent.series;
    expect(strip(bars.values)).toBe(ref(plan.charts[1].series[0].values.area));
    expect(bars).toMatchObject({ fill: "#5B9BD5", name: "Thực hiện 6 tháng đầu năm 2024" });
    expect(estimates).toMatchObject({ fill: "#8E7CC3", name: "Ước thực hiện cả năm" });
    expect(strip(estimates.values)).toBe(ref(plan.charts[1].series[1].values.area));
    expect(bars.overlap).toBe(100);
    expect(mark).toMatchObject({ chartType: "LineMarkers", lineStyle: "None", markerStyle: "Dash" });
    expect(strip(mark.values)).toBe(ref(plan.charts[1].series[2].values.area));
    expect(strip(mark.categories)).toBe(ref(plan.charts[1].categories.area));
    // What the series read is what the plan cached: the figures are on the sheet for a person to check.
    const area = plan.charts[1].series[2].values.area;
    expect(excel.cell(REPORT, area.row, area.col)?.value).toBe(plan.charts[1].series[2].values.values[0]);
  });

  test("a fall below 0 (deaths up 2 %: 15.1.2 at -40 % of plan) is drawn: the % axis is not held at 0", async () => {
    const { excel, workbook } = await filled();
    excel.type(SHEET, rowOf(excel, "15.1.2"), col("actual"), "-2");
    value(await workbook.writeReport(OPTIONS));
    const [agencies, percent] = excel.sheet(REPORT).charts;
    expect(agencies.valueAxis.minimum).toBe(0);
    expect(percent.valueAxis.minimum).toBeUndefined();
  });

  test("print set-up: A4 landscape, one page wide, the table's header repeated, each chart and the table on pages of their own", async () => {
    const { excel, workbook } = await filled();
    value(await workbook.writeReport(OPTIONS));
    const plan = await memoryReport();
    const sheet = excel.sheet(REPORT);
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$${plan.headerRow + 1}:$${plan.headerRow + 1}`,
      leftMargin: 36,
    });
    expect(sheet.pageBreaks).toEqual(plan.pageBreaks);
  });

  test("a report of the same period: asked first (nothing written), replaced when told, never two", async () => {
    const { excel, workbook } = await filled();
    value(await workbook.writeReport(OPTIONS));
    excel.syncs = 0;
    excel.writes = [];
    expect(value(await workbook.writeReport(OPTIONS))).toEqual({ status: "exists", sheet: REPORT });
    expect(excel.syncs).toBe(3);
    expect(excel.writes).toEqual([]);

    excel.type(SHEET, rowOf(excel, "16.1"), col("actual"), 6000);
    excel.syncs = 0;
    const result = written(value(await workbook.writeReport({ ...OPTIONS, replace: true })));
    expect(result).toMatchObject({ sheet: REPORT, replaced: true, charts: 2 });
    // The new one is drawn and synced before the old one goes.
    expect(excel.syncs).toBe(5);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET, REPORT]);
    expect(excel.sheet(REPORT).charts).toHaveLength(2);
    expect([...excel.sheet(REPORT).cells.values()].some((c) => c.value === "6.000")).toBe(true);
  });

  test("a failure while drawing the replacement leaves the old report as it was", async () => {
    const { excel, workbook } = await filled();
    value(await workbook.writeReport(OPTIONS));
    const old = cells(excel, REPORT);
    excel.failOperation = { match: "charts.add", code: "GeneralException", message: "boom" };
    expect(error(await workbook.writeReport({ ...OPTIONS, replace: true }), "en")).toMatch(/boom/);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET, REPORT]);
    expect(cells(excel, REPORT)).toEqual(old);
    expect(excel.sheet(REPORT).charts).toHaveLength(2);
  });

  test("a sheet named like the report that is a template is never replaced: the report takes the next name", async () => {
    const { excel, workbook } = await filled();
    // Renamed as Excel renames: the marker's reference follows the sheet.
    excel.sheet(SHEET).name = REPORT;
    excel.activeSheet = REPORT;
    for (const n of excel.names) n.formula = n.formula.replace(SHEET, REPORT);
    const result = written(value(await workbook.writeReport(OPTIONS)));
    expect(result.sheet).toBe(`${REPORT} (2)`);
    expect(excel.sheet(`${REPORT} (2)`).charts).toHaveLength(2);
  });

  test("grouped by the decision's groups, in English", async () => {
    const { excel, workbook } = await filled();
    const result = written(value(await workbook.writeReport({ ...OPTIONS, groupBy: "group", lang: "en" })));
    expect(result.sheet).toBe("Report H1");
    const plan = await memoryReport({ ...OPTIONS, groupBy: "group", lang: "en" }, "Report H1");
    const memory = plan.cells.map((row) => row.map((c) => c.value ?? ""));
    const fake = plan.cells.map((row, r) => row.map((_, c) => excel.cell("Report H1", r, c)?.value ?? ""));
    expect(fake).toEqual(memory);
    // each group's heading names it (from the catalogue), in Excel as in the files
    const headings = fake.map((row) => String(row[0])).filter((v) => v.startsWith("Group "));
    expect(headings).toHaveLength(18);
    expect(headings).toContain("Group 12: targets led by Sở Y tế");
    expect(headings.filter((h) => /^Group \d+$/.test(h))).toEqual([]);
  });

  test("no figures: a report that says so, without an empty chart", async () => {
    const { excel, workbook } = await inserted();
    const result = written(value(await workbook.writeReport(OPTIONS)));
    expect(result).toMatchObject({ charts: 0, chartsSkipped: false });
    expect(excel.sheet(REPORT).charts).toEqual([]);
    expect(excel.sheet(REPORT).pageBreaks).toEqual([]);
  });

  test("without a template, or read-only: a message, and nothing written", async () => {
    const bare = await inserted();
    bare.excel.sheets = bare.excel.sheets.filter((s) => s.name !== SHEET);
    bare.excel.names = [];
    expect(error(await bare.workbook.writeReport(OPTIONS))).toMatch(/mẫu|Chỉ tiêu/);
    const ro = await filled();
    ro.excel.readOnly = true;
    expect(error(await ro.workbook.writeReport(OPTIONS))).toMatch(/chỉ đọc|read-only/i);
    expect(ro.excel.sheets.map((s) => s.name)).not.toContain(REPORT);
  });

  test.each([
    ["Quý 2", /^Chưa lập báo cáo: ô kỳ báo cáo D4 của trang “Chỉ tiêu 2024” ghi “Quý 2”, không phải một kỳ báo cáo/],
    ["6 tháng năm 2023", /^Chưa lập báo cáo: ô kỳ báo cáo D4 .* là năm 2023, nhưng chỉ tiêu là của năm 2024/],
  ])("a period cell saying %p: the same refusal as the other doors, and nothing written", async (text, said) => {
    const { excel, workbook } = await filled();
    excel.type(SHEET, template.periodCell.row, template.periodCell.col, text);
    // The cell's own period, as the pane and the ribbon ask (no period of their own).
    const sheetsOwn = { ...OPTIONS, period: undefined };
    const names = excel.sheets.map((s) => s.name);
    excel.writes = [];
    expect(error(await workbook.writeReport(sheetsOwn))).toMatch(said);
    expect(error(await workbook.writeReport(sheetsOwn), "en")).toMatch(
      /^No report was made: the reporting period cell D4/
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(names);
    expect(excel.writes).toEqual([]);
    expect(excel.names.map((n) => n.name).filter((n) => n.startsWith("ChiTieu_Report"))).toEqual([]);
  });

  test("Excel 2016-era sets: without ExcelApi 1.9, styled range by range and no print set-up; without 1.7/1.8, no charts, said", async () => {
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => `1.${i + 1}`);
    const old = await filled(upTo(8));
    const result = written(value(await old.workbook.writeReport(OPTIONS)));
    expect(result).toMatchObject({ printSetup: false, charts: 2, chartsSkipped: false });
    expect(old.excel.sheet(REPORT).pageLayout).toEqual({});
    expect(old.excel.sheet(REPORT).cellProperties).toBeUndefined();
    expect(old.excel.sheet(REPORT).charts).toHaveLength(2);

    const older = await filled(upTo(6));
    const none = written(value(await older.workbook.writeReport(OPTIONS)));
    expect(none).toMatchObject({ charts: 0, chartsSkipped: true, printSetup: false });
    expect(older.excel.sheet(REPORT).charts).toEqual([]);
    expect(older.excel.cell(REPORT, 0, 0)?.value).toMatch(/BÁO CÁO/);
  });

  test("the same syncs for the shipped 37 targets and for 3.800 of them", async () => {
    const big = bigCatalogue(3800);
    const { excel, workbook } = await inserted({ catalogue: big, payloadLimit: Infinity });
    for (let i = 0; i < 3800; i += 3) excel.type(SHEET, template.firstDataRow + i, col("actual"), i % 100);
    const result = written(value(await workbook.writeReport(OPTIONS)));
    expect(excel.syncs).toBe(4);
    expect(result.charts).toBe(2);
    expect(excel.sheet(REPORT).charts[1].series[0].values).toMatch(/:\$?C\$?\d+$/);
  });
});

const reportNames = (excel: FakeExcel) => excel.names.filter((n) => n.name.startsWith("ChiTieu_Report"));

describe("the report in Excel never replaces a sheet it did not write", () => {
  test("the fake: a name follows its sheet when renamed and becomes #REF! when the sheet is deleted, as in Excel", async () => {
    const { excel, workbook } = await filled();
    written(value(await workbook.writeReport(OPTIONS)));
    expect(reportNames(excel)).toEqual([
      { name: "ChiTieu_Report_1", formula: `='${REPORT}'!$A$1:$A$1`, comment: "chi-tieu:report" },
    ]);
    const context = excel.context() as unknown as Excel.RequestContext;
    context.workbook.worksheets.getItem(REPORT).name = "Mine";
    await context.sync();
    expect(reportNames(excel)[0].formula).toBe("=Mine!$A$1:$A$1");
    context.workbook.worksheets.getItem("Mine").delete();
    await context.sync();
    expect(reportNames(excel)[0].formula).toBe("=#REF!$A$1:$A$1");
  });

  test("a person's own sheet named like the report is kept; the report goes beside it and is the one replaced later", async () => {
    const { excel, workbook } = await filled();
    const own = excel.addSheet(REPORT);
    excel.type(REPORT, 0, 0, "Báo cáo của tôi, viết tay");
    const result = written(value(await workbook.writeReport(OPTIONS)));
    expect(result).toMatchObject({ sheet: `${REPORT} (2)`, replaced: false, charts: 2 });
    expect(excel.sheet(REPORT)).toBe(own);
    expect(excel.cell(REPORT, 0, 0)?.value).toBe("Báo cáo của tôi, viết tay");
    expect(excel.sheet(REPORT).charts).toEqual([]);

    // The next report asks about the tool's own sheet, not the person's; replaced, it keeps one marker.
    expect(value(await workbook.writeReport(OPTIONS))).toEqual({ status: "exists", sheet: `${REPORT} (2)` });
    const again = written(value(await workbook.writeReport({ ...OPTIONS, replace: true })));
    expect(again).toMatchObject({ sheet: `${REPORT} (2)`, replaced: true });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET, REPORT, `${REPORT} (2)`]);
    expect(excel.cell(REPORT, 0, 0)?.value).toBe("Báo cáo của tôi, viết tay");
    expect(reportNames(excel).map((n) => n.formula)).toEqual([`='${REPORT} (2)'!$A$1:$A$1`]);
  });

  test("a report sheet of an earlier version (no marker) is not replaced either", async () => {
    const { excel, workbook } = await filled();
    written(value(await workbook.writeReport(OPTIONS)));
    excel.names = excel.names.filter((n) => !n.name.startsWith("ChiTieu_Report"));
    const result = written(value(await workbook.writeReport({ ...OPTIONS, replace: true })));
    expect(result).toMatchObject({ sheet: `${REPORT} (2)`, replaced: false });
  });

  test("the template renamed like the report, replace asked for: the template stays whole", async () => {
    const { excel, workbook } = await filled();
    const context = excel.context() as unknown as Excel.RequestContext;
    context.workbook.worksheets.getItem(SHEET).name = REPORT;
    await context.sync();
    const before = [...excel.sheet(REPORT).cells.entries()];
    const result = written(value(await workbook.writeReport({ ...OPTIONS, replace: true })));
    expect(result.sheet).toBe(`${REPORT} (2)`);
    expect([...excel.sheet(REPORT).cells.entries()]).toEqual(before);
  });
});
