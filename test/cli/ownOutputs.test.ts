/**
 * A round's folder holding, beside the agencies' replies, what the tool wrote there (the merged workbook, the report,
 * a checked copy): each output carries the marker that says what it is.
 */

import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { OUTPUT_NAME } from "../../src/round";
import { convert, hasLibreOffice } from "./fods";
import { filledTemplate } from "./hostile";
import { cliWorkspace, letterOf } from "./run";
import { readXlsx, typeByCode } from "./xlsxXml";

jest.setTimeout(120_000);
const { run, at } = cliWorkspace("own-outputs");
const marker = async (file: string) => (await readXlsx(file)).names.find((n) => n.name === OUTPUT_NAME)?.ref;
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

const libreOffice = hasLibreOffice();
if (!libreOffice && process.env.CI) throw new Error("LibreOffice (soffice) is required in CI: .ci/run installs it");
(libreOffice ? test : test.skip)("the marker survives LibreOffice saving the file again", async () => {
  const lo = at("lo");
  fs.mkdirSync(lo);
  const [saved] = convert([reply("tong-hop-da-gop.xlsx")], "xlsx", lo);
  const zip = await JSZip.loadAsync(fs.readFileSync(saved));
  expect(await zip.file("docProps/app.xml")?.async("string")).toContain("LibreOffice");
  expect(await marker(saved)).toBe('"merged"');
});
