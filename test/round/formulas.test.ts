import type { CellValue } from "../../src/core";
import { describeRound, planFormulas, planMerge, planSplit, type RoundSheet } from "../../src/round";
import { a1, type SheetGrid } from "../../src/template";
import { col, edit, filledGrid, gridOfTemplate, roundSheet, shippedCatalogue } from "./grids";

const catalogue = shippedCatalogue();

/** A small grid (A1 = row 0, col 0) of values and formulas, as a door reads it. */
function grid(cells: Record<string, CellValue | [string, CellValue]>): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: string[][] = [];
  for (const [address, content] of Object.entries(cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const [row, c] = [Number(m[2]) - 1, m[1].charCodeAt(0) - 65];
    const [formula, value] = Array.isArray(content) ? content : [undefined, content];
    (values[row] ??= [])[c] = value;
    if (formula) (formulas[row] ??= [])[c] = formula;
  }
  return { sheet: "S", values, formulas, rowOffset: 0, colOffset: 0 };
}

const F20 = { row: 19, col: 5 };
const write = (value: CellValue) => [{ ...F20, value }];
const summary = (g: SheetGrid, value: CellValue = 1500) =>
  planFormulas(g, write(value)).map((f) => `${f.cell} ${f.value ?? "?"}`);

describe("planFormulas: which formulas a merge's writes make stale, and their new values", () => {
  test.each<[string, string, CellValue, string[]]>([
    ["a sum of cells", "=F20+F21", 1500, ["F19 4000"]],
    ["absolute references and spaces", "= $F$20 + F$21", 1500, ["F19 4000"]],
    ["SUM of a range", "=SUM(F20:F21)", 1500, ["F19 4000"]],
    ["SUM of a reversed range and a cell, ';' separated", "=SUM(F21:F20;F22)", 1500, ["F19 4000"]],
    ["a difference", "=F21-F20", 1500, ["F19 1000"]],
    ["a leading minus", "=-F20+F21", 1500, ["F19 1000"]],
    ["a blank cell counts as 0", "=F20+F23", 1500, ["F19 1500"]],
    ["a decimal sum rounded as Excel shows it", "=F20+F24", 0.1, ["F19 0.3"]],
    ["a sum to zero keeps its 0", "=F20-F25", 7, ["F19 0"]],
    ["text written into a summed cell: left for Excel", "=F20+F21", "1.500", ["F19 ?"]],
    ["another function: left for Excel", "=ROUND(F20+F21,0)", 1500, ["F19 ?"]],
    ["a product: left for Excel", "=F20*2", 1500, ["F19 ?"]],
    ["a whole column: left for Excel", "=SUM(F:F)", 1500, ["F19 ?"]],
    ["another sheet: may depend", "=Sheet2!A1+1", 1500, ["F19 ?"]],
    ["a quoted sheet name: may depend", "='Chỉ tiêu 2024'!F20", 1500, ["F19 ?"]],
    ["a defined name: may depend", "=Tong_thu*1", 1500, ["F19 ?"]],
    ["INDIRECT: may depend", '=INDIRECT("F20")', 1500, ["F19 ?"]],
    ["cells the merge did not write: not stale", "=F21+F22", 1500, []],
    ["a range beside the written cell: not stale", "=SUM(G20:G21)", 1500, []],
    ["a cell named inside a string only: not stale", '="F20"&F21', 1500, []],
    ["a function whose name looks like a cell: not stale", "=LOG10(F21)", 1500, []],
    ["TRUE and FALSE are no names", "=IF(TRUE,F21,FALSE)", 1500, []],
  ])("%s: %s", (_, formula, value, expected) => {
    const g = grid({ F19: [formula, 3600], F20: 1100, F21: 2500, F22: 0, F24: 0.2, F25: 7 });
    expect(summary(g, value)).toEqual(expected);
  });

  test("a formula reading a stale formula is stale too, recomputed in order; a loop is left for Excel", () => {
    const chain = grid({ F18: ["=F19+F30", 5600], F19: ["=F20+F21", 3600], F20: 1100, F21: 2500, F30: 2000 });
    expect(summary(chain)).toEqual(["F18 6000", "F19 4000"]);
    const loop = grid({ F19: ["=F20+F21+F19", 3600], F20: 1100, F21: 2500 });
    expect(summary(loop)).toEqual(["F19 ?"]);
  });

  test("a text formula naming what cannot be followed (a title) is not counted as stale; no writes, nothing stale", () => {
    const g = grid({ A1: ['="Kế hoạch "&Sheet2!A1', "Kế hoạch 2024"], F19: ["=F20+F21", 3600], F20: 1100 });
    expect(summary(g)).toEqual(["F19 1500"]);
    expect(planFormulas(g, [])).toEqual([]);
  });
});

/** The consolidated sheet with 07.1's `Thực hiện` as the sum of 07.1.1 and 07.1.2 (the trial's fx.xlsx). */
function withTotal(formula: (parts: string[]) => string): RoundSheet {
  const target = roundSheet(
    filledGrid(catalogue, { "07.1": { actual: 3600 }, "07.1.1": { actual: 1100 }, "07.1.2": { actual: 2500 } }),
    catalogue
  );
  const row = (code: string) => target.located.rows.get(code) as number;
  const formulas: string[][] = [];
  (formulas[row("07.1")] = [] as string[])[col("actual")] = formula(
    ["07.1.1", "07.1.2"].map((c) => a1(row(c), col("actual")))
  );
  return { ...target, grid: { ...target.grid, formulas } };
}

function taxFile(target: RoundSheet) {
  const [plan] = planSplit(catalogue, target, { only: "Sở Tài chính" });
  const sheet = roundSheet(gridOfTemplate(plan.template), catalogue);
  edit(sheet, "07.1.1", "actual", 1500);
  return { file: plan.fileName, sheet };
}

describe("planMerge: a total that is a formula is never judged on its stale value in silence", () => {
  test("=F20+F21 over merged parts is recalculated and said so, in both languages", () => {
    const target = withTotal(([a, b]) => `=${a}+${b}`);
    const plan = planMerge(catalogue, target, [taxFile(target)], { when: "2024-07-02 09:15" });
    expect(plan.writes).toHaveLength(1);
    expect(plan.formulas).toEqual([
      expect.objectContaining({ row: target.located.rows.get("07.1"), col: col("actual"), old: 3600, value: 4000 }),
    ]);
    const found = plan.findings.find((f) => f.code === "merge.formulaRecalculated")!;
    expect(found.params).toMatchObject({ code: "07.1", column: "actual" });
    expect(describeRound(found, "vi")).toContain("3.600 → 4.000");
    expect(describeRound(found, "vi")).toContain("chỉ tiêu 07.1, cột “Thực hiện”");
    expect(describeRound(found, "en")).toContain("3,600 → 4,000");
    expect(plan.leftOut).toBe(false);
  });

  test("a total this cannot calculate is reported as not trusted, with what to do", () => {
    const target = withTotal(([a, b]) => `=ROUND(${a}+${b},0)`);
    const plan = planMerge(catalogue, target, [taxFile(target)], { when: "2024-07-02 09:15" });
    expect(plan.formulas).toHaveLength(1);
    expect(plan.formulas[0].value).toBeUndefined();
    const found = plan.findings.find((f) => f.code === "merge.formulaStale")!;
    expect(found.severity).toBe("warning");
    expect(describeRound(found, "vi")).toMatch(/giá trị đang lưu 3\.600 có thể đã cũ.*lưu lại rồi kiểm tra lại/);
    expect(describeRound(found, "en")).toContain("may be out of date");
  });
});
