/**
 * `template --out FILE --force` over a filled workbook: the old file is kept beside it, unchanged, before the blank
 * template takes its place, since --force once replaced everyone's figures with nothing (stop 20).
 */

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { TemplateCell } from "../../src/template";
import { isBlankTemplate, oldCopyName } from "../../src/cli/templateKeep";
import { buildTemplate, COLUMNS, columnLetter } from "../../src/template";
import { catalogue } from "./hostile";
import { runCli } from "./run";
import { editXlsx, readXlsx, rowOfCode } from "./xlsxXml";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-template-keep-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[], env: Record<string, string> = {}) => runCli(args, work, env);
const template = buildTemplate(catalogue);
const ACTUAL = columnLetter(COLUMNS.findIndex((c) => c.key === "actual"));
const NOTE = columnLetter(COLUMNS.findIndex((c) => c.key === "note"));
const CODE = columnLetter(COLUMNS.findIndex((c) => c.key === "code"));
/** The files in the work folder whose name starts with `base`, beside the file itself. */
const kept = (base: string) => fs.readdirSync(work).filter((n) => n.startsWith(`${base} (`));

describe("isBlankTemplate: only the blank template itself is replaced without keeping it", () => {
  const values = (cells: TemplateCell[][]) => cells.map((row) => row.map((c) => c.value));
  const grid = (rows: unknown[][], offset = 0) => ({
    sheet: "Chỉ tiêu 2024",
    values: rows,
    rowOffset: offset,
    colOffset: 0,
  });
  const blank = values(template.cells);
  const edited = (r: number, k: number, value: unknown) =>
    blank.map((row, i) => row.map((v, j) => (i === r && j === k ? value : v)));
  const row = template.rowCodes.indexOf("03");
  const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
  test.each([
    ["the template as written", [grid(blank)], [], true],
    [
      "another period in the period cell",
      [grid(edited(template.periodCell.row, template.periodCell.col, "6 tháng"))],
      [],
      true,
    ],
    ["a figure typed", [grid(edited(row, col("actual"), 33))], [], false],
    ["a note typed", [grid(edited(row, col("note"), "số ước"))], [], false],
    ["a cell cleared", [grid(edited(row, col("name"), null))], [], false],
    ["a cell beyond the template", [grid([...blank, [null, "ghi thêm"]])], [], false],
    ["a second sheet", [grid(blank), grid([["x"]])], [], false],
    ["a note on a cell (comments part)", [grid(blank)], ["xl/comments1.xml"], false],
    ["a picture", [grid(blank)], ["xl/media/image1.png"], false],
  ])("%s", (_, grids, parts, expected) => {
    expect(isBlankTemplate({ kind: "workbook", grids, parts }, template)).toBe(expected);
  });
  test("a file that cannot be read is kept", () => {
    expect(isBlankTemplate({ kind: "unreadable" }, template)).toBe(false);
  });
});

test("oldCopyName: the time in the name, a number when that name is taken", () => {
  const taken = new Set(["/d/t (bản cũ 2026-12-02 14.05).xlsx"]);
  expect(oldCopyName("/d/t.xlsx", "bản cũ", "2026-12-02 14:05:59", () => false)).toBe(
    "/d/t (bản cũ 2026-12-02 14.05).xlsx"
  );
  expect(oldCopyName("/d/t.xlsx", "bản cũ", "2026-12-02 14:05:59", (n) => taken.has(n))).toBe(
    "/d/t (bản cũ 2026-12-02 14.05 2).xlsx"
  );
});

describe("template --force over an existing workbook", () => {
  test("a filled workbook is kept, byte for byte, beside the blank template, and the person is told where", async () => {
    const file = path.join(work, "tong-hop.xlsx");
    expect((await run(["template", "--out", file])).code).toBe(0);
    const { cells } = await readXlsx(file);
    const row = rowOfCode(cells, "03", CODE);
    await editXlsx(file, { [`${ACTUAL}${row}`]: 33, [`${NOTE}${row}`]: "theo báo cáo quý" });
    const filled = fs.readFileSync(file);
    const r = await run(["template", "--out", file, "--force"]);
    expect(r.code).toBe(0);
    const [copy] = kept("tong-hop");
    expect(copy).toMatch(/^tong-hop \(bản cũ \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\)\.xlsx$/);
    expect(fs.readFileSync(path.join(work, copy)).equals(filled)).toBe(true);
    expect(r.err).toBe(
      `${file} đã có số liệu: tệp đó được giữ nguyên dưới tên ${path.join(work, copy)} trước khi ghi mẫu trắng vào chỗ của nó. Nếu cần, hãy lấy số liệu từ ${path.join(work, copy)}.`
    );
    // The new file is the blank template: no figure, no note.
    const after = (await readXlsx(file)).cells;
    expect(after.get(`${ACTUAL}${row}`) ?? null).toBeNull();
    expect(after.get(`${NOTE}${row}`) ?? null).toBeNull();
    // Again: a second old copy, not over the first (the blank one replaced now is not kept).
    await editXlsx(file, { [`${ACTUAL}${row}`]: 34 });
    const en = await run(["template", "--out", file, "--force", "--lang", "en"]);
    expect(en.err).toMatch(/held figures: it was kept unchanged as .*tong-hop \(old copy [\d-]+ [\d.]+( 2)?\)\.xlsx/);
    expect(kept("tong-hop")).toHaveLength(2);
  });

  test("a blank template is replaced without a copy (another period or not)", async () => {
    const file = path.join(work, "mau.xlsx");
    expect((await run(["template", "--out", file])).code).toBe(0);
    const r = await run(["template", "--out", file, "--force", "--period", "6 tháng"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(kept("mau")).toEqual([]);
  });

  test("a file that is not a workbook at all is kept too: the tool cannot tell what it held", async () => {
    const file = path.join(work, "ghi-chu.xlsx");
    fs.writeFileSync(file, "Số liệu gõ tay, chưa lưu dạng Excel");
    const r = await run(["template", "--out", file, "--force"]);
    expect(r.code).toBe(0);
    const [copy] = kept("ghi-chu");
    expect(fs.readFileSync(path.join(work, copy), "utf8")).toBe("Số liệu gõ tay, chưa lưu dạng Excel");
  });

  test("without --force nothing changes: the existing file is refused, as before", async () => {
    const file = path.join(work, "tong-hop.xlsx");
    const before = fs.readFileSync(file);
    const r = await run(["template", "--out", file]);
    expect(r.code).toBe(1);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
