/**
 * Trial 25 in the report. Finding 1: a last-year figure the tool doubts (62 ha for 6.200) or cannot read gave
 * "bằng 10.000% so với cùng kỳ" as a fact; now the sentence and the table say it is to be checked, and the statuses
 * stay. Finding 4: the invalid row 08 showed its doubted "~10" as a plain 10 and dropped "5 xã"; every report door
 * now quotes what was typed in a row it does not vouch for, as it quoted the doubted “10,250” (07.2).
 */

import { buildReport, buildReportSheet, readExtras, rowTexts, type ReportContent } from "../../src/report";
import { judgeSheet } from "../../src/template";
import type { WriteReportOptions } from "../../src/workbook/types";
import { inserted, rowOf, SHEET, value } from "../excel/support";
import { catalogue, col, forEachSampleFigure, sampleSheet, sampleWorkbook, template, type FilledSheet } from "./sheets";

function report(sheet: FilledSheet, lang: "vi" | "en" = "vi"): ReportContent {
  const grid = sheet.grid();
  const j = judgeSheet(grid, catalogue, { tolerance: 0.05 });
  if (!j) throw new Error("no template");
  return buildReport(
    { catalogue, report: j.report, extras: readExtras(grid, j.located), date: "2024-07-05" },
    { lang, groupBy: "agency" }
  );
}
const rowOfReport = (c: ReportContent, code: string) => {
  const row = c.groups.flatMap((g) => g.rows).find((r) => r.code === code);
  if (!row) throw new Error(code);
  return row;
};
/** The table's row of a code: the last with it, as the charts' data come before the table. */
function tableRow<T>(rows: T[][], code: string, codeOf: (row: T[]) => unknown): T[] | undefined {
  return [...rows].reverse().find((row) => codeOf(row) === code);
}
const fact = (c: ReportContent, code: string) => [...c.achieved, ...c.shortfalls].find((f) => f.code === code)?.text;

/** The 6-month sample with trial 25's slips in Cùng kỳ năm trước, and one plain figure to compare with. */
const LAST_YEAR: Record<string, unknown> = {
  "16.1": 51, // 5.100 ha this half-year: two digits lost
  "07.1": 39500, // 3.950 tỷ: a zero added, exactly ten times
  "01": 45565, // a date pasted as a number into a growth rate (%)
  "02.1": 120, // a share above 100: no figure at all
  "07.2": 7100, // near 6.800: compared as before
};
function withLastYear(): FilledSheet {
  const sheet = sampleSheet();
  for (const [code, v] of Object.entries(LAST_YEAR)) sheet.set(code, "lastYear", v);
  return sheet;
}
const SLIPS = ["16.1", "07.1", "01", "02.1"];

describe("finding 1: a doubted last-year figure is not compared, and the report says to check it", () => {
  const vi = report(withLastYear());
  const en = report(withLastYear(), "en");
  const plain = report(sampleSheet());

  test.each(SLIPS)("%s: the table says so in “%% so với cùng kỳ”, the status stays", (code) => {
    const row = rowOfReport(vi, code);
    expect(row.comparison).toBeUndefined();
    expect(rowTexts(row, "vi")[7]).toBe("Số cùng kỳ cần kiểm tra lại");
    expect(rowTexts(rowOfReport(en, code), "en")[7]).toBe("Last year's figure to be checked");
    expect(row.statusText).toBe(rowOfReport(plain, code).statusText);
    expect(row.doubted).toBeUndefined();
  });

  test("the sentences: no comparison read from it, the check said instead; a plain one is compared", () => {
    expect(fact(vi, "16.1")).toBe(
      "Trồng rừng mới (kế hoạch năm 9.000 ha): thực hiện 6 tháng đầu năm 2024 đạt 5.100 ha, bằng 56,7% kế hoạch năm " +
        "(mức cần đạt đến kỳ báo cáo: 50%), chưa so sánh với cùng kỳ vì số liệu cùng kỳ năm trước cần kiểm tra lại, " +
        "vượt tiến độ kế hoạch."
    );
    expect(fact(en, "16.1")).toMatch(
      /, not compared with last year, whose figure must be checked, ahead of the plan due by now\.$/
    );
    for (const code of SLIPS) {
      expect(fact(vi, code)).toContain("chưa so sánh với cùng kỳ vì số liệu cùng kỳ năm trước cần kiểm tra lại");
      expect(fact(vi, code)).not.toMatch(/(bằng|tăng|giảm) [\d.,]+(%| điểm phần trăm) so với cùng kỳ/);
    }
    expect(fact(vi, "07.2")).toMatch(/, bằng 95,8% so với cùng kỳ, /);
    expect(rowTexts(rowOfReport(vi, "07.2"), "vi")[7]).toBe("95,8%");
    expect(vi.headline).toEqual(plain.headline);
  });

  test("the warnings name each, once, with what was typed", () => {
    expect(vi.warnings).toEqual(
      expect.arrayContaining([
        "Chỉ tiêu 16.1: số liệu cùng kỳ năm trước “51” cần xác minh; chưa so sánh với cùng kỳ.",
        "Chỉ tiêu 07.1: số liệu cùng kỳ năm trước “39.500” cần xác minh; chưa so sánh với cùng kỳ.",
        "Chỉ tiêu 01: số liệu cùng kỳ năm trước “45.565%” cần xác minh; chưa so sánh với cùng kỳ.",
      ])
    );
    expect(vi.warnings.filter((w) => w.startsWith("Chỉ tiêu 16.1:"))).toHaveLength(1);
    expect(en.warnings).toContain(
      "Indicator 16.1: last year's figure “51” must be checked; not compared with last year."
    );
  });

  test("the report sheet (the .xlsx, Excel, the pane's preview) holds the same text, in a row tall enough", () => {
    const sheet = buildReportSheet(vi, catalogue);
    const r = sheet.cells.indexOf(tableRow(sheet.cells, "16.1", (row) => row[0]?.value)!);
    expect(sheet.cells[r][7].value).toBe("Số cùng kỳ cần kiểm tra lại");
    const r2 = sheet.cells.indexOf(tableRow(sheet.cells, "07.2", (row) => row[0]?.value)!);
    expect(sheet.rowHeights[r]).toBeGreaterThan(sheet.rowHeights[r2]);
  });
});

describe("finding 4: what the tool doubts or cannot read is quoted as typed, in every door", () => {
  function row08(): FilledSheet {
    const sheet = sampleSheet();
    sheet.set("08", "actual", "5 xã");
    sheet.set("08", "estimate", "~10");
    sheet.set("10", "actual", -3);
    sheet.set("07.2", "actual", "10,250");
    return sheet;
  }

  test("the invalid row 08: “5 xã” and “~10”, beside “Số liệu không hợp lệ”; a number that is none, quoted too", () => {
    const vi = report(row08());
    expect(rowTexts(rowOfReport(vi, "08"), "vi").slice(4, 9)).toEqual([
      "“5 xã”",
      "“~10”",
      "",
      "",
      "Số liệu không hợp lệ",
    ]);
    expect(rowTexts(rowOfReport(vi, "10"), "vi")[4]).toBe("“-3”");
    expect(rowTexts(rowOfReport(vi, "07.2"), "vi")[4]).toBe("“10,250”");
    // A row read without doubt keeps its figure in the report's notation.
    expect(rowTexts(rowOfReport(vi, "16.1"), "vi")[4]).toBe("5.100");
  });

  const OPTIONS: WriteReportOptions = { tolerance: 0.05, groupBy: "agency", lang: "vi", date: "2024-07-05" };
  const typed: [string, string, unknown][] = [
    ["08", "actual", "5 xã"],
    ["08", "estimate", "~10"],
    ["16.1", "lastYear", 51],
    ["06.1", "actual", "2,600"],
  ];
  const expectRows = (cells: unknown[][]) => {
    expect(tableRow(cells, "08", (r) => r[0])?.slice(4, 6)).toEqual(["“5 xã”", "“~10”"]);
    expect(tableRow(cells, "16.1", (r) => r[0])?.[7]).toBe("Số cùng kỳ cần kiểm tra lại");
    // A blank cell stays blank: Office.js reads it as "", which is nothing typed, not “” (found with this test).
    expect(
      tableRow(cells, "06.1", (r) => r[0])
        ?.slice(4, 6)
        .map((v) => v ?? "")
    ).toEqual(["“2,600”", ""]);
  };

  test("the in-memory workbook (the pane's preview): validate finds it, Đánh giá stays plain, the report sheet says it", async () => {
    const workbook = await sampleWorkbook();
    for (const [code, key, v] of typed)
      workbook.setCell(template.name, template.rowCodes.indexOf(code), col(key as "actual"), v as string);
    const validated = value(await workbook.validate({ tolerance: 0.05 }));
    expect(validated.findings.map((f) => f.problem.key)).toContain("plausibility.lastYearFar");
    const status = workbook.sheet(template.name)?.cells[template.rowCodes.indexOf("16.1")][col("status")]?.value;
    expect(status).toBe("Vượt kế hoạch");
    value(await workbook.writeReport(OPTIONS));
    expectRows(workbook.sheet("Báo cáo 6 tháng")?.cells.map((r) => r.map((c) => c.value)) ?? []);
  });

  test("Excel through Office.js: the same finding, the same plain status, the same report cells", async () => {
    const { excel, workbook } = await inserted();
    forEachSampleFigure((code, key, v, format) => excel.type(SHEET, rowOf(excel, code), col(key), v, format));
    excel.type(SHEET, template.periodCell.row, template.periodCell.col, "6 tháng");
    for (const [code, key, v] of typed) excel.type(SHEET, rowOf(excel, code), col(key as "actual"), v);
    const validated = value(await workbook.validate({ tolerance: 0.05 }));
    expect(validated.findings.map((f) => f.problem.key)).toContain("plausibility.lastYearFar");
    expect(excel.cell(SHEET, rowOf(excel, "16.1"), col("status"))?.value).toBe("Vượt kế hoạch");
    value(await workbook.writeReport({ ...OPTIONS, period: "H1" }));
    const grid: unknown[][] = [];
    for (const [address, c] of excel.sheet("Báo cáo 6 tháng").cells) {
      const [r, k] = address.split(",").map(Number);
      (grid[r] ??= [])[k] = c.value;
    }
    expectRows(grid.filter((r) => r !== undefined));
  });
});
