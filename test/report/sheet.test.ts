import { buildReport, buildReportSheet, readExtras, rangeRef, REPORT_COLUMN_COUNT } from "../../src/report";
import { blankSheet, catalogue, judged, sampleSheet, type FilledSheet } from "./sheets";

function plan(sheet: FilledSheet) {
  const j = judged(sheet);
  const content = buildReport(
    { catalogue, report: j.report, extras: readExtras(sheet.grid(), j.located, catalogue), date: "2024-07-05" },
    { lang: "vi", groupBy: "agency" }
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

  test("the charts sit above their data, on their own pages, and read cells that hold what they cache", () => {
    expect(sheet.charts.map((c) => c.kind)).toEqual(["stackedBar", "columnsWithMark"]);
    expect(sheet.pageBreaks).toEqual(sheet.charts.map((c) => c.anchor.row));
    const [agencies, percent] = sheet.charts;
    expect(agencies.anchor.row + agencies.anchor.rows).toBeLessThanOrEqual(percent.anchor.row);
    for (const chart of sheet.charts) {
      const ranges = [chart.categories, ...chart.series.map((s) => s.values)];
      for (const range of ranges) {
        expect(range.area.row).toBeGreaterThanOrEqual(percent.anchor.row + percent.anchor.rows);
        range.values.forEach((v, i) => expect(text(range.area.row + i, range.area.col)).toBe(v));
      }
      for (const s of chart.series) expect(text(s.nameCell.row, s.nameCell.col)).toBe(s.name);
    }
    expect(rangeRef(sheet.name, agencies.categories.area)).toMatch(/^'Báo cáo 6 tháng'!\$B\$\d+:\$B\$\d+$/);
    expect(rangeRef("Bob's", { row: 0, col: 0, rows: 1, cols: 1 })).toBe("'Bob''s'!$A$1");
  });

  test("figures are numbers with the template's formats; % of plan and last year as fractions", () => {
    const r = sheet.cells.findIndex((row) => row[0].value === "16.1");
    expect(sheet.cells[r][4]).toMatchObject({ value: 5100, numberFormat: "#,##0.0#" });
    expect(sheet.cells[r][6].numberFormat).toBe("0.0%");
    expect(sheet.cells[r][6].value).toBeCloseTo(
      (content.groups.flatMap((g) => g.rows).find((x) => x.code === "16.1")?.percentOfPlan ?? 0) / 100,
      10
    );
    expect(sheet.cells[r][8]).toMatchObject({ value: "Vượt kế hoạch", fill: "#E2EFDA" });
    // a status that wraps ("Có nguy cơ không đạt" in its column) gets the lines it needs
    const atRisk = sheet.cells.findIndex((row) => row[0].value === "02.1");
    expect(sheet.cells[atRisk][8].value).toBe("Có nguy cơ không đạt");
    expect(sheet.rowHeights[atRisk]).toBeGreaterThanOrEqual(32);
  });

  test("no figures: no chart, no chart data, no page break", () => {
    const empty = plan(blankSheet()).sheet;
    expect(empty.charts).toEqual([]);
    expect(empty.pageBreaks).toEqual([]);
  });
});
