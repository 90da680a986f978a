/** A workbook set to manual calculation: the rows judged on formula results that may be stale are named, never judged in silence. */

import { shippedCatalogue as catalogue } from "../catalogue";
import { describe as describeProblem } from "../../src/core";
import {
  buildTemplate,
  COLUMNS,
  formulaRows,
  judgeSheet,
  type ManualCalculation,
  type SheetGrid,
} from "../../src/template";

const template = buildTemplate(catalogue);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const rowOf = (code: string) => template.rowCodes.indexOf(code);
const SHEET = "Chỉ tiêu 2024";

/**
 * The sheet as inserted with 07.1.1 = 1 500, 07.1.2 = 2 500 and 07.1's `Thực hiện` the formula =F20+F21 holding the
 * 3 600 stored before 07.1.1 changed, as Excel in Manual mode leaves it; read as the Office.js door reads (formulas).
 */
function sheet(calculation?: ManualCalculation, listed = false): SheetGrid {
  const values: unknown[][] = template.cells.map((row) => row.map((c) => c.value ?? ""));
  const formulas = values.map((row) => [...row]);
  values[rowOf("07.1.1")][col("actual")] = 1500;
  values[rowOf("07.1.2")][col("actual")] = 2500;
  values[rowOf("07.1")][col("actual")] = 3600;
  formulas[rowOf("07.1.1")][col("actual")] = 1500;
  formulas[rowOf("07.1.2")][col("actual")] = 2500;
  const total = `=F${rowOf("07.1.1") + 1}+F${rowOf("07.1.2") + 1}`;
  formulas[rowOf("07.1")][col("actual")] = total;
  // A note typed as `=…` into a text cell is text: values and formulas read the same.
  values[rowOf("05.1")][col("actual")] = "=ước";
  formulas[rowOf("05.1")][col("actual")] = "=ước";
  const cells = listed ? { formulaCells: [{ row: rowOf("07.1"), col: col("actual") }] } : {};
  return {
    sheet: SHEET,
    values,
    // The ExcelJS and XML readers carry no formulas: the door lists the formula cells instead.
    ...(listed ? {} : { formulas }),
    rowOffset: 0,
    colOffset: 0,
    ...(calculation ? { calculation: { ...calculation, ...cells } } : {}),
  };
}

function judged(grid: SheetGrid) {
  const j = judgeSheet(grid, catalogue, { tolerance: 0.05, period: "H1" });
  if (!j) throw new Error("no template");
  return j.report;
}
const keys = (grid: SheetGrid) => judged(grid).findings.map((f) => f.problem.key);

describe("manual calculation", () => {
  test("calculated by Excel itself (no calculation read): nothing is said", () => {
    expect(keys(sheet())).not.toContain("sheet.manualCalculation");
    expect(keys(sheet())).not.toContain("calc.recalculated");
  });

  test("recalculated by the door first: the report says it did, and names no row to doubt", () => {
    const report = judged(sheet({ recalculated: true, inExcel: true }));
    const said = report.findings.filter((f) => f.problem.key === "calc.recalculated");
    expect(said).toHaveLength(1);
    expect(describeProblem(said[0].problem, "vi")).toContain(
      "Bảng tính đặt tính thủ công: đã tính lại trước khi kiểm tra"
    );
    expect(describeProblem(said[0].problem, "en")).toContain("recalculated before checking");
    expect(report.findings.map((f) => f.problem.key)).not.toContain("sheet.manualCalculation");
  });

  test.each([
    ["the Office.js door, formulas read", false, true],
    ["a file reader, formula cells listed", true, false],
  ])("not recalculated (%s): a warning naming 07.1, the judged row that is a formula", (_, listed, inExcel) => {
    const report = judged(sheet({ recalculated: false, inExcel }, listed));
    const warning = report.findings.find((f) => f.problem.key === "sheet.manualCalculation");
    expect(warning?.severity).toBe("warning");
    expect(warning?.codes).toEqual(["07.1"]);
    const vi = describeProblem(warning!.problem, "vi");
    expect(vi).toContain("chỉ tiêu 07.1 có thể đã cũ");
    expect(vi).toContain(inExcel ? "Excel không tính lại được" : "Tệp được lưu ở chế độ tính thủ công");
    expect(describeProblem(warning!.problem, "en")).toContain("indicators 07.1 may hold out-of-date results");
  });

  test("text typed as `=…` is no formula; a sheet without formulas in its judged columns says nothing", () => {
    const grid = sheet({ recalculated: false, inExcel: true });
    expect(formulaRows(grid, judgeSheet(grid, catalogue, { tolerance: 0.05 })!.located)).toEqual(["07.1"]);
    const plain = sheet({ recalculated: false, inExcel: true });
    (plain.formulas as unknown[][])[rowOf("07.1")][col("actual")] = 3600;
    expect(keys(plain)).not.toContain("sheet.manualCalculation");
  });

  test("many rows are named by their first ten and a count", () => {
    const grid = sheet({ recalculated: false, inExcel: false });
    const formulas = grid.formulas as unknown[][];
    const codes = catalogue.indicators.map((i) => i.code).slice(0, 14);
    for (const code of codes) formulas[rowOf(code)][col("estimate")] = "=1+1";
    const warning = judged(grid).findings.find((f) => f.problem.key === "sheet.manualCalculation")!;
    expect(warning.codes).toEqual(expect.arrayContaining(codes));
    expect(describeProblem(warning.problem, "vi")).toMatch(/ và \d+ chỉ tiêu khác có thể đã cũ/);
  });
});
