/* The fake Excel's calculation: what the Office.js door relies on must fail in it as in Excel (fakeCalculation.ts). */

import { evaluate } from "./fakeCalculation";
import { FakeExcel } from "./fakeExcel";

const SHEET = "Sheet1";
/** B1 = 1 100, B2 = 2 500, B3 = B1+B2 holding 3 600: a total and its parts, as a workbook is opened. */
function workbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet(SHEET);
  excel.type(SHEET, 0, 1, 1100);
  excel.type(SHEET, 1, 1, 2500);
  excel.sheet(SHEET).cells.set("2,1", { value: 3600, formula: "=B1+B2", numberFormat: "General" });
  return excel;
}
const total = (excel: FakeExcel) => excel.cell(SHEET, 2, 1)?.value;

function run<T>(excel: FakeExcel, batch: (context: Excel.RequestContext) => Promise<T>) {
  return excel.run({ delayForCellEdit: true }, batch);
}

describe("formulas the fake calculates", () => {
  const cells: Record<string, unknown> = { "0,0": 2, "1,0": 3, "2,0": "text", "0,1": "" };
  const at = (_sheet: string | undefined, row: number, col: number) => cells[`${row},${col}`];
  test.each([
    ["=A1+A2", 5],
    ["=A1*(A2-1)/4", 1],
    ["=-A1+10", 8],
    ["=SUM(A1:A3)", 5],
    ["=SUM(A1:A2,10)", 15],
    ["=A1+B1", 2],
    ["=A1+A3", "#VALUE!"],
    ["=A1/B1", "#DIV/0!"],
    ["='Chỉ tiêu 2024'!A1+1", 3],
  ])("%s → %s", (formula, expected) => {
    expect(evaluate(formula, at)).toBe(expected);
  });

  test("one it cannot calculate is left alone (undefined), never guessed", () => {
    expect(evaluate("=ROUND(A1+A2,0)", at)).toBeUndefined();
    expect(evaluate("=A1:A2", at)).toBeUndefined();
    expect(evaluate('="a"&A1', at)).toBeUndefined();
  });
});

describe("calculation modes", () => {
  test("Automatic: a part typed by staff updates the total at once", () => {
    const excel = workbook();
    excel.edit(SHEET, 0, 1, 1500);
    expect(total(excel)).toBe(4000);
  });

  test("Manual: the total keeps its old value after a part changes, until calculate", async () => {
    const excel = workbook();
    excel.calculation.mode = "Manual";
    excel.edit(SHEET, 0, 1, 1500);
    expect(total(excel)).toBe(3600);
    await run(excel, async (context) => {
      context.workbook.application.calculate("Recalculate");
      await context.sync();
    });
    expect(total(excel)).toBe(4000);
    expect(excel.calculation.calculations).toEqual(["Recalculate"]);
  });

  test("Manual: the add-in's own writes leave dependents stale too", async () => {
    const excel = workbook();
    excel.calculation.mode = "Manual";
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("B2").values = [[3000]];
      await context.sync();
    });
    expect(total(excel)).toBe(3600);
  });

  test("a formula entered is calculated at once, even in Manual mode", async () => {
    const excel = workbook();
    excel.calculation.mode = "Manual";
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("C1").formulas = [["=B1*2"]];
      await context.sync();
    });
    expect(excel.cell(SHEET, 0, 2)?.value).toBe(2200);
  });

  test("a stale result stored in the file is not dirty: Recalculate (F9) keeps it, Full corrects it", async () => {
    const excel = workbook();
    excel.calculation.mode = "Manual";
    // Saved with B1 = 1 500 and the total not recalculated: opened as it was saved.
    excel.type(SHEET, 0, 1, 1500);
    const calculate = (type: Excel.CalculationType | "Recalculate" | "Full") =>
      run(excel, async (context) => {
        context.workbook.application.calculate(type);
        await context.sync();
      });
    await calculate("Recalculate");
    expect(total(excel)).toBe(3600);
    await calculate("Full");
    expect(total(excel)).toBe(4000);
  });

  test("a chain settles: a total of totals follows its parts' parts", async () => {
    const excel = workbook();
    excel.sheet(SHEET).cells.set("3,1", { value: 7200, formula: "=B3*2", numberFormat: "General" });
    excel.calculation.mode = "Manual";
    excel.edit(SHEET, 0, 1, 1500);
    await run(excel, async (context) => {
      context.workbook.application.calculate("Recalculate");
      await context.sync();
    });
    expect(excel.cell(SHEET, 3, 1)?.value).toBe(8000);
  });

  test("the mode is read after load and sync; setting it needs ExcelApi 1.8, calculate 1.1", async () => {
    const excel = workbook();
    excel.calculation.mode = "AutomaticExceptTables";
    const mode = await run(excel, async (context) => {
      const application = context.workbook.application;
      application.load("calculationMode");
      await context.sync();
      return application.calculationMode;
    });
    expect(mode).toBe("AutomaticExceptTables");

    excel.supported = new Set(["1.1", "1.7"]);
    const setMode = run(excel, async (context) => {
      context.workbook.application.calculationMode = "Automatic";
      await context.sync();
    });
    await expect(setMode).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(excel.calculation.mode).toBe("AutomaticExceptTables");

    excel.supported = new Set<string>();
    const calculate = run(excel, async (context) => {
      context.workbook.application.calculate("Full");
      await context.sync();
    });
    await expect(calculate).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(excel.calculation.calculations).toEqual([]);
  });

  test("back to Automatic, Excel calculates what was pending", async () => {
    const excel = workbook();
    excel.calculation.mode = "Manual";
    excel.edit(SHEET, 0, 1, 1500);
    await run(excel, async (context) => {
      context.workbook.application.calculationMode = "Automatic";
      await context.sync();
    });
    expect(total(excel)).toBe(4000);
  });

  test("a calculation raises no change event", async () => {
    const excel = workbook();
    excel.calculation.mode = "Manual";
    excel.edit(SHEET, 0, 1, 1500);
    const heard = excel.events.length;
    await run(excel, async (context) => {
      context.workbook.application.calculate("Full");
      await context.sync();
    });
    expect(excel.events.length).toBe(heard);
  });
});
