/** `chi-tieu report` never loses a sheet, and states no fact the figures do not support (trial 18). */

import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { addTemplateSheet } from "../../src/cli/xlsx";
import { COLUMNS, type ColumnKey } from "../../src/template";
import { sampleSheet, template, type FilledSheet } from "../report/sheets";
import { runCli } from "./run";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-report-trust-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
// Each test writes and reads several workbooks: seconds on a shared machine.
jest.setTimeout(60_000);
const run = (args: string[], env: Record<string, string> = {}) => runCli(args, work, env);
const REPORT = "Báo cáo 6 tháng";

/** A filled template saved by ExcelJS; `change` may rename it or add sheets before it is written. */
async function workbookFile(
  name: string,
  sheet: FilledSheet,
  change?: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = addTemplateSheet(wb, template);
  const keys: ColumnKey[] = ["actual", "estimate", "lastYear", "note"];
  template.rowCodes.forEach((code, r) => {
    if (code === undefined) return;
    for (const key of keys) {
      const c = COLUMNS.findIndex((x) => x.key === key);
      const v = sheet.values[r][c];
      if (v === "" || v === null || v === undefined) continue;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v as ExcelJS.CellValue;
      cell.numFmt = String(sheet.numberFormats[r][c]);
    }
  });
  change?.(wb, ws);
  const file = path.join(work, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function sheetsOf(file: string): Promise<ExcelJS.Worksheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets;
}

describe("F11: a sheet named like the report is never replaced unless the tool wrote it", () => {
  test("the template named “Báo cáo 6 tháng”: kept whole, the report beside it, and the copy still validates", async () => {
    const input = await workbookFile("ten-mau.xlsx", sampleSheet(), (_, ws) => (ws.name = REPORT));
    const out = path.join(work, "ten-mau-bao-cao.xlsx");
    const r = await run(["report", input, "--write", out, "--date", "2024-07-05", "--force"]);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/thay trang báo cáo cũ/);
    expect(r.out).toMatch(/Trang “Báo cáo 6 tháng” đã có và không phải trang báo cáo do chi-tieu lập/);
    expect((await sheetsOf(out)).map((s) => s.name)).toEqual([REPORT, `${REPORT} (2)`]);
    const check = await run(["validate", out, "--json"]);
    expect(check.code).not.toBe(2);
    expect(JSON.parse(check.out).files[0].sheet).toBe(REPORT);
  });

  test("a person's own sheet of that name is kept; a report on the copy replaces the tool's report, not theirs", async () => {
    const input = await workbookFile("tu-viet.xlsx", sampleSheet(), (wb) => {
      const own = wb.addWorksheet(REPORT);
      own.getCell("A1").value = "Báo cáo viết tay";
      own.getCell("A29").value = "dòng 29";
    });
    const first = path.join(work, "tu-viet-1.xlsx");
    expect((await run(["report", input, "--write", first, "--date", "2024-07-05"])).code).toBe(0);
    const second = path.join(work, "tu-viet-2.xlsx");
    const r = await run(["report", first, "--write", second, "--date", "2024-07-06"]);
    expect(r.out).toMatch(/thay trang báo cáo cũ cùng kỳ/);
    const sheets = await sheetsOf(second);
    expect(sheets.map((s) => s.name)).toEqual(["Chỉ tiêu 2024", REPORT, `${REPORT} (2)`]);
    expect(sheets[1].getCell("A1").value).toBe("Báo cáo viết tay");
    expect(sheets[1].getCell("A29").value).toBe("dòng 29");
  });
});

describe("F16, F5, F3: the document's language, the files' types, the warnings on the terminal", () => {
  let input: string;
  beforeAll(async () => {
    const sheet = sampleSheet();
    sheet.set("05.1", "estimate", "4,100");
    input = await workbookFile("canh-bao.xlsx", sheet);
  });

  test("an English LANG leaves the report in Vietnamese; --lang en makes it English", async () => {
    const out = path.join(work, "lang.xlsx");
    const r = await run(["report", input, "--write", out, "--force"], { LANG: "en_US.UTF-8" });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Saved the report \(sheet “Báo cáo 6 tháng”/);
    expect((await sheetsOf(out)).map((s) => s.name)).toEqual(["Chỉ tiêu 2024", REPORT]);
    const en = await run(["report", input, "--write", out, "--force", "--lang", "en"], { LANG: "vi_VN.UTF-8" });
    expect(en.code).toBe(0);
    expect((await sheetsOf(out)).map((s) => s.name)).toEqual(["Chỉ tiêu 2024", "Report H1"]);
  });

  test("--write with a Word name or --docx with an Excel name is refused before anything is written", async () => {
    const wrongDocx = await run(["report", input, "--write", path.join(work, "sai.docx")]);
    expect(wrongDocx.code).toBe(1);
    expect(wrongDocx.err).toMatch(/--write ghi tệp Excel: tên tệp phải có đuôi \.xlsx/);
    const wrongXlsx = await run(["report", input, "--docx", path.join(work, "sai.xlsx")]);
    expect(wrongXlsx.code).toBe(1);
    expect(wrongXlsx.err).toMatch(/--docx ghi bản thảo Word: tên tệp phải có đuôi \.docx/);
    expect(fs.existsSync(path.join(work, "sai.docx")) || fs.existsSync(path.join(work, "sai.xlsx"))).toBe(false);
    expect((await run(["report", input, "--docx", path.join(work, "DUNG.DOCX"), "--force"])).code).toBe(0);
  });

  test("the report's warnings are printed on stderr, in the terminal's language, before “saved”", async () => {
    const r = await run(["report", input, "--docx", path.join(work, "canh-bao.docx"), "--force"]);
    expect(r.code).toBe(0);
    // the rows, and where to learn how to correct them: the typing advice is validate's (trial 20, F15)
    expect(r.err).toMatch(
      /canh-bao\.xlsx: cảnh báo: báo cáo chưa đánh giá các chỉ tiêu cần kiểm tra lại số liệu: 05\.1, 15\.2; “chi-tieu validate” trên tệp này cho biết cách sửa từng ô\./
    );
    const en = await run(["report", input, "--docx", path.join(work, "canh-bao.docx"), "--force"], { LANG: "en_GB" });
    expect(en.err).toMatch(
      /the report does not judge these targets until their figures are checked: 05\.1, 15\.2; “chi-tieu validate” on this file says how to correct each cell\./
    );
    const clean = await run([
      "report",
      await workbookFile("sach.xlsx", sampleSheet()),
      "--docx",
      path.join(work, "sach.docx"),
    ]);
    expect(clean.err).not.toMatch(/05\.1/);
  });
});
