/**
 * Written copies keep what the person had, or name what they cannot keep (trial 19, F6, F8, F14): a macro-enabled
 * workbook's macro is named as lost and no copy is written under a name that claims macros; a Strict Open XML
 * workbook is judged but not copied; sheet and workbook protection and sheet-scoped names come back as they were.
 */

import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { LOG_HEADER, LOG_SHEET } from "../../src/round";
import { filledTemplate, SHEET } from "./hostile";
import { edit, macroEnabled } from "./packages";
import { runCli } from "./run";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-keeps-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, work);
const file = (name: string) => path.join(work, name);
// Each test writes whole copies through ExcelJS: seconds each on a shared, loaded machine.
jest.setTimeout(60_000);

const mainType = async (name: string) =>
  /PartName="\/xl\/workbook\.xml" ContentType="([^"]*)"/.exec(
    (await (await JSZip.loadAsync(fs.readFileSync(file(name)))).file("[Content_Types].xml")?.async("string")) ?? ""
  )?.[1];

describe("a macro-enabled workbook (.xlsm): no silent loss, no lying extension (F6)", () => {
  beforeAll(async () => {
    const xlsx = await filledTemplate();
    fs.writeFileSync(file("plain.xlsx"), xlsx);
    fs.writeFileSync(file("so-khdt.xlsm"), await macroEnabled(xlsx));
    expect(await mainType("so-khdt.xlsm")).toBe("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  });

  test("validate --write out.xlsx names the macro on stderr and in the JSON, and writes the copy", async () => {
    const r = await run(["validate", "so-khdt.xlsm", "--write", "khdt.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      `${file("so-khdt.xlsm")}: cảnh báo: bản sao sẽ không giữ được macro (VBA; bản sao là tệp .xlsx, không chứa macro) của tệp gốc (tệp gốc không đổi).`
    );
    expect(await mainType("khdt.xlsx")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    );
    const json = JSON.parse((await run(["validate", "so-khdt.xlsm", "--write", "khdt.xlsx", "--force", "--json"])).out);
    expect(json.files[0].lost.map((l: { code: string }) => l.code)).toEqual(["macro"]);
    // A workbook without macros loses nothing of the kind.
    const plain = JSON.parse((await run(["validate", "plain.xlsx", "--write", "plain-out.xlsx", "--json"])).out);
    expect(plain.files[0].lost).toBeUndefined();
  });

  test("an .xlsm output name is refused by validate and merge, in either language, before anything is written", async () => {
    const vi = await run(["validate", "so-khdt.xlsm", "--write", "khdt.xlsm"]);
    expect([vi.code, vi.out]).toEqual([1, ""]);
    expect(vi.err).toBe(
      `Không ghi ra ${file("khdt.xlsm")}: chương trình chỉ ghi được sổ làm việc Excel .xlsx (không chứa macro), và Excel không mở một tệp như vậy dưới tên .xlsm. Hãy ghi ra tệp .xlsx (ví dụ ${file("khdt.xlsx")}); macro không được giữ trong bản sao, tệp gốc vẫn còn nguyên.`
    );
    const en = await run(["merge", "so-khdt.xlsm", "plain.xlsx", "--write", "m.XLSM", "--lang", "en"]);
    expect(en.code).toBe(1);
    expect(en.err).toMatch(/^Not writing .*m\.XLSM: the tool writes only Excel \.xlsx workbooks/);
    // An .xlsx input asked for an .xlsm copy is refused the same way: the name would still lie.
    expect((await run(["validate", "plain.xlsx", "--write", "plain.xlsm"])).code).toBe(1);
    expect(fs.readdirSync(work).filter((f) => /\.xlsm$/i.test(f))).toEqual(["so-khdt.xlsm"]);
  });

  test("merge --write out.xlsx names the macro before writing", async () => {
    const r = await run(["merge", "so-khdt.xlsm", "plain.xlsx", "--write", "m.xlsx"]);
    expect(r.err).toContain(`${file("so-khdt.xlsm")}: cảnh báo: bản sao sẽ không giữ được macro (VBA;`);
    expect(fs.existsSync(file("m.xlsx"))).toBe(true);
  });
});

/** The filled template as Excel's "Strict Open XML Spreadsheet" names it: purl.oclc.org namespaces and types. */
function strictOoxml(xlsx: Buffer): Promise<Buffer> {
  return edit(xlsx, async (zip, read) => {
    for (const part of Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p))) {
      zip.file(
        part,
        (await read(part))
          .replace(
            /http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g,
            "http://purl.oclc.org/ooxml/spreadsheetml/main"
          )
          .replace(
            /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g,
            "http://purl.oclc.org/ooxml/officeDocument/relationships"
          )
      );
    }
  });
}

describe("a Strict Open XML workbook is judged, but no copy of it is written (F8)", () => {
  beforeAll(async () => {
    const xlsx = await filledTemplate();
    fs.writeFileSync(file("plain8.xlsx"), xlsx);
    fs.writeFileSync(file("strict.xlsx"), await strictOoxml(xlsx));
  });

  test("validate still judges it; --write is refused with what to do, the figures still printed, nothing written", async () => {
    const read = await run(["validate", "strict.xlsx"]);
    expect([read.code, read.err]).toEqual([0, ""]);
    expect(read.out).toContain("Tổng: 37 chỉ tiêu");
    const r = await run(["validate", "strict.xlsx", "--write", "strict-out.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("Tổng: 37 chỉ tiêu");
    expect(r.err).toBe(
      `Lỗi: ${file("strict.xlsx")}: tệp dạng Strict Open XML: chương trình đọc và kiểm tra được tệp này nhưng không ghi được bản sao giữ đủ ghi chú và hình vẽ của nó. Hãy mở tệp trong Excel, Lưu thành (Save As) dạng Sổ làm việc Excel (.xlsx) rồi chạy lại với tệp đó`
    );
    const json = JSON.parse(
      (await run(["validate", "strict.xlsx", "--write", "strict-out.xlsx", "--json", "--lang", "en"])).out
    );
    expect(json.files[0].writeError.code).toBe("strict");
    expect(json.files[0].writeError.message).toMatch(
      /^a Strict Open XML workbook: .*Save As an Excel Workbook \(\.xlsx\)/
    );
    expect(fs.existsSync(file("strict-out.xlsx"))).toBe(false);
  });

  test("merge and report refuse to write its copy too, before writing anything", async () => {
    const merge = await run(["merge", "strict.xlsx", "plain8.xlsx", "--write", "strict-m.xlsx"]);
    expect(merge.code).toBe(2);
    expect(merge.err).toContain(`Lỗi: ${file("strict.xlsx")}: tệp dạng Strict Open XML`);
    const report = await run(["report", "strict.xlsx", "--write", "strict-r.xlsx", "--lang", "en"]);
    expect(report.code).toBe(2);
    expect(report.err).toContain(`Error: ${file("strict.xlsx")}: a Strict Open XML workbook`);
    expect(fs.existsSync(file("strict-m.xlsx")) || fs.existsSync(file("strict-r.xlsx"))).toBe(false);
  });
});

const PROTECTION =
  '<sheetProtection algorithmName="SHA-512" hashValue="q0Hx/Yu9ag==" saltValue="Zm9v" spinCount="100000" sheet="1" objects="1" scenarios="1" formatCells="0" insertRows="0" deleteRows="0" sort="0" autoFilter="0"/>';
const LOCK = '<workbookProtection workbookPassword="D81B" lockStructure="1"/>';
const SCOPED = '<definedName name="Ty_le" localSheetId="0">\'Chỉ tiêu 2024\'!$F$10</definedName>';

/** The filled template locked as Excel locks it: the sheet with a password and allowed actions, the structure too. */
function locked(xlsx: Buffer): Promise<Buffer> {
  return edit(xlsx, async (zip, read) => {
    zip.file(SHEET, (await read(SHEET)).replace("</sheetData>", `</sheetData>${PROTECTION}`));
    const book = await read("xl/workbook.xml");
    zip.file(
      "xl/workbook.xml",
      book.replace("<sheets>", `${LOCK}<sheets>`).replace("</definedNames>", `${SCOPED}</definedNames>`)
    );
  });
}

describe("protection and sheet-scoped names come back as they were (F14)", () => {
  beforeAll(async () => {
    const xlsx = await locked(await filledTemplate());
    fs.writeFileSync(file("prot.xlsx"), xlsx);
    const book = await (await JSZip.loadAsync(xlsx)).file("xl/workbook.xml")?.async("string");
    expect(book).toContain(SCOPED);
    expect(book).toContain(LOCK);
  });

  const parts = async (name: string) => {
    const zip = await JSZip.loadAsync(fs.readFileSync(file(name)));
    return {
      sheet: (await zip.file(SHEET)?.async("string")) ?? "",
      book: (await zip.file("xl/workbook.xml")?.async("string")) ?? "",
    };
  };

  test("validate --write keeps the password hash, the allowed actions, the structure lock and the name's scope", async () => {
    expect((await run(["validate", "prot.xlsx", "--write", "prot-out.xlsx"])).code).toBe(0);
    const { sheet, book } = await parts("prot-out.xlsx");
    expect(sheet.match(/<sheetProtection\b[^>]*\/>/g)).toEqual([PROTECTION]);
    // In CT_Worksheet's order: right after the cells, before the merged areas.
    expect(sheet.indexOf(PROTECTION)).toBe(sheet.indexOf("</sheetData>") + "</sheetData>".length);
    expect(book.match(/<workbookProtection\b[^>]*\/>/g)).toEqual([LOCK]);
    // In CT_Workbook's order: before the window settings ExcelJS writes and the sheets.
    expect(book.indexOf(LOCK)).toBeLessThan(
      Math.min(...["<bookViews", "<sheets"].map((e) => book.indexOf(e)).filter((i) => i >= 0))
    );
    expect(book.match(/<definedName name="Ty_le"[^>]*>[^<]*<\/definedName>/g)).toEqual([SCOPED]);
  });

  test("report --write, which adds a sheet, keeps them on the template sheet", async () => {
    expect((await run(["report", "prot.xlsx", "--write", "prot-report.xlsx"])).code).toBe(0);
    const { sheet, book } = await parts("prot-report.xlsx");
    expect(sheet).toContain(PROTECTION);
    expect(book).toContain(LOCK);
    expect(book).toContain(SCOPED);
  });
});

describe("a protected merge log sheet on the command line (review 25b, finding 4)", () => {
  test("merge --write appends to it in the copy and gives the copy its protection back; the original is untouched", async () => {
    expect((await run(["template", "--out", "log-mau.xlsx"])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file("log-mau.xlsx"));
    const log = book.addWorksheet(LOG_SHEET);
    log.addRow([...LOG_HEADER]);
    await log.protect("mk", {});
    await book.xlsx.writeFile(file("log-prot.xlsx"));
    fs.writeFileSync(file("so-ke-hoach-va-dau-tu.xlsx"), await filledTemplate());
    const original = fs.readFileSync(file("log-prot.xlsx"));

    const r = await run(["merge", "log-prot.xlsx", "so-ke-hoach-va-dau-tu.xlsx", "--write", "log-out.xlsx"]);
    // Exit 1 only for 05.1, which the file's agency does not lead: left out, as in any merge.
    expect([r.code, r.err]).toEqual([1, ""]);
    expect(r.out).toContain("2 ô, 2 dòng nhật ký");
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(file("log-out.xlsx"));
    const written = copy.getWorksheet(LOG_SHEET)!;
    expect(written.getRow(1).getCell(1).value).toBe(LOG_HEADER[0]);
    expect([2, 3].map((n) => written.getRow(n).getCell(4).value)).toEqual(["01", "03"]);
    const sheetXml = async (name: string) => {
      const zip = await JSZip.loadAsync(fs.readFileSync(file(name)));
      const part = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
      const parts = await Promise.all(part.map((p) => zip.file(p)!.async("string")));
      return parts.filter((x) => x.includes("<sheetProtection"));
    };
    // Only the log sheet is protected, in the original and in the copy, with the same password hash.
    const [before] = await sheetXml("log-prot.xlsx");
    const [after, ...more] = await sheetXml("log-out.xlsx");
    expect(more).toEqual([]);
    expect(after.match(/<sheetProtection\b[^>]*\/>/)?.[0]).toBe(before.match(/<sheetProtection\b[^>]*\/>/)?.[0]);
    expect(fs.readFileSync(file("log-prot.xlsx"))).toEqual(original);
  });
});
