/**
 * The ExcelJS door on doubted figures (trial 20, finding 1): `validate --write` and `merge --write` write
 * "<status> (cần kiểm tra lại số liệu)" and the lilac rule; a marked copy reads back as its figures say, and
 * LibreOffice shows the note and the lilac on the row.
 */

import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { convert, hasLibreOffice } from "./fods";
import { cliWorkspace, letterOf } from "./run";
import { readXlsx, rowOfCode, typeByCode, type XmlCell } from "./xlsxXml";

const letter = letterOf;
const [ACTUAL, CODE, STATUS] = [letter("actual"), letter("code"), letter("status")];
const NOTE = "(cần kiểm tra lại số liệu)";

// Each test runs the command line a few times on real files: on a busy machine that takes seconds.
jest.setTimeout(120_000);

const { run, at } = cliWorkspace("to-check");

const typeInto = (file: string, figures: [string, XmlCell][]) => typeByCode(file, ACTUAL, figures, CODE);

async function statuses(file: string, codes: string[]): Promise<Record<string, XmlCell | undefined>> {
  const { cells } = await readXlsx(file);
  return Object.fromEntries(codes.map((code) => [code, cells.get(`${STATUS}${rowOfCode(cells, code, CODE)}`)]));
}

/** The conditional formats of ours in a written copy, as ExcelJS reads them back. */
async function ownRules(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet("Chỉ tiêu 2024") as unknown as {
    conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  };
  return sheet.conditionalFormattings.flatMap((cf) =>
    cf.rules.map((rule) => ({ ref: cf.ref, formula: String(("formulae" in rule && rule.formulae?.[0]) ?? ""), rule }))
  );
}

/** One shape of the files each test copies: the template with figures typed in 06.1 and 05.1. */
async function filled(name: string, figures: [string, XmlCell][]): Promise<string> {
  fs.copyFileSync(at("mau.xlsx"), at(name));
  await typeInto(at(name), figures);
  return at(name);
}

beforeAll(async () => {
  expect((await run(["template", "--out", "mau.xlsx"])).code).toBe(0);
});

describe("validate --write", () => {
  test("“2,600” in 06.1: the status with the note, one lilac rule over the rows; 05.1 plainly off track", async () => {
    await filled("doan.xlsx", [
      ["06.1", "2,600"],
      ["05.1", 1000],
    ]);
    expect((await run(["validate", "doan.xlsx", "--write", "doan.checked.xlsx"])).code).toBe(0);
    expect(await statuses(at("doan.checked.xlsx"), ["06.1", "05.1", "03"])).toEqual({
      "06.1": `Không đạt ${NOTE}`,
      "05.1": "Không đạt",
      "03": "Chưa có số liệu",
    });
    const lilac = (await ownRules(at("doan.checked.xlsx"))).filter((r) => r.formula.includes("SEARCH"));
    expect(lilac).toHaveLength(1);
    const { cells } = await readXlsx(at("doan.checked.xlsx"));
    const first = rowOfCode(cells, "01", CODE);
    expect(lilac[0].formula).toBe(`AND(ISNUMBER(SEARCH("(cần kiểm tra lại",$${STATUS}${first})),N("chi-tieu")=0)`);
    expect(lilac[0].ref).toBe(`A${first}:M${rowOfCode(cells, "18.2", CODE)}`);
    expect(JSON.stringify(lilac[0].rule)).toContain("FFE4DFEC");
  });

  test("a marked copy reads as its figures say; corrected and written again, the plain status and one lilac rule", async () => {
    const file = await filled("sua.xlsx", [["06.1", "2,600"]]);
    expect((await run(["validate", "sua.xlsx", "--write", "sua.checked.xlsx"])).code).toBe(0);
    // Nothing reads Đánh giá back: the marked copy judges as the input did, statuses and findings alike.
    const judged = async (f: string) => {
      const json = JSON.parse((await run(["validate", f, "--json"])).out).files[0];
      return { rows: json.rows, findings: json.findings.map((x: { code: string }) => x.code) };
    };
    expect(await judged("sua.checked.xlsx")).toEqual(await judged(file));

    await typeInto(at("sua.checked.xlsx"), [["06.1", 2600]]);
    expect((await run(["validate", "sua.checked.xlsx", "--write", "sua.again.xlsx"])).code).toBe(0);
    expect(await statuses(at("sua.again.xlsx"), ["06.1"])).toEqual({ "06.1": "Vượt kế hoạch" });
    expect((await ownRules(at("sua.again.xlsx"))).filter((r) => r.formula.includes("SEARCH"))).toHaveLength(1);
  });
});

describe("merge --write", () => {
  test("“4,500” sent for 05.1 is kept as typed, and its Đánh giá says to check it", async () => {
    expect((await run(["split", "mau.xlsx", "--out", "gui"])).code).toBe(0);
    fs.mkdirSync(at("ve"));
    const agency = "so-van-hoa-the-thao-va-du-lich.xlsx";
    fs.copyFileSync(at("gui", agency), at("ve", agency));
    await typeInto(at("ve", agency), [
      ["05.1", "4,500"],
      ["05.2", 300],
    ]);
    expect((await run(["merge", "mau.xlsx", "ve", "--write", "gop.xlsx"])).err).toBe("");
    expect(await statuses(at("gop.xlsx"), ["05.1", "05.2"])).toEqual({
      "05.1": `Không đạt ${NOTE}`,
      "05.2": expect.not.stringContaining(NOTE),
    });
  });
});

const libreOffice = hasLibreOffice();
if (!libreOffice && process.env.CI) throw new Error("LibreOffice (soffice) is required in CI: .ci/run installs it");
const withLibreOffice = libreOffice ? describe : describe.skip;

/** How many pixels of each image row (pdftoppm's PPM) are near a colour. */
function colourByLine(ppm: Buffer, hex: string): number[] {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1")) as RegExpExecArray;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return Array.from({ length: height }, (_, y) => {
    let n = 0;
    for (let x = 0; x < width; x++) {
      const at = header[0].length + (y * width + x) * 3;
      if (want.every((v, k) => Math.abs(ppm[at + k] - v) < 6)) n++;
    }
    return n;
  });
}

withLibreOffice("LibreOffice opens a checked copy", () => {
  test("the note is printed in Đánh giá and the row is lilac across the page; the corrected copy has no lilac", async () => {
    const printed = async (name: string, figure: XmlCell) => {
      await filled(name, [["06.1", figure]]);
      const checked = at(name.replace(".xlsx", ".checked.xlsx"));
      expect((await run(["validate", name, "--write", checked])).code).toBe(0);
      const outDir = fs.mkdtempSync(at("lo-"));
      const [pdf] = convert([checked], "pdf", outDir);
      const text = execFileSync("pdftotext", [pdf, "-"]).toString().replace(/\s+/g, "");
      execFileSync("pdftoppm", ["-f", "1", "-l", "1", "-r", "50", "-singlefile", pdf, path.join(outDir, "p")]);
      return { text, lines: colourByLine(fs.readFileSync(path.join(outDir, "p.ppm")), "#E4DFEC") };
    };
    const doubted = await printed("lo.xlsx", "2,600");
    // The cell's two lines, printed with the neighbouring cells' lines between them.
    expect(doubted.text).toContain("Khôngđạt(cầnkiểm");
    expect(doubted.text).toContain("tralạisốliệu)");
    // A band of lines lilac across most of the table's width: the row, not a cell.
    const widest = Math.max(...doubted.lines);
    expect(widest).toBeGreaterThan(300);
    expect(doubted.lines.filter((n) => n > widest / 2).length).toBeGreaterThan(5);
    const plain = await printed("lo-plain.xlsx", 2600);
    expect(plain.text).not.toContain("(cầnkiểm");
    expect(Math.max(...plain.lines)).toBeLessThan(20);
  });
});
