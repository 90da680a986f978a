/** What the report hands on prints as typed and reads in grey (trial 20, findings 9, 12, 13, 14). */

import { buildReport, buildReportSheet, CHART_COLORS, readExtras, rowTexts, STATUS_COLORS } from "../../src/report";
import type { ReportOptions } from "../../src/report";
import { judgeSheet } from "../../src/template";
import { catalogue, sampleSheet, type FilledSheet } from "./sheets";

function plan(sheet: FilledSheet, options: Partial<ReportOptions> = {}, tolerance = 0.05) {
  const grid = sheet.grid();
  const j = judgeSheet(grid, catalogue, { tolerance });
  if (!j) throw new Error("no template");
  const content = buildReport(
    { catalogue, report: j.report, extras: readExtras(grid, j.located), date: "2024-07-05" },
    { lang: "vi", groupBy: "agency", ...options }
  );
  return { content, sheet: buildReportSheet(content, catalogue) };
}
const tableCells = (p: ReturnType<typeof plan>, code: string) =>
  p.sheet.cells.find((row, i) => i > p.sheet.headerRow && row[0].value === code) ?? [];

describe("F14: a figure prints with the decimals it was typed with", () => {
  test("1,234 stays 1,234 in the .xlsx and in the Word table, as the warning quotes it", () => {
    const sheet = sampleSheet();
    sheet.set("18.1", "actual", 1.234);
    const p = plan(sheet);
    expect(tableCells(p, "18.1")[4].value).toBe("1,234");
    const row = p.content.groups.flatMap((g) => g.rows).find((r) => r.code === "18.1");
    expect(row && rowTexts(row, "vi")[4]).toBe("1,234");
    expect(row && rowTexts(row, "en")[4]).toBe("1.234");
    expect(p.content.toCheck.find((f) => f.code === "18.1")?.text).toContain("1,234");
  });

  test("in English the same figures in English notation, the plan too", () => {
    const p = plan(sampleSheet(), { lang: "en" });
    expect(
      tableCells(p, "16.1")
        .slice(3, 5)
        .map((c) => c.value)
    ).toEqual(["9,000", "5,100"]);
  });
});

describe("F9: the note below the table says what level each row had to reach", () => {
  test("50% of the plan for cumulative rows at 6 months, 100% for the others, the warning margin", () => {
    const { content, sheet } = plan(sampleSheet());
    expect(content.labels.tableNote).toContain(
      "Mức cần đạt đến hết kỳ là 50% kế hoạch năm đối với chỉ tiêu cộng dồn chưa có số ước thực hiện cả năm " +
        "(sau 6 tháng), 100% kế hoạch năm đối với các chỉ tiêu khác; chưa đạt mức này nhưng trong biên độ cảnh báo " +
        "5% là “Có nguy cơ không đạt”, ngoài biên độ là “Không đạt”."
    );
    expect(sheet.cells[sheet.cells.length - 1][0].value).toBe(content.labels.tableNote);
  });

  test("the margin is the one the rows were judged with, in English too", () => {
    expect(plan(sampleSheet(), {}, 0.1).content.labels.tableNote).toContain("trong biên độ cảnh báo 10%");
    expect(plan(sampleSheet(), { lang: "en" }, 0.025).content.labels.tableNote).toContain(
      "50% of the annual plan for a cumulative target without a full-year estimate (after six months), 100% of the " +
        "annual plan for the others; short of it but within the warning margin of 2.5%"
    );
  });
});

/** Relative luminance, as grey print renders a colour. */
function grey(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

describe("F13: the status colours of the chart and the table", () => {
  test("“Không đạt” is a strong red, the darkest bar, apart from the invalid grey and the lilac in grey print", () => {
    expect(CHART_COLORS.offTrack.fill).toBe("#C00000");
    expect(STATUS_COLORS.offTrack.fill).toBe(CHART_COLORS.offTrack.fill);
    const bars = Object.entries(CHART_COLORS).map(([s, c]) => [s, grey(c.fill)] as const);
    const darkest = bars.reduce((a, b) => (b[1] < a[1] ? b : a));
    expect(darkest[0]).toBe("offTrack");
    for (const [status, level] of bars) if (status !== "offTrack") expect(level - grey("#C00000")).toBeGreaterThan(0.2);
    // the invalid bars are hatched over the table's grey, so no solid colour is taken for them
    expect(CHART_COLORS.invalid.pattern).toMatchObject({ background: STATUS_COLORS.invalid.fill });
    expect(grey(STATUS_COLORS.invalid.fill)).toBeLessThan(grey(STATUS_COLORS.missing.fill) - 0.1);
  });

  test("the table's status cells take the chart's colours, red with white text", () => {
    const sheet = sampleSheet();
    const p = plan(sheet);
    const off = p.content.groups.flatMap((g) => g.rows).find((r) => r.status === "offTrack" && !r.doubted);
    const cell = tableCells(p, off?.code ?? "")[8];
    expect(cell).toMatchObject({ value: "Không đạt", fill: "#C00000", fontColor: "#FFFFFF" });
    const agencies = p.sheet.charts[0];
    expect(agencies.series.find((s) => s.name === "Không đạt")?.fill).toBe(cell.fill);
    expect(agencies.series.find((s) => s.name === "Số liệu không hợp lệ")?.pattern?.preset).toBe("dkUpDiag");
  });
});
