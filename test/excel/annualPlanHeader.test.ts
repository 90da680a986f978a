import { describe as describeProblem } from "../../src/core";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { buildTemplate, COLUMNS, OLD_PERCENT_HEADER } from "../../src/template";
import { shippedCatalogue as catalogue } from "../catalogue";
import { FakeExcel } from "./fakeExcel";

const template = buildTemplate(catalogue);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const SHEET = "Chỉ tiêu 2024";

describe("the Office.js door and the % so với KH năm column", () => {
  test("an old % so với KH header is read, renamed, and the share of the annual plan written, in four syncs", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const workbook = new OfficeWorkbook(catalogue, excel.host());
    const inserted = await workbook.insertTemplate("ask");
    expect(inserted.ok).toBe(true);
    excel.type(SHEET, template.headerRow, col("percent"), OLD_PERCENT_HEADER);
    excel.type(SHEET, template.rowCodes.indexOf("07.1"), col("actual"), 3952);
    excel.syncs = 0;
    const result = await workbook.validate({ tolerance: 0.05 });
    if (!result.ok) throw new Error(describeProblem(result.error, "en"));
    expect(excel.syncs).toBe(4);
    expect(excel.cell(SHEET, template.headerRow, col("percent"))?.value).toBe("% so với KH năm");
    expect(excel.cell(SHEET, template.rowCodes.indexOf("07.1"), col("percent"))?.value).toBeCloseTo(3952 / 7485, 10);
    expect(result.value.evaluation.row("07.1")?.status).toBe("exceeded"); // against the 3.742,5 due by 6 months
  });

  test("an unreadable period comes back first, and the cumulative rows say it was assumed", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const workbook = new OfficeWorkbook(catalogue, excel.host());
    await workbook.insertTemplate("ask");
    excel.type(SHEET, template.periodCell.row, template.periodCell.col, "Quý 2");
    const result = await workbook.validate({ tolerance: 0.05 });
    if (!result.ok) throw new Error(describeProblem(result.error, "en"));
    expect(result.value.findings[0].problem.key).toBe("period.unreadable");
    expect(result.value.periodAssumed).toBe(true);
    expect(result.value.evaluation.row("05.1")?.periodAssumed).toBe(true);
  });
});
