/** The ribbon's "Tạo báo cáo": the period's report sheet, never replaced without the pane's question. */

import { reportFromRibbon } from "../../src/commands/actions";
import { buildTemplate, COLUMNS } from "../../src/template";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { shippedCatalogue as catalogue } from "../catalogue";
import { sampleWorkbook } from "../report/sheets";

const template = buildTemplate(catalogue);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

const filled = sampleWorkbook;

describe("the ribbon's Tạo báo cáo", () => {
  test("writes the period's report sheet and says what it made, in the language of Office", async () => {
    const workbook = await filled();
    const before = JSON.stringify(workbook.sheet(template.name)?.cells);
    expect(await reportFromRibbon(workbook, "vi")).toMatch(/^Đã tạo trang “Báo cáo 6 tháng” với 2 biểu đồ\./);
    expect(workbook.sheet("Báo cáo 6 tháng")?.report).toBeDefined();
    // The template's cells, entry cells included, are as they were.
    expect(JSON.stringify(workbook.sheet(template.name)?.cells)).toBe(before);
  });

  test("a second press never replaces the report: it says to replace it from the pane", async () => {
    const workbook = await filled();
    await reportFromRibbon(workbook, "en");
    const first = JSON.stringify(workbook.sheet("Report H1")?.cells);
    workbook.setCell(template.name, template.rowCodes.indexOf("01"), col("actual"), 9);
    expect(await reportFromRibbon(workbook, "en")).toBe(
      "“Report H1” for this period is already there; nothing changed. To replace it, open the Targets pane and press Make report."
    );
    expect(first).not.toBe(undefined);
    expect(JSON.stringify(workbook.sheet("Report H1")?.cells)).toBe(first);
  });

  test("an unreadable period cell gets the pane's refusal, and no report sheet", async () => {
    const workbook = await filled();
    workbook.setCell(template.name, template.periodCell.row, template.periodCell.col, "Quý 2");
    expect(await reportFromRibbon(workbook, "vi")).toMatch(/^Chưa lập báo cáo: ô kỳ báo cáo D4 .* ghi “Quý 2”/);
    expect(workbook.sheets.filter((s) => s.name.startsWith("Báo cáo"))).toEqual([]);
  });

  test("a workbook without a template gets the pane's message, not a blank sheet", async () => {
    const message = await reportFromRibbon(new MemoryWorkbook(catalogue), "vi");
    expect(message).not.toMatch(/^Đã tạo/);
    expect(message.length).toBeGreaterThan(10);
  });
});
