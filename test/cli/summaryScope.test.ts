/**
 * Trial 25, finding 3, on real files: `validate FOLDER` counted Sở GD&ĐT's file, whose period says “9 tháng năm
 * 2023”, as "1 vượt kế hoạch" in its 2024 summary, while merge refuses that file and status shows the agency missing.
 * A file merge would refuse for its year or period is now left out of the summary's counts, and one line says which
 * and why, in the text (Vietnamese and English) and in --json.
 */

import Ajv from "ajv";
import * as fs from "fs";
import schema from "../../docs/cli-json.schema.json";
import { cliWorkspace, letterOf } from "./run";
import { editXlsx, readXlsx, typeByCode } from "./xlsxXml";

const [ACTUAL, CODE] = [letterOf("actual"), letterOf("code")];
const [GD, YT] = ["so-giao-duc-va-dao-tao.xlsx", "so-y-te.xlsx"];

jest.setTimeout(120_000);

const { run, at } = cliWorkspace("summary-scope");

/** The split file of an agency, its figures typed, its period cell (9 tháng, as split wrote it) set to `period`. */
async function reply(folder: string, name: string, figures: [string, number][], period: string): Promise<void> {
  const file = at(folder, name);
  fs.copyFileSync(at("gui", name), file);
  await typeByCode(file, ACTUAL, figures, CODE);
  const { cells } = await readXlsx(file);
  const periodCell = [...cells].find(([, v]) => v === "9 tháng")?.[0];
  if (periodCell === undefined) throw new Error("no period cell");
  await editXlsx(file, { [periodCell]: period });
}

/** A folder holding Sở Y tế's 9-month reply and Sở GD&ĐT's, its period cell saying `period`. */
async function folder(name: string, period: string): Promise<string> {
  fs.mkdirSync(at(name));
  await reply(name, YT, [["12.1", 100]], "9 tháng");
  // 10 (12 schools against 15 a year) exceeds the 9-month plan: the trial's "1 vượt kế hoạch".
  await reply(name, GD, [["10", 12]], period);
  return name;
}

const summaryOf = (out: string, heading: string) => out.slice(out.indexOf(heading)).split("\n");
const CA = "cong-an-tinh.xlsx";

describe("validate's summary leaves out the files merge would refuse for their year or period (trial 25, 3)", () => {
  beforeAll(async () => {
    expect((await run(["template", "--out", "mau.xlsx", "--period", "9 tháng"])).code).toBe(0);
    expect((await run(["split", "mau.xlsx", "--out", "gui"])).code).toBe(0);
  });

  test.each<[string, string, string[], string | undefined, string | undefined]>([
    [
      "the trial's 2023 file",
      "9 tháng năm 2023",
      [],
      "kỳ báo cáo ghi “9 tháng năm 2023”, là năm 2023, không phải năm 2024",
      "periodOtherYear",
    ],
    [
      "a 6-month file beside a 9-month one, no --period (the latest period is the round's)",
      "6 tháng",
      [],
      "kỳ báo cáo là 6 tháng, không phải 9 tháng",
      "otherPeriod",
    ],
    [
      "a file of another period than --period asks",
      "6 tháng",
      ["--period", "9 tháng"],
      "kỳ báo cáo là 6 tháng, không phải 9 tháng",
      "otherPeriod",
    ],
    ["a period cell left empty", "", [], "không ghi kỳ báo cáo", "periodUnreadable"],
    ["a period cell that names no period", "quý 3", [], "không đọc được kỳ báo cáo “quý 3”", "periodUnreadable"],
    // Review 25b, finding 1: --period judges the file for the period asked, but merge still refuses it.
    [
      "a period cell left empty, --period asked",
      "",
      ["--period", "9 tháng"],
      "không ghi kỳ báo cáo",
      "periodUnreadable",
    ],
    [
      "a period cell that names no period, --period asked",
      "quý 3",
      ["--period", "9 tháng"],
      "không đọc được kỳ báo cáo “quý 3”",
      "periodUnreadable",
    ],
    ["a 2024 period: counted", "9 tháng năm 2024", [], undefined, undefined],
  ])("%s", async (name, period, options, reason, code) => {
    const dir = await folder(name.replace(/\W+/g, "-"), period);
    const text = await run(["validate", dir, ...options]);
    const lines = summaryOf(text.out, "Tổng hợp ");
    const education = lines.find((l) => l.startsWith("  Sở Giáo dục và Đào tạo:"));
    const said = lines.filter((l) => l.startsWith("  Không tính vào tổng hợp"));
    const doc = JSON.parse((await run(["validate", dir, "--json", ...options])).out);
    expect(new Ajv({ strict: false }).compile(schema)(doc)).toBe(true);
    const gd = doc.agencies.find((a: { agency: string }) => a.agency === "Sở Giáo dục và Đào tạo");
    if (reason === undefined) {
      expect(lines[0]).toMatch(/^Tổng hợp 2 tệp /);
      expect(said).toEqual([]);
      expect(education).toBe("  Sở Giáo dục và Đào tạo: 1 vượt kế hoạch");
      expect([doc.leftOut, gd.files, gd.counts.exceeded]).toEqual([[], 1, 1]);
      return;
    }
    // Counted nowhere: the agency has no file, as status shows it after merge refused the file.
    expect(lines[0]).toMatch(/^Tổng hợp 1 tệp /);
    expect(said).toEqual([`  Không tính vào tổng hợp, vì lệnh gộp (merge) cũng không nhận: ${GD} (${reason}).`]);
    expect(education).toBe("  Sở Giáo dục và Đào tạo: chưa có tệp");
    expect(lines).toContain("  Sở Y tế: 1 đạt, 4 chưa có số liệu");
    expect(doc.leftOut).toEqual([{ file: at(dir, GD), reason: code, message: reason }]);
    expect([gd.files, gd.counts.exceeded, doc.totals.exceeded]).toEqual([0, 0, 0]);
  });

  test("--period names the round: the file of another period is the one left out, whichever the files name", async () => {
    const r = await run(["validate", await folder("asked-6", "6 tháng"), "--period", "6 tháng"]);
    const lines = summaryOf(r.out, "Tổng hợp ");
    expect(lines).toContain(
      `  Không tính vào tổng hợp, vì lệnh gộp (merge) cũng không nhận: ${YT} (kỳ báo cáo là 9 tháng, không phải 6 tháng).`
    );
    expect(lines).toContain("  Sở Y tế: chưa có tệp");
  });

  // Review 25b, finding 6: not "Tổng hợp 0 tệp" / "All 0 files".
  test("every file left out: the heading says no file is counted", async () => {
    const dir = "all-2023";
    fs.mkdirSync(at(dir));
    await reply(dir, YT, [["12.1", 100]], "9 tháng năm 2023");
    await reply(dir, GD, [["10", 12]], "9 tháng năm 2023");
    const vi = summaryOf((await run(["validate", dir])).out, "Tổng hợp");
    expect(vi[0]).toBe("Tổng hợp theo cơ quan chủ trì: không có tệp nào được tính.");
    expect(vi[1]).toMatch(/^ {2}Không tính vào tổng hợp, .*so-giao-duc-va-dao-tao\.xlsx .*so-y-te\.xlsx/);
    const en = (await run(["validate", dir, "--lang", "en"])).out;
    expect(en).toContain("By lead agency: no file counted.");
    expect(en).not.toMatch(/All 0|0 files|0 tệp/);
  });

  // Trial 25b, B3: early in the 9-month round, two 6-month replies still lie beside the one 9-month reply.
  test("a folder mixing periods: the latest is summed, the heading names it, and --period is offered", async () => {
    const dir = "mixed";
    fs.mkdirSync(at(dir));
    await reply(dir, YT, [["12.1", 100]], "9 tháng");
    await reply(dir, GD, [["10", 12]], "6 tháng");
    await reply(dir, CA, [["15.2", 4.2]], "6 tháng");
    const lines = summaryOf((await run(["validate", dir])).out, "Tổng hợp ");
    expect(lines[0]).toMatch(/^Tổng hợp 1 tệp kỳ 9 tháng theo cơ quan chủ trì /);
    expect(lines[1]).toBe(
      `  Không tính vào tổng hợp, vì lệnh gộp (merge) cũng không nhận: ${CA} (kỳ báo cáo là 6 tháng, không phải 9 tháng); ${GD} (kỳ báo cáo là 6 tháng, không phải 9 tháng).`
    );
    expect(lines[2]).toBe('  Để tổng hợp kỳ khác, hãy chạy lại lệnh với --period, ví dụ: --period "6 tháng".');
    expect(lines).toContain("  Sở Y tế: 1 đạt, 4 chưa có số liệu");
    const doc = JSON.parse((await run(["validate", dir, "--json"])).out);
    expect(new Ajv({ strict: false }).compile(schema)(doc)).toBe(true);
    expect(doc.summaryPeriod).toBe("9M");
    // Asked for: the 6-month files are summed, and no hint is given.
    const asked = summaryOf((await run(["validate", dir, "--period", "6 tháng"])).out, "Tổng hợp ");
    expect(asked[0]).toMatch(/^Tổng hợp 2 tệp kỳ 6 tháng /);
    expect(asked.join("\n")).not.toContain("Để tổng hợp kỳ khác");
    const en = (await run(["validate", dir, "--lang", "en"])).out;
    expect(en).toContain("1 file (nine months), by lead agency");
    expect(en).toContain('To sum another period, run the command again with --period, e.g. --period "6 tháng".');
  });

  // Trial 25b, B2: LĐTBXH returned the whole template and typed Education's row 10 too; merge refuses that figure.
  test("a whole template named after an agency counts only the rows that agency leads", async () => {
    const dir = "whole";
    fs.mkdirSync(at(dir));
    const LD = "so-lao-dong-thuong-binh-va-xa-hoi.xlsx";
    fs.copyFileSync(at("mau.xlsx"), at(dir, LD));
    await typeByCode(
      at(dir, LD),
      ACTUAL,
      [
        ["13.1", 63.2],
        ["10", 14],
        ["16.1", 7000],
      ],
      CODE
    );
    await reply(dir, GD, [["10", 12]], "9 tháng năm 2023");
    const lines = summaryOf((await run(["validate", dir])).out, "Tổng hợp ");
    expect(lines).toContain("  Sở Giáo dục và Đào tạo: chưa có tệp");
    expect(lines.find((l) => l.startsWith("  Sở Nông nghiệp và Phát triển nông thôn:"))).toMatch(/: chưa có tệp$/);
    expect(lines.find((l) => l.startsWith("  Sở Lao động - Thương binh và Xã hội:"))).toMatch(
      /^ {2}Sở Lao động .*: 1 /
    );
    // A whole template no agency's name gives still speaks for every agency.
    fs.mkdirSync(at("whole-unnamed"));
    fs.copyFileSync(at(dir, LD), at("whole-unnamed", "bao-cao.xlsx"));
    fs.copyFileSync(at(dir, GD), at("whole-unnamed", GD));
    const unnamed = summaryOf((await run(["validate", "whole-unnamed"])).out, "Tổng hợp ");
    expect(unnamed).toContain("  Sở Giáo dục và Đào tạo: 1 vượt kế hoạch");
  });

  test("in English", async () => {
    const r = await run(["validate", await folder("en-2023", "9 tháng năm 2023"), "--lang", "en"]);
    const lines = summaryOf(r.out, "1 file (nine months), by lead agency");
    expect(lines).toContain(
      `  Left out of the summary, as merge would refuse them too: ${GD} (its period says “9 tháng năm 2023”, a 2023 period, not 2024).`
    );
    expect(lines).toContain("  Sở Giáo dục và Đào tạo: no file yet");
  });
});
