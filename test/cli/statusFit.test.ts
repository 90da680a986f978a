/**
 * `validate --write` on a figure at risk and doubted: "Có nguy cơ không đạt (cần kiểm tra lại số liệu)" in a 16-wide
 * `Đánh giá`, in a row the template made two lines tall. LibreOffice printed "liệu)" over the next row. The copy now
 * wraps the status cells and raises that row, and the page set-up stays A4 landscape, one page wide.
 */

import { execFileSync } from "child_process";
import * as fs from "fs";
import JSZip from "jszip";
import { convert, hasLibreOffice } from "./fods";
import { cliWorkspace, letterOf } from "./run";
import { readXlsx, rowOfCode, typeByCode } from "./xlsxXml";

const [ACTUAL, CODE, STATUS] = [letterOf("actual"), letterOf("code"), letterOf("status")];
const AT_RISK = "Có nguy cơ không đạt (cần kiểm tra lại số liệu)";

jest.setTimeout(240_000);
const { run, at } = cliWorkspace("status-fit");

/** The parts of the first sheet's XML the test reads: rows' heights, cells' wrapping, the column widths, the page. */
async function sheetXml(file: string) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1].match(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g) ?? [];
  return {
    height: (row: number) => Number(new RegExp(`<row r="${row}"[^>]*?\\sht="([\\d.]+)"`).exec(sheet)?.[1]),
    wraps: (address: string) => {
      const style = new RegExp(`<c r="${address}"[^>]*?\\ss="(\\d+)"`).exec(sheet)?.[1];
      return style !== undefined && /wrapText="1"/.test(xfs[Number(style)]);
    },
    statusWidth: Number(/<col min="10" max="10" width="([\d.]+)"/.exec(sheet)?.[1]),
    page: /<pageSetup[^>]*>/.exec(sheet)?.[0] ?? "",
    fit: /<pageSetUpPr[^>]*>/.exec(sheet)?.[0] ?? "",
  };
}

let row05: number;

beforeAll(async () => {
  expect((await run(["template", "--out", "mau.xlsx"])).code).toBe(0);
  fs.copyFileSync(at("mau.xlsx"), at("so-lieu.xlsx"));
  await typeByCode(at("so-lieu.xlsx"), ACTUAL, [["05.1", "~2000"]], CODE);
  expect((await run(["validate", "so-lieu.xlsx", "--write", "ket-qua.xlsx"])).code).toBe(0);
  row05 = rowOfCode((await readXlsx(at("ket-qua.xlsx"))).cells, "05.1", CODE);
});

describe("validate --write shows Đánh giá whole", () => {
  test("the status cells wrap and 05.1's row is raised; the column's width and the A4 landscape fit stay", async () => {
    const { cells } = await readXlsx(at("ket-qua.xlsx"));
    expect(cells.get(`${STATUS}${row05}`)).toBe(AT_RISK);
    const before = await sheetXml(at("mau.xlsx"));
    const after = await sheetXml(at("ket-qua.xlsx"));
    expect(before.height(row05)).toBe(32);
    expect(after.height(row05)).toBe(64);
    // Other rows keep the template's heights.
    const row03 = rowOfCode(cells, "03", CODE);
    expect(after.height(row03)).toBe(before.height(row03));
    for (const code of ["01", "05.1", "12.2", "18.2"]) {
      expect([code, after.wraps(`${STATUS}${rowOfCode(cells, code, CODE)}`)]).toEqual([code, true]);
    }
    expect(after.statusWidth).toBe(16);
    expect(after.page).toMatch(/paperSize="9".*orientation="landscape".*fitToWidth="1" fitToHeight="0"/);
    expect(after.fit).toBe(before.fit);
  });
});

const libreOffice = hasLibreOffice();
if (!libreOffice && process.env.CI) throw new Error("LibreOffice (soffice) is required in CI: .ci/run installs it");
(libreOffice ? describe : describe.skip)("LibreOffice prints the copy", () => {
  test("the whole status within 05.1's row, before 05.2 begins, on as many pages as the template", async () => {
    const out = fs.mkdtempSync(at("pdf-"));
    const [template, copy] = convert([at("mau.xlsx"), at("ket-qua.xlsx")], "pdf", out);
    const lines = execFileSync("pdftotext", ["-layout", copy, "-"]).toString().split("\n");
    const first = lines.findIndex((l) => /\s05\.1\s/.test(l));
    const next = lines.findIndex((l) => /\s05\.2\s/.test(l));
    expect(first).toBeGreaterThanOrEqual(0);
    // The lines printed for 05.1's row, with the other cells' text between the status's words.
    const row = lines.slice(first, next).join(" ").replace(/\s+/g, "");
    expect(row).toContain("Cónguycơkhôngđạt");
    expect(row).toContain("(cầnkiểmtralạisố");
    expect(row).toContain("liệu)");
    const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1]);
    expect(pages(copy)).toBe(pages(template));
  });
});
