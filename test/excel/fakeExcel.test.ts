/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   this test reads too early on purpose, to show that the fake refuses it as Office.js does */
import { FakeExcel, type Shape } from "./fakeExcel";

describe("the fake Excel keeps Office.js' rules", () => {
  test("a property read before load and sync is office-addin-mock's error marker", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    excel.type("Sheet1", 0, 0, 42);
    await excel.host().run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(range.values).toBe("Error, property was not loaded");
      range.load("values");
      expect(range.values).toBe("Error, context.sync() was not called");
      await context.sync();
      expect(range.values).toEqual([[42]]);
    });
  });

  test("a misspelt member does not type-check", () => {
    // @ts-expect-error: Excel.Range has no `valuez`
    const misspelt: Shape<Excel.Range> = { valuez: [] };
    // @ts-expect-error: getRangeByIndexes takes numbers
    const wrongArgs: Shape<Excel.Worksheet> = { getRangeByIndexes: (a: string) => a };
    expect([misspelt, wrongArgs]).toHaveLength(2);
  });
});
