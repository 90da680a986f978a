/** An .xlsx saved under an .xls name is read by its content, found in a folder as when named (trial 23, 11). */

import * as fs from "fs";
import { agencyReplies, fill } from "./agencyReplies";

jest.setTimeout(60_000);
const { run, at, reply } = agencyReplies("xls-by-content");

test("validate and merge read an .xlsx named .xls inside a folder; a real old .xls there is still refused", async () => {
  const source = await reply("so-y-te.xlsx", "src", (sheet) => fill(sheet, { "12.1": 98.5 }));
  fs.mkdirSync(at("xls"));
  fs.copyFileSync(source, at("xls", "so-y-te.xls"));
  const named = await run(["validate", at("xls", "so-y-te.xls"), "--json"]);
  const found = await run(["validate", "xls", "--json"]);
  expect(found.err).not.toContain(".xls cũ");
  for (const r of [named, found]) expect(JSON.parse(r.out).files[0]).toMatchObject({ ok: true, agency: "Sở Y tế" });
  const merged = await run(["merge", "mau.xlsx", "xls", "--json"]);
  expect(merged.code).toBe(0);
  expect(JSON.parse(merged.out).files[0]).toMatchObject({ status: "merged", filled: 1 });
  // An OLE file (Excel 97–2003) beside it is named as an old .xls, not read.
  fs.writeFileSync(at("xls", "cu.xls"), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(60)]));
  const again = await run(["validate", "xls"]);
  expect(again.err).toMatch(/cu\.xls: tệp \.xls cũ/);
  expect(again.out).toContain("Tệp của Sở Y tế");
});
