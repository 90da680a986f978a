/**
 * Trial 24: the report handed to the People's Committee reads right for its readers, in both languages: its warnings
 * say what a figure means, not how to type it or which option made the report (3); a reduction below zero reads as the
 * rise it is (3); 15.1 has no "% of plan" of its own (4); 02.x name the economic structure they are shares of (7).
 */

import { judgeSheet } from "../../src/template";
import { bodyName, buildReport, readExtras, rowTexts, type ReportContent } from "../../src/report";
import { annualPlanText } from "../../src/taskpane/WarningBar";
import { catalogue, sampleSheet, type FilledSheet } from "./sheets";

function report(sheet: FilledSheet, lang: "vi" | "en", period?: "9M"): ReportContent {
  const j = judgeSheet(sheet.grid(), catalogue, { tolerance: 0.05, period, sayPeriodOverride: true });
  if (!j) throw new Error("no template");
  return buildReport(
    { catalogue, report: j.report, extras: readExtras(sheet.grid(), j.located), date: "2024-07-05" },
    { lang, groupBy: "agency" }
  );
}

/** The 6-month sample with deaths on the roads up 2 % (15.1.2 typed "-2", as in the trial). */
function deathsRose(): FilledSheet {
  const sheet = sampleSheet();
  sheet.set("15.1.2", "actual", "-2");
  return sheet;
}

const fact = (content: ReportContent, code: string) =>
  [...content.achieved, ...content.shortfalls].find((f) => f.code === code)?.text ?? "";
const row = (content: ReportContent, code: string) => {
  const found = content.groups.flatMap((g) => g.rows).find((r) => r.code === code);
  if (!found) throw new Error(code);
  return found;
};

describe("the warnings say what the reader needs, not how to type or which option", () => {
  test.each(["vi", "en"] as const)("%s: a negative reduction is explained, with no typing advice", (lang) => {
    const warnings = report(deathsRose(), lang).warnings;
    const line = warnings.find((w) => w.includes("15.1.2")) ?? "";
    expect(line).toBe(
      lang === "vi"
        ? "Chỉ tiêu 15.1.2, cột “Thực hiện kỳ báo cáo”: -2 nghĩa là số người chết tăng 2%, không giảm so với cùng kỳ."
        : "Indicator 15.1.2, column “Period figure”: -2 means that deaths rose by 2% on the same period last year instead of falling."
    );
    for (const w of warnings) expect(w).not.toMatch(/hãy gõ|dấu trừ|\btype\b|minus sign|--\w/);
  });

  test.each(["vi", "en"] as const)("%s: a period chosen over the sheet's is said without the option's name", (lang) => {
    const warnings = report(deathsRose(), lang, "9M").warnings;
    expect(warnings[0]).toBe(
      lang === "vi"
        ? "Trang “Chỉ tiêu 2024” ghi kỳ báo cáo “6 tháng”; số liệu được đánh giá cho 9 tháng năm 2024, là kỳ được chọn khi lập báo cáo này."
        : "Sheet “Chỉ tiêu 2024” says the period is “6 tháng”; the figures are judged for the first nine months of 2024, the period chosen when this report was made."
    );
    for (const w of warnings) expect(w).not.toMatch(/--period|lệnh|command/);
  });
});

describe("a reduction below zero reads as the rise it is", () => {
  test("Vietnamese: số người chết tăng 2%, never đạt -2%", () => {
    const text = fact(report(deathsRose(), "vi"), "15.1.2");
    expect(text).toBe(
      "Giảm tai nạn giao thông cả 3 tiêu chí (số người chết) (kế hoạch năm ≥ 5%): thực hiện 6 tháng đầu năm 2024, " +
        "số người chết tăng 2%, không đạt kế hoạch."
    );
  });

  test("English: deaths rose by 2%", () => {
    const text = fact(report(deathsRose(), "en"), "15.1.2");
    expect(text).toContain("the figure for the first six months of 2024 shows that deaths rose by 2%, off track.");
    expect(text).not.toMatch(/-2%/);
  });

  test("a positive reduction still reads as reached", () => {
    expect(fact(report(deathsRose(), "vi"), "15.1.1")).toMatch(/thực hiện 6 tháng đầu năm 2024 đạt 6,2%/);
  });
});

describe("15.1 has no % of plan of its own", () => {
  test("the table leaves it blank; 15.1.2 keeps its own -40%", () => {
    const content = report(deathsRose(), "vi");
    const column = content.columns.findIndex((c) => c.key === "percentOfPlan");
    expect(rowTexts(row(content, "15.1"), "vi")[column]).toBe("");
    expect(rowTexts(row(content, "15.1.2"), "vi")[column]).toBe("-40%");
  });

  test("the pane's line under the row says no share either", () => {
    const j = judgeSheet(deathsRose().grid(), catalogue, { tolerance: 0.05 });
    const evaluation = j?.report.evaluation;
    expect(annualPlanText(evaluation?.row("15.1") as never, "H1", "vi")).toBeUndefined();
    expect(annualPlanText(evaluation?.row("15.1.2") as never, "H1", "vi")).toBe("-40% KH năm");
  });
});

describe("the economic structure's shares name it", () => {
  test.each([
    ["vi", "Cơ cấu kinh tế (nông, lâm nghiệp) (kế hoạch năm 23 - 24%): thực hiện 6 tháng đầu năm 2024 đạt 22,8%"],
    ["en", "Economic structure (agriculture and forestry share) (annual plan 23 - 24%)"],
  ] as const)("%s", (lang, start) => {
    expect(fact(report(deathsRose(), lang), "02.1").startsWith(start)).toBe(true);
  });
});

describe("the English report names the province's bodies in English", () => {
  test.each([
    ["UBND tỉnh Lạng Sơn", "Lang Son Provincial People's Committee"],
    ["Ủy ban nhân dân huyện Cao Lộc", "Cao Loc District People's Committee"],
    ["Sở Tài chính", "Department of Finance"],
    ["  Sở Lao động - Thương binh và Xã hội ", "Department of Labour, Invalids and Social Affairs"],
    ["Công an tỉnh", "Provincial Police"],
    // A name it does not know stays as typed, never half-translated.
    ["Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"],
  ])("%s → %s", (vi, en) => {
    expect(bodyName(vi, "en")).toBe(en);
    expect(bodyName(vi, "vi")).toBe(vi.trim());
  });

  test("the subtitle: the decision's number as it is, its issuer in the report's language", () => {
    expect(report(deathsRose(), "en").source).toBe(
      "(Under Decision 136/QĐ-UBND of 19/01/2024, Lang Son Provincial People's Committee)"
    );
    expect(report(deathsRose(), "vi").source).toBe(
      "(Theo Quyết định số 136/QĐ-UBND ngày 19/01/2024 của UBND tỉnh Lạng Sơn)"
    );
  });
});

describe("validate's instructions stay out of the report's warnings: its own words for them", () => {
  const rowOf = (code: string) =>
    sampleSheet()
      .grid()
      .values.findIndex((r) => r.includes(code));

  test.each([
    [
      "vi",
      "Chỉ tiêu 04, cột “Ước thực hiện cả năm”: ô có công thức nhưng chưa được tính khi lưu tệp, nên chưa có số để đánh giá.",
    ],
    [
      "en",
      "Indicator 04, column “Full-year estimate”: the cell holds a formula that was not calculated when the file was saved, so there is no figure to judge.",
    ],
  ] as const)("%s: a formula never calculated is said without how to save the file", (lang, text) => {
    const sheet = sampleSheet();
    sheet.set("04", "estimate", "");
    const col = judgeSheet(sheet.grid(), catalogue, { tolerance: 0.05 })?.located.columns.estimate as number;
    const grid = { ...sheet.grid(), uncalculated: [{ row: rowOf("04"), col }] };
    const j = judgeSheet(grid, catalogue, { tolerance: 0.05 });
    if (!j) throw new Error("no template");
    const content = buildReport(
      { catalogue, report: j.report, extras: readExtras(grid, j.located), date: "2024-07-05" },
      { lang, groupBy: "agency" }
    );
    expect(content.warnings).toContain(text);
    expect(content.warnings.join("\n")).not.toMatch(/Hãy mở tệp|Open the file/);
  });

  test.each([
    ["vi", "Cột “Thực hiện kỳ báo cáo”: tổng 07.1.1 + 07.1.2 = 2.900, lệch so với 07.1 = 3.950."],
    ["en", "Column “Period figure”: 07.1.1 + 07.1.2 = 2,900, which does not match 07.1 = 3,950."],
  ] as const)("%s: parts that do not add up are named by the report's column", (lang, text) => {
    const sheet = sampleSheet();
    sheet.set("07.1.1", "actual", 100);
    const sum = report(sheet, lang).warnings.find((w) => w.includes("07.1.1 + 07.1.2"));
    expect(sum).toBe(text);
  });
});
