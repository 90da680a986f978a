import {
  buildReport,
  buildReportSheet,
  readExtras,
  rangeRef,
  REPORT_COLUMN_COUNT,
  REPORT_STYLES,
} from "../../src/report";
import { STATUS_LABELS } from "../../src/core";
import { formatCell } from "../../src/preview/numberFormat";
import { fixedTextFormat } from "../../src/report/wording";
import { blankSheet, catalogue, col, judged, sampleSheet, template, type FilledSheet } from "./sheets";

function withNote(): FilledSheet {
  const sheet = sampleSheet();
  sheet.set("05.2", "note", "Khách quốc tế giảm do dịch bệnh ở nước bạn, giá vé máy bay tăng cao");
  return sheet;
}

function plan(sheet: FilledSheet, lang: "vi" | "en" = "vi") {
  const j = judged(sheet);
  const content = buildReport(
    { catalogue, report: j.report, extras: readExtras(sheet.grid(), j.located), date: "2024-07-05" },
    { lang, groupBy: "agency" }
  );
  return { content, sheet: buildReportSheet(content, catalogue) };
}

describe("the report sheet's layout", () => {
  const { content, sheet } = plan(sampleSheet());
  const text = (r: number, c: number) => sheet.cells[r][c].value;

  test("every row as wide as the table, one height a row, the header row's labels", () => {
    expect(sheet.cells.every((row) => row.length === REPORT_COLUMN_COUNT)).toBe(true);
    expect(sheet.rowHeights).toHaveLength(sheet.cells.length);
    expect(sheet.cells[sheet.headerRow].map((c) => c.value)).toEqual(content.columns.map((c) => c.label));
    expect(text(0, 0)).toBe(content.title);
  });

  test("the charts sit above their own data, each on a page of its own, and read cells that hold what they cache", () => {
    expect(sheet.charts.map((c) => c.kind)).toEqual(["stackedBar", "columnsWithMark"]);
    const [agencies, percent] = sheet.charts;
    // a page for each chart, then one for the table's section title and header
    expect(sheet.pageBreaks).toEqual([agencies.anchor.row, percent.anchor.row, sheet.headerRow - 1]);
    expect(text(sheet.headerRow - 1, 0)).toBe(content.labels.table);
    sheet.charts.forEach((chart, i) => {
      const next = sheet.pageBreaks[i + 1];
      const ranges = [chart.categories, ...chart.series.map((s) => s.values)];
      for (const range of ranges) {
        // below the chart, on its page: before the next page starts
        expect(range.area.row).toBeGreaterThanOrEqual(chart.anchor.row + chart.anchor.rows);
        expect(range.area.row + range.area.rows).toBeLessThanOrEqual(next);
        range.values.forEach((v, r) => expect(text(range.area.row + r, range.area.col)).toBe(v));
      }
      for (const s of chart.series) {
        expect(text(s.nameCell.row, s.nameCell.col)).toBe(s.name);
        expect(s.nameCell.row).toBeLessThan(next);
      }
    });
    expect(rangeRef(sheet.name, agencies.categories.area)).toMatch(/^'Báo cáo 6 tháng'!\$B\$\d+:\$B\$\d+$/);
    expect(rangeRef("Bob's", { row: 0, col: 0, rows: 1, cols: 1 })).toBe("'Bob''s'!$A$1");
  });

  test("the narrative first, then the charts, the table last: its header repeats on no page before its own", () => {
    const rowOf = (value: string) => sheet.cells.findIndex((row) => row[0].value === value);
    const headline = rowOf(content.labels.headline);
    const achieved = rowOf(content.labels.achieved);
    const shortfalls = rowOf(content.labels.shortfalls);
    expect(headline).toBeGreaterThan(0);
    expect(achieved).toBeGreaterThan(headline);
    expect(shortfalls).toBeGreaterThan(achieved);
    expect(sheet.charts[0].anchor.row).toBeGreaterThan(shortfalls);
    // nothing after the table: every row below the header is a group heading or an indicator's row
    const groupTitles = new Set(content.groups.map((g) => g.title));
    const codes = new Set(content.groups.flatMap((g) => g.rows.map((r) => r.code)));
    // after the header: groups and rows, then the note on the percentages
    const after = sheet.cells.slice(sheet.headerRow + 1, -1).map((row) => String(row[0].value));
    expect(sheet.cells[sheet.cells.length - 1][0].value).toBe(content.labels.tableNote);
    expect(after.every((v) => groupTitles.has(v) || codes.has(v))).toBe(true);
    expect(after).toHaveLength(content.groups.reduce((n, g) => n + 1 + g.rows.length, 0));
  });

  test("% of plan: the period's figures and the estimates are two series, each bar in the one of its figure", () => {
    const chart = sheet.charts[1];
    const [actual, estimate, mark] = chart.series;
    expect(chart.series.map((s) => [s.name, s.type])).toEqual([
      ["Thực hiện 6 tháng đầu năm 2024", "bar"],
      ["Ước thực hiện cả năm", "bar"],
      ["Mức cần đạt", "mark"],
    ]);
    const rows = new Map(content.groups.flatMap((g) => g.rows.map((r) => [r.code, r])));
    chart.categories.values.forEach((code, i) => {
      const row = rows.get(String(code));
      const hasEstimate = row?.estimate !== undefined;
      // exactly one bar per indicator, in the series of the figure it is judged on
      expect([actual.values.values[i] === null, estimate.values.values[i] === null]).toEqual([
        hasEstimate,
        !hasEstimate,
      ]);
      const bar = actual.values.values[i] ?? estimate.values.values[i];
      expect(bar).toBeCloseTo((row?.percentOfPlan ?? NaN) / 100, 10);
      // an estimate is measured against the whole plan
      if (hasEstimate) expect(mark.values.values[i]).toBe(1);
    });
    expect(estimate.values.values.some((v) => v !== null)).toBe(true);
    expect(actual.values.values.some((v) => v !== null)).toBe(true);
  });

  test("% of plan with the period's figures only: one bar series, named for the period", () => {
    const only = sampleSheet();
    template.rowCodes.forEach((code, r) => code !== undefined && (only.values[r][col("estimate")] = ""));
    const chart = plan(only).sheet.charts[1];
    expect(chart.series.map((s) => s.name)).toEqual(["Thực hiện 6 tháng đầu năm 2024", "Mức cần đạt"]);
    expect(chart.series[0].values.values.every((v) => typeof v === "number")).toBe(true);
  });

  test("figures are text in the report's notation, as the plan is, whatever the machine's separators (trial 20, F12)", () => {
    const r = sheet.cells.findIndex((row, i) => i > sheet.headerRow && row[0].value === "16.1");
    // a whole figure without the template's forced decimal (5.100, not 5.100,0); a fraction keeps its decimals
    expect(sheet.cells[r][3]).toMatchObject({ value: "9.000", numberFormat: "@" });
    expect(sheet.cells[r][4]).toMatchObject({ value: "5.100", numberFormat: "@", style: "figure" });
    const fraction = sheet.cells.find((row, i) => i > sheet.headerRow && row[0].value === "02.1")?.[4];
    expect(fraction).toMatchObject({ value: "22,8", numberFormat: "@" });
    const rate = sheet.cells.find((row, i) => i > sheet.headerRow && row[0].value === "12.1")?.[4];
    expect(rate).toMatchObject({ value: "100", numberFormat: "@" });
    const percent = content.groups.flatMap((g) => g.rows).find((x) => x.code === "16.1")?.percentOfPlan ?? 0;
    expect(sheet.cells[r][6]).toMatchObject({ value: `${percent.toFixed(1).replace(".", ",")}%`, numberFormat: "@" });
    // no cell of the table is a number a machine's locale could print another way
    const table = sheet.cells.slice(sheet.headerRow + 1);
    expect(table.flat().filter((c) => typeof c.value === "number")).toEqual([]);
    expect(sheet.cells[r][8]).toMatchObject({ value: "Vượt kế hoạch", fill: "#E2EFDA" });
    // the longest status labels fit their column on one line (LibreOffice cut them into the next one)
    const atRisk = sheet.cells.findIndex((row, i) => i > sheet.headerRow && row[0].value === "02.1");
    expect(sheet.cells[atRisk][8].value).toBe("Có nguy cơ không đạt");
    const longest = Math.max(...Object.values(STATUS_LABELS.vi).map((l) => l.length));
    expect(sheet.columnWidths[8]).toBeGreaterThanOrEqual(longest + 2);
    expect(sheet.rowHeights[atRisk]).toBe(16);
    // a long note still gets the lines it needs
    const noted = plan(withNote()).sheet;
    const r052 = noted.cells.findIndex((row, i) => i > noted.headerRow && row[0].value === "05.2");
    expect(noted.rowHeights[r052]).toBeGreaterThanOrEqual(32);
  });

  test("the % chart's cells hold numbers that read as the report writes them, on any PC (vi and en)", () => {
    const chart = sheet.charts[1];
    const [actual, , mark] = chart.series;
    const i = chart.categories.values.indexOf("07.1");
    const cell = (range: (typeof chart.series)[number]["values"]) => sheet.cells[range.area.row + i][range.area.col];
    // 3.950 of 7.485: the chart reads 0.5277…, the cell shows "52,8%" whatever the machine's separators
    const share = actual.values.values[i];
    expect(share).toBeCloseTo(3950 / 7485, 10);
    expect(cell(actual.values)).toMatchObject({ value: share, numberFormat: `[=${share}]"52,8%";0.0%` });
    expect(cell(mark.values)).toMatchObject({ value: 0.5, numberFormat: '[=0.5]"50%";0.0%' });
    expect(formatCell(Number(share), cell(actual.values).numberFormat)).toBe("52,8%");
    const en = plan(sampleSheet(), "en").sheet;
    const enChart = en.charts[1];
    const enArea = enChart.series[0].values.area;
    expect(en.cells[enArea.row + enChart.categories.values.indexOf("07.1")][enArea.col].numberFormat).toBe(
      `[=${share}]"52.8%";0.0%`
    );
    // no text for a value a format's condition cannot name, nor for one below zero
    expect(fixedTextFormat(1e-7, "0,00001%", "0.0%")).toBe("0.0%");
    expect(fixedTextFormat(-0.05, "-5%", "0.0%")).toBe("0.0%");
  });

  test("no figures: no chart, no chart data, no page break (the table follows the narrative)", () => {
    const empty = plan(blankSheet()).sheet;
    expect(empty.charts).toEqual([]);
    expect(empty.pageBreaks).toEqual([]);
    expect(empty.cells[empty.headerRow - 1][0].value).toBe(content.labels.table);
  });
});

describe("a row whose figures are to be checked, in the sheet", () => {
  const sheet = sampleSheet();
  sheet.set("05.1", "actual", "2,150");
  const { content, sheet: laid } = plan(sheet);

  test("the agencies' chart has a series for it, in a colour no status has, and its table row wears that colour", () => {
    const [agencies] = laid.charts;
    const series = agencies.series.find((s) => s.name === "Cần kiểm tra lại số liệu");
    expect(series?.values.values.reduce<number>((a, b) => a + Number(b ?? 0), 0)).toBe(1);
    const others = agencies.series.filter((s) => s !== series).map((s) => s.fill);
    expect(others).not.toContain(series?.fill);
    const at = laid.cells.findIndex((r) => r[0].value === "05.1");
    const status = laid.cells[at].find((c) => c.value === "Cần kiểm tra lại số liệu");
    expect(status?.fill).toBe(series?.fill);
    expect(content.headline.toCheck).toBe(1);
  });
});

describe("below the table", () => {
  test("a note says which figure each percentage is of, in the report's language", () => {
    for (const lang of ["vi", "en"] as const) {
      const j = judged(sampleSheet());
      const content = buildReport(
        {
          catalogue,
          report: j.report,
          extras: readExtras(sampleSheet().grid(), j.located),
          date: "2024-07-05",
        },
        { lang, groupBy: "agency" }
      );
      const laid = buildReportSheet(content, catalogue);
      const last = laid.cells[laid.cells.length - 1][0].value;
      expect(last).toBe(content.labels.tableNote);
      // wrapped within the printed width, on as many lines as it needs (it ran off both edges of the page)
      const note = laid.cells[laid.cells.length - 1][0];
      expect(REPORT_STYLES[note.style].wrap).toBe(true);
      expect(laid.rowHeights[laid.rowHeights.length - 1]).toBeGreaterThan(2 * laid.rowHeights[laid.headerRow + 1]);
      expect(last).toMatch(lang === "vi" ? /ước thực hiện cả năm nếu đã có/ : /full-year estimate where there is one/);
    }
  });
});
