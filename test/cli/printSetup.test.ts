/**
 * A workbook LibreOffice saved keeps its print setup in every copy we write (trial 18, F6): LibreOffice writes
 * `fitToPage="true"`, which ExcelJS took for false, and the copy printed its template on 12 pages instead of 2.
 */

import { execFileSync } from "child_process";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { convert, hasLibreOffice } from "./fods";
import { runCli } from "./run";
import { numericBooleans } from "../../src/cli/xlsxBooleans";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-print-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, work);
const file = (name: string) => path.join(work, name);

/** The `<pageSetUpPr …>` of the workbook's first sheet (the template). */
async function fitToPage(xlsx: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(fs.readFileSync(xlsx));
  const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  return /<pageSetUpPr[^>]*>/.exec(xml)?.[0];
}

const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1]);

describe("XML Schema booleans as ExcelJS reads them", () => {
  test("true/false become 1/0 in print and view settings, never in cells or other elements", () => {
    const xml =
      '<sheetPr filterMode="false"><pageSetUpPr fitToPage="true"/></sheetPr><sheetView tabSelected=\'false\' rightToLeft="true">' +
      '<c r="A1" t="inlineStr"><is><t>fitToPage="true"</t></is></c><pageSetup blackAndWhite="false" draft="true"/>';
    expect(numericBooleans(xml)).toBe(
      '<sheetPr filterMode="false"><pageSetUpPr fitToPage="1"/></sheetPr><sheetView tabSelected=\'0\' rightToLeft="1">' +
        '<c r="A1" t="inlineStr"><is><t>fitToPage="true"</t></is></c><pageSetup blackAndWhite="0" draft="1"/>'
    );
    expect(numericBooleans('<pageSetUpPr fitToPage="1"/>')).toBe('<pageSetUpPr fitToPage="1"/>');
  });
});

const libreOffice = hasLibreOffice();
(libreOffice ? describe : describe.skip)("copies of a workbook LibreOffice saved", () => {
  jest.setTimeout(240_000);
  let saved: string;

  beforeAll(async () => {
    expect((await run(["template", "--out", "mau.xlsx"])).code).toBe(0);
    const out = fs.mkdtempSync(path.join(work, "lo-"));
    [saved] = convert([file("mau.xlsx")], "xlsx", out);
  });

  test("validate --write and report --write keep fit to one page wide; the copy prints as the input does", async () => {
    expect(await fitToPage(saved)).toBe('<pageSetUpPr fitToPage="true"/>');
    expect((await run(["validate", saved, "--write", "kiem-tra.xlsx"])).code).toBe(0);
    expect((await run(["report", saved, "--write", "bao-cao.xlsx", "--date", "2024-07-05"])).code).toBe(0);
    expect(await fitToPage(file("kiem-tra.xlsx"))).toBe('<pageSetUpPr fitToPage="1"/>');
    expect(await fitToPage(file("bao-cao.xlsx"))).toBe('<pageSetUpPr fitToPage="1"/>');
    const out = fs.mkdtempSync(path.join(work, "pdf-"));
    const [input, copy] = convert([saved, file("kiem-tra.xlsx")], "pdf", out);
    expect(pages(input)).toBeLessThanOrEqual(3);
    expect(pages(copy)).toBe(pages(input));
  });
});
