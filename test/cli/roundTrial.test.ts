/**
 * The reporting round's defects a new user's trial found (2026-12-02), on files another program wrote or edited
 * (jszip rewriting the XML): formats that leaked to every cell, merge writing over its input, equal figures taken
 * for conflicts, invalid figures counted as submitted, split's --agency and --out.
 */

import * as fs from "fs";
import fsModule from "fs";
import * as os from "os";
import * as path from "path";
import { COLUMNS, columnLetter } from "../../src/template";
import { runCli } from "./run";
import { editXlsx, readXlsx, rowOfCode, type XmlCell } from "./xlsxXml";
import { cellOf, numberFormats, setCells } from "./xlsxStyles";

const letter = (key: string) => columnLetter(COLUMNS.findIndex((c) => c.key === key));
const [ACTUAL, ESTIMATE, CODE, PERCENT] = [letter("actual"), letter("estimate"), letter("code"), letter("percent")];
const ENTRY = COLUMNS.filter((c) => c.entry).map((c) => letter(c.key));

// Each test runs the command line a few times on real files: on a busy machine that takes seconds.
jest.setTimeout(60_000);

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-round-trial-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());
const run = (args: string[]) => runCli(args, work);
const at = (...parts: string[]) => path.join(work, ...parts);

/** A copy of a file into a folder of the work directory (created), as an agency would send it back. */
function copy(from: string, folder: string, name = path.basename(from)): string {
  fs.mkdirSync(at(folder), { recursive: true });
  fs.copyFileSync(at(from), at(folder, name));
  return at(folder, name);
}

/** The A1 address of a code's cell in a column, in a file's first sheet. */
async function addressOf(file: string, code: string, column: string): Promise<string> {
  return `${column}${rowOfCode((await readXlsx(file)).cells, code, CODE)}`;
}

async function editByCode(file: string, edits: [string, string, XmlCell][]): Promise<void> {
  const { cells } = await readXlsx(file);
  await editXlsx(
    file,
    Object.fromEntries(edits.map(([code, column, value]) => [`${column}${rowOfCode(cells, code, CODE)}`, value]))
  );
}

beforeAll(async () => {
  expect((await run(["template", "--out", "mau.xlsx"])).code).toBe(0);
  expect((await run(["split", "mau.xlsx", "--out", "gui"])).code).toBe(0);
});

describe("A1: a format written on one cell stays on that cell", () => {
  test("one percent-formatted figure merged leaves every other entry cell's format alone, and is shown as a percentage", async () => {
    const gt = copy("gui/so-giao-thong-van-tai.xlsx", "pct");
    await setCells(gt, {
      [await addressOf(gt, "09.1", ACTUAL)]: { value: 0.975, numFmtId: 10 },
      [await addressOf(gt, "09.2", ACTUAL)]: { value: 79 },
      [await addressOf(gt, "15.1.1", ACTUAL)]: { value: 6 },
    });
    const r = await run(["merge", "mau.xlsx", "pct", "--write", "pct-gop.xlsx"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const out = at("pct-gop.xlsx");
    const formats = await numberFormats(out);
    const { cells } = await readXlsx(out);
    const rows = [...cells].filter(([a, v]) => a.startsWith(CODE) && /^\d{2}/.test(String(v))).map(([a]) => a.slice(1));
    const percentEntries = rows
      .flatMap((row) => ENTRY.map((c) => `${c}${row}`))
      .filter((a) => (formats.get(a) ?? "").includes("%"));
    expect(percentEntries).toEqual([await addressOf(out, "09.1", ACTUAL)]);
    expect(cells.get(await addressOf(out, "09.2", ACTUAL))).toBe(79);
    expect(formats.get(await addressOf(out, "09.2", ACTUAL))).not.toContain("%");
    // The log line and the message show what the agency typed.
    const log = await run(["merge", "mau.xlsx", "pct"]);
    expect(log.out).not.toContain("0,975");
    const judged = JSON.parse((await run(["validate", "pct-gop.xlsx", "--json"])).out);
    const rowsJudged = JSON.stringify(judged);
    expect(rowsJudged).not.toMatch(/"code":\s*"09\.2"[^}]*"status":\s*"invalid"/);
  });

  test("a plain number merged into an EMPTY percent-formatted consolidated cell loses that format (79, not 7 900 %)", async () => {
    const consolidated = copy("mau.xlsx", "pct-empty", "tong-hop.xlsx");
    const [p92, p91] = [await addressOf(consolidated, "09.2", ACTUAL), await addressOf(consolidated, "09.1", ACTUAL)];
    await setCells(consolidated, { [p92]: { numFmtId: 9 }, [p91]: { numFmtId: 9 } });
    const gt = copy("gui/so-giao-thong-van-tai.xlsx", "pct-empty-gui");
    await setCells(gt, { [await addressOf(gt, "09.2", ACTUAL)]: { value: 79 } });
    const r = await run(["merge", "pct-empty/tong-hop.xlsx", "pct-empty-gui", "--write", "pct-empty/gop.xlsx"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const out = at("pct-empty", "gop.xlsx");
    const formats = await numberFormats(out);
    expect((await readXlsx(out)).cells.get(p92)).toBe(79);
    expect(formats.get(p92)).not.toContain("%");
    // The cell the merge did not write keeps the staff's format.
    expect(formats.get(p91)).toBe("0%");
  });

  test("validate --write sets `% so với KH năm` on those cells only, even when they share a style with the entries", async () => {
    const v = copy("mau.xlsx", "val", "chung-kieu.xlsx");
    const codes = ["01", "03", "09.2", "12.2"];
    const edits: Record<string, { value?: number; like?: string }> = {};
    for (const code of codes) edits[await addressOf(v, code, PERCENT)] = { like: await addressOf(v, code, ACTUAL) };
    edits[await addressOf(v, "03", ACTUAL)] = { value: 1200 };
    await setCells(v, edits);
    const r = await run(["validate", "val/chung-kieu.xlsx", "--write", "val/da-kiem-tra.xlsx"]);
    expect(r.code).toBe(0);
    const out = at("val", "da-kiem-tra.xlsx");
    const formats = await numberFormats(out);
    for (const code of codes) {
      expect(formats.get(await addressOf(out, code, ACTUAL))).not.toContain("%");
      expect(formats.get(await addressOf(out, code, ESTIMATE))).not.toContain("%");
    }
    expect(formats.get(await addressOf(out, "03", PERCENT))).toContain("%");
  });
});

describe("A2: merge --write onto one of its inputs is refused, --force or not", () => {
  test.each([
    ["the agency file named", (f: string) => f],
    ["an agency file inside the folder named", (f: string) => path.dirname(f)],
  ])("%s", async (_, source) => {
    const yt = copy("gui/so-y-te.xlsx", "a2");
    await editByCode(yt, [["12.2", ACTUAL, 4]]);
    const before = fs.readFileSync(yt);
    const r = await run([
      "merge",
      "mau.xlsx",
      path.relative(work, source(yt)),
      "--write",
      "a2/so-y-te.xlsx",
      "--force",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("đó là một tệp đầu vào");
    expect(fs.readFileSync(yt).equals(before)).toBe(true);
    const en = await run(["merge", "mau.xlsx", "a2", "--write", "a2/so-y-te.xlsx", "--force", "--lang", "en"]);
    expect(en.err).toContain("it is an input file");
  });
});

describe("A3: equal figures are neither conflicts nor changes", () => {
  test('"7.200" typed as text and 7200 as a number agree; a formula giving that value is kept', async () => {
    const tc = copy("gui/so-tai-chinh.xlsx", "a3");
    const thue = copy("gui/cuc-thue.xlsx", "a3");
    await editByCode(tc, [["07.1", ACTUAL, "7.200"]]);
    await editByCode(thue, [["07.1", ACTUAL, 7200]]);
    const agree = await run(["merge", "mau.xlsx", "a3", "--json"]);
    expect(agree.code).toBe(0);
    expect(JSON.parse(agree.out).findings).toEqual([]);

    const withFormula = copy("mau.xlsx", "a3f", "tong-hop.xlsx");
    const cell = await addressOf(withFormula, "07.1", ACTUAL);
    await setCells(withFormula, { [cell]: { formula: "7000+200", value: 7200, like: cell } });
    const r = await run(["merge", "a3f/tong-hop.xlsx", "a3", "--write", "a3f/gop.xlsx", "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.applied).toBe(0);
    expect(doc.log).toEqual([]);
    expect(await cellOf(at("a3f", "gop.xlsx"), cell)).toContain("<f>7000+200</f>");
  });
});

describe("a formula in the consolidated workbook is never replaced silently", () => {
  test("a formula with no cached value (a program that does not calculate) is kept, the file's value reported", async () => {
    const kh = copy("gui/so-ke-hoach-va-dau-tu.xlsx", "f");
    await editByCode(kh, [["04", ACTUAL, 20]]);
    const target = copy("mau.xlsx", "f0", "tong-hop.xlsx");
    const cell = await addressOf(target, "04", ACTUAL);
    await setCells(target, { [cell]: { formula: "10+9.5", like: cell } });
    const r = await run(["merge", "f0/tong-hop.xlsx", "f", "--write", "f0/gop.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("công thức =10+9.5");
    expect(await cellOf(at("f0", "gop.xlsx"), cell)).toContain("<f>10+9.5</f>");
  });
});

describe("merge's wording (B)", () => {
  test("a file whose figures were all left out is not called merged; a refused file names its agency", async () => {
    const tc = copy("gui/so-tai-chinh.xlsx", "b");
    const thue = copy("gui/cuc-thue.xlsx", "b");
    const ca = copy("gui/cong-an-tinh.xlsx", "b");
    await editByCode(tc, [["07.1", ACTUAL, 5400]]);
    await editByCode(thue, [["07.1", ACTUAL, 5450]]);
    const { cells } = await readXlsx(ca);
    await editXlsx(ca, { [[...cells].find(([, v]) => v === "6 tháng")?.[0] as string]: "Quý 2" });
    const r = await run(["merge", "mau.xlsx", "b"]);
    expect(r.code).toBe(1);
    const line = (file: string) => r.out.split("\n").find((l) => l.startsWith(file)) ?? "";
    expect(line("so-tai-chinh.xlsx")).toContain("không gộp giá trị nào");
    expect(line("cuc-thue.xlsx")).toContain("không gộp giá trị nào");
    expect(line("cong-an-tinh.xlsx")).toContain("Công an tỉnh");
    expect(line("cong-an-tinh.xlsx")).toContain("từ chối");
    expect(r.out).toContain("“Quý 2”");
    expect(r.out).not.toContain("Cả năm,");
    const en = await run(["merge", "mau.xlsx", "b", "--lang", "en"]);
    expect(en.out).toContain("column “Thực hiện”");
    expect(en.out).not.toContain("Actual");
  });
});

describe("A8: status counts an invalid figure as owed", () => {
  test("per agency, the invalid rows by code; Vietnamese dates as dd/mm/yyyy", async () => {
    const file = copy("mau.xlsx", "a8", "tong-hop.xlsx");
    await editByCode(file, [
      ["08", ACTUAL, "4,5"],
      ["16.1", ACTUAL, 40],
      ["16.2", ACTUAL, "N/A"],
      ["17", ACTUAL, 60],
    ]);
    const r = await run(["status", "a8/tong-hop.xlsx", "--today", "2024-06-10"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Kỳ 6 tháng: hạn nộp 17/06/2024 (hôm nay 10/06/2024)");
    expect(r.out).toContain("Không hợp lệ");
    const nn = r.out.split("\n").find((l) => l.startsWith("Sở Nông nghiệp")) ?? "";
    expect(nn).toMatch(/ 2\/4 /);
    expect(nn).toContain("08 16.2");
    const doc = JSON.parse((await run(["status", "a8/tong-hop.xlsx", "--today", "2024-06-18", "--json"])).out);
    const entry = doc.agencies.find((a: { agency: string }) => a.agency.startsWith("Sở Nông nghiệp"));
    expect(entry).toMatchObject({ filled: 2, invalidCodes: ["08", "16.2"], overdue: true });
    const en = await run(["status", "a8/tong-hop.xlsx", "--today", "2024-06-10", "--lang", "en"]);
    expect(en.out).toContain("due 2024-06-17");
  });
});

describe("split: --agency as validate matches it, --out refusals", () => {
  test("--agency “Cục” splits every agency whose name contains it", async () => {
    const r = await run(["split", "mau.xlsx", "--out", "cuc", "--agency", "Cục"]);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(at("cuc")).sort()).toEqual(["cuc-hai-quan.xlsx", "cuc-thue.xlsx"]);
  });

  test("--out naming a file (even the input) is a usage error with a message, not a stack trace", async () => {
    fs.writeFileSync(at("tep.xlsx"), "x");
    const before = fs.readFileSync(at("mau.xlsx"));
    for (const out of ["tep.xlsx", "mau.xlsx"]) {
      const r = await run(["split", "mau.xlsx", "--out", out]);
      expect(r.code).toBe(1);
      expect(r.err).toContain("đã có một tệp tên này");
      expect(r.err).not.toMatch(/EEXIST|\n\s+at /);
    }
    expect(fs.readFileSync(at("mau.xlsx")).equals(before)).toBe(true);
    const en = await run(["split", "mau.xlsx", "--out", "tep.xlsx", "--lang", "en"]);
    expect(en.err).toContain("a file of that name exists");
  });

  test.each(["EPERM", "EACCES"])(
    "a folder that cannot be created (%s) is a file error (2) with a message",
    async (code) => {
      const mkdir = fs.mkdirSync;
      jest.spyOn(fsModule, "mkdirSync").mockImplementation(((dir: fs.PathLike, ...rest: unknown[]) => {
        if (String(dir).includes("khong-ghi-duoc")) {
          throw Object.assign(new Error(`${code}: operation not permitted, mkdir '${dir}'`), { code });
        }
        return (mkdir as (...a: unknown[]) => string | undefined)(dir, ...rest);
      }) as typeof fs.mkdirSync);
      const r = await run(["split", "mau.xlsx", "--out", "khong-ghi-duoc/tach"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("không có quyền ghi");
      expect(r.err).not.toContain(code);
      const en = await run(["split", "mau.xlsx", "--out", "khong-ghi-duoc/tach", "--lang", "en"]);
      expect(en.code).toBe(2);
      expect(en.err).toContain("you may not write there");
    }
  );
});
