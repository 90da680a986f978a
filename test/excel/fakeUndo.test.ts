/** The fake Excel's undo stack (fakeUndo.ts): as Excel keeps Ctrl+Z's steps before and with ExcelApi 1.20. */

import { FakeExcel, type FakeHandler } from "./fakeExcel";
import { BEFORE_1_20 } from "./support";

describe("the fake's undo stack", () => {
  test("a person's edit is a step: Ctrl+Z puts the cell back and raises the change event as an edit does", () => {
    const excel = new FakeExcel();
    excel.addSheet("S").handlers.push((async (e) => e) as FakeHandler);
    excel.type("S", 1, 1, 5);
    excel.edit("S", 1, 1, 7);
    expect(excel.undoStack).toHaveLength(1);
    expect(excel.undo()).toBe(true);
    expect(excel.cell("S", 1, 1)?.value).toBe(5);
    expect(excel.events.map((e) => e.address)).toEqual(["B2", "B2"]);
    expect(excel.undo()).toBe(false);
  });

  test("before ExcelApi 1.20 a sync that writes empties the stack; one that only reads does not", async () => {
    const excel = new FakeExcel();
    excel.supported = new Set(BEFORE_1_20);
    excel.addSheet("S");
    excel.edit("S", 0, 0, 1);
    const run = excel.host().run;
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").load("values");
      await context.sync();
    });
    expect(excel.undoStack).toHaveLength(1);
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B1").values = [[2]];
      await context.sync();
    });
    expect(excel.undoStack).toEqual([]);
  });

  test("with 1.20 each sync that writes is a step, and a run with mergeUndoGroup is one", async () => {
    const twoSyncs = async (context: Excel.RequestContext) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      sheet.getRange("B1").values = [[2]];
      await context.sync();
    };
    const excel = new FakeExcel();
    excel.addSheet("S");
    await excel.run({}, twoSyncs);
    expect(excel.undoStack).toHaveLength(2);
    excel.undo();
    // Half undone: A1 stays written.
    expect([excel.cell("S", 0, 0)?.value, excel.cell("S", 0, 1)]).toEqual([1, undefined]);
    excel.undo();
    await excel.run({ mergeUndoGroup: true }, twoSyncs);
    expect(excel.undoStack).toHaveLength(1);
    excel.undo();
    expect([excel.cell("S", 0, 0), excel.cell("S", 0, 1)]).toEqual([undefined, undefined]);
  });

  test("an API Excel cannot undo (a sheet's delete) fails in a merged group with UndoNotSupported and empties the stack", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S");
    excel.addSheet("T");
    excel.edit("S", 0, 0, 1);
    const remove = (name: string) => async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    };
    await expect(excel.run({ mergeUndoGroup: true }, remove("T"))).rejects.toMatchObject({ code: "UndoNotSupported" });
    expect(excel.sheets.map((s) => s.name)).toEqual(["S", "T"]);
    expect(excel.undoStack).toEqual([]);
    excel.edit("S", 0, 0, 2);
    await excel.run({}, remove("T"));
    expect(excel.sheets.map((s) => s.name)).toEqual(["S"]);
    expect(excel.undoStack).toEqual([]);
  });
});
