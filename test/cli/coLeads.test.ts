/**
 * Trial 23 on the command line, through real .xlsx files: 07.1 (led by Sở Tài chính, Cục Thuế and Cục Hải quan
 * together) merged one file at a time. Cục Thuế's 3.950 silently replaced Sở Tài chính's 3.900 (finding 1a); an
 * unchanged file from one side of a logged conflict settled it with its own figure (1b); a merge that wrote no log
 * line said it had written one (9); status --json counted the conflict as missing (13).
 */

import * as fs from "fs";
import { cliWorkspace, letterOf } from "./run";
import { readXlsx, rowOfCode, typeByCode } from "./xlsxXml";

const [ACTUAL, CODE] = [letterOf("actual"), letterOf("code")];
const ACROSS = "(Sở Tài chính 3.900; Cục Thuế 3.950)";
const ALREADY = "đã có trong trang “Nhật ký cập nhật” từ lần gộp trước, lần này không ghi thêm dòng nào";

// split writes 13 workbooks: seconds on a loaded machine.
jest.setTimeout(120_000);

const { run, at } = cliWorkspace("coleads");

async function actualOf(file: string, code: string) {
  const { cells } = await readXlsx(file);
  return cells.get(`${ACTUAL}${rowOfCode(cells, code, CODE)}`) ?? null;
}

const lastLine = (out: string) => out.trimEnd().split("\n").at(-1) ?? "";

beforeAll(async () => {
  expect((await run(["template", "--out", "mau.xlsx"])).code).toBe(0);
  expect((await run(["split", "mau.xlsx", "--out", "gui"])).code).toBe(0);
  fs.mkdirSync(at("ve"));
  for (const [file, figure] of [
    ["so-tai-chinh.xlsx", 3900],
    ["cuc-thue.xlsx", 3950],
  ] as const) {
    fs.copyFileSync(at("gui", file), at("ve", file));
    await typeByCode(at("ve", file), ACTUAL, [["07.1", figure]], CODE);
  }
});

describe("07.1 merged one co-lead's file at a time (1a), then one side's file again (1b, 9)", () => {
  beforeAll(async () => {
    const first = await run(["merge", "mau.xlsx", "ve/so-tai-chinh.xlsx", "--write", "m1.xlsx"]);
    expect(first.code).toBe(0);
    expect(await actualOf(at("m1.xlsx"), "07.1")).toBe(3900);
  });

  test("Cục Thuế's different figure is a conflict: not written, logged, exit 1, status lists it", async () => {
    const r = await run(["merge", "m1.xlsx", "ve/cuc-thue.xlsx", "--write", "m2.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.out).not.toContain("3.900 → 3.950");
    // Sở Tài chính's side named by the file the log names for it, Cục Thuế's as given on the command line.
    expect(r.out).toMatch(
      /Các tệp cho giá trị khác nhau ở chỉ tiêu 07\.1, cột “Thực hiện”: so-tai-chinh\.xlsx \(Sở Tài chính\) 3\.900; \S*cuc-thue\.xlsx \(Cục Thuế\) 3\.950\./
    );
    expect(r.out).toContain("0 ô, 1 dòng nhật ký");
    expect(lastLine(r.out)).toMatch(
      /^Còn 1 ô .*chưa gộp \(đã ghi vào trang “Nhật ký cập nhật”; chi-tieu status nêu lại/
    );
    expect(await actualOf(at("m2.xlsx"), "07.1")).toBe(3900);

    const json = JSON.parse((await run(["merge", "m1.xlsx", "ve/cuc-thue.xlsx", "--json"])).out);
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(["merge.conflict"]);
    expect(json.files[0]).toMatchObject({ agency: "Cục Thuế", changed: 0, conflicts: 1 });

    const status = await run(["status", "m2.xlsx", "--today", "2024-06-10"]);
    expect(status.out).toContain(`Xung đột: 07.1 ${ACROSS}`);
    const validate = await run(["validate", "m2.xlsx"]);
    expect(validate.out).toContain(`các cơ quan gửi số khác nhau ${ACROSS}`);
    expect(validate.out.split("\n").find((l) => l.trim().startsWith("07.1 "))).toMatch(/cần kiểm tra lại số liệu/);
  });

  test("each side's unchanged file settles nothing, and the last line says no log line was written", async () => {
    for (const side of ["so-tai-chinh", "cuc-thue"]) {
      const r = await run(["merge", "m2.xlsx", `ve/${side}.xlsx`, "--write", `m3-${side}.xlsx`]);
      expect([side, r.code]).toEqual([side, 1]);
      expect(r.out).toContain("0 ô, 0 dòng nhật ký");
      expect(lastLine(r.out)).toContain(`Còn 1 ô các tệp cho giá trị khác nhau, chưa gộp (${ALREADY}; chi-tieu status`);
      expect(await actualOf(at(`m3-${side}.xlsx`), "07.1")).toBe(3900);
      const status = await run(["status", `m3-${side}.xlsx`, "--today", "2024-06-10"]);
      expect(status.out).toContain(`Xung đột: 07.1 ${ACROSS}`);
    }
  });

  test("in English too, the last line says the conflict was already in the log", async () => {
    const r = await run(["merge", "m2.xlsx", "ve/cuc-thue.xlsx", "--write", "m3-en.xlsx", "--lang", "en"]);
    expect(lastLine(r.out)).toMatch(
      /^1 cell the files disagree on is not merged \(already in the “Nhật ký cập nhật” sheet from an earlier merge, no line added this time; /
    );
  });

  test("status --json counts the conflict apart for each co-lead, as its lists say (13)", async () => {
    const doc = JSON.parse((await run(["status", "m2.xlsx", "--today", "2024-06-10", "--json"])).out);
    for (const agency of ["Sở Tài chính", "Cục Thuế", "Cục Hải quan"]) {
      const a = doc.agencies.find((x: { agency: string }) => x.agency === agency);
      expect([agency, a.conflictCodes, a.counts.conflict, a.counts.missing]).toEqual([
        agency,
        ["07.1"],
        1,
        a.missingCodes.length,
      ]);
    }
  });
});

describe("both files merged together, then one side's unchanged file (trial's merged.xlsx, 1b)", () => {
  test("07.1 stays empty and in conflict; no log line, and merge does not claim one", async () => {
    expect((await run(["merge", "mau.xlsx", "ve", "--write", "gop.xlsx"])).code).toBe(1);
    const r = await run(["merge", "gop.xlsx", "ve/so-tai-chinh.xlsx", "--write", "gop-2.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^so-tai-chinh\.xlsx\s+Sở Tài chính\s+không gộp giá trị nào\s+0\s+0\s+0\s+1$/m);
    expect(r.out).toMatch(/cuc-thue\.xlsx \(Cục Thuế\) 3\.950; \S*so-tai-chinh\.xlsx \(Sở Tài chính\) 3\.900\./);
    expect(lastLine(r.out)).toContain(ALREADY);
    expect(await actualOf(at("gop-2.xlsx"), "07.1")).toBeNull();
    const status = await run(["status", "gop-2.xlsx", "--today", "2024-06-10"]);
    expect(status.out).toContain("Xung đột: 07.1 (Cục Thuế 3.950; Sở Tài chính 3.900)");
  });

  test("the agreed figure typed over the conflict: the same files again are no news, exit 0 (9)", async () => {
    fs.copyFileSync(at("gop.xlsx"), at("tay.xlsx"));
    await typeByCode(at("tay.xlsx"), ACTUAL, [["07.1", 3925]], CODE);
    const r = await run(["merge", "tay.xlsx", "ve", "--write", "tay-2.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("khác nhau");
    expect(r.out).toContain("0 ô, 0 dòng nhật ký");
    expect(await actualOf(at("tay-2.xlsx"), "07.1")).toBe(3925);
  });
});
