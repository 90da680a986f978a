/**
 * Written copies keep what the person had, or name what they cannot keep (trial 19, F6, F8, F14): a macro-enabled
 * workbook's macro is named as lost and no copy is written under a name that claims macros; a Strict Open XML
 * workbook is judged but not copied; sheet and workbook protection and sheet-scoped names come back as they were.
 */

import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { filledTemplate } from "./hostile";
import { runCli } from "./run";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-keeps-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, work);
const file = (name: string) => path.join(work, name);
// Each test writes whole copies through ExcelJS: seconds each on a shared, loaded machine.
jest.setTimeout(60_000);

async function edit(xlsx: Buffer, change: (zip: JSZip, read: (part: string) => Promise<string>) => Promise<void>) {
  const zip = await JSZip.loadAsync(xlsx);
  await change(zip, async (part) => (await zip.file(part)?.async("string")) ?? "");
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The filled template saved as Excel saves a macro-enabled workbook: a VBA project and the macroEnabled type. */
function macroEnabled(xlsx: Buffer): Promise<Buffer> {
  return edit(xlsx, async (zip, read) => {
    zip.file("xl/vbaProject.bin", Buffer.from("VBA project bytes"));
    const rels = await read("xl/_rels/workbook.xml.rels");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`
      )
    );
    const types = await read("[Content_Types].xml");
    zip.file(
      "[Content_Types].xml",
      types
        .replace(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
        )
        .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
    );
  });
}

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
