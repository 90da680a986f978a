/** The report planner refuses a period cell it cannot read or of another year, for every door (trial 23, 15). */

import { describe as describeProblem, periodExample, readPeriodText, REPORTING_PERIODS } from "../../src/core";
import { planReport, reportPeriodRefusal } from "../../src/report";
import { judgeSheet } from "../../src/template";
import { catalogue, sampleSheet, template, type FilledSheet } from "./sheets";

const OPTIONS = { lang: "vi" as const, groupBy: "agency" as const, date: "2024-07-05" };
const CELL = `D${template.periodCell.row + 1}`;

/** The 6-month sample with its period cell saying `text`. */
function saying(text: string): FilledSheet {
  const sheet = sampleSheet();
  sheet.values[template.periodCell.row][template.periodCell.col] = text;
  return sheet;
}

function plan(sheet: FilledSheet, period?: "H1" | "9M") {
  const judged = judgeSheet(sheet.grid(), catalogue, { tolerance: 0.05, period });
  if (!judged) throw new Error("no template");
  return planReport(catalogue, sheet.grid(), judged, OPTIONS);
}

test("the template's period cell is D4, where the messages send people", () => {
  expect(template.periodCell).toEqual({ row: 3, col: 3 });
});

describe("a period cell the report can title", () => {
  test.each([
    ["6 tháng", "Báo cáo 6 tháng", "6 THÁNG ĐẦU NĂM 2024"],
    ["6 tháng đầu năm 2024", "Báo cáo 6 tháng", "6 THÁNG ĐẦU NĂM 2024"],
    ["Quý I/2024", "Báo cáo Quý I", "QUÝ I NĂM 2024"],
    ["9 tháng đầu năm (2024)", "Báo cáo 9 tháng", "9 THÁNG NĂM 2024"],
    ["Năm 2024", "Báo cáo cả năm", "XÃ HỘI NĂM 2024"],
  ])("%p: the report %p, titled for %p", (text, name, title) => {
    const planned = plan(saying(text));
    if (!planned.ok) throw new Error(describeProblem(planned.error, "en"));
    expect(planned.value.sheet.name).toBe(name);
    expect(String(planned.value.sheet.cells[0][0].value)).toContain(title);
  });
});

describe("a period cell the report refuses, with what to type", () => {
  test.each([
    // text, key, the Vietnamese message's parts
    [
      "Quý 2",
      "period.reportUnreadable",
      [`ô kỳ báo cáo ${CELL}`, "ghi “Quý 2”, không phải một kỳ báo cáo", "“6 tháng đầu năm 2024”"],
    ],
    ["", "period.reportUnreadable", [`ô kỳ báo cáo ${CELL} của trang “Chỉ tiêu 2024” đang trống`, `vào ô ${CELL}`]],
    [
      "6 tháng đầu năm 2023",
      "period.reportOtherYear",
      ["ghi “6 tháng đầu năm 2023”, là năm 2023", "chỉ tiêu là của năm 2024", "“6 tháng đầu năm 2024”"],
    ],
    ["Năm 2023", "period.reportOtherYear", ["là năm 2023", "ví dụ thành “Năm 2024”"]],
    ["Quý I/2025", "period.reportOtherYear", ["là năm 2025", "“Quý I năm 2024”"]],
    // No period and another year: the year is said first, it is what is most wrong.
    ["Quý II/2023", "period.reportOtherYear", ["ghi “Quý II/2023”, là năm 2023", "“6 tháng đầu năm 2024”"]],
  ])("%p: %s", (text, key, parts) => {
    const planned = plan(saying(text));
    if (planned.ok) throw new Error(`a report was planned: ${planned.value.sheet.name}`);
    expect(planned.error.key).toBe(key);
    const vi = describeProblem(planned.error, "vi");
    expect(vi).toMatch(/^Chưa lập báo cáo: /);
    for (const part of parts) expect(vi).toContain(part);
    expect(describeProblem(planned.error, "en")).toMatch(/^No report was made: .* cell D4 /);
  });

  test("no “Kỳ báo cáo:” label: no cell to name, so where to write one", () => {
    const sheet = sampleSheet();
    const row = sheet.values[template.periodCell.row];
    row[row.findIndex((v) => v === "Kỳ báo cáo:")] = "";
    const planned = plan(sheet);
    if (planned.ok) throw new Error("a report was planned");
    expect(planned.error).toMatchObject({ key: "period.reportUnreadable", params: { cell: undefined } });
    expect(describeProblem(planned.error, "vi")).toContain(
      "trang “Chỉ tiêu 2024” không có ô “Kỳ báo cáo:”, nên không biết đây là báo cáo kỳ nào. Hãy ghi “Kỳ báo cáo:” vào một ô phía trên bảng"
    );
  });
});

describe("a period the caller names (the command line's --period)", () => {
  test("stands for an unreadable cell", () => {
    const planned = plan(saying("Quý 2"), "9M");
    expect(planned.ok && planned.value.sheet.name).toBe("Báo cáo 9 tháng");
  });

  test("never for another year: the figures are still the sheet's", () => {
    const judged = judgeSheet(saying("6 tháng năm 2023").grid(), catalogue, { tolerance: 0.05, period: "H1" });
    expect(judged && reportPeriodRefusal(catalogue, judged)).toMatchObject({
      key: "period.reportOtherYear",
      params: { cell: CELL, year: 2023, expected: 2024, example: "6 tháng đầu năm 2024" },
    });
  });
});

test.each(REPORTING_PERIODS)("the example offered for %s reads back as that period of the catalogue's year", (p) => {
  expect(readPeriodText(periodExample(p, catalogue.year))).toEqual({ period: p, year: catalogue.year });
});
