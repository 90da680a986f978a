/**
 * Trial 23, finding 7: a report made from one agency's own file (its "Cơ quan chủ trì" line, as split writes it) is
 * that agency's report. Its Word draft was headed "SỞ TÀI CHÍNH … /BC-STC", and its headline spoke of "5 chỉ tiêu chủ
 * yếu" as if they were all the province's targets.
 */

import JSZip from "jszip";
import * as fs from "fs";
import { cliWorkspace, letterOf } from "./run";
import { typeByCode } from "./xlsxXml";

jest.setTimeout(120_000);

const { run, at } = cliWorkspace("report-agency");

async function documentText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return (await zip.file("word/document.xml")?.async("string")) ?? "";
}

beforeAll(async () => {
  expect((await run(["template", "--out", "mau.xlsx"])).code).toBe(0);
  expect((await run(["split", "mau.xlsx", "--out", "gui"])).code).toBe(0);
  await typeByCode(at("gui", "so-y-te.xlsx"), letterOf("actual"), [["12.1", 97]], letterOf("code"));
});

test("Sở Y tế's file gives Sở Y tế's draft: its name and initials at the top, its rows named as its own", async () => {
  const r = await run(["report", "gui/so-y-te.xlsx", "--docx", "syt.docx", "--date", "2024-07-05"]);
  expect(r.code).toBe(0);
  const xml = await documentText(at("syt.docx"));
  expect(xml).toContain(">SỞ Y TẾ<");
  expect(xml).toMatch(/Số: +\/BC-SYT/);
  expect(xml).not.toContain("SỞ TÀI CHÍNH");
  expect(xml).toMatch(/Trong \d+ chỉ tiêu chủ yếu do Sở Y tế chủ trì, có/);
});

test("--issuer still decides; the consolidated workbook keeps Sở Tài chính and the plain headline", async () => {
  expect((await run(["report", "gui/so-y-te.xlsx", "--docx", "stc.docx", "--issuer", "Sở Tài chính"])).code).toBe(0);
  expect(await documentText(at("stc.docx"))).toMatch(/Số: +\/BC-STC/);
  expect((await run(["report", "mau.xlsx", "--docx", "all.docx"])).code).toBe(0);
  const all = await documentText(at("all.docx"));
  expect(all).toMatch(/Số: +\/BC-STC/);
  expect(all).toMatch(/chưa chỉ tiêu nào trong \d+ chỉ tiêu chủ yếu được nhập/);
});
