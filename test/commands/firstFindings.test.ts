import { validateFromRibbon } from "../../src/commands/actions";
import { buildTemplate, COLUMNS } from "../../src/template";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { shippedCatalogue as catalogue } from "../catalogue";

const template = buildTemplate(catalogue);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

describe("the ribbon's Kiểm tra says first what the pane and the command line say first", () => {
  test("an unreadable period, before the counts", async () => {
    const workbook = new MemoryWorkbook(catalogue);
    await workbook.insertTemplate("ask");
    workbook.setCell(template.name, template.periodCell.row, template.periodCell.col, "Quý 2");
    const message = await validateFromRibbon(workbook, "vi");
    expect(message).toMatch(
      /^Trang “Chỉ tiêu 2024”: không đọc được kỳ báo cáo “Quý 2”; số liệu được đánh giá như cả năm\./
    );
    expect(message).toMatch(/\n\nĐã kiểm tra 37 chỉ tiêu trên trang “Chỉ tiêu 2024” \(kỳ Cả năm\)/);
  });

  test("a deleted Đánh giá header, in English", async () => {
    const workbook = new MemoryWorkbook(catalogue);
    await workbook.insertTemplate("ask");
    workbook.setCell(template.name, template.headerRow, col("status"), "");
    const message = await validateFromRibbon(workbook, "en");
    expect(message).toMatch(/^Sheet “Chỉ tiêu 2024” has no column “Đánh giá”: the statuses cannot be written/);
  });

  test("a whole template: the counts alone", async () => {
    const workbook = new MemoryWorkbook(catalogue);
    await workbook.insertTemplate("ask");
    expect(await validateFromRibbon(workbook, "vi")).toMatch(/^Đã kiểm tra 37 chỉ tiêu/);
  });
});
