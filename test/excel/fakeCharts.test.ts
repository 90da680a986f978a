/** The fake's charts, page breaks and requirement sets fail where Excel fails, so that the report's door is proven against them. */

import { FakeExcel } from "./fakeExcel";

async function run(excel: FakeExcel, batch: (context: Excel.RequestContext) => void): Promise<unknown> {
  return excel.run(async (context) => {
    batch(context);
    await context.sync();
  });
}

function sheetWithFigures(excel: FakeExcel): void {
  excel.addSheet("Data");
  excel.type("Data", 0, 0, "Sở A");
  excel.type("Data", 0, 1, 3);
  excel.type("Data", 1, 0, "Sở B");
  excel.type("Data", 1, 1, 4);
}

describe("the fake's charts", () => {
  test("a chart and its series are written at sync, with the ranges they read", async () => {
    const excel = new FakeExcel();
    sheetWithFigures(excel);
    await run(excel, (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("BarStacked", sheet.getRange("B1:B2"), "Columns");
      chart.name = "Mine";
      const second = chart.series.add("Two");
      second.setValues(sheet.getRange("C1:C2"));
      second.format.fill.setSolidColor("#FF0000");
      expect(excel.sheet("Data").charts).toEqual([]);
    });
    const [chart] = excel.sheet("Data").charts;
    expect(chart).toMatchObject({ name: "Mine", type: "BarStacked" });
    expect(chart.series.map((s) => s.values)).toEqual(["Data!$B$1:$B$2", "Data!$C$1:$C$2"]);
    expect(chart.series[1].fill).toBe("#FF0000");
  });

  test("a chart on a sheet deleted before the sync is ItemNotFound", async () => {
    const excel = new FakeExcel();
    sheetWithFigures(excel);
    await expect(
      run(excel, (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.delete();
        sheet.charts.add("ColumnClustered", sheet.getRange("B1:B2"), "Columns");
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("a series reads one row or one column: a block is InvalidArgument; a series that is not there is ItemNotFound", async () => {
    const excel = new FakeExcel();
    sheetWithFigures(excel);
    await expect(
      run(excel, (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.charts
          .add("ColumnClustered", sheet.getRange("B1:B2"), "Columns")
          .series.getItemAt(0)
          .setXAxisValues(sheet.getRange("A1:B2"));
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      run(excel, (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.charts.add("ColumnClustered", sheet.getRange("B1:B2"), "Columns").series.getItemAt(3).name = "x";
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("members newer than the Excel in hand are ApiNotFound at sync: series.add (1.7), pageLayout and page breaks (1.9)", async () => {
    const excel = new FakeExcel();
    sheetWithFigures(excel);
    excel.supported = new Set(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"]);
    await expect(
      run(excel, (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.charts.add("ColumnClustered", sheet.getRange("B1:B2"), "Columns").series.add("Two");
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    excel.supported.add("1.7").add("1.8");
    await expect(
      run(excel, (context) => {
        context.workbook.worksheets.getItem("Data").pageLayout.orientation = "Landscape";
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(
      run(excel, (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.horizontalPageBreaks.add(sheet.getRange("A2"));
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    excel.supported.add("1.9");
    await run(excel, (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.horizontalPageBreaks.add(sheet.getRange("A2"));
      sheet.pageLayout.orientation = "Landscape";
    });
    expect(excel.sheet("Data").pageBreaks).toEqual([1]);
    expect(excel.sheet("Data").pageLayout).toEqual({ orientation: "Landscape" });
  });
});
