/**
 * Ctrl+Z with the add-in: what the adapter's writes do to the fake's undo stack (fakeUndo.ts) before and with ExcelApi
 * 1.20: one step per action, never half; nothing written, so nothing taken off the stack, when nothing would change.
 */

import { officeHost, type ExcelRun } from "../../src/excel/host";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { FakeExcel, type FakeCell } from "./fakeExcel";
import { BEFORE_1_20, catalogue, col, inserted, rowOf, setup, SHEET, value } from "./support";

/** The cells and the add-in's live rules of the template, to compare before and after. */
function state(excel: FakeExcel) {
  const cells = [...excel.sheet(SHEET).cells.entries()]
    .filter(([, c]: [string, FakeCell]) => c.value !== "" || c.formula !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  const rules = excel.highlights.filter((h) => !h.deleted && h.sheet === SHEET).map((h) => [h.formula, h.address]);
  return { cells, rules, wrapped: [...excel.sheet(SHEET).wrapped].sort() };
}

const at = (excel: FakeExcel, code: string, key: string) => excel.cell(SHEET, rowOf(excel, code), col(key))?.value;

describe("Ctrl+Z after the add-in's writes", () => {
  test("with ExcelApi 1.20 one Ctrl+Z takes back a whole validation, the next the figure typed before it", async () => {
    const { excel, workbook } = await inserted();
    excel.edit(SHEET, rowOf(excel, "05.1"), col("estimate"), 1750);
    const typed = state(excel);
    value(await workbook.validate({ tolerance: 0.05 }));
    expect(at(excel, "05.1", "status")).not.toBe("");
    expect(state(excel)).not.toEqual(typed);
    excel.undo();
    expect(state(excel)).toEqual(typed);
    excel.undo();
    expect(at(excel, "05.1", "estimate")).toBe("");
  });

  // Excel on Windows and Mac: on the web the marker's comment (NamedItem.comment) is not undoable, and may empty the stack.
  test("inserting the template beside the others is one step: Ctrl+Z takes the sheet and its marker away", async () => {
    const { excel, workbook } = setup();
    value(await workbook.insertTemplate("ask"));
    expect(excel.undoStack).toHaveLength(1);
    excel.undo();
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(excel.names).toEqual([]);
  });

  test("Excel refusing the undo group (UndoNotSupported): the batch runs again outside it, and the results are written", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const options: unknown[] = [];
    const host = officeHost({
      run: ((first: Excel.RunOptions, batch: (c: Excel.RequestContext) => Promise<unknown>) => {
        options.push(first);
        return excel.run(first, batch);
      }) as ExcelRun,
      isSetSupported: () => true,
    });
    const workbook = new OfficeWorkbook(catalogue, host);
    value(await workbook.insertTemplate("ask"));
    excel.edit(SHEET, rowOf(excel, "05.1"), col("estimate"), 1750);
    options.length = 0;
    excel.failNextSync = { code: "UndoNotSupported", message: "The operation cannot be grouped.", after: 1 };
    value(await workbook.validate({ tolerance: 0.05 }));
    expect(at(excel, "05.1", "status")).not.toBe("");
    expect(options).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }, { delayForCellEdit: true }]);
  });

  describe.each([
    ["before ExcelApi 1.20", BEFORE_1_20],
    ["with ExcelApi 1.20", undefined],
  ])("%s", (_, supported) => {
    test("a re-check after an edit that changes no result writes nothing: Ctrl+Z takes back that edit", async () => {
      const { excel, workbook } = await inserted({ supported });
      excel.edit(SHEET, rowOf(excel, "05.1"), col("estimate"), 1750);
      value(await workbook.validate({ tolerance: 0.05 }));
      const checked = state(excel);
      excel.writes = [];
      // A note, then the same figure typed again: neither changes a result.
      excel.edit(SHEET, rowOf(excel, "05.1"), col("note"), "số liệu sơ bộ");
      value(await workbook.validate({ tolerance: 0.05 }));
      excel.edit(SHEET, rowOf(excel, "05.1"), col("estimate"), 1750);
      value(await workbook.validate({ tolerance: 0.05 }));
      expect(excel.writes).toEqual([]);
      expect(excel.undo()).toBe(true);
      expect(excel.undo()).toBe(true);
      expect(at(excel, "05.1", "note")).toBe("");
      expect(state(excel)).toEqual(checked);
    });

    test("a re-check that changes a result writes it; before 1.20 that empties the stack (the figure: retype it)", async () => {
      const { excel, workbook } = await inserted({ supported });
      excel.edit(SHEET, rowOf(excel, "05.1"), col("estimate"), 1750);
      value(await workbook.validate({ tolerance: 0.05 }));
      expect(excel.undoStack).toHaveLength(supported ? 0 : 3);
    });
  });
});
