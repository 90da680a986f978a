import ExcelJS from "exceljs";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { gridOf } from "../../src/cli/xlsx";
import { openInput, sheetGrid, zipLimits } from "../../src/cli/inputs";
import { CLI_STRINGS } from "../../src/cli/strings";
import { judgeSheet } from "../../src/template";
import { bomb, bottomRow, catalogue, extraRows, farCell, filledTemplate, rewriteSheet } from "./hostile";
import { runCli } from "./run";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-reader-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string> = {}) => runCli(args, work, env);

const checksum = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const save = (name: string, bytes: Buffer) => {
  const file = path.join(work, name);
  fs.writeFileSync(file, bytes);
  return file;
};
type Row = { code: string; status: string; value: number | null };
const statuses = (doc: { files: { rows: Row[] }[] }) => doc.files[0].rows.map((r) => [r.code, r.status, r.value]);

let base: Buffer;
let baseFile: string;
let expected: unknown;
beforeAll(async () => {
  base = await filledTemplate();
  baseFile = save("mau.xlsx", base);
  const r = await run(["validate", baseFile, "--json"]);
  expect(r.code).toBe(0);
  expected = statuses(JSON.parse(r.out));
});

describe("the bounded reader", () => {
  test("reads what ExcelJS reads: the same judgement from either grid", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(base as unknown as ArrayBuffer);
    const viaExcelJs = judgeSheet(gridOf(workbook.worksheets[0]), catalogue, { tolerance: 0.05 });
    const book = openInput({ file: baseFile }, CLI_STRINGS.vi, zipLimits({}));
    if ("error" in book) throw new Error(book.error.message);
    const own = judgeSheet(sheetGrid(book, book.sheets[0]), catalogue, { tolerance: 0.05 });
    expect(own?.report.evaluation.rows).toEqual(viaExcelJs?.report.evaluation.rows);
    expect(own?.writes).toEqual(viaExcelJs?.writes);
    expect(own?.report.evaluation.rows.find((r) => r.code === "05.1")).toMatchObject({ value: 2100 });
  });

  test.each([
    ["a formatted bottom row (1,048,576)", bottomRow],
    ["one cell at XFD1048576", farCell],
  ])("%s: judged like the plain template, the input untouched", async (_, make) => {
    const file = save("xa.xlsx", await make(base));
    const before = checksum(file);
    const r = await run(["validate", file, "--json"]);
    expect(r.code).toBe(0);
    expect(statuses(JSON.parse(r.out))).toEqual(expected);
    const written = path.join(work, "xa.checked.xlsx");
    expect((await run(["validate", file, "--write", written, "--force"])).code).toBe(0);
    expect(checksum(file)).toBe(before);
  });

  test("20,000 extra rows: every row judged, the unknown codes one grouped finding", async () => {
    const file = save("dai.xlsx", await extraRows(base, 20_000));
    const r = await run(["validate", file]);
    expect(r.code).toBe(0);
    // A structure warning: on stderr, before the figures (issue 11).
    const grouped = r.err.split("\n").filter((l) => l.includes("không có trong danh mục"));
    expect(grouped).toEqual([
      expect.stringMatching(
        /mã “X1” không có trong danh mục.* Cùng loại: 19\.999 trường hợp nữa \(mã X2, X3, X4, X5…\)\.$/
      ),
    ]);
    const doc = JSON.parse((await run(["validate", file, "--json", "--lang", "en"])).out);
    expect(statuses(doc)).toEqual(expected);
    expect(doc.files[0].findings.find((f: { code: string }) => f.code === "sheet.unknownCode")).toMatchObject({
      count: 20_000,
      codes: ["X1", "X2", "X3", "X4", "X5"],
    });
  });

  test("a zip bomb is refused from its directory, before anything is inflated: exit 2, a message", async () => {
    const file = save("bom.xlsx", await bomb(base, 60));
    const before = checksum(file);
    const r = await run(["validate", file, "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).files[0]).toMatchObject({ ok: false, error: { code: "tooLarge" } });
    const text = await run(["validate", file]);
    expect(text.err).toContain("tệp lớn bất thường: phần xl/worksheets/sheet1.xml bung ra 61 MB, quá giới hạn 50 MB");
    expect(checksum(file)).toBe(before);
  });

  test("a bomb whose directory lies about its size stops at the size it declared", async () => {
    const file = save("bom-noi-doi.xlsx", await bomb(base, 60, true));
    const r = await run(["validate", file, "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).files[0].error.code).toBe("corrupt");
  });

  test("a highly compressed part is refused by its ratio; the limit is a setting", async () => {
    const file = save("nen.xlsx", await bomb(base, 20));
    const r = await run(["validate", file, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is compressed \d+ times \(limit 100\), the mark of a "zip bomb"/);
    const small = await run(["validate", baseFile, "--json"], { CHI_TIEU_MAX_PART_MB: "0.01" });
    expect(small.code).toBe(2);
    expect(JSON.parse(small.out).files[0].error.code).toBe("tooLarge");
  });

  test("every command that reads a workbook takes the part limit the message tells people to set", async () => {
    // The refusal says "đặt biến môi trường CHI_TIEU_MAX_PART_MB cao hơn": a setting only validate read was a dead end.
    const env = { CHI_TIEU_MAX_PART_MB: "0.01" };
    for (const args of [
      ["report", baseFile, "--docx", path.join(path.dirname(baseFile), "gioi-han.docx")],
      ["status", baseFile],
      ["split", baseFile, "--out", path.join(path.dirname(baseFile), "tach-gioi-han")],
      ["merge", baseFile, baseFile],
    ]) {
      const r = await run(args, env);
      expect([args[0], r.code, r.err]).toEqual([args[0], 2, expect.stringContaining("tệp lớn bất thường")]);
    }
  });

  test("XML that declares entities is refused", async () => {
    const file = save(
      "thuc-the.xlsx",
      await rewriteSheet(base, (xml) => xml.replace("<worksheet", '<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet'))
    );
    const r = await run(["validate", file, "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).files[0].error).toMatchObject({
      code: "corrupt",
      message: expect.stringMatching(/DOCTYPE/),
    });
  });
});

test.each([
  ["80", 80],
  ["80,5", 80.5],
  ["80 MB", 80],
  ["80mb", 80],
  [" 0.5 ", 0.5],
])("CHI_TIEU_MAX_PART_MB=%p is %p MB, as staff write it", (typed, mb) => {
  expect(zipLimits({ CHI_TIEU_MAX_PART_MB: typed }).maxPartBytes).toBe(Math.round(mb * 2 ** 20));
});

test.each(["", "nhiều", "-5", "0"])("CHI_TIEU_MAX_PART_MB=%p keeps the default", (typed) => {
  expect(zipLimits({ CHI_TIEU_MAX_PART_MB: typed }).maxPartBytes).toBe(zipLimits({}).maxPartBytes);
});
