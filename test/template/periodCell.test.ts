/** The period cell on the shipped template: another year than the catalogue's. */

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
