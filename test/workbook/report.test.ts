/** The report sheet in the in-memory workbook: the plan's cells, its charts as data, asks before replacing, never touches the template. */

import shipped from "../../assets/catalogues/lang-son-2024.json";
import { describe as describeProblem, loadCatalogue, type Catalogue } from "../../src/core";
import { buildTemplate } from "../../src/template";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { Outcome, WriteReportOptions } from "../../src/workbook/types";
import { sampleWorkbook } from "../report/sheets";

const loaded = loadCatalogue(shipped);
const catalogue = (loaded.ok ? loaded.catalogue : undefined) as Catalogue;
const template = buildTemplate(catalogue);
const OPTIONS: WriteReportOptions = { tolerance: 0.05, groupBy: "agency", lang: "vi", date: "2024-07-05" };

function value<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(describeProblem(o.error, "en"));
  return o.value;
}

const filled = sampleWorkbook;

describe("the report sheet in the in-memory workbook", () => {
  test("a sheet for the period read from the template, with the headline, the table and two charts as data", async () => {
    const workbook = await filled();
    const before = JSON.stringify(workbook.sheet(template.name)?.cells);
    const result = value(await workbook.writeReport(OPTIONS));
    expect(result).toEqual({
      status: "written",
      sheet: "Báo cáo 6 tháng",
      replaced: false,
      charts: 2,
      chartsSkipped: false,
      printSetup: true,
    });
    const sheet = workbook.sheet("Báo cáo 6 tháng");
    expect(workbook.activeSheet).toBe("Báo cáo 6 tháng");
    expect(sheet?.report?.charts.map((c) => c.kind)).toEqual(["stackedBar", "columnsWithMark"]);
    const values = sheet?.cells.map((r) => r.map((c) => c.value)) ?? [];
    expect(values[0][0]).toMatch(/6 THÁNG ĐẦU NĂM 2024/);
    const header = sheet?.report?.headerRow ?? -1;
    expect(values[header].slice(0, 3)).toEqual(["Mã", "Chỉ tiêu", "Đơn vị"]);
    expect(values.some((r) => r[0] === "16.1" && r[4] === "5.100")).toBe(true);
    expect(JSON.stringify(workbook.sheet(template.name)?.cells)).toBe(before);
  });

  test("asks before replacing a report of the same period; replaces it in place when told", async () => {
    const workbook = await filled();
    value(await workbook.writeReport(OPTIONS));
    workbook.activeSheet = template.name;
    expect(value(await workbook.writeReport(OPTIONS))).toEqual({ status: "exists", sheet: "Báo cáo 6 tháng" });
    expect(workbook.activeSheet).toBe(template.name);
    const result = value(await workbook.writeReport({ ...OPTIONS, replace: true, groupBy: "group" }));
    expect(result).toMatchObject({ status: "written", replaced: true });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", template.name, "Báo cáo 6 tháng"]);
    // Another period is another report, beside the first.
    value(await workbook.writeReport({ ...OPTIONS, period: "9M" }));
    expect(workbook.sheets.map((s) => s.name)).toContain("Báo cáo 9 tháng");
  });

  test("no template, or a read-only workbook: a message", async () => {
    const empty = new MemoryWorkbook(catalogue);
    const none = await empty.writeReport(OPTIONS);
    expect(none.ok || none.error.key).toBe("sheet.noTemplate");
    const ro = await filled();
    ro.readOnly = true;
    const refused = await ro.writeReport(OPTIONS);
    expect(refused.ok || refused.error.key).toBe("excel.readOnly");
  });

  test.each([
    [
      "Quý 2",
      "period.reportUnreadable",
      "ô kỳ báo cáo D4 của trang “Chỉ tiêu 2024” ghi “Quý 2”, không phải một kỳ báo cáo",
    ],
    [
      "6 tháng đầu năm 2023",
      "period.reportOtherYear",
      "ghi “6 tháng đầu năm 2023”, là năm 2023, nhưng chỉ tiêu là của năm 2024",
    ],
  ])("a period cell saying %p: refused, and no sheet is added (trial 23, 15)", async (text, key, said) => {
    const workbook = await filled();
    workbook.setCell(template.name, template.periodCell.row, template.periodCell.col, text);
    const before = workbook.sheets.map((s) => s.name);
    // Even asked for the full year the pane assumes for an unreadable cell: the cell decides, not the pane's guess.
    for (const options of [OPTIONS, { ...OPTIONS, replace: true }]) {
      const refused = await workbook.writeReport(options);
      if (refused.ok) throw new Error("a report was written");
      expect(refused.error.key).toBe(key);
      expect(describeProblem(refused.error, "vi")).toContain(said);
    }
    expect(workbook.sheets.map((s) => s.name)).toEqual(before);
    expect(workbook.sheet(template.name)?.cells[template.periodCell.row][template.periodCell.col].value).toBe(text);
  });
});
