/**
 * The trial's conflict on the command line: Cục Thuế sends 07.1 = 3.950, Sở Tài chính 3.900; `merge --write` writes
 * neither and logs it. `validate` and `report` on the merged file read that log: 07.1 is a row to check, with both
 * figures, counted apart and never stated as "Chưa có số liệu" or as achieved or short; the exit code is a to-check
 * row's (0). Typed by hand, the agreed figure settles it; when it is the figure the cell already held, “Đã thống nhất”
 * written in the log's line does.
 */

import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import { cliWorkspace, letterOf } from "./run";
import { readXlsx, rowOfCode, typeByCode } from "./xlsxXml";

const [ACTUAL, CODE, STATUS] = [letterOf("actual"), letterOf("code"), letterOf("status")];
const OFFERS = "(Cục Thuế 3.950; Sở Tài chính 3.900)";

// split writes 13 workbooks and merge reads two: seconds each on a loaded machine.
jest.setTimeout(120_000);

const { run, at } = cliWorkspace("conflicts");

async function statusOf(file: string, code: string) {
  const { cells } = await readXlsx(file);
  return cells.get(`${STATUS}${rowOfCode(cells, code, CODE)}`);
}

beforeAll(async () => {
  expect((await run(["template", "--out", "mau.xlsx"])).code).toBe(0);
  expect((await run(["split", "mau.xlsx", "--out", "gui"])).code).toBe(0);
  fs.mkdirSync(at("ve"));
  for (const [file, figure] of [
    ["cuc-thue.xlsx", 3950],
    ["so-tai-chinh.xlsx", 3900],
  ] as const) {
    fs.copyFileSync(at("gui", file), at("ve", file));
    // 07.2 agreed by both: the merge writes it, so the report has figures to judge.
    await typeByCode(
      at("ve", file),
      ACTUAL,
      [
        ["07.1", figure],
        ["07.2", 6800],
      ],
      CODE
    );
  }
  const merged = await run(["merge", "mau.xlsx", "ve", "--write", "gop.xlsx"]);
  expect(merged.out).toContain("07.1");
  expect(fs.existsSync(at("gop.xlsx"))).toBe(true);
});

describe("a merged file with an open conflict", () => {
  test("merge --write already marks 07.1 to check in Đánh giá", async () => {
    expect(await statusOf(at("gop.xlsx"), "07.1")).toBe("Chưa có số liệu (cần kiểm tra lại số liệu)");
  });

  test("validate counts 07.1 apart, marks its row and says the conflict with both figures; exit 0", async () => {
    const r = await run(["validate", "gop.xlsx"]);
    expect(r.code).toBe(0);
    const line = r.out.split("\n").find((l) => l.trim().startsWith("07.1 "));
    expect(line).toMatch(/Chưa có số liệu \(cần kiểm tra lại số liệu\)$/);
    expect(r.out).toMatch(/1 cần kiểm tra lại số liệu/);
    expect(r.out).toContain(
      `- Chỉ tiêu 07.1, cột “Thực hiện”: các cơ quan gửi số khác nhau ${OFFERS}, chưa thống nhất nên chưa gộp vào bảng — xem trang “Nhật ký cập nhật”.`
    );

    const json = JSON.parse((await run(["validate", "gop.xlsx", "--json", "--lang", "en"])).out);
    const finding = json.files[0].findings.find((f: { code: string }) => f.code === "plausibility.conflict");
    expect(finding).toMatchObject({ rows: ["07.1"], messages: { vi: expect.stringContaining(OFFERS) } });
    expect(finding.message).toMatch(/^Indicator 07\.1, column “Thực hiện”: the agencies sent different figures/);

    expect((await run(["validate", "gop.xlsx", "--write", "gop.checked.xlsx"])).code).toBe(0);
    expect(await statusOf(at("gop.checked.xlsx"), "07.1")).toBe("Chưa có số liệu (cần kiểm tra lại số liệu)");
  });

  test("report lists 07.1 to check with both figures, in the sheet and the Word draft, not among the missing", async () => {
    const r = await run(["report", "gop.xlsx", "--write", "bao-cao.xlsx", "--docx", "bao-cao.docx"]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/chưa đánh giá các chỉ tiêu cần kiểm tra lại số liệu: .*07\.1/);

    const { sheets } = await readXlsx(at("bao-cao.xlsx"));
    const reportSheet = sheets.find((s) => s.startsWith("Báo cáo")) as string;
    const texts = [...(await readXlsx(at("bao-cao.xlsx"), reportSheet)).cells.values()].map(String);
    const said = texts.filter((t) => t.includes("gửi số khác nhau"));
    expect(said).toEqual([expect.stringMatching(new RegExp(`^- 07\\.1 .*: các cơ quan gửi số khác nhau \\(`))]);
    expect(said[0]).toContain(OFFERS);
    const missing = (texts.find((t) => t.startsWith("- Các chỉ tiêu chưa có số liệu:")) as string)
      .replace(/^[^:]*: |\.$/g, "")
      .split(", ");
    expect(missing).toEqual(expect.arrayContaining(["07.1.1", "08"]));
    expect(missing).not.toContain("07.1");

    const docx = await JSZip.loadAsync(fs.readFileSync(at("bao-cao.docx")));
    const xml = (await docx.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain(`các cơ quan gửi số khác nhau ${OFFERS}, chưa thống nhất`);
  });

  test("the agreed figure typed into the merged file settles it: validate judges 07.1 plainly", async () => {
    fs.copyFileSync(at("gop.xlsx"), at("thong-nhat.xlsx"));
    await typeByCode(at("thong-nhat.xlsx"), ACTUAL, [["07.1", 3900]], CODE);
    const r = await run(["validate", "thong-nhat.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("gửi số khác nhau");
    expect(r.out.split("\n").find((l) => l.trim().startsWith("07.1 "))).not.toContain("cần kiểm tra");
  });
});

/** The workbook with the `Cần xem lại` cell of `code`'s conflict line set to `review`, as staff type it in Excel. */
async function markConflict(from: string, to: string, code: string, review: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(at(from));
  const log = book.getWorksheet("Nhật ký cập nhật");
  if (!log) throw new Error("no log sheet");
  const header = log.getRow(1).values as unknown[];
  const [codeCol, reviewCol] = ["Mã", "Cần xem lại"].map((name) => header.indexOf(name));
  let marked = 0;
  log.eachRow((row) => {
    if (row.getCell(codeCol).value !== code || row.getCell(reviewCol).value !== "Chưa gộp: các tệp khác nhau") return;
    row.getCell(reviewCol).value = review;
    marked++;
  });
  expect(marked).toBe(1);
  await book.xlsx.writeFile(at(to));
}

describe("the agreed figure already in the cell: “Đã thống nhất” written in the log settles the conflict", () => {
  // The consolidated 07.1 held 3.950 before the round; Cục Thuế sent 3.950, Sở Tài chính 3.900; they agreed on 3.950.
  // Typing 3.950 again would change nothing, so staff mark the conflict's line in the log.
  beforeAll(async () => {
    fs.copyFileSync(at("mau.xlsx"), at("co-san.xlsx"));
    await typeByCode(at("co-san.xlsx"), ACTUAL, [["07.1", 3950]], CODE);
    const merged = await run(["merge", "co-san.xlsx", "ve", "--write", "co-san-gop.xlsx"]);
    expect(merged.code).toBe(1);
    // The last word says the new way too, once the log line exists.
    expect(merged.out.trimEnd().split("\n").at(-1)).toMatch(
      /hoặc nhập số đã thống nhất vào bảng tổng hợp\. Nếu số đang có trong ô là số đã thống nhất \(hoặc ô để trống là đúng\), ghi “Đã thống nhất” vào cột “Cần xem lại” ở dòng xung đột đó trong trang “Nhật ký cập nhật”\.$/
    );
    await markConflict("co-san-gop.xlsx", "co-san-xong.xlsx", "07.1", "Đã thống nhất");
  });

  test("unmarked, 07.1 is still to check although the cell holds a figure", async () => {
    const r = await run(["validate", "co-san-gop.xlsx"]);
    expect(r.out).toMatch(/1 cần kiểm tra lại số liệu/);
    expect(r.out).toContain("(Cục Thuế 3.950; Sở Tài chính 3.900)");
  });

  test("marked, validate judges 07.1 on its 3.950 and counts no row to check", async () => {
    const r = await run(["validate", "co-san-xong.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("gửi số khác nhau");
    expect(r.out).not.toMatch(/cần kiểm tra lại số liệu/);
    const line = r.out.split("\n").find((l) => l.trim().startsWith("07.1 "));
    expect(line).toMatch(/Vượt kế hoạch$/);
  });

  test("marked, status no longer lists the conflict for either agency", async () => {
    const before = await run(["status", "co-san-gop.xlsx", "--today", "2024-06-10"]);
    expect(before.out).toContain("Xung đột: 07.1 (Cục Thuế 3.950; Sở Tài chính 3.900)");
    const r = await run(["status", "co-san-xong.xlsx", "--today", "2024-06-10"]);
    expect(r.out).not.toContain("Xung đột: 07.1");
    const doc = JSON.parse((await run(["status", "co-san-xong.xlsx", "--today", "2024-06-10", "--json"])).out);
    for (const agency of ["Cục Thuế", "Sở Tài chính"]) {
      const a = doc.agencies.find((x: { agency: string }) => x.agency === agency);
      expect([agency, a.conflictCodes]).toEqual([agency, []]);
    }
  });

  test("merging the same files again says nothing of it, logs nothing and exits 0", async () => {
    const r = await run(["merge", "co-san-xong.xlsx", "ve", "--write", "co-san-xong-2.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("khác nhau");
    expect(r.out).toContain("0 ô, 0 dòng nhật ký");
    expect((await run(["validate", "co-san-xong-2.xlsx"])).out).not.toMatch(/cần kiểm tra lại số liệu/);
  });
});

describe("a log sheet renamed in another case is still the log, as Excel sees it", () => {
  test("validate reads “nhật ký cập nhật”; a second merge writes into it, never a second log Excel would refuse", async () => {
    // Renamed in workbook.xml, as Excel would save it (ExcelJS itself refuses a second name differing in case).
    const zip = await JSZip.loadAsync(fs.readFileSync(at("gop.xlsx")));
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbookXml).toContain('name="Nhật ký cập nhật"');
    zip.file("xl/workbook.xml", workbookXml.replace('name="Nhật ký cập nhật"', 'name="nhật ký cập nhật"'));
    fs.writeFileSync(at("thuong.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));

    const r = await run(["validate", "thuong.xlsx"]);
    expect(r.out).toContain(`các cơ quan gửi số khác nhau ${OFFERS}`);

    // A new disagreement (07.2) gives the log a line to add: written under the renamed sheet's lines.
    fs.mkdirSync(at("ve2"));
    for (const name of ["cuc-thue.xlsx", "so-tai-chinh.xlsx"]) fs.copyFileSync(at("ve", name), at("ve2", name));
    await typeByCode(at("ve2", "cuc-thue.xlsx"), ACTUAL, [["07.2", 6900]], CODE);
    const m = await run(["merge", "thuong.xlsx", "ve2", "--write", "thuong-2.xlsx"]);
    expect(m.err).toBe("");
    expect(m.out).toContain("07.2");
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(at("thuong-2.xlsx"));
    const logs = again.worksheets.filter((ws) => ws.name.toLowerCase() === "nhật ký cập nhật");
    expect(logs.map((ws) => ws.name)).toEqual(["nhật ký cập nhật"]);
    const lines: string[] = [];
    logs[0].eachRow((row) => lines.push(String(row.getCell(4).value ?? "")));
    // the first merge's lines (07.1 in conflict, 07.2 agreed), then the new 07.2 conflict below them
    expect(lines.filter((l) => l === "07.1" || l === "07.2")).toEqual(["07.1", "07.2", "07.2"]);
  });
});
