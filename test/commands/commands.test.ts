import shipped from "../../assets/catalogues/lang-son-2024.json";
import { loadCatalogue, type Catalogue } from "../../src/core";
import { insertFromRibbon, validateFromRibbon } from "../../src/commands/actions";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { buildTemplate, COLUMNS } from "../../src/template";
import { FakeExcel } from "../excel/fakeExcel";

const loaded = loadCatalogue(shipped);
const catalogue = (loaded.ok ? loaded.catalogue : undefined) as Catalogue;
const template = buildTemplate(catalogue);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

describe("ribbon actions", () => {
  test("Chèn mẫu inserts, then says where the template already is instead of replacing it", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const workbook = new OfficeWorkbook(catalogue, excel.host());
    expect(await insertFromRibbon(workbook, "vi")).toBe(
      "Đã chèn mẫu vào trang “Chỉ tiêu 2024”. Chọn kỳ báo cáo, nhập số liệu rồi bấm Kiểm tra."
    );
    expect(await insertFromRibbon(workbook, "en")).toMatch(
      /^The workbook already has the template in sheet “Chỉ tiêu 2024”/
    );
    expect(excel.sheets).toHaveLength(2);
  });

  test("Kiểm tra validates with the remembered tolerance and sums up", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const workbook = new OfficeWorkbook(catalogue, excel.host());
    await insertFromRibbon(workbook, "vi");
    excel.type("Chỉ tiêu 2024", template.rowCodes.indexOf("01"), col("actual"), 6.5);
    expect(await validateFromRibbon(workbook, "vi")).toMatch(/1 không đạt/); // 6,5 < 7 × 0,95
    excel.settings.set("chiTieu.tolerance", 0.1);
    expect(await validateFromRibbon(workbook, "en")).toBe(
      "Checked 37 indicators in sheet “Chỉ tiêu 2024” (Six months): 0 exceeded, 0 met, 1 at risk, 0 off track, 36 with no data, 0 invalid."
    );
  });

  test("Kiểm tra counts a doubted figure apart, as the pane's headline does", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const workbook = new OfficeWorkbook(catalogue, excel.host());
    await insertFromRibbon(workbook, "vi");
    // "2,600" meant 2.600 (plan 5.100): read as 2,6, it would be off track
    excel.type("Chỉ tiêu 2024", template.rowCodes.indexOf("06.1"), col("actual"), "2,600");
    const message = await validateFromRibbon(workbook, "vi");
    expect(message).toMatch(/, 0 không đạt, 36 chưa có số liệu, 0 số liệu không hợp lệ, 1 cần kiểm tra lại số liệu;/);
    expect(await validateFromRibbon(workbook, "en")).toMatch(/0 off track, .*, 1 whose figures must be checked;/);
  });

  test("Kiểm tra in a workbook set to manual calculation says that Excel recalculated first", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const workbook = new OfficeWorkbook(catalogue, excel.host());
    await insertFromRibbon(workbook, "vi");
    excel.calculation.mode = "Manual";
    expect(await validateFromRibbon(workbook, "vi")).toMatch(
      /^Bảng tính đặt tính thủ công: đã tính lại trước khi kiểm tra.*\n\nĐã kiểm tra 37 chỉ tiêu/s
    );
    expect(excel.calculation.calculations).toEqual(["Full"]);
  });

  test("an Excel error is the message, not a crash", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    excel.readOnly = true;
    const message = await insertFromRibbon(new OfficeWorkbook(catalogue, excel.host()), "en");
    expect(message).toBe(
      "The workbook is open read-only, so the results cannot be written. Open it for editing and try again."
    );
  });
});
