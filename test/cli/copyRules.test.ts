/**
 * Written copies keep each sheet's rules as the person wrote them (trial 19, F3): data validations come back once,
 * as they were (ExcelJS wrote E2:E20 back as E10:E20 + E2:E20), "Allow Edit Ranges" (protectedRanges) and an
 * .xlsm's own ribbon come back too, and the copy's zip holds no folder entries the input did not have. Each copy
 * is read with JSZip, not with ExcelJS, so that what is checked is what another program sees.
 */

import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { buildTemplate } from "../../src/template";
import { catalogue, filledTemplate, SHEET } from "./hostile";
import { edit, macroEnabled, RIBBON_2007, RIBBON_2010, RIBBON_IMAGE, withRibbon } from "./packages";
import { runCli } from "./run";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-rules-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, work);
const file = (name: string) => path.join(work, name);
// Each test writes whole copies through ExcelJS: seconds each on a shared, loaded machine.
jest.setTimeout(60_000);

const OTHER = "xl/worksheets/sheet2.xml";
/** The template sheet's rules as LibreOffice writes them: words for booleans, two areas in one rule, a cell reference. */
const TEMPLATE_RULES =
  '<dataValidations count="3">' +
  '<dataValidation type="list" allowBlank="true" showDropDown="false" showInputMessage="true" showErrorMessage="true" sqref="D4"><formula1>&quot;Quý I,6 tháng,9 tháng,Cả năm&quot;</formula1></dataValidation>' +
  '<dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="true" showErrorMessage="true" errorStyle="warning" sqref="F9:H12 F13:H44"><formula1>0</formula1></dataValidation>' +
  '<dataValidation type="decimal" operator="lessThanOrEqual" allowBlank="true" showErrorMessage="true" sqref="K9:K44"><formula1>$M$1</formula1></dataValidation>' +
  "</dataValidations>";
const OTHER_RULES =
  '<dataValidations count="1"><dataValidation type="list" allowBlank="true" showErrorMessage="true" sqref="E2:E20"><formula1>&quot;Đã gửi,Chưa gửi&quot;</formula1></dataValidation></dataValidations>';
/** Excel 2010's form of a list taken from another sheet: in the sheet's extLst, its `xm` prefix declared on the root. */
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const OTHER_LIST_EXT =
  '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:dataValidations count="1"><x14:dataValidation type="list" allowBlank="1" showErrorMessage="1"><x14:formula1><xm:f>\'Chỉ tiêu 2024\'!$B$9:$B$44</xm:f></x14:formula1><xm:sqref>B2:B20</xm:sqref></x14:dataValidation></x14:dataValidations>' +
  "</ext>";
const SHEET_LOCK = '<sheetProtection sheet="1" objects="1" scenarios="1"/>';
const TEMPLATE_RANGES =
  '<protectedRanges><protectedRange algorithmName="SHA-512" hashValue="aGFzaA==" saltValue="c2FsdA==" spinCount="100000" sqref="F9:H44" name="So_lieu"/></protectedRanges>';
const OTHER_RANGES =
  '<protectedRanges><protectedRange sqref="A2:E20" name="Ghi_chu"><securityDescriptor>O:WDG:WDD:(A;;CC;;;WD)</securityDescriptor></protectedRange></protectedRanges>';

/** The filled template beside a sheet of the person's own, both with validations and edit ranges, as Excel keeps them. */
async function withRules(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await filledTemplate()) as unknown as ArrayBuffer);
  const other = workbook.addWorksheet("Ghi chú riêng");
  other.getCell("A1").value = "Việc";
  other.getCell("E1").value = "Trạng thái";
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  return edit(xlsx, async (zip, read) => {
    const template = (await read(SHEET)).replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/, "");
    zip.file(
      SHEET,
      template
        .replace("</sheetData>", `</sheetData>${SHEET_LOCK}${TEMPLATE_RANGES}`)
        .replace(/<(hyperlinks|printOptions|pageMargins)\b/, (next) => `${TEMPLATE_RULES}${next}`)
    );
    zip.file(
      OTHER,
      (await read(OTHER))
        .replace(/<worksheet\b/, `<worksheet xmlns:xm="${XM}"`)
        .replace("</sheetData>", `</sheetData>${OTHER_RANGES}`)
        .replace("<pageMargins", `${OTHER_RULES}<pageMargins`)
        .replace("</worksheet>", `<extLst>${OTHER_LIST_EXT}</extLst></worksheet>`)
    );
  });
}

async function partsOf(name: string) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file(name)));
  const read = async (part: string) => (await zip.file(part)?.async("string")) ?? "";
  return { zip, template: await read(SHEET), other: await read(OTHER), read };
}

const all = (xml: string, element: string) => xml.match(new RegExp(`<${element}\\b[\\s\\S]*?</${element}>`, "g")) ?? [];
const at = (xml: string, element: string) => xml.search(new RegExp(`<${element}\\b`));

/** The person's rules on both sheets, once, each where CT_Worksheet puts it. */
function expectRulesKept({ template, other }: { template: string; other: string }) {
  expect(all(template, "dataValidations")).toEqual([TEMPLATE_RULES]);
  expect(all(other, "dataValidations")).toEqual([OTHER_RULES]);
  expect(all(template, "protectedRanges")).toEqual([TEMPLATE_RANGES]);
  expect(all(other, "protectedRanges")).toEqual([OTHER_RANGES]);
  // After the lock and the cells, before merged areas, highlights, validations, links and margins.
  expect(template.indexOf(TEMPLATE_RANGES)).toBe(template.indexOf(SHEET_LOCK) + SHEET_LOCK.length);
  expect(at(template, "protectedRanges")).toBeLessThan(at(template, "mergeCells"));
  expect(other.indexOf(OTHER_RANGES)).toBe(other.indexOf("</sheetData>") + "</sheetData>".length);
  const lastHighlight = template.lastIndexOf("</conditionalFormatting>");
  expect(at(template, "dataValidations")).toBeGreaterThan(Math.max(lastHighlight, at(template, "mergeCells")));
  expect(at(template, "dataValidations")).toBeLessThan(at(template, "pageMargins"));
  expect(at(other, "dataValidations")).toBeLessThan(at(other, "pageMargins"));
  // Excel 2010's list from another sheet: once, last, with the prefix the root declared now declared on it.
  const carried = OTHER_LIST_EXT.replace(/^<ext\b/, `<ext xmlns:xm="${XM}"`);
  expect(all(other, "ext")).toEqual([carried]);
  expect(other).toMatch(new RegExp(`<extLst>${carried.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</extLst></worksheet>$`));
}

const folders = (zip: JSZip) =>
  Object.values(zip.files)
    .filter((f) => f.dir)
    .map((f) => f.name);

describe("a copy keeps each sheet's validations and edit ranges as the person had them (F3)", () => {
  beforeAll(async () => {
    const xlsx = await withRules();
    fs.writeFileSync(file("rules.xlsx"), xlsx);
    fs.writeFileSync(file("so-y-te.xlsx"), await filledTemplate());
    const input = await partsOf("rules.xlsx");
    expect(input.template).toContain(TEMPLATE_RULES);
    expect(input.other).toContain(OTHER_RULES);
    expect(input.other).toContain(OTHER_RANGES);
    expect(folders(input.zip)).toEqual([]);
  });

  test("validate --write: each rule once, as written, where it belongs; no folder entries", async () => {
    const r = await run(["validate", "rules.xlsx", "--write", "rules-out.xlsx"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const copy = await partsOf("rules-out.xlsx");
    expectRulesKept(copy);
    // The copy still carries the tool's highlights on the template sheet: the sheet was changed, its rules were not.
    expect(copy.template).toContain("<conditionalFormatting");
    expect(folders(copy.zip)).toEqual([]);
  });

  test("merge --write and report --write keep them too", async () => {
    const m = await run(["merge", "rules.xlsx", "so-y-te.xlsx", "--write", "rules-merged.xlsx"]);
    expect([m.code, m.err]).toEqual([0, ""]);
    const merged = await partsOf("rules-merged.xlsx");
    expectRulesKept(merged);
    expect(folders(merged.zip)).toEqual([]);
    expect((await run(["report", "rules.xlsx", "--write", "rules-report.xlsx"])).code).toBe(0);
    const report = await partsOf("rules-report.xlsx");
    expectRulesKept(report);
    expect(folders(report.zip)).toEqual([]);
  });
});

/** The cells each rule of a sheet covers, to find a cell two rules claim. */
function coveredTwice(xml: string): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  for (const [, sqref] of xml.matchAll(/<dataValidation\b[^>]*\ssqref="([^"]*)"/g)) {
    for (const area of sqref.split(/\s+/)) {
      const [a, b = a] = area.split(":");
      const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a) ?? [];
      const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b) ?? [];
      for (let r = Number(r1); r <= Number(r2); r++)
        for (let c = col(c1); c <= col(c2); c++) {
          const cell = `${c}:${r}`;
          if (seen.has(cell)) twice.push(cell);
          seen.add(cell);
        }
    }
  }
  return twice;
}

describe("a template the tool writes has each validation once (F3, the same ExcelJS artefact)", () => {
  test("template --out and split: one rule an area, no cell covered twice", async () => {
    const template = buildTemplate(catalogue);
    expect((await run(["template", "--out", "fresh.xlsx"])).code).toBe(0);
    const fresh = await partsOf("fresh.xlsx");
    expect(coveredTwice(fresh.template)).toEqual([]);
    expect(fresh.template.match(/<dataValidation\b/g)).toHaveLength(template.validations.length);
    fs.writeFileSync(file("to-split.xlsx"), await filledTemplate());
    expect((await run(["split", "to-split.xlsx", "--out", "split"])).code).toBe(0);
    const agencyFiles = fs.readdirSync(file("split"));
    expect(agencyFiles.length).toBeGreaterThan(1);
    for (const name of agencyFiles) {
      const { template: sheet } = await partsOf(path.join("split", name));
      expect([name, coveredTwice(sheet)]).toEqual([name, []]);
    }
  });
});

describe("an .xlsm's own ribbon is kept in its copy (customUI)", () => {
  beforeAll(async () => {
    fs.writeFileSync(file("ribbon.xlsm"), await withRibbon(await macroEnabled(await filledTemplate())));
  });

  test("validate --write carries both ribbon parts and the ribbon's image; only the macro is named as lost", async () => {
    const r = await run(["validate", "ribbon.xlsm", "--write", "ribbon-out.xlsx", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files[0].lost.map((l: { code: string }) => l.code)).toEqual(["macro"]);
    const { zip, read } = await partsOf("ribbon-out.xlsx");
    const rels = await read("_rels/.rels");
    const target = (type: string) =>
      new RegExp(`<Relationship [^>]*Type="${type.replace(/[./]/g, "\\$&")}" Target="([^"]*)"`).exec(rels)?.[1];
    const ui = target("http://schemas.microsoft.com/office/2006/relationships/ui/extensibility");
    const ui14 = target("http://schemas.microsoft.com/office/2007/relationships/ui/extensibility");
    expect(ui && (await read(ui.replace(/^\//, "")))).toBe(RIBBON_2007);
    expect(ui14 && (await read(ui14.replace(/^\//, "")))).toBe(RIBBON_2010);
    const image = /Target="([^"]*)"/.exec(await read(`customUI/_rels/${path.posix.basename(ui14 ?? "")}.rels`))?.[1];
    expect(Buffer.from((await zip.file(`customUI/${image}`)?.async("uint8array")) ?? [])).toEqual(RIBBON_IMAGE);
    expect(await read("[Content_Types].xml")).toMatch(/Extension="png"|PartName="\/customUI\/images\/logo\.png"/);
  });
});
