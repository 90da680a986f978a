/**
 * The whole round on the command line: split a filled workbook, edit three agencies' files with
 * another program (jszip rewriting the sheet XML, then LibreOffice saving them again), merge them
 * back, and check values, the log sheet, conflicts, refusals and exit codes with a reader that is not ExcelJS.
 */

import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import shipped from "../../assets/catalogues/lang-son-2024.json";
import { addTemplateSheet } from "../../src/cli/xlsx";
import { loadCatalogue, type Catalogue } from "../../src/core";
import { AGENCY_NAME, LOG_HEADER, LOG_SHEET, PERIOD_NAME } from "../../src/round";
import { buildTemplate, COLUMNS, columnLetter } from "../../src/template";
import { runCli } from "./run";
import { convert, hasLibreOffice, wordDocument } from "./fods";
import { editXlsx, readXlsx, rowOfCode, type XmlCell } from "./xlsxXml";

const loaded = loadCatalogue(shipped);
const catalogue = (loaded.ok ? loaded.catalogue : undefined) as Catalogue;
const letter = (key: string) => columnLetter(COLUMNS.findIndex((c) => c.key === key));
const [ACTUAL, ESTIMATE, NOTE, CODE] = [letter("actual"), letter("estimate"), letter("note"), letter("code")];

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-round-"));
// split writes 13 whole workbooks, merge reads them: seconds each on a shared, loaded machine (it timed out at load 16).
jest.setTimeout(60_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const run = (args: string[]) => runCli(args, work);

const libreOffice = hasLibreOffice();
if (!libreOffice && process.env.CI) throw new Error("LibreOffice (soffice) is required in CI: .ci/run installs it");
if (!libreOffice) console.warn("LibreOffice is not installed: the agencies' edited files are not saved again by it.");

/** A consolidated workbook for 6 tháng with a few figures already in it. */
async function consolidated(file: string): Promise<void> {
  const template = buildTemplate(catalogue, { period: "H1" });
  const workbook = new ExcelJS.Workbook();
  const sheet = addTemplateSheet(workbook, template);
  const set = (code: string, key: string, value: string | number) =>
    (sheet.getCell(template.rowCodes.indexOf(code) + 1, COLUMNS.findIndex((c) => c.key === key) + 1).value = value);
  set("01", "actual", 6.5);
  set("07.1", "actual", 5000);
  set("12.1", "note", "Số liệu sơ bộ");
  await workbook.xlsx.writeFile(file);
}

/** Edits an agency's file by code and column letter, as another program would. */
async function editByCode(file: string, edits: [string, string, XmlCell][]): Promise<void> {
  const { cells } = await readXlsx(file);
  const byAddress: Record<string, XmlCell> = {};
  for (const [code, column, value] of edits) byAddress[`${column}${rowOfCode(cells, code, CODE)}`] = value;
  await editXlsx(file, byAddress);
}

const valueOf = (cells: Map<string, XmlCell>, code: string, column: string) =>
  cells.get(`${column}${rowOfCode(cells, code, CODE)}`);

describe("the reporting round on the command line", () => {
  const tongHop = path.join(work, "tong-hop.xlsx");
  const split = path.join(work, "gui-co-quan");
  const back = path.join(work, "nhan-ve");

  beforeAll(async () => {
    await consolidated(tongHop);
  });

  test("split writes one file per lead agency, each with its rows, its agency and period named", async () => {
    const r = await run(["split", "tong-hop.xlsx", "--out", "gui-co-quan"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const files = fs.readdirSync(split).sort();
    expect(files).toHaveLength(13);
    for (const f of files) expect(f).toMatch(/^[a-z0-9-]+\.xlsx$/);
    const { cells, names } = await readXlsx(path.join(split, "so-tai-chinh.xlsx"));
    const codes = [...cells].filter(([a, v]) => a.startsWith(CODE) && /^\d{2}/.test(String(v))).map(([, v]) => v);
    expect(codes).toEqual(["07.1", "07.1.1", "07.1.2", "07.2"]);
    expect(valueOf(cells, "07.1", ACTUAL)).toBe(5000);
    const agency = names.find((n) => n.name === AGENCY_NAME);
    const period = names.find((n) => n.name === PERIOD_NAME);
    expect(agency?.ref).toMatch(/^'Chỉ tiêu 2024'!\$[A-Z]+\$\d+$/);
    const at = (ref: string) => cells.get(ref.replace(/^.*!/, "").replace(/\$/g, ""));
    expect(at(agency?.ref ?? "")).toBe("Sở Tài chính");
    expect(at(period?.ref ?? "")).toBe("6 tháng");
    expect([...cells.values()]).toContain("Cơ quan chủ trì:");
  });

  test("an agency checking its own file before sending it is told about its own rows, not the others' (trial 19, F5)", async () => {
    const r = await run(["validate", path.join("gui-co-quan", "so-y-te.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Tổng: 5 chỉ tiêu");
    expect(r.out).not.toMatch(/không có dòng|chèn lại mẫu/);
    const json = JSON.parse((await run(["validate", path.join("gui-co-quan", "so-y-te.xlsx"), "--json"])).out);
    expect(JSON.stringify(json)).not.toContain("sheet.missingRow");
  });

  test("the files of agencies that share rows are summed each for its own agency, never for a co-lead (trial 20)", async () => {
    // Sở Tài chính's file holds 07.1–07.2, which Cục Thuế and Cục Hải quan co-lead; only Sở Tài chính sent it.
    const r = await run([
      "validate",
      path.join("gui-co-quan", "so-tai-chinh.xlsx"),
      path.join("gui-co-quan", "so-y-te.xlsx"),
    ]);
    expect(r.code).toBe(0);
    const combined = r.out.slice(r.out.indexOf("Tổng hợp 2 tệp"));
    expect(combined).toMatch(/\n {2}Sở Tài chính: /);
    expect(combined).toMatch(/\n {2}Sở Y tế: /);
    // Its co-leads sent nothing: said so, never credited with its rows (trial 20, finding 4).
    expect(combined).toMatch(/\n {2}Cục Thuế: chưa có tệp\n/);
    expect(combined).toMatch(/\n {2}Cục Hải quan: chưa có tệp\n/);
  });

  test("split refuses to overwrite the agencies' files without --force, and writes none", async () => {
    const before = fs.readFileSync(path.join(split, "so-y-te.xlsx"));
    const r = await run(["split", "tong-hop.xlsx", "--out", "gui-co-quan"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("--force");
    expect(fs.readFileSync(path.join(split, "so-y-te.xlsx")).equals(before)).toBe(true);
    expect((await run(["split", "tong-hop.xlsx", "--out", "gui-co-quan", "--force", "--agency", "y te"])).code).toBe(0);
  });

  describe("three agencies send their files back, edited with another program", () => {
    beforeAll(async () => {
      const edited = path.join(work, "sua");
      fs.mkdirSync(edited);
      const copy = (name: string) => {
        fs.copyFileSync(path.join(split, name), path.join(edited, name));
        return path.join(edited, name);
      };
      const kh = copy("so-ke-hoach-va-dau-tu.xlsx");
      await editByCode(kh, [
        ["01", ACTUAL, 7.1],
        ["01", NOTE, "Theo số liệu Cục Thống kê"],
        ["03", ACTUAL, 1200.5],
        ["02.1", ESTIMATE, "23,5"],
      ]);
      const tc = copy("so-tai-chinh.xlsx");
      await editByCode(tc, [
        ["07.1", ACTUAL, 5400],
        ["07.2", ACTUAL, 800],
      ]);
      const thue = copy("cuc-thue.xlsx");
      await editByCode(thue, [
        ["07.1", ACTUAL, 5450],
        ["07.2", ACTUAL, 800],
      ]);
      // A file for another period, and a full template an agency filled in, with another agency's row changed.
      const ca = copy("cong-an-tinh.xlsx");
      const { cells } = await readXlsx(ca);
      const periodCell = [...cells].find(([, v]) => v === "6 tháng")?.[0] as string;
      await editXlsx(ca, { [periodCell]: "9 tháng" });
      await editByCode(ca, [["15.2", ACTUAL, 2]]);
      const gd = path.join(edited, "so-giao-duc-va-dao-tao.xlsx");
      fs.copyFileSync(tongHop, gd);
      await editByCode(gd, [
        ["10", ACTUAL, 4],
        ["01", ACTUAL, 9.9],
      ]);
      fs.mkdirSync(back);
      const files = [kh, tc, thue, ca, gd];
      if (libreOffice) convert(files, "xlsx", back);
      else for (const f of files) fs.copyFileSync(f, path.join(back, path.basename(f)));
    }, 240_000);

    test("merge applies what the lead agencies sent, leaves out conflicts, other periods and rows they do not lead", async () => {
      if (libreOffice) {
        // The files merged were saved by LibreOffice, not by ExcelJS.
        const zip = await JSZip.loadAsync(fs.readFileSync(path.join(back, "so-tai-chinh.xlsx")));
        expect(await zip.file("docProps/app.xml")?.async("string")).toContain("LibreOffice");
      }
      const r = await run(["merge", "tong-hop.xlsx", "nhan-ve", "--write", "da-gop.xlsx", "--json"]);
      expect(r.err).toBe("");
      expect(r.code).toBe(1);
      const doc = JSON.parse(r.out);
      const byFile = Object.fromEntries(doc.files.map((f: { file: string }) => [path.basename(f.file), f])) as Record<
        string,
        { status: string; filled: number; changed: number; notLead: number; conflicts: number }
      >;
      expect(byFile["so-ke-hoach-va-dau-tu.xlsx"]).toMatchObject({ status: "merged", filled: 3, changed: 1 });
      // 07.2, on which both agree, is credited to both (the next test).
      expect(byFile["so-tai-chinh.xlsx"]).toMatchObject({ status: "merged", filled: 1, conflicts: 1 });
      expect(byFile["cuc-thue.xlsx"]).toMatchObject({ status: "merged", filled: 1, conflicts: 1 });
      expect(byFile["cong-an-tinh.xlsx"]).toMatchObject({ status: "refused" });
      expect(byFile["so-giao-duc-va-dao-tao.xlsx"]).toMatchObject({ status: "merged", filled: 1, notLead: 1 });
      const codes = doc.findings.map((f: { code: string }) => f.code).sort();
      expect(codes).toEqual(["merge.changed", "merge.conflict", "merge.notLead", "merge.otherPeriod"]);
      const conflict = doc.findings.find((f: { code: string }) => f.code === "merge.conflict");
      expect(conflict).toMatchObject({ indicator: "07.1", column: "actual" });
      expect(conflict.proposals.map((p: { value: number }) => p.value).sort()).toEqual([5400, 5450]);
      expect(doc.findings.find((f: { code: string }) => f.code === "merge.otherPeriod")).toMatchObject({
        period: "9M",
        expected: "H1",
      });

      const { cells, sheets } = await readXlsx(path.join(work, "da-gop.xlsx"), "Chỉ tiêu 2024");
      expect(valueOf(cells, "01", ACTUAL)).toBe(7.1);
      expect(valueOf(cells, "01", NOTE)).toBe("Theo số liệu Cục Thống kê");
      expect(valueOf(cells, "03", ACTUAL)).toBe(1200.5);
      // Typed as text, written as the number read, so that sums count it (trial 19, F7); the log keeps "23,5".
      expect(valueOf(cells, "02.1", ESTIMATE)).toBe(23.5);
      expect(valueOf(cells, "07.1", ACTUAL)).toBe(5000); // the conflict applied to neither side
      expect(valueOf(cells, "07.2", ACTUAL)).toBe(800);
      expect(valueOf(cells, "10", ACTUAL)).toBe(4);
      expect(valueOf(cells, "15.2", ACTUAL)).toBeUndefined(); // another period: refused
      expect(valueOf(cells, "12.1", NOTE)).toBe("Số liệu sơ bộ");
      // The merged copy carries fresh statuses.
      expect(valueOf(cells, "01", letter("status"))).toBe("Đạt");
      expect(sheets).toContain(LOG_SHEET);

      const log = (await readXlsx(path.join(work, "da-gop.xlsx"), LOG_SHEET)).cells;
      expect(["A", "B", "C", "D", "E", "F", "G", "H", "I"].map((c) => log.get(`${c}1`))).toEqual([...LOG_HEADER]);
      const lines = [2, 3, 4, 5, 6, 7, 8].map((r) => ["B", "C", "D", "E", "G", "H"].map((c) => log.get(`${c}${r}`)));
      expect(lines).toEqual([
        ["so-ke-hoach-va-dau-tu.xlsx", "Sở Kế hoạch và Đầu tư", "01", "Thực hiện", 6.5, 7.1],
        [
          "so-ke-hoach-va-dau-tu.xlsx",
          "Sở Kế hoạch và Đầu tư",
          "01",
          "Ghi chú",
          undefined,
          "Theo số liệu Cục Thống kê",
        ],
        ["so-ke-hoach-va-dau-tu.xlsx", "Sở Kế hoạch và Đầu tư", "02.1", "Ước thực hiện cả năm", undefined, "23,5"],
        ["so-ke-hoach-va-dau-tu.xlsx", "Sở Kế hoạch và Đầu tư", "03", "Thực hiện", undefined, 1200.5],
        // The conflict, with each side's value: it would otherwise exist nowhere once the terminal closed (trial 20).
        [
          "cuc-thue.xlsx; so-tai-chinh.xlsx",
          "Cục Thuế; Sở Tài chính",
          "07.1",
          "Thực hiện",
          5000,
          "Cục Thuế 5.450; Sở Tài chính 5.400",
        ],
        ["cuc-thue.xlsx; so-tai-chinh.xlsx", "Cục Thuế; Sở Tài chính", "07.2", "Thực hiện", undefined, 800],
        ["so-giao-duc-va-dao-tao.xlsx", "Sở Giáo dục và Đào tạo", "10", "Thực hiện", undefined, 4],
      ]);
      expect(log.get("A2")).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(log.get(`F2`)).toBe(`${ACTUAL}${rowOfCode(cells, "01", CODE)}`);
      expect(log.get("I6")).toBe("Chưa gộp: các tệp khác nhau");
      expect(log.has("A9")).toBe(false);
    });

    test("07.2, sent alike by Sở Tài chính and Cục Thuế, names both: on screen, in --json and to status", async () => {
      const r = await run([
        "merge",
        "tong-hop.xlsx",
        path.join("nhan-ve", "so-tai-chinh.xlsx"),
        path.join("nhan-ve", "cuc-thue.xlsx"),
      ]);
      // Each file's line of the table: merged, 1 filled (07.2), 0 changed, 0 left out, 1 conflict (07.1).
      for (const [file, agency] of [
        ["so-tai-chinh.xlsx", "Sở Tài chính"],
        ["cuc-thue.xlsx", "Cục Thuế"],
      ])
        expect(r.out).toMatch(new RegExp(`^${file} +${agency} +đã gộp +1 +0 +0 +1$`, "m"));
      const doc = JSON.parse((await run(["merge", "tong-hop.xlsx", "nhan-ve", "--json"])).out);
      const line = doc.log.find((l: { code: string }) => l.code === "07.2");
      expect(line).toMatchObject({
        file: "cuc-thue.xlsx; so-tai-chinh.xlsx",
        agency: "Cục Thuế; Sở Tài chính",
        value: 800,
      });
      // each sender as given, so a program matches them with files[].file (the joined names are the log sheet's)
      const given = doc.files.map((f: { file: string }) => f.file);
      expect(line.senders.map((s: { agency: string }) => s.agency)).toEqual(["Cục Thuế", "Sở Tài chính"]);
      for (const s of line.senders) expect(given).toContain(s.file);
      const status = JSON.parse((await run(["status", "da-gop.xlsx", "--today", "2024-06-10", "--json"])).out);
      for (const agency of ["Sở Tài chính", "Cục Thuế"]) {
        const a = status.agencies.find((x: { agency: string }) => x.agency === agency);
        expect([agency, a.missingCodes]).toEqual([agency, ["07.1.1", "07.1.2"]]);
      }
    });

    test("merging the same files into the merged copy changes nothing and appends no log line", async () => {
      const r = await run(["merge", "da-gop.xlsx", "nhan-ve", "--write", "da-gop-2.xlsx"]);
      expect(r.code).toBe(1); // the conflict and the refusals are still there
      const first = await readXlsx(path.join(work, "da-gop.xlsx"), LOG_SHEET);
      const second = await readXlsx(path.join(work, "da-gop-2.xlsx"), LOG_SHEET);
      expect([...second.cells]).toEqual([...first.cells]);
      expect(r.out).toContain("0 ô, 0 dòng nhật ký");
    });

    test("merge ends with what to do about the conflict; status names it from the log, with both values (trial 20)", async () => {
      const preview = await run(["merge", "tong-hop.xlsx", "nhan-ve"]);
      expect(preview.out.trimEnd().split("\n").at(-1)).toBe(
        "Còn 1 ô các tệp cho giá trị khác nhau, chưa gộp: hãy sửa một tệp rồi gộp lại, hoặc nhập số đã thống nhất vào bảng tổng hợp."
      );
      const en = await run(["merge", "tong-hop.xlsx", "nhan-ve", "--lang", "en"]);
      expect(en.out.trimEnd().split("\n").at(-1)).toBe(
        "1 cell the files disagree on is not merged: correct one file and merge again, or type the agreed figure into the consolidated sheet."
      );
      const r = await run(["status", "da-gop-2.xlsx", "--today", "2024-06-10"]);
      expect(r.code).toBe(0);
      expect(r.out).toContain(
        "  - Xung đột: 07.1 (Cục Thuế 5.450; Sở Tài chính 5.400): các tệp gửi số khác nhau nên chưa gộp (xem trang “Nhật ký cập nhật”). " +
          "Hãy sửa một tệp rồi gộp lại, hoặc nhập số đã thống nhất vào bảng tổng hợp."
      );
      expect(r.out.match(/Xung đột: 07\.1/g)).toHaveLength(1);
      const doc = JSON.parse((await run(["status", "da-gop-2.xlsx", "--today", "2024-06-10", "--json"])).out);
      const tc = doc.agencies.find((a: { agency: string }) => a.agency === "Sở Tài chính");
      expect(tc.conflictCodes).toEqual(["07.1"]);
      expect(tc.missingCodes).not.toContain("07.1");
    });

    test("a later merge appends below the log, never rewriting it; exit 0 when everything applied", async () => {
      const later = path.join(work, "lan-2");
      fs.mkdirSync(later);
      fs.copyFileSync(path.join(split, "so-y-te.xlsx"), path.join(later, "so-y-te.xlsx"));
      await editByCode(path.join(later, "so-y-te.xlsx"), [["12.1", ACTUAL, 97.2]]);
      const r = await run(["merge", "da-gop.xlsx", "lan-2", "--write", "da-gop-3.xlsx"]);
      expect(r.code).toBe(0);
      expect(r.out).toContain("Sở Y tế");
      const before = (await readXlsx(path.join(work, "da-gop.xlsx"), LOG_SHEET)).cells;
      const after = (await readXlsx(path.join(work, "da-gop-3.xlsx"), LOG_SHEET)).cells;
      for (const [address, value] of before) expect(after.get(address)).toEqual(value);
      expect(after.get("D9")).toBe("12.1");
      expect(after.get("H9")).toBe(97.2);
      expect(after.has("A10")).toBe(false);
    });

    test("--keep-existing keeps the consolidated value", async () => {
      const r = await run([
        "merge",
        "tong-hop.xlsx",
        path.join("nhan-ve", "so-ke-hoach-va-dau-tu.xlsx"),
        "--keep-existing",
        "--write",
        "giu.xlsx",
      ]);
      expect(r.code).toBe(0);
      const { cells } = await readXlsx(path.join(work, "giu.xlsx"), "Chỉ tiêu 2024");
      expect(valueOf(cells, "01", ACTUAL)).toBe(6.5);
      expect(valueOf(cells, "03", ACTUAL)).toBe(1200.5);
    });

    test("a file that cannot be read is named, the rest still merge, exit 2", async () => {
      const broken = path.join(work, "hong");
      fs.mkdirSync(broken);
      await wordDocument(path.join(broken, "cong-van.xlsx"));
      fs.writeFileSync(
        path.join(broken, "cat-cut.xlsx"),
        fs.readFileSync(path.join(back, "so-tai-chinh.xlsx")).subarray(0, 900)
      );
      fs.copyFileSync(path.join(back, "so-ke-hoach-va-dau-tu.xlsx"), path.join(broken, "so-ke-hoach-va-dau-tu.xlsx"));
      const r = await run(["merge", "tong-hop.xlsx", "hong", "--write", "hong-gop.xlsx"]);
      expect(r.code).toBe(2);
      expect(r.out).toMatch(/cong-van\.xlsx: không đọc được \(không phải tệp Excel/);
      expect(r.out).toMatch(/cat-cut\.xlsx: không đọc được/);
      const { cells } = await readXlsx(path.join(work, "hong-gop.xlsx"), "Chỉ tiêu 2024");
      expect(valueOf(cells, "03", ACTUAL)).toBe(1200.5);
    });

    test("merge never writes over an input, nor over a file without --force; without --write it only previews", async () => {
      const before = fs.readFileSync(tongHop);
      const over = await run(["merge", "tong-hop.xlsx", "nhan-ve", "--write", "tong-hop.xlsx", "--force"]);
      expect(over.code).toBe(1);
      expect(fs.readFileSync(tongHop).equals(before)).toBe(true);
      const exists = await run(["merge", "tong-hop.xlsx", "nhan-ve", "--write", "da-gop.xlsx"]);
      expect(exists.code).toBe(1);
      expect(exists.err).toContain("--force");
      const preview = await run(["merge", "tong-hop.xlsx", path.join("nhan-ve", "so-tai-chinh.xlsx")]);
      expect(preview.code).toBe(0);
      expect(preview.out).toContain("Xem trước");
      expect(fs.readFileSync(tongHop).equals(before)).toBe(true);
    });

    test("status lists the agencies worst first, overdue after the due date, and the explanations owed", async () => {
      const r = await run(["status", "da-gop.xlsx", "--today", "2024-06-18", "--json"]);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.out);
      expect(doc.dates).toMatchObject({ period: "H1", due: "2024-06-17" });
      const kh = doc.agencies.find((a: { agency: string }) => a.agency === "Sở Kế hoạch và Đầu tư");
      expect(kh).toMatchObject({ expected: 7, filled: 3, overdue: true });
      expect(kh.missingCodes).toEqual(["02.2", "02.3", "02.4", "04"]);
      const text = await run(["status", "da-gop.xlsx", "--today", "2024-06-17"]);
      expect(text.out).toContain("Kỳ 6 tháng: hạn nộp 17/06/2024");
      expect(text.out).not.toContain("QUÁ HẠN");
      const en = await run(["status", "da-gop.xlsx", "--today", "2024-06-18", "--lang", "en"]);
      expect(en.out).toContain("OVERDUE");
      expect((await run(["status", "da-gop.xlsx", "--today", "18/06/2024"])).code).toBe(1);
    });
  });
});
