/**
 * Merged cells over the template's figures and codes (trial 18, F13) in files other programs wrote: the merges as
 * openpyxl writes them (XML), the same file re-saved by LibreOffice, and, where it is installed, openpyxl itself.
 */

import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { catalogue, rewriteSheet } from "./hostile";
import { convert, hasLibreOffice, hasOpenpyxl } from "./fods";
import { runCli } from "./run";
import { addTemplateSheet } from "../../src/cli/xlsx";
import { buildTemplate, columnLetter, COLUMNS } from "../../src/template";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-merged-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, work);
const file = (name: string) => path.join(work, name);

const template = buildTemplate(catalogue);
/** 1-based sheet row of a code, and the letter of a column. */
const row = (code: string) => template.rowCodes.indexOf(code) + 1;
const letter = (key: string) => columnLetter(COLUMNS.findIndex((c) => c.key === key));
const ESTIMATES = `${letter("estimate")}${row("15.1.1")}:${letter("estimate")}${row("15.1.3")}`;
const CODES = `${letter("code")}${row("12.2")}:${letter("code")}${row("12.3")}`;
const STATUSES = `${letter("status")}${row("15.1.1")}:${letter("status")}${row("15.1.3")}`;

/**
 * The template with 6-month figures for 15.1.1–15.1.3 and the full-year estimate 6 typed once, in a cell merged over
 * the three rows, as staff do for "the same for all"; the code cells of 12.2 and 12.3 merged; the status cells of
 * 15.1.x merged too. 15.1.2's covered estimate cell still holds a 9 (LibreOffice keeps what a merge hides).
 */
async function mergedWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addTemplateSheet(workbook, template);
  const put = (code: string, key: string, value: number) => (sheet.getCell(`${letter(key)}${row(code)}`).value = value);
  put("15.1.1", "actual", 5.5);
  put("15.1.2", "actual", 3.1);
  put("15.1.3", "actual", 5.2);
  put("15.1.1", "estimate", 6);
  put("15.1.2", "estimate", 9);
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  // As openpyxl writes merges: one <mergeCell> each, after the cells.
  return rewriteSheet(xlsx, (xml) =>
    xml.replace(
      /<mergeCells count="(\d+)">/,
      (_, n: string) =>
        `<mergeCells count="${Number(n) + 3}"><mergeCell ref="${ESTIMATES}"/><mergeCell ref="${CODES}"/><mergeCell ref="${STATUSES}"/>`
    )
  );
}

interface JsonRow {
  code: string;
  status: string;
  problems: { code: string }[];
}

/** What validate --json says of the file: each row's status and problems, the findings' codes and messages. */
async function validated(name: string) {
  const r = await run(["validate", name, "--json"]);
  const json = JSON.parse(r.out);
  const rows = new Map<string, JsonRow>(json.files[0].rows.map((x: JsonRow) => [x.code, x]));
  return { rows, findings: json.files[0].findings as { code: string; message: string }[] };
}

function expectMergesSaid(result: Awaited<ReturnType<typeof validated>>) {
  const { rows, findings } = result;
  expect(rows.get("15.1.1")?.status).toBe("exceeded");
  // Never judged on the 6-month 3,1 ("Không đạt") nor on the 9 the merge hides.
  expect(rows.get("15.1.2")?.status).toBe("invalid");
  expect(rows.get("15.1.2")?.problems.map((p) => p.code)).toEqual(["row.mergedCell"]);
  expect(rows.get("15.1.3")?.status).toBe("invalid");
  expect(rows.get("15.1")?.status).toBe("invalid");
  const merged = findings.filter((f) => f.code === "sheet.mergedCells").map((f) => f.message);
  expect(merged).toEqual(
    expect.arrayContaining([
      expect.stringContaining(`ô gộp ${ESTIMATES} ở cột “Ước thực hiện cả năm”`),
      expect.stringContaining(`ô gộp ${CODES} ở cột “Mã” chỉ giữ giá trị ở ô đầu`),
    ])
  );
  expect(rows.get("12.3")?.status).toBe("missing");
}

describe("merged cells in a file written by another program", () => {
  beforeAll(async () => fs.writeFileSync(file("gop.xlsx"), await mergedWorkbook()));

  test("validate names each merged range on stderr and judges no row on a value it does not own", async () => {
    const r = await run(["validate", "gop.xlsx"]);
    expect(r.err).toContain(`ô gộp ${ESTIMATES} ở cột “Ước thực hiện cả năm” chỉ giữ giá trị ở ô đầu`);
    expect(r.out).toMatch(/15\.1\.2 .*Số liệu không hợp lệ/);
    expect(r.out).not.toContain("Không có cảnh báo.");
    expectMergesSaid(await validated("gop.xlsx"));
  });

  test("validate --write leaves the merged status cell with its own row's status, not the last one's", async () => {
    expect((await run(["validate", "gop.xlsx", "--write", "gop-kq.xlsx"])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(file("gop-kq.xlsx")) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell(`${letter("status")}${row("15.1.1")}`).value).toBe("Vượt kế hoạch");
    expect(sheet.getCell(`${letter("status")}${row("15.2")}`).value).toBe("Chưa có số liệu");
  });

  test("report (read through ExcelJS) puts the same warnings at the top and 15.1 is no shortfall", async () => {
    const r = await run(["report", "gop.xlsx", "--write", "bc.xlsx", "--docx", "bc.docx", "--date", "2024-07-05"]);
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(file("bc.docx")));
    const text = ((await zip.file("word/document.xml")?.async("string")) ?? "").replace(/<[^>]+>/g, "");
    expect(text).toContain(`ô gộp ${ESTIMATES} ở cột “Ước thực hiện cả năm”`);
    // Since the report lists doubted rows apart (trial 18, F2), the merged rows are "to check", never shortfalls.
    const section = text.slice(text.indexOf("III. HẠN CHẾ"), text.indexOf("IV. NHIỆM VỤ"));
    const toCheck = section.indexOf("cần kiểm tra lại số liệu trước khi đánh giá");
    expect(toCheck).toBeGreaterThan(20);
    expect(section.slice(0, toCheck)).not.toContain("Giảm tai nạn giao thông");
    expect(section.slice(toCheck)).toContain("Giảm tai nạn giao thông cả 3 tiêu chí (số người chết)");
  });
});

const libreOffice = hasLibreOffice();
(libreOffice ? describe : describe.skip)("the same file re-saved by LibreOffice", () => {
  jest.setTimeout(240_000);
  test("LibreOffice's merges are read as openpyxl's", async () => {
    const out = fs.mkdtempSync(path.join(work, "lo-"));
    const [converted] = convert([file("gop.xlsx")], "xlsx", out);
    expectMergesSaid(await validated(converted));
  });
});

const openpyxl = hasOpenpyxl();
if (!openpyxl) console.warn("openpyxl is not installed: the test on merges openpyxl writes is skipped.");
(openpyxl ? describe : describe.skip)("merges openpyxl writes", () => {
  test("as the trial's merged2.py makes them, from the command line's own template", async () => {
    expect((await run(["template", "--out", "mau.xlsx"])).code).toBe(0);
    const script = `
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.active
def row(code):
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == code)
for code, actual in (("15.1.1", 5.5), ("15.1.2", 3.1), ("15.1.3", 5.2)):
    ws.cell(row(code), 6).value = actual
r = row("15.1.1"); ws.cell(r, 7).value = 6; ws.merge_cells(start_row=r, start_column=7, end_row=r + 2, end_column=7)
r = row("12.2"); ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
wb.save(sys.argv[2])
`;
    execFileSync("/usr/bin/python3", ["-c", script, file("mau.xlsx"), file("openpyxl.xlsx")], { timeout: 60_000 });
    expectMergesSaid(await validated("openpyxl.xlsx"));
  });
});
