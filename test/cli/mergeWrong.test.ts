/**
 * `chi-tieu merge`, `validate` and `status` given the wrong workbook, as trial 25 found them (findings 2, 5, 6): an
 * agency's own file named as the consolidated workbook, a salary list sent under an agency's name, and a corrected
 * file that leaves blank a figure the agency sent before. On the shipped template, split and filled as staff do.
 */

import ExcelJS from "exceljs";
import * as fs from "fs";
import shipped from "../../assets/catalogues/lang-son-2024.json";
import { addTemplateSheet } from "../../src/cli/xlsx";
import { loadCatalogue, type Catalogue } from "../../src/core";
import { templateWithoutLastYear } from "../../src/template";
import { agencyReplies, fill, rowOf } from "./agencyReplies";
import { letterOf } from "./run";

const { run, at, reply } = agencyReplies("mergewrong");
// A template, a split and several merges of whole workbooks: seconds each on a loaded machine.
jest.setTimeout(60_000);

/** The merge table's line for a file: its cells, split on the two spaces the table pads with. */
const tableLine = (out: string, file: string) =>
  out
    .split("\n")
    .find((l) => l.startsWith(file))
    ?.split(/\s{2,}/);

describe("merge given an agency's own file as the consolidated workbook (finding 2)", () => {
  test("refuses before reading or writing anything, names the agency and says to give the consolidated one first", async () => {
    await reply("cong-an-tinh.xlsx", "nop", (sheet) => fill(sheet, { "15.2": 4.2, "15.1.1": 12 }));
    const out = at("wrong-out.xlsx");
    const result = await run(["merge", "gui/so-y-te.xlsx", "nop", "--write", out]);
    // The usage refusal's code: the command was given the wrong workbook, as `merge nop/ mau.xlsx` is wrong.
    expect(result.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
    expect(result.out).toBe("");
    expect(result.err).toMatch(
      /so-y-te\.xlsx: là tệp của Sở Y tế .*không phải bảng tổng hợp; không gộp gì, không ghi gì\./
    );
    expect(result.err).toMatch(/Lệnh đúng: chi-tieu merge TONG-HOP\.xlsx THƯ_MỤC_TỆP_NỘP \(bảng tổng hợp đứng trước/);
    expect(result.err).not.toMatch(/không có gì mới|không có ô cho/);
    const json = await run(["merge", "gui/so-y-te.xlsx", "nop", "--json"]);
    expect(JSON.parse(json.out).error.code).toBe("merge.targetIsAgencyFile");
  });
});

describe("the table's Bỏ ra counts the values the consolidated sheet has no cell for", () => {
  test("a consolidated workbook made before Cùng kỳ năm trước: the agency's last-year figure is counted as left out", async () => {
    const loaded = loadCatalogue(shipped);
    const catalogue = (loaded.ok ? loaded.catalogue : undefined) as Catalogue;
    const book = new ExcelJS.Workbook();
    addTemplateSheet(book, templateWithoutLastYear(catalogue));
    await book.xlsx.writeFile(at("cu.xlsx"));
    await reply("so-y-te.xlsx", "cuf", (sheet) => {
      sheet.getCell(`${letterOf("lastYear")}${rowOf(sheet, "12.2")}`).value = 11.2;
    });
    const result = await run(["merge", "cu.xlsx", "cuf"]);
    expect(result.code).toBe(1);
    expect(result.out).toContain("không có ô cho chỉ tiêu 12.2, cột “Cùng kỳ năm trước”");
    // File, agency, result, filled, changed, left out, conflicts.
    expect(tableLine(result.out, "so-y-te.xlsx")).toEqual([
      "so-y-te.xlsx",
      "Sở Y tế",
      "không gộp giá trị nào",
      "0",
      "0",
      "1",
      "0",
    ]);
  });
});

describe("a file that is not the template, sent under an agency's name (finding 6)", () => {
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("tmp");
    sheet.addRow(["STT", "Họ và tên", "Lương cơ bản"]);
    sheet.addRow([1, "Nguyễn Văn A", 5_200_000]);
    fs.mkdirSync(at("ngoai"), { recursive: true });
    await book.xlsx.writeFile(at("ngoai", "so-giao-thong-van-tai.xlsx"));
  });
  const advice =
    "không phải biểu chỉ tiêu (không trang tính nào (“tmp”) có dòng tiêu đề của mẫu (“Mã”, “Thực hiện”, “Đánh giá”…))";
  const askAgain = "Hãy đề nghị Sở Giao thông vận tải gửi lại đúng tệp biểu chỉ tiêu đã điền số liệu.";

  test("merge says it is not the template, whom to ask, and names the agency in the table", async () => {
    const result = await run(["merge", "mau.xlsx", "ngoai/so-giao-thong-van-tai.xlsx"]);
    expect(result.code).toBe(2);
    expect(tableLine(result.out, "so-giao-thong-van-tai.xlsx")?.slice(0, 3)).toEqual([
      "so-giao-thong-van-tai.xlsx",
      "Sở Giao thông vận tải",
      "không đọc được",
    ]);
    expect(result.out).toContain(`so-giao-thong-van-tai.xlsx: ${advice}; tệp này không được gộp. ${askAgain}`);
    expect(result.out).not.toMatch(/chèn mẫu/i);
  });

  test("validate says the same, not the pane's “Hãy chèn mẫu trước”", async () => {
    const validate = await run(["validate", "ngoai"]);
    expect(validate.err).toContain(`so-giao-thong-van-tai.xlsx: ${advice}. ${askAgain}`);
    expect(validate.err).not.toMatch(/chèn mẫu/i);
  });

  // Review 25b, finding 2: the consolidated workbook is the staff's own; no agency sent it, whatever its name.
  test.each([
    ["merge", ["merge", "ngoai/so-giao-thong-van-tai.xlsx", "nop"]],
    ["status", ["status", "ngoai/so-giao-thong-van-tai.xlsx"]],
    ["split", ["split", "ngoai/so-giao-thong-van-tai.xlsx", "--out", "ngoai/tach"]],
  ])(
    "given as the consolidated workbook, %s says to choose the consolidated workbook, not to ask an agency",
    async (_, args) => {
      const result = await run(args);
      expect(result.code).not.toBe(0);
      expect(result.err).toContain(
        `${advice}. Hãy chọn đúng bảng tổng hợp: tệp tạo bằng lệnh “chi-tieu template” (có mọi chỉ tiêu) rồi điền số liệu.`
      );
      expect(result.err).not.toMatch(/đề nghị|chèn mẫu/i);
      const en = await run([...args, "--lang", "en"]);
      expect(en.err).toContain("Choose the consolidated workbook: the file made by “chi-tieu template”");
      expect(en.err).not.toMatch(/ask|agency/i);
    }
  );

  test("report says it is not the template and which file to give, not the pane's “Hãy chèn mẫu trước”", async () => {
    const report = await run(["report", "ngoai/so-giao-thong-van-tai.xlsx", "--docx", "ngoai/bao-cao.docx"]);
    expect(report.code).not.toBe(0);
    expect(report.err).toContain("không trang tính nào (“tmp”) có dòng tiêu đề của mẫu chỉ tiêu");
    expect(report.err).toContain("hãy chỉ ra tệp đó");
    expect(report.err).not.toMatch(/chèn mẫu/i);
    expect(fs.existsSync(at("ngoai", "bao-cao.docx"))).toBe(false);
  });
});

describe("a corrected file that leaves blank a figure its agency sent before (finding 5)", () => {
  test("the figure stays, the merge says so with how to remove it, and the table does not say “không có gì mới”", async () => {
    await reply("so-y-te.xlsx", "v1", (sheet) => fill(sheet, { "12.1": 100, "12.2": 12.5 }));
    expect((await run(["merge", "mau.xlsx", "v1", "--write", "m1.xlsx"])).code).toBe(0);
    // The agency's second version: 12.2 withdrawn (its cell emptied), 12.1 as before.
    await reply("so-y-te.xlsx", "v2", (sheet) => {
      fill(sheet, { "12.1": 100 });
      sheet.getCell(`${letterOf("actual")}${rowOf(sheet, "12.2")}`).value = null;
    });
    const result = await run(["merge", "m1.xlsx", "v2", "--write", "m2.xlsx"]);
    expect(result.code).toBe(0);
    expect(tableLine(result.out, "so-y-te.xlsx")?.slice(0, 3)).toEqual([
      "so-y-te.xlsx",
      "Sở Y tế",
      "để trống ô đã gộp trước",
    ]);
    expect(result.out).toContain(
      "so-y-te.xlsx (Sở Y tế): chỉ tiêu 12.2, cột “Thực hiện” để trống, nhưng bảng tổng hợp đang có 12,5 do Sở Y tế gửi ở lần gộp trước; vẫn giữ 12,5. Nếu cơ quan đã rút số này, hãy xóa ô đó trong bảng tổng hợp."
    );
    const merged = new ExcelJS.Workbook();
    await merged.xlsx.readFile(at("m2.xlsx"));
    const sheet = merged.getWorksheet("Chỉ tiêu 2024") as ExcelJS.Worksheet;
    expect(sheet.getCell(`${letterOf("actual")}${rowOf(sheet, "12.2")}`).value).toBe(12.5);
    const json = JSON.parse((await run(["merge", "m1.xlsx", "v2", "--json"])).out);
    expect(json.files[0]).toMatchObject({ agency: "Sở Y tế", emptied: 1 });
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(["merge.emptied"]);
  });
});
