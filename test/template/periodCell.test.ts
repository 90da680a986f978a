/** The period cell on the shipped template: another year than the catalogue's, and a period the command overrides. */

import { describe as describeProblem } from "../../src/core";
import { judgeSheet } from "../../src/template";
import { blankSheet, catalogue, template } from "../report/sheets";

function sheetSaying(period: string) {
  const sheet = blankSheet();
  sheet.values[template.periodCell.row][template.periodCell.col] = period;
  sheet.set("12.2", "actual", 10.1);
  return sheet;
}

const judge = (period: string, options: Parameters<typeof judgeSheet>[2] = { tolerance: 0.05 }) => {
  const judged = judgeSheet(sheetSaying(period).grid(), catalogue, options);
  if (!judged) throw new Error("no template");
  return judged.report;
};

describe("a year in the period cell", () => {
  test("another year than the catalogue's is said first, and the period is still read", () => {
    const report = judge("6 tháng năm 2023");
    expect(report.period).toBe("H1");
    expect(report.findings[0].problem).toEqual({
      key: "period.otherYear",
      params: { sheet: template.name, text: "6 tháng năm 2023", year: 2023, expected: 2024 },
    });
    expect(describeProblem(report.findings[0].problem, "vi")).toBe(
      "Trang “Chỉ tiêu 2024”: kỳ báo cáo ghi “6 tháng năm 2023” (năm 2023), nhưng số liệu được đánh giá theo chỉ tiêu năm 2024: " +
        "kết quả không đúng cho năm 2023. Nếu đây là báo cáo năm 2024, hãy sửa năm trong ô kỳ báo cáo; " +
        "nếu là báo cáo năm 2023, đừng dùng tệp này cho năm 2024."
    );
    expect(describeProblem(report.findings[0].problem, "en")).toMatch(
      /^Sheet “Chỉ tiêu 2024”: the reporting period says “6 tháng năm 2023” \(year 2023\), but the figures are judged against the 2024 targets/
    );
  });

  test("“Năm 2023” is the full year of 2023, not 2024's", () => {
    const report = judge("Năm 2023");
    expect(report.period).toBe("FY");
    expect(report.findings.map((f) => f.problem.key)).toContain("period.otherYear");
  });

  test.each(["6 tháng năm 2024", "9 tháng đầu năm (2024)", "6 tháng"])("%p raises no year warning", (text) => {
    expect(judge(text).findings.map((f) => f.problem.key)).not.toContain("period.otherYear");
  });
});

describe("a period asked for that the sheet does not say", () => {
  test("the command line says which period the sheet names and which was judged", () => {
    const report = judge("6 tháng", { tolerance: 0.05, period: "9M", sayPeriodOverride: true });
    expect(report.period).toBe("9M");
    const note = report.findings.find((f) => f.problem.key === "period.overridden");
    expect(note && describeProblem(note.problem, "vi")).toBe(
      "Trang “Chỉ tiêu 2024” ghi kỳ báo cáo “6 tháng”; số liệu được đánh giá theo kỳ 9 tháng như lệnh yêu cầu (--period)."
    );
    expect(note && describeProblem(note.problem, "en")).toBe(
      "Sheet “Chỉ tiêu 2024” says the period is “6 tháng”; the figures are judged for Nine months as the command asked (--period)."
    );
  });

  test.each([
    ["the same period, however spelt", "06 tháng đầu năm", { period: "H1" as const, sayPeriodOverride: true }],
    ["an unreadable cell (nothing to contradict)", "Quý 2", { period: "9M" as const, sayPeriodOverride: true }],
    // The pane writes the chosen period into the cell: the sheet then says it.
    ["a door that writes the period", "6 tháng", { period: "9M" as const }],
  ])("no note for %s", (_, text, options) => {
    const report = judge(text, { tolerance: 0.05, ...options });
    expect(report.findings.map((f) => f.problem.key)).not.toContain("period.overridden");
  });
});
