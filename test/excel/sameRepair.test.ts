/**
 * Review 26: Kiểm tra on a sheet whose results "would not change" (src/excel/results.ts, `unchanged`) must still
 * repair what validation owns, and still write nothing when the sheet is as validation leaves it.
 */
import { ownRule } from "../../src/excel/read";
import { col, inserted, rowOf, SHEET, template, value } from "./support";

async function validated() {
  const s = await inserted();
  s.excel.edit(SHEET, rowOf(s.excel, "05.1"), col("estimate"), 1750);
  value(await s.workbook.validate({ tolerance: 0.05 }));
  s.excel.writes = [];
  return s;
}

describe("the wrap of Đánh giá (a regression of e9349ec)", () => {
  test("turned off by a person on one row (the column then mixed): Kiểm tra puts it back", async () => {
    const { excel, workbook } = await validated();
    const k = `${rowOf(excel, "05.1")},${col("status")}`;
    expect(excel.sheet(SHEET).wrapped.has(k)).toBe(true);
    excel.sheet(SHEET).wrapped.delete(k); // Home › Wrap Text off
    value(await workbook.validate({ tolerance: 0.05 }));
    expect(excel.sheet(SHEET).wrapped.has(k)).toBe(true);
  });

  test("turned off on the whole column: Kiểm tra puts it back on every row", async () => {
    const { excel, workbook } = await validated();
    const { wrapped } = excel.sheet(SHEET);
    // The template's rows (its header's wrap is the template's, not validation's).
    const status = () =>
      [...wrapped].filter((k) => k.endsWith(`,${col("status")}`) && Number(k.split(",")[0]) >= template.firstDataRow);
    const own = status();
    expect(own.length).toBeGreaterThan(30);
    for (const k of own) wrapped.delete(k);
    value(await workbook.validate({ tolerance: 0.05 }));
    expect(status().sort()).toEqual(own.sort());
  });

  test("left on: nothing is written, and the wrap is read in one sync more", async () => {
    const { excel, workbook } = await validated();
    excel.syncs = 0;
    const undo = excel.undoStack.length;
    value(await workbook.validate({ tolerance: 0.05 }));
    expect(excel.writes).toEqual([]);
    expect(excel.undoStack).toHaveLength(undo);
    // sheets and markers; sizes and rules; cells; the wrap
    expect(excel.syncs).toBe(4);
  });
});

describe("a cell that shows what validation would write", () => {
  test("a formula a person typed into Đánh giá that shows the same word is replaced by the value", async () => {
    const { excel, workbook } = await validated();
    const [r, c] = [rowOf(excel, "05.1"), col("status")];
    const cell = excel.cell(SHEET, r, c)!;
    const word = cell.value as string;
    cell.formula = `="${word}"`; // the same word, now a formula
    value(await workbook.validate({ tolerance: 0.05 }));
    expect(excel.cell(SHEET, r, c)?.formula).toBeUndefined();
    expect(excel.cell(SHEET, r, c)?.value).toBe(word);
  });

  test("so is one in % so với KH năm that gives the same number", async () => {
    const { excel, workbook } = await validated();
    const [r, c] = [rowOf(excel, "05.1"), col("percent")];
    const cell = excel.cell(SHEET, r, c)!;
    const share = cell.value as number;
    cell.formula = `=${share}`;
    value(await workbook.validate({ tolerance: 0.05 }));
    expect(excel.cell(SHEET, r, c)?.formula).toBeUndefined();
    expect(excel.cell(SHEET, r, c)?.value).toBe(share);
  });
});

describe("the area of an own rule as read (ownRule)", () => {
  const read = (address: string, isNullObject = false) =>
    ownRule({
      format: {
        customOrNullObject: {
          rule: { formula: '=AND($J7="Đạt",N("chi-tieu")=0)' },
          format: { fill: { color: "#C6EFCE" }, font: { color: "#006100" } },
        },
      } as unknown as Excel.ConditionalFormat,
      range: { isNullObject, address } as unknown as Excel.Range,
    });

  test("one area: known", () => {
    expect(read("'Chỉ tiêu 2024'!A7:M44").area).toEqual({ row: 6, col: 0, rows: 38, cols: 13 });
  });

  test("several areas, none, or no range: unknown, so the rule counts as changed", () => {
    expect(read("'Chỉ tiêu 2024'!A7:M20, 'Chỉ tiêu 2024'!A22:M44").area).toBeUndefined();
    expect(read("").area).toBeUndefined();
    expect(read("", true).area).toBeUndefined();
  });
});
