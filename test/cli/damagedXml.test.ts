/**
 * Finding F15 of trial 19: a valid zip whose XML parts are not whole (a mismatched tag in the shared strings, a
 * sheet cut in half) was judged as if whole. Such a file is now `corrupt`, naming the part and what to do.
 */

import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { partText, xmlDamage } from "../../src/cli/xmlCheck";
import { filledTemplate, SHEET } from "./hostile";
import { runCli } from "./run";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-damaged-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, work);

describe("xmlDamage", () => {
  test.each([
    ["a declaration, comments and a BOM", '\uFEFF<?xml version="1.0"?><!-- a --><a><b/></a><!-- b -->\n'],
    ["attributes quoted both ways, `>` and `/` inside them", `<x:a p='1' q = "a>b/c"><x:b r="1"/></x:a>`],
    ["text with `>`, CDATA with tags inside", "<a>1 > 0<![CDATA[<b></c>]]></a>"],
    ["names with dots, dashes and Vietnamese letters", "<a.b-c><Chỉ_tiêu>x</Chỉ_tiêu ></a.b-c>"],
  ])("whole: %s", (_, xml) => expect(xmlDamage(xml)).toBeUndefined());

  test.each([
    ["a tag closed by another name", "<sst><si><t>a</t></s></sst>", { kind: "mismatch", open: "si", close: "s" }],
    ["the root never closed", "<worksheet><sheetData></sheetData>", { kind: "cut" }],
    ["cut inside a tag", '<a><c r="B', { kind: "cut" }],
    ["cut inside a comment", "<a><!-- x", { kind: "cut" }],
    ["no root at all", "", { kind: "cut" }],
    ["a second root", "<a/><b/>", { kind: "malformed", at: 4 }],
    ["text after the root", "<a/>x", { kind: "malformed", at: 4 }],
    ["a closing tag with nothing open", "</a>", { kind: "malformed", at: 0 }],
    ["`<` inside an attribute", '<a p="<b>"/>', { kind: "malformed", at: 0 }],
    ["an attribute without a value", "<a p/>", { kind: "malformed", at: 0 }],
    ["a DOCTYPE-like `<!`", "<a><!X></a>", { kind: "malformed", at: 3 }],
  ])("damaged: %s", (_, xml, damage) => expect(xmlDamage(xml)).toEqual(damage));

  test("the template's sheet cut anywhere before its end is never whole", async () => {
    const zip = await JSZip.loadAsync(await filledTemplate());
    const xml = await (zip.file(SHEET) as JSZip.JSZipObject).async("string");
    expect(xmlDamage(xml)).toBeUndefined();
    const end = xml.trimEnd().length;
    for (let at = 1; at < end; at += 97) expect(xmlDamage(xml.slice(0, at))).toBeDefined();
    expect(xmlDamage(xml.slice(0, end - 1))).toEqual({ kind: "cut" });
  });

  test("partText reads UTF-16 parts by their byte-order mark, and UTF-8 without one", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<a>Sở</a>", "utf16le")]);
    expect(partText(utf16)).toBe("<a>Sở</a>");
    expect(partText(Buffer.from("<a>Sở</a>"))).toBe("<a>Sở</a>");
  });
});

/** The template (with a note on C7, so that it has a comments part) with one part rewritten. */
async function damaged(part: string, rewrite: (xml: string) => string | Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await filledTemplate()) as unknown as ArrayBuffer);
  workbook.worksheets[0].getCell("C7").note = "ghi chú của người dùng";
  const zip = await JSZip.loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
  zip.file(part, rewrite(await (zip.file(part) as JSZip.JSZipObject).async("string")));
  const file = path.join(work, `${part.replace(/\W+/g, "-")}-${Math.random().toString(36).slice(2)}.xlsx`);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

const SST = "xl/sharedStrings.xml";
const half = (xml: string) => xml.slice(0, Math.floor(xml.length / 2));
const mismatched = (xml: string) => xml.replace(/<\/si>/, "</s>");

describe("validate on damaged XML parts", () => {
  test.each([
    ["a mismatched tag in the shared strings", SST, mismatched, "các thẻ XML không khớp nhau"],
    ["the sheet cut in half", SHEET, half, "bị cắt cụt, thiếu phần cuối"],
    ["the workbook part cut", "xl/workbook.xml", half, "bị cắt cụt"],
    [
      "a cell naming a shared string not there",
      SHEET,
      (x: string) => x.replace(/t="s"><v>\d+/, 't="s"><v>99999'),
      "có ô trỏ tới một chuỗi văn bản không có trong tệp",
    ],
  ])("%s: corrupt, naming the part and what to do, no figures judged", async (_, part, rewrite, why) => {
    const file = await damaged(part, rewrite);
    const json = await run(["validate", file, "--json"]);
    expect(json.code).toBe(2);
    const [result] = JSON.parse(json.out).files;
    expect(result).toMatchObject({ ok: false, error: { code: "corrupt" } });
    expect(result.rows).toBeUndefined();
    const text = await run(["validate", file]);
    expect(text.err).toContain(`tệp bị hỏng (phần ${part} không đọc được: ${why}`);
    expect(text.err).toContain("hãy mở tệp trong Excel (Excel sẽ đề nghị sửa tệp) hoặc LibreOffice rồi lưu lại");
    expect(text.out).not.toContain("chưa có số liệu");
  });

  test("in English too", async () => {
    const file = await damaged(SST, mismatched);
    const r = await run(["validate", file, "--lang", "en"]);
    expect(r.err).toContain(
      "the file is damaged (part xl/sharedStrings.xml cannot be read: its XML tags do not match)"
    );
  });

  test("--write refuses a copy when a part validate does not read (the notes) is cut: no notes lost in silence", async () => {
    const file = await damaged("xl/comments1.xml", half);
    const r = await run(["validate", file, "--write", path.join(work, "ban-sao.xlsx"), "--json"]);
    expect(r.code).toBe(2);
    const [result] = JSON.parse(r.out).files;
    // The figures stand (the notes do not change them); the copy is refused with the part named.
    expect(result.ok).toBe(true);
    expect(result.writeError).toMatchObject({ code: "corrupt", message: expect.stringContaining("xl/comments1.xml") });
    expect(fs.existsSync(path.join(work, "ban-sao.xlsx"))).toBe(false);
  });
});

describe("status on a damaged or unloadable file", () => {
  test("a damaged part: the same corrupt message, not a copy that could not be written", async () => {
    for (const file of [await damaged(SHEET, half), await damaged(SST, mismatched)]) {
      const r = await run(["status", file]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("tệp bị hỏng (phần");
      expect(r.err).not.toMatch(/bản sao|Cannot|undefined/);
    }
  });

  test("whole parts ExcelJS cannot load (UTF-16 shared strings): validate reads them; other commands say so without raw JS text", async () => {
    const file = await damaged(SST, (xml) =>
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le"),
      ])
    );
    const read = await run(["validate", file, "--json"]);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.out).files[0].rows.find((r: { code: string }) => r.code === "05.1")).toMatchObject({
      value: 2100,
    });
    const status = await run(["status", file]);
    expect(status.code).toBe(2);
    expect(status.err).toContain("thư viện xử lý tệp Excel mà lệnh này cần không hiểu một phần của tệp");
    expect(status.err).toContain("lệnh validate không có --write vẫn đọc được tệp");
    expect(status.err).not.toMatch(/bản sao|Cannot|undefined|[(]reading/);
  });
});
