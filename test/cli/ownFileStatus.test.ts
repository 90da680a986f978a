/** `status` on one agency's own file is that agency's, as validate and report judge it (trial 23, 4). */

import { agencyReplies, fill } from "./agencyReplies";

jest.setTimeout(60_000);
const { run, reply } = agencyReplies("own-file-status");

test("only Sở Y tế is listed, and the file is said to be its own; the consolidated workbook lists every agency", async () => {
  const file = await reply("so-y-te.xlsx", "yte", (sheet) => fill(sheet, { "12.1": 98.5, "12.2": 11.8 }));
  const json = JSON.parse((await run(["status", file, "--today", "2024-06-20", "--json"])).out);
  expect(json.agency).toBe("Sở Y tế");
  expect(json.agencies.map((a: { agency: string }) => a.agency)).toEqual(["Sở Y tế"]);
  expect(json.agencies[0]).toMatchObject({ expected: 5, filled: 2, missingCodes: ["12.3", "12.4", "18.2"] });
  const text = await run(["status", file, "--today", "2024-06-20"]);
  expect(text.out).toContain("Tệp của Sở Y tế: chỉ nêu tiến độ của cơ quan này.");
  expect(text.out).not.toContain("Sở Tài chính");
  expect(text.out.match(/QUÁ HẠN/g)).toHaveLength(1);
  const all = JSON.parse((await run(["status", "mau.xlsx", "--today", "2024-06-20", "--json"])).out);
  expect(all.agency).toBeNull();
  expect(all.agencies).toHaveLength(13);
});
