/**
 * Which sheet and which figures a workbook is judged by (trial A7, A9, A12): the marked template sheet
 * rather than a copy on the first tab, with the copy named; a workbook for another year or decision said
 * first, in validate, report and the in-memory pane; a formula never calculated (openpyxl) said as such.
 */

import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { catalogue, filledTemplate, rewriteSheet } from "./hostile";
import { runCli } from "./run";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { addTemplateSheet } from "../../src/cli/xlsx";
import { buildTemplate, COLUMNS } from "../../src/template";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-which-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, work);
const file = (name: string) => path.join(work, name);
const ACTUAL = COLUMNS.findIndex((c) => c.key === "actual");

/** All the text a written workbook holds in its shared strings (the report sheet's warnings among them). */
async function sharedText(name: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file(name)));
  return (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
}

/** Two template sheets: an unmarked copy on the first tab (03 = 70), the marked one second (03 = 60). */
async function twoTemplates(): Promise<Buffer> {
  const template = buildTemplate(catalogue);
  const workbook = new ExcelJS.Workbook();
  const row03 = template.rowCodes.indexOf("03") + 1;
  addTemplateSheet(workbook, { ...template, name: "6 tháng (sửa)" }).getCell(row03, ACTUAL + 1).value = 70;
  addTemplateSheet(workbook, template).getCell(row03, ACTUAL + 1).value = 60;
  // A copy made in Excel does not carry the workbook's marker: only the original is marked.
  workbook.definedNames.model = [
    {
      name: "ChiTieu_Template_1",
      ranges: [`'${template.name}'!$A$${template.headerRow + 1}:$L$${template.headerRow + 1}`],
    },
  ];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The template with its title and source line saying 2023 and Decision 200. */
async function otherYear(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await filledTemplate()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "string")
        cell.value = cell.value.replace("136/QĐ-UBND", "200/QĐ-UBND").replace(/2024/g, "2023");
    })
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("the marked template sheet, not the first tab (A7)", () => {
  beforeAll(async () => fs.writeFileSync(file("hai-mau.xlsx"), await twoTemplates()));

  test("validate judges the marked sheet and names the copy, on stderr and in the JSON", async () => {
    const r = await run(["validate", "hai-mau.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Trang “Chỉ tiêu 2024”");
    expect(r.out).toMatch(/03 .* 60 \/ KH 65/);
    expect(r.err).toBe(
      `${file("hai-mau.xlsx")}: cảnh báo: Sổ làm việc có thêm một trang mẫu chỉ tiêu (“6 tháng (sửa)”); chỉ trang “Chỉ tiêu 2024” (trang mẫu được đánh dấu) được kiểm tra. Nếu số liệu ở trang khác, hãy chép sang trang này hoặc xóa trang thừa.`
    );
    const json = JSON.parse((await run(["validate", "hai-mau.xlsx", "--json", "--lang", "en"])).out);
    expect(json.files[0].sheet).toBe("Chỉ tiêu 2024");
    expect(json.files[0].rows.find((row: { code: string }) => row.code === "03").value).toBe(60);
    expect(json.files[0].findings[0]).toMatchObject({ code: "sheet.otherTemplate", severity: "warning" });
    expect(json.files[0].findings[0].message).toContain("only “Chỉ tiêu 2024” (the marked template sheet) is checked");
  });

  test("report reports the marked sheet and says at the top that another template exists", async () => {
    expect((await run(["report", "hai-mau.xlsx", "--write", "bc-hai-mau.xlsx", "--date", "2024-06-20"])).code).toBe(0);
    expect(await sharedText("bc-hai-mau.xlsx")).toContain(
      "Sổ làm việc có thêm một trang mẫu chỉ tiêu (“6 tháng (sửa)”)"
    );
  });

  test("the in-memory pane shows the sheet open and names the other template", async () => {
    const book = new MemoryWorkbook(catalogue);
    await book.insertTemplate("ask");
    await book.insertTemplate("copy");
    const result = await book.validate({ tolerance: 0.05 });
    if (!result.ok) throw new Error("validation failed");
    expect(result.value.sheet).toBe("Chỉ tiêu 2024 (2)");
    expect(result.value.findings[0].problem).toEqual({
      key: "sheet.otherTemplate",
      params: { sheet: "Chỉ tiêu 2024 (2)", others: ["Chỉ tiêu 2024"], chosenBy: "active" },
    });
  });
});

describe("a workbook for another year or decision is said first (A9)", () => {
  beforeAll(async () => fs.writeFileSync(file("nam-2023.xlsx"), await otherYear()));

  test("validate: the decision and the year, first on stderr and first in the JSON, in both languages", async () => {
    const r = await run(["validate", "nam-2023.xlsx"]);
    expect(r.code).toBe(0);
    const lines = r.err.split("\n");
    expect(lines[0]).toContain(
      "ghi theo Quyết định 200/QĐ-UBND, nhưng số liệu được đánh giá theo chỉ tiêu của Quyết định 136/QĐ-UBND"
    );
    expect(lines[1]).toContain(
      "là mẫu của năm 2023, nhưng số liệu được đánh giá theo chỉ tiêu năm 2024: kết quả có thể sai"
    );
    const json = JSON.parse((await run(["validate", "nam-2023.xlsx", "--json", "--lang", "en"])).out);
    expect(json.files[0].findings.slice(0, 2).map((f: { code: string }) => f.code)).toEqual([
      "sheet.otherDecision",
      "sheet.otherYear",
    ]);
    expect(json.files[0].findings[1].messages.en).toContain(
      "is a template for 2023, but its figures are judged against the 2024 targets"
    );
  });

  test("report: the warning is at the top of the report sheet", async () => {
    expect((await run(["report", "nam-2023.xlsx", "--write", "bc-2023.xlsx", "--date", "2024-06-20"])).code).toBe(0);
    const text = await sharedText("bc-2023.xlsx");
    const year = text.indexOf("là mẫu của năm 2023");
    expect(year).toBeGreaterThan(0);
    expect(text.indexOf("Quyết định 200/QĐ-UBND")).toBeLessThan(year);
  });

  test("the same template for 2024 says nothing of the kind", async () => {
    fs.writeFileSync(file("nam-2024.xlsx"), await filledTemplate());
    expect((await run(["validate", "nam-2024.xlsx"])).err).toBe("");
  });
});

/**
 * A filled template whose 04 cell in `column` holds `formula` as openpyxl writes one (no cached value, an empty
 * <v>), saved as `name`; gives the cell's 1-based row.
 */
async function uncalculated(name: string, column: "actual" | "lastYear", formula: string): Promise<number> {
  const row = buildTemplate(catalogue).rowCodes.indexOf("04") + 1;
  const col = String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === column));
  const xlsx = await rewriteSheet(await filledTemplate(), (xml) =>
    xml.replace(
      new RegExp(`<c r="${col}${row}"[^>]*?(/>|>[\\s\\S]*?</c>)`),
      `<c r="${col}${row}"><f>${formula}</f><v></v></c>`
    )
  );
  fs.writeFileSync(file(name), xlsx);
  return row;
}

describe("a formula never calculated is not 'no figure yet' (A12)", () => {
  test("validate names the cell and says to open and save the file; the row says so too", async () => {
    const row = await uncalculated("cong-thuc.xlsx", "actual", "10+9.5");
    const r = await run(["validate", "cong-thuc.xlsx"]);
    expect(r.err).toBe(
      `${file("cong-thuc.xlsx")}: cảnh báo: Trang “Chỉ tiêu 2024”, dòng ${row}, chỉ tiêu 04, cột “Thực hiện”: ô có công thức nhưng chưa được tính (tệp được ghi bởi một chương trình không tính công thức), nên chưa có số để đánh giá. Hãy mở tệp trong Excel hoặc LibreOffice, lưu lại rồi kiểm tra lại.`
    );
    expect(r.out).toMatch(/ 04 .*Chưa có số liệu \(cần kiểm tra lại số liệu\) · công thức chưa được tính/);
    const json = JSON.parse((await run(["validate", "cong-thuc.xlsx", "--json"])).out);
    expect(json.files[0].findings[0]).toMatchObject({ code: "sheet.uncalculated", rows: ["04"] });
    // report reads through ExcelJS: the same finding, at the top of its warnings.
    expect((await run(["report", "cong-thuc.xlsx", "--write", "bc-cong-thuc.xlsx", "--date", "2024-06-20"])).code).toBe(
      0
    );
    expect(await sharedText("bc-cong-thuc.xlsx")).toContain("ô có công thức nhưng chưa được tính");
  });

  test("in Cùng kỳ năm trước it is said too, and the row's own status is not doubted for it", async () => {
    const row = await uncalculated("cung-ky.xlsx", "lastYear", "9000+300");
    const r = await run(["validate", "cung-ky.xlsx"]);
    expect(r.err).toBe(
      `${file("cung-ky.xlsx")}: cảnh báo: Trang “Chỉ tiêu 2024”, dòng ${row}, chỉ tiêu 04, cột “Cùng kỳ năm trước”: ô có công thức nhưng chưa được tính (tệp được ghi bởi một chương trình không tính công thức), nên chưa có số để so sánh với cùng kỳ. Hãy mở tệp trong Excel hoặc LibreOffice, lưu lại rồi kiểm tra lại.`
    );
    expect(r.out).toMatch(/ 04 /);
    expect(r.out).not.toMatch(/ 04 .*(cần kiểm tra lại số liệu|công thức chưa được tính)/);
  });
});
