/**
 * Trial 25, finding 7, on the command line: two versions of Sở Y tế's file agree on 12.2's Thực hiện (11,8) and
 * disagree on its Ước (11,9 against ~12). `status` read "3/5" beside three conflicts; the row is now in conflict
 * only, in the text table and in --json alike.
 */

import * as fs from "fs";
import { cliWorkspace, letterOf } from "./run";
import { typeByCode } from "./xlsxXml";

const [ACTUAL, ESTIMATE, CODE] = [letterOf("actual"), letterOf("estimate"), letterOf("code")];
const YT = "Sở Y tế";

jest.setTimeout(120_000);

const { run, at } = cliWorkspace("status-once");

beforeAll(async () => {
  expect((await run(["template", "--out", "mau.xlsx", "--period", "9 tháng"])).code).toBe(0);
  expect((await run(["split", "mau.xlsx", "--out", "gui", "--agency", YT])).code).toBe(0);
  fs.mkdirSync(at("ve"));
  for (const [file, estimate] of [
    ["so-y-te.xlsx", "~12"],
    ["so-y-te (ban sua 2).xlsx", 11.9],
  ] as const) {
    fs.copyFileSync(at("gui", "so-y-te.xlsx"), at("ve", file));
    await typeByCode(
      at("ve", file),
      ACTUAL,
      [
        ["12.1", 100],
        ["12.2", 11.8],
      ],
      CODE
    );
    await typeByCode(at("ve", file), ESTIMATE, [["12.2", estimate]], CODE);
  }
  await run(["merge", "mau.xlsx", "ve", "--write", "gop.xlsx"]);
  expect(fs.existsSync(at("gop.xlsx"))).toBe(true);
});

describe("status counts 12.2 once: in conflict, not filled (trial 25, finding 7)", () => {
  test.each(["vi", "en"])("the text table (%s): 1 of 5 filled, 12.2 under conflict, 3 missing", async (lang) => {
    const r = await run(["status", "gop.xlsx", "--today", "2024-10-10", "--lang", lang]);
    const line = r.out.split("\n").find((l) => l.startsWith(YT));
    expect(line?.split(/\s{2,}/)).toEqual([YT, "1/5", "12.3 12.4 18.2", "12.2", lang === "vi" ? "QUÁ HẠN" : "OVERDUE"]);
  });

  test("--json: filled, the lists and the counts add up to the 5 rows asked", async () => {
    const doc = JSON.parse((await run(["status", "gop.xlsx", "--today", "2024-10-10", "--json"])).out);
    const yt = doc.agencies.find((a: { agency: string }) => a.agency === YT);
    expect(yt).toMatchObject({
      expected: 5,
      filled: 1,
      missingCodes: ["12.3", "12.4", "18.2"],
      conflictCodes: ["12.2"],
      invalidCodes: [],
      counts: { met: 1, exceeded: 0, missing: 3, conflict: 1, invalid: 0 },
    });
  });
});
