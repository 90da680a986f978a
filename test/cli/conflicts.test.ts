/**
 * The trial's conflict on the command line: Cục Thuế sends 07.1 = 3.950, Sở Tài chính 3.900; `merge --write` writes
 * neither and logs it. `validate` and `report` on the merged file read that log: 07.1 is a row to check, with both
 * figures, counted apart and never stated as "Chưa có số liệu" or as achieved or short; the exit code is a to-check
 * row's (0). Typed by hand, the agreed figure settles it.
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
