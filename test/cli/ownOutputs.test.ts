/**
 * A round's folder holding, beside the agencies' replies, what the tool wrote there (the merged workbook, the report,
 * a checked copy): a walk reads the replies only and says what it skipped; the outputs carry their marker.
 */

import Ajv from "ajv";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import schema from "../../docs/cli-json.schema.json";
import { OUTPUT_NAME } from "../../src/round";
import { convert, hasLibreOffice } from "./fods";
import { filledTemplate } from "./hostile";
import { cliWorkspace, letterOf } from "./run";
import { readXlsx, typeByCode } from "./xlsxXml";

jest.setTimeout(120_000);
const { run, at } = cliWorkspace("own-outputs");
const names = (files: { file: string }[]) => files.map((f) => path.basename(f.file));
const marker = async (file: string) => (await readXlsx(file)).names.find((n) => n.name === OUTPUT_NAME)?.ref;
type Skipped = { file: string; code: string; kind?: string; of?: string; message: string };
const skippedOf = (doc: { skipped?: Skipped[] }) =>
  (doc.skipped ?? []).map((s) => [path.basename(s.file), s.code, s.kind ?? (s.of && path.basename(s.of))]);

/** The same workbook without the marker, as the tool wrote it before the marker existed. */
async function unmarked(file: string, to: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const without = xml.replace(/<definedName name="ChiTieu_Output"[^>]*>[^<]*<\/definedName>/, "");
  expect(without).not.toBe(xml);
  zip.file("xl/workbook.xml", without);
  fs.writeFileSync(to, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

const round = at("vong-6-thang");
const reply = (name: string) => path.join(round, name);

beforeAll(async () => {
  fs.writeFileSync(at("tong-hop.xlsx"), await filledTemplate());
  expect((await run(["split", "tong-hop.xlsx", "--out", "gui", "--agency", "Sở"])).code).toBe(0);
  fs.mkdirSync(round);
  for (const name of ["so-tai-chinh.xlsx", "so-y-te.xlsx"]) fs.copyFileSync(at("gui", name), reply(name));
  // Each agency sends a figure: the merge writes them and logs them.
  await typeByCode(reply("so-tai-chinh.xlsx"), letterOf("actual"), [["07.2", 800]], letterOf("code"));
  await typeByCode(reply("so-y-te.xlsx"), letterOf("actual"), [["12.2", 17]], letterOf("code"));
  // What staff write into the round's folder, under names they chose.
  const merged = await run(["merge", "tong-hop.xlsx", round, "--write", reply("tong-hop-da-gop.xlsx")]);
  expect(merged.err).toBe("");
  expect(merged.code).toBe(0);
  expect(merged.out).toContain("2 ô, 2 dòng nhật ký");
  const report = await run(["report", reply("tong-hop-da-gop.xlsx"), "--write", reply("bao-cao.xlsx")]);
  expect(report.code).toBe(0);
  const checked = await run(["validate", reply("so-y-te.xlsx"), "--write", reply("so-y-te.checked.xlsx")]);
  expect(checked.code).toBe(0);
  expect(fs.readdirSync(round).sort()).toEqual([
    "bao-cao.xlsx",
    "so-tai-chinh.xlsx",
    "so-y-te.checked.xlsx",
    "so-y-te.xlsx",
    "tong-hop-da-gop.xlsx",
  ]);
});

test("each output says what it is in a hidden workbook name; the agencies' files and the split files carry none", async () => {
  expect(await marker(reply("tong-hop-da-gop.xlsx"))).toBe('"merged"');
  expect(await marker(reply("bao-cao.xlsx"))).toBe('"report"');
  expect(await marker(reply("so-y-te.checked.xlsx"))).toBe('"checked"');
  expect(await marker(reply("so-y-te.xlsx"))).toBeUndefined();
  expect(await marker(at("tong-hop.xlsx"))).toBeUndefined();
  const xml = await (
    await JSZip.loadAsync(fs.readFileSync(reply("bao-cao.xlsx")))
  )
    .file("xl/workbook.xml")!
    .async("string");
  expect(xml).toContain('<definedName name="ChiTieu_Output" hidden="1">&quot;report&quot;</definedName>');
  // A checked copy of the merged workbook still holds every agency's rows: it stays "merged".
  const copy = at("da-gop-kiem-tra.xlsx");
  expect((await run(["validate", reply("tong-hop-da-gop.xlsx"), "--write", copy])).code).toBe(0);
  expect(await marker(copy)).toBe('"merged"');
});

const expectedSkips = [
  ["bao-cao.xlsx", "ownOutput", "report"],
  ["so-y-te.checked.xlsx", "ownCopy", "so-y-te.xlsx"],
  ["tong-hop-da-gop.xlsx", "ownOutput", "merged"],
];

test("merge over the folder reads the two replies and names what it skipped, one line each", async () => {
  const r = await run(["merge", "tong-hop.xlsx", round, "--json"]);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out);
  expect(names(doc.files)).toEqual(["so-tai-chinh.xlsx", "so-y-te.xlsx"]);
  expect(doc.files.map((f: { status: string }) => f.status)).toEqual(["merged", "merged"]);
  expect(skippedOf(doc)).toEqual(expectedSkips);
  expect(r.err.split("\n")).toEqual(doc.skipped.map((s: Skipped) => s.message));
  expect(r.err.split("\n")[2]).toBe(
    `Lưu ý: bỏ qua ${reply("tong-hop-da-gop.xlsx")}: đây là bảng tổng hợp do chương trình ghi (merge --write), chứa số liệu của mọi cơ quan; đọc nó như một tệp gửi về thì mỗi cơ quan bị tính hai lần. Muốn đọc tệp này, hãy chỉ ra tên tệp của nó trong lệnh.`
  );
  expect(r.err.split("\n")[0]).toContain(
    `bỏ qua ${reply("bao-cao.xlsx")}: đây là bản báo cáo do chương trình ghi (report --write)`
  );
});

test("validate over the folder counts each agency once, as over the two replies alone", async () => {
  const alone = JSON.parse((await run(["validate", reply("so-tai-chinh.xlsx"), reply("so-y-te.xlsx"), "--json"])).out);
  const r = await run(["validate", round, "--json"]);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out);
  expect(names(doc.files)).toEqual(["so-tai-chinh.xlsx", "so-y-te.xlsx"]);
  expect(doc.totals).toEqual(alone.totals);
  expect(doc.agencies).toEqual(alone.agencies);
  expect(skippedOf(doc)).toEqual(expectedSkips);
  // Within the JSON contract (docs/cli-json.schema.json).
  const meetsSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);
  expect(meetsSchema(doc)).toBe(true);
  const en = await run(["validate", round, "--lang", "en"]);
  expect(en.out).toContain("Read 2 file(s).");
  expect(en.err).toContain(
    `Note: skipping ${reply("tong-hop-da-gop.xlsx")}: it is a consolidated workbook the tool wrote (merge --write), holding every agency's figures`
  );
  expect(en.err).toContain(`Note: skipping ${reply("bao-cao.xlsx")}: it is a report the tool wrote (report --write)`);
});

test("a merged workbook or a report named on the command line is read as asked", async () => {
  const r = await run(["validate", round, reply("tong-hop-da-gop.xlsx"), reply("bao-cao.xlsx"), "--json"]);
  const doc = JSON.parse(r.out);
  expect(names(doc.files)).toEqual(["bao-cao.xlsx", "so-tai-chinh.xlsx", "so-y-te.xlsx", "tong-hop-da-gop.xlsx"]);
  expect(skippedOf(doc)).toEqual([expectedSkips[1]]);
  // merge reads it too, and refuses it for what it is: no agency's file.
  const m = JSON.parse((await run(["merge", "tong-hop.xlsx", reply("tong-hop-da-gop.xlsx"), "--json"])).out);
  expect(m.files).toEqual([expect.objectContaining({ file: reply("tong-hop-da-gop.xlsx"), status: "refused" })]);
  expect(m.findings.map((f: { code: string }) => f.code)).toEqual(["merge.noAgency"]);
});

test("a merged workbook written before the marker is known by its log sheet and no agency, and said so", async () => {
  const old = at("cu");
  fs.mkdirSync(old);
  for (const name of ["so-tai-chinh.xlsx", "so-y-te.xlsx"]) fs.copyFileSync(reply(name), path.join(old, name));
  await unmarked(reply("tong-hop-da-gop.xlsx"), path.join(old, "tong-hop.xlsx"));
  expect(await marker(path.join(old, "tong-hop.xlsx"))).toBeUndefined();
  const r = await run(["validate", old, "--json"]);
  const doc = JSON.parse(r.out);
  expect(names(doc.files)).toEqual(["so-tai-chinh.xlsx", "so-y-te.xlsx"]);
  expect(skippedOf(doc)).toEqual([["tong-hop.xlsx", "ownOutput", "merged"]]);
  expect(r.err).toBe(
    `Lưu ý: bỏ qua ${path.join(old, "tong-hop.xlsx")}: tệp có trang “Nhật ký cập nhật” mà không ghi cơ quan chủ trì nào, nên đây là bảng tổng hợp đã gộp (merge), chứa số liệu của mọi cơ quan; đọc nó như một tệp gửi về thì mỗi cơ quan bị tính hai lần. Muốn đọc tệp này, hãy chỉ ra tên tệp của nó trong lệnh.`
  );
});

test("a copy of the merged workbook an agency filled and sent back under its name is read, as merge reads it", async () => {
  const back = at("nhan-ve");
  fs.mkdirSync(back);
  fs.copyFileSync(reply("tong-hop-da-gop.xlsx"), path.join(back, "so-giao-duc-va-dao-tao.xlsx"));
  fs.copyFileSync(reply("so-y-te.xlsx"), path.join(back, "so-y-te.xlsx"));
  const r = await run(["merge", "tong-hop.xlsx", back, "--json"]);
  const doc = JSON.parse(r.out);
  expect(names(doc.files)).toEqual(["so-giao-duc-va-dao-tao.xlsx", "so-y-te.xlsx"]);
  expect(doc.files[0]).toMatchObject({ agency: "Sở Giáo dục và Đào tạo" });
  expect(doc.skipped).toEqual([]);
  // A report is never a reply, whatever its name.
  fs.copyFileSync(reply("bao-cao.xlsx"), path.join(back, "so-noi-vu.xlsx"));
  const again = JSON.parse((await run(["validate", back, "--json"])).out);
  expect(skippedOf(again)).toEqual([["so-noi-vu.xlsx", "ownOutput", "report"]]);
});

const libreOffice = hasLibreOffice();
if (!libreOffice && process.env.CI) throw new Error("LibreOffice (soffice) is required in CI: .ci/run installs it");
(libreOffice ? test : test.skip)("the marker survives LibreOffice saving the file again", async () => {
  const lo = at("lo");
  fs.mkdirSync(lo);
  const [saved] = convert([reply("tong-hop-da-gop.xlsx")], "xlsx", lo);
  const zip = await JSZip.loadAsync(fs.readFileSync(saved));
  expect(await zip.file("docProps/app.xml")?.async("string")).toContain("LibreOffice");
  expect(await marker(saved)).toBe('"merged"');
  const folder = at("lo-vong");
  fs.mkdirSync(folder);
  fs.copyFileSync(saved, path.join(folder, "tong-hop-da-gop.xlsx"));
  fs.copyFileSync(reply("so-y-te.xlsx"), path.join(folder, "so-y-te.xlsx"));
  const doc = JSON.parse((await run(["validate", folder, "--json"])).out);
  expect(names(doc.files)).toEqual(["so-y-te.xlsx"]);
  expect(skippedOf(doc)).toEqual([["tong-hop-da-gop.xlsx", "ownOutput", "merged"]]);
});

describe("a command that reads one workbook, given a folder", () => {
  test("of several workbooks, asks which to read rather than taking the first by name (here the report)", async () => {
    for (const args of [
      ["status", round],
      ["report", round, "--write", at("bc.xlsx")],
      ["split", round, "--out", at("ra")],
      ["merge", round, at("gui")],
    ]) {
      const r = await run(args);
      expect(r.code).toBe(1);
      expect(r.err).toBe(
        `${round} là một thư mục có 5 tệp .xlsx (bao-cao.xlsx, so-tai-chinh.xlsx, so-y-te.checked.xlsx, so-y-te.xlsx, tong-hop-da-gop.xlsx), mà lệnh này chỉ đọc một tệp: hãy ghi tên tệp cần đọc, ví dụ ${reply("TEN-TEP.xlsx")}.`
      );
    }
    expect(fs.existsSync(at("bc.xlsx"))).toBe(false);
    const en = await run(["status", round, "--lang", "en"]);
    expect(en.err).toContain(`${round} is a folder holding 5 .xlsx files (bao-cao.xlsx, `);
  });

  test("holding only the merged workbook, reads it: nothing is skipped where nothing can count twice", async () => {
    const only = at("chi-tong-hop");
    fs.mkdirSync(only);
    fs.copyFileSync(reply("tong-hop-da-gop.xlsx"), path.join(only, "tong-hop-da-gop.xlsx"));
    const r = await run(["status", only, "--today", "2024-06-10", "--json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.file).toBe(path.join(only, "tong-hop-da-gop.xlsx"));
    const yTe = doc.agencies.find((a: { agency: string }) => a.agency === "Sở Y tế");
    expect(yTe.missingCodes).not.toContain("12.2");
  });
});
