/** @jest-environment jsdom */
/**
 * The preview draws the report sheet from its model: styles, merges and both charts with the model's
 * series, categories, colours and values, so a wrong chart model shows in the preview and in its tests.
 */
import { render } from "@testing-library/react";
import type { ReportChart, ReportSheet } from "../../src/report";
import { REPORT_STYLES } from "../../src/report";
import { ReportChartView, valueScale } from "../../src/preview/ReportChart";
import { ReportView } from "../../src/preview/ReportView";
import type { MemorySheet } from "../../src/workbook/memory";
import { catalogue, sampleWorkbook } from "../report/sheets";
import { MemoryWorkbook } from "../../src/workbook/memory";

const OPTIONS = { tolerance: 0.05, period: "H1", groupBy: "agency", lang: "vi", date: "2024-07-05" } as const;

async function sampleReport(): Promise<MemorySheet> {
  const workbook = await sampleWorkbook();
  const written = await workbook.writeReport(OPTIONS);
  if (!written.ok || written.value.status !== "written") throw new Error("no report");
  return workbook.sheet(written.value.sheet) as MemorySheet;
}

const numbers = (values: (string | number | null)[]) => values.map((v) => (typeof v === "number" ? v : 0));

describe("the report sheet in the preview", () => {
  test("cells carry the model's styles and merges; numbers show as Excel shows them", async () => {
    const sheet = await sampleReport();
    const report = sheet.report as ReportSheet;
    const { container } = render(<ReportView sheet={sheet} />);
    const title = container.querySelector(`td[data-cell="A1"]`) as HTMLTableCellElement;
    expect(title.textContent).toBe(report.cells[0][0].value);
    expect(title.colSpan).toBe(report.merges.find((m) => m.row === 0)?.cols);
    expect(title.style.fontWeight).toBe("700");
    expect(title.style.fontSize).toBe(`${REPORT_STYLES.title.size}pt`);
    // Merged-over cells are not drawn: the title row has its one cell.
    expect(container.querySelectorAll('tr[data-row="1"] td')).toHaveLength(1);

    // The header row of the biểu số liệu, filled as the model says.
    const header = container.querySelector(`td[data-cell="A${report.headerRow + 1}"]`) as HTMLElement;
    expect(header.textContent).toBe("Mã");
    expect(header.style.background).toBe("rgb(221, 235, 247)");

    // A status cell is filled in its status colour; a % of plan shows with a decimal comma.
    // Below the table's header: the % chart's figures, above the table, list codes too.
    const r = report.cells.findIndex((row, i) => i > report.headerRow && row[0].value === "07.1");
    const status = container.querySelector(`td[data-cell="I${r + 1}"]`) as HTMLElement;
    const spec = report.cells[r][8];
    expect(status.textContent).toBe(spec.value);
    expect(spec.fill).toBeDefined();
    expect(status.style.background.replace(/\s/g, "")).toBe(hexToRgb(spec.fill as string));
    // (the report writes its figures as text in its own notation: trial 20, F12)
    expect(report.cells[r][6].value).toMatch(/^\d+,\d%$/);
    expect(container.querySelector(`td[data-cell="G${r + 1}"]`)?.textContent).toBe(report.cells[r][6].value);
  });

  test("both charts are drawn where they are anchored, with the model's series, categories and colours", async () => {
    const sheet = await sampleReport();
    const report = sheet.report as ReportSheet;
    expect(report.charts.map((c) => c.kind)).toEqual(["stackedBar", "columnsWithMark"]);
    const { container } = render(<ReportView sheet={sheet} />);
    for (const chart of report.charts) {
      const svg = container.querySelector(`svg[data-chart="${chart.name}"]`) as SVGElement;
      expect(svg).not.toBeNull();
      const cell = svg.closest("td") as HTMLTableCellElement;
      expect(cell.dataset.cell).toBe(`A${chart.anchor.row + 1}`);
      expect([cell.rowSpan, cell.colSpan]).toEqual([chart.anchor.rows, chart.anchor.cols]);
      expect(svg.getAttribute("aria-label")).toBe(chart.title);
      expect(svg.querySelector("[data-title]")?.textContent).toBe(chart.title);
      expect([...svg.querySelectorAll("[data-legend-entry]")].map((e) => e.getAttribute("data-legend-entry"))).toEqual(
        chart.series.map((s) => s.name)
      );
      expect([...svg.querySelectorAll('[data-axis="category"] text')].map((t) => t.textContent)).toEqual(
        chart.categories.values.map(String)
      );
      for (const series of chart.series) {
        const drawn = [...svg.querySelectorAll(`[data-series="${series.name}"] > *`)];
        const values = numbers(series.values.values);
        // A bar for every positive value (Excel draws nothing for 0), a mark for every value.
        const expected = series.type === "bar" ? values.filter((v) => v > 0) : values;
        expect(drawn.map((d) => Number(d.getAttribute("data-value")))).toEqual(expected);
        for (const d of drawn) expect(d.getAttribute("stroke")).toBe(series.line);
        if (series.type === "bar") for (const d of drawn) expect(d.getAttribute("fill")).toBe(series.fill);
      }
    }
  });

  test("stacked bars: each agency's bar is as long as its count of targets, in the order of the table", async () => {
    const sheet = await sampleReport();
    const chart = (sheet.report as ReportSheet).charts[0];
    const { container } = render(<ReportChartView chart={chart} width={900} height={400} />);
    const { top } = valueScale(
      Math.max(
        ...chart.categories.values.map((_, i) => chart.series.reduce((s, x) => s + numbers(x.values.values)[i], 0))
      ),
      chart.numberFormat
    );
    const widthOf = (agency: string) =>
      [...container.querySelectorAll(`rect[data-category="${agency}"]`)].reduce(
        (s, r) => s + Number(r.getAttribute("width")),
        0
      );
    const unit = widthOf(String(chart.categories.values[0])) / total(chart, 0);
    chart.categories.values.forEach((agency, i) => {
      expect(widthOf(String(agency))).toBeCloseTo(unit * total(chart, i), 6);
    });
    expect(unit * top).toBeLessThan(900);
    // First agency on top, as in the table (the doors reverse the category axis).
    const ys = chart.categories.values.map((a) =>
      Number(container.querySelector(`rect[data-category="${a}"]`)?.getAttribute("y") ?? NaN)
    );
    const drawn = ys.filter((y) => !Number.isNaN(y));
    expect(drawn).toEqual([...drawn].sort((a, b) => a - b));
  });

  test("a fall below 0 is a column under the zero line, as the .xlsx and Excel draw it (review 24b)", async () => {
    const sheet = await sampleReport();
    const model = (sheet.report as ReportSheet).charts[1];
    const bar = model.series.findIndex((x) => x.type === "bar" && typeof x.values.values[0] === "number");
    const series = model.series.map((x, k) =>
      k === bar ? { ...x, values: { ...x.values, values: [-0.4, ...x.values.values.slice(1)] } } : x
    );
    const chart = { ...model, series, minimum: undefined };
    const { container } = render(<ReportChartView chart={chart} width={1000} height={400} />);
    const code = String(chart.categories.values[0]);
    const column = container.querySelector(`[data-type="bar"] [data-category="${code}"]`) as Element;
    expect(Number(column.getAttribute("data-value"))).toBe(-0.4);
    expect(Number(column.getAttribute("height"))).toBeGreaterThan(0);
    // The axis reaches below 0: its lowest tick is negative, and the column starts at the zero line and goes down.
    const ticks = [...container.querySelectorAll('[data-axis="value"] text')].map((t) => t.textContent ?? "");
    expect(ticks[0]).toMatch(/^-/);
    const other = container.querySelector(
      `[data-type="bar"] [data-category="${String(chart.categories.values[1])}"]`
    ) as Element;
    const zero = Number(other.getAttribute("y")) + Number(other.getAttribute("height"));
    expect(Number(column.getAttribute("y"))).toBeCloseTo(zero, 6);
  });

  test("columns against the mark: one column per indicator, of its figure's series, above or below its mark's dash", async () => {
    const sheet = await sampleReport();
    const chart = (sheet.report as ReportSheet).charts[1];
    const { container } = render(<ReportChartView chart={chart} width={1000} height={400} />);
    const marks = chart.series.find((s) => s.type === "mark") as ReportChart["series"][number];
    const bars = chart.series.filter((s) => s.type === "bar");
    // The 6-month sample has both period figures and full-year estimates: two bar series.
    expect(bars.length).toBe(2);
    chart.categories.values.forEach((code, i) => {
      const mark = numbers(marks.values.values)[i];
      const dash = container.querySelector(`[data-series="${marks.name}"] [data-category="${code}"]`) as Element;
      const dashX = Number(dash.getAttribute("x1"));
      const columns = container.querySelectorAll(`[data-type="bar"] [data-category="${code}"]`);
      const owner = bars.find((s) => typeof s.values.values[i] === "number");
      const v = numbers(owner?.values.values ?? [])[i] ?? 0;
      if (v <= 0) return expect(columns).toHaveLength(0);
      // One column, in the series whose cell holds the figure, in the indicator's slot under its dash.
      expect(columns).toHaveLength(1);
      expect(columns[0].closest("[data-series]")?.getAttribute("data-series")).toBe(owner?.name);
      expect(Number(columns[0].getAttribute("x"))).toBeCloseTo(dashX, 6);
      const columnTop = Number(columns[0].getAttribute("y"));
      const dashY = Number(dash.getAttribute("y1"));
      if (v > mark) expect(columnTop).toBeLessThan(dashY);
      if (v < mark) expect(columnTop).toBeGreaterThan(dashY);
    });
    // The value axis reads as a percentage, as the model's number format says.
    const ticks = [...container.querySelectorAll('[data-axis="value"] text')].map((t) => t.textContent);
    expect(ticks[0]).toBe("0%");
    expect(ticks.every((t) => /^\d+%$/.test(t ?? ""))).toBe(true);
  });

  test("a workbook with no figures: the report says so and the preview draws no chart", async () => {
    const workbook = new MemoryWorkbook(catalogue);
    await workbook.insertTemplate("ask");
    const written = await workbook.writeReport(OPTIONS);
    if (!written.ok || written.value.status !== "written") throw new Error("no report");
    const sheet = workbook.sheet(written.value.sheet) as MemorySheet;
    const { container } = render(<ReportView sheet={sheet} />);
    expect(container.querySelectorAll("svg")).toHaveLength(0);
    expect(container.textContent).toMatch(/chưa có số liệu/i);
  });
});

describe("valueScale", () => {
  test.each([
    [7, "0", { top: 8, step: 1 }],
    [13, "0", { top: 14, step: 2 }],
    [1.18, "0%", { top: 1.4, step: 0.2 }],
    [0.5, "0%", { top: 0.6, step: 0.1 }],
    [0, "0", { top: 1, step: 1 }],
    [2.5, "0%", { top: 3, step: 0.5 }],
  ])("max %p (%p) → %p", (max, format, expected) => {
    const scale = valueScale(max, format);
    expect(scale.top).toBeCloseTo(expected.top, 9);
    expect(scale.step).toBeCloseTo(expected.step, 9);
  });
});

function total(chart: ReportChart, i: number): number {
  return chart.series.reduce((s, x) => s + Math.max(0, numbers(x.values.values)[i]), 0);
}

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16},${(n >> 8) & 255},${n & 255})`;
}
