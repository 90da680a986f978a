/**
 * A workbook set to Manual calculation (Formulas › Calculation Options › Manual): 07.1's `Thực hiện` is =F…+F… over
 * 07.1.1 and 07.1.2 and keeps its old total after a part changes. The pane must never judge that stale total in
 * silence: Excel recalculates before the cells are read and the report says so, or the rows are named as doubtful.
 */

import { describe as describeProblem, type Finding } from "../../src/core";
import { columnLetter } from "../../src/template";
import type { FakeExcel } from "./fakeExcel";
import { col, inserted, rowOf, SHEET, value } from "./support";

/** 07.1.1 = 1 100, 07.1.2 = 2 500, and 07.1 = their sum with the 3 600 Excel last calculated. */
async function workbookWithTotal(supported?: string[]) {
  const s = await inserted(supported ? { supported } : {});
  const { excel } = s;
  const cell = (code: string) => `${columnLetter(col("actual"))}${rowOf(excel, code) + 1}`;
  excel.type(SHEET, rowOf(excel, "07.1.1"), col("actual"), 1100);
  excel.type(SHEET, rowOf(excel, "07.1.2"), col("actual"), 2500);
  excel.sheet(SHEET).cells.set(`${rowOf(excel, "07.1")},${col("actual")}`, {
    value: 3600,
    formula: `=${cell("07.1.1")}+${cell("07.1.2")}`,
    numberFormat: "General",
  });
  excel.calculation.mode = "Manual";
  excel.syncs = 0;
  return s;
}
/** Staff correct 07.1.1 to 1 500: the total should now be 4 000, 7 485 × 50 % = 3 742,5 being the 6-month plan. */
const correct = (excel: FakeExcel) => excel.edit(SHEET, rowOf(excel, "07.1.1"), col("actual"), 1500);
const keys = (findings: Finding[]) => findings.map((f) => f.problem.key);
const said = (findings: Finding[], key: string, lang: "vi" | "en" = "vi") =>
  findings.filter((f) => f.problem.key === key).map((f) => describeProblem(f.problem, lang));

describe("manual calculation inside Excel", () => {
  test("the stale total the fake keeps is what the pane judged before: the comparison the fix depends on", async () => {
    const { excel } = await workbookWithTotal();
    correct(excel);
    expect(excel.cell(SHEET, rowOf(excel, "07.1"), col("actual"))?.value).toBe(3600);
  });

  test("validate has Excel calculate every formula first, judges the fresh total, and says it recalculated", async () => {
    const { excel, workbook } = await workbookWithTotal();
    correct(excel);
    const report = value(await workbook.validate({ tolerance: 0.05, period: "H1" }));
    expect(excel.calculation.calculations).toEqual(["Full"]);
    expect(report.evaluation.row("07.1")?.actual).toBe(4000);
    expect(report.evaluation.row("07.1")?.status).toBe("exceeded");
    // The sum rule no longer blames the figures for a stale total.
    expect(keys(report.findings)).not.toContain("rule.sumMismatch");
    expect(said(report.findings, "calc.recalculated")).toEqual([
      expect.stringContaining("Bảng tính đặt tính thủ công: đã tính lại trước khi kiểm tra"),
    ]);
    expect(keys(report.findings)).not.toContain("sheet.manualCalculation");
    // One sync more than in Automatic mode, whatever the rows: the calculation's own.
    expect(excel.syncs).toBe(await automaticSyncs());
  });

  test("a stale total saved in the file (nothing dirty) is corrected too: a full calculation, not F9", async () => {
    const { excel, workbook } = await workbookWithTotal();
    // Opened as saved: 07.1.1 already 1 500, the total still 3 600.
    excel.type(SHEET, rowOf(excel, "07.1.1"), col("actual"), 1500);
    const report = value(await workbook.validate({ tolerance: 0.05, period: "H1" }));
    expect(report.evaluation.row("07.1")?.actual).toBe(4000);
  });

  test("Excel refuses to calculate: the figures are still judged, and 07.1 is named as possibly stale", async () => {
    const { excel, workbook } = await workbookWithTotal();
    correct(excel);
    excel.failOperation = { match: "application.calculate", code: "GeneralException", message: "refused" };
    const report = value(await workbook.validate({ tolerance: 0.05, period: "H1" }));
    const warning = report.findings.find((f) => f.problem.key === "sheet.manualCalculation");
    expect(warning?.codes).toEqual(["07.1"]);
    expect(said(report.findings, "sheet.manualCalculation")[0]).toContain("Excel không tính lại được");
    expect(said(report.findings, "sheet.manualCalculation", "en")[0]).toContain("Press Ctrl+Alt+F9");
    expect(keys(report.findings)).not.toContain("calc.recalculated");
    // Never a silent judgement: the results are written, the warning stands first among the sheet's findings.
    expect(report.evaluation.row("07.1")?.actual).toBe(3600);
    expect(report.evaluation.row("07.1")?.status).not.toBe("exceeded");
  });

  test("an Excel without application.calculate (ExcelApi 1.1) is not asked; the rows are named instead", async () => {
    const { excel, workbook } = await workbookWithTotal(["1.7", "1.8", "1.9"]);
    correct(excel);
    const report = value(await workbook.validate({ tolerance: 0.05, period: "H1" }));
    expect(excel.calculation.calculations).toEqual([]);
    expect(excel.operations.filter((o) => o.startsWith("application"))).toEqual([]);
    expect(report.findings.find((f) => f.problem.key === "sheet.manualCalculation")?.codes).toEqual(["07.1"]);
  });

  test.each(["Automatic", "AutomaticExceptTables"] as const)(
    "%s: nothing is calculated by the add-in and nothing said",
    async (mode) => {
      const { excel, workbook } = await workbookWithTotal();
      excel.calculation.mode = mode;
      correct(excel);
      const report = value(await workbook.validate({ tolerance: 0.05, period: "H1" }));
      expect(excel.calculation.calculations).toEqual([]);
      expect(report.evaluation.row("07.1")?.actual).toBe(4000);
      expect(keys(report.findings)).not.toContain("calc.recalculated");
      expect(keys(report.findings)).not.toContain("sheet.manualCalculation");
    }
  );

  test("go to a row, filter and clear do not calculate: a click must not cost a full calculation", async () => {
    const { excel, workbook } = await workbookWithTotal();
    value(await workbook.selectRow("07.1"));
    value(await workbook.filterByAgency("Sở Tài chính"));
    value(await workbook.findTemplates());
    value(await workbook.clearHighlights());
    expect(excel.calculation.calculations).toEqual([]);
  });

  test("the report sheet is made from the fresh total, and its warnings say it recalculated", async () => {
    const { excel, workbook } = await workbookWithTotal();
    correct(excel);
    const result = value(
      await workbook.writeReport({ tolerance: 0.05, period: "H1", groupBy: "agency", lang: "vi", date: "2024-07-05" })
    );
    expect(result.status).toBe("written");
    expect(excel.calculation.calculations).toEqual(["Full"]);
    const texts = [...excel.sheet("Báo cáo 6 tháng").cells.values()].map((c) => String(c.value));
    expect(texts.some((t) => t.includes("Bảng tính đặt tính thủ công: đã tính lại trước khi kiểm tra"))).toBe(true);
  });
});

/** The syncs of the same validation in Automatic mode, plus the calculation's one. */
async function automaticSyncs(): Promise<number> {
  const { excel, workbook } = await workbookWithTotal();
  excel.calculation.mode = "Automatic";
  correct(excel);
  value(await workbook.validate({ tolerance: 0.05, period: "H1" }));
  return excel.syncs + 1;
}
