/**
 * The pane's merge reads an agency's file as the command line's merge does (readPicked → readAgencyFile →
 * agencyTemplate): the same sheet, the same structure findings said the same way, the same refusals of broken files.
 */

import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import { readAgencyFile } from "../../src/cli/agencyFiles";
import { CLI_STRINGS } from "../../src/cli/strings";
import { describeRound, planMerge, type MergeSource, type RoundSheet } from "../../src/round";
import { readPicked } from "../../src/taskpane/agencyFilesEntry";
import { ROUND_STRINGS } from "../../src/ui/roundStrings";
import { agencyReplies, fill, rowOf } from "./agencyReplies";
import { bomb, catalogue, filledTemplate } from "./hostile";
import { openpyxlStyle } from "./openpyxl";
import { letterOf } from "./run";

jest.setTimeout(60_000);
const { run, at, reply } = agencyReplies("pane-merge");
const [CODE, ACTUAL] = [letterOf("code"), letterOf("actual")];

interface CliFinding {
  code: string;
  message: string;
}

/** What the command line's merge of `file` into mau.xlsx says: its findings (code and message) and the figures it writes. */
async function cliMerge(file: string) {
  const r = await run(["merge", "mau.xlsx", file, "--json"]);
  const doc = JSON.parse(r.out) as { findings: CliFinding[]; files: { status: string; unread: number }[] };
  return { findings: doc.findings.map(({ code, message }) => ({ code, message })), files: doc.files };
}

let consolidated: RoundSheet;
beforeAll(async () => {
  const read = await readAgencyFile(fs.readFileSync(at("mau.xlsx")), catalogue);
  if (!read.ok) throw new Error(read.code);
  consolidated = read.sheet;
});

/** The pane's merge preview of `file` (picked under its full path, as the command line names it). */
async function paneMerge(file: string, lang: "vi" | "en" = "vi") {
  const picked = new File([fs.readFileSync(file)], file);
  const sources = await readPicked([picked], catalogue, lang, ROUND_STRINGS[lang]);
  const plan = planMerge(catalogue, consolidated, sources, { when: "" });
  const findings = plan.findings.map((f) => ({ code: f.code, message: describeRound(f, "vi") }));
  return { sources, plan, findings };
}

const valuesWritten = (sources: MergeSource[]) =>
  planMerge(catalogue, consolidated, sources, { when: "" }).writes.map((w) => w.value);

describe("the pane's merge says what the command line's says of an agency file", () => {
  test("codes retyped (“4”, “2.1”): the same structure findings, in both languages, the same rows unread", async () => {
    const file = await reply("so-ke-hoach-va-dau-tu.xlsx", "codes", (sheet) => {
      fill(sheet, { "01": 7.2, "02.1": 23.5, "04": 17 });
      sheet.getCell(`${CODE}${rowOf(sheet, "04")}`).value = "4";
      sheet.getCell(`${CODE}${rowOf(sheet, "02.1")}`).value = "2.1";
    });
    const cli = await cliMerge(file);
    const pane = await paneMerge(file);
    expect(pane.findings.filter((f) => f.code === "merge.structure")).toHaveLength(4);
    expect(pane.findings).toEqual(cli.findings);
    expect(pane.plan.files[0]).toMatchObject({ unread: cli.files[0].unread, status: cli.files[0].status });
    expect(pane.plan.files[0].unread).toBe(2);
    const english = pane.plan.findings.map((f) => describeRound(f, "en")).join("\n");
    expect(english).toContain("The figures there are not merged");
    expect(english).toContain("No figure of this indicator is there to merge");
  });

  test("two template sheets, the copy on the first tab: the marked sheet is read and the copy named, as on the command line", async () => {
    const file = await reply("so-y-te.xlsx", "two-sheets", (sheet, book) => {
      fill(sheet, { "12.1": 98.5 });
      const copy = book.addWorksheet("Bản sửa");
      sheet.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
      copy.getCell(`${ACTUAL}${rowOf(copy, "12.1")}`).value = 70;
      // Moved before the original, as Excel's "Move or Copy… (before sheet)" puts it; the marker stays on the original.
      (copy as unknown as { orderNo: number }).orderNo = -1;
      book.definedNames.add(`'${sheet.name}'!$A$1`, "ChiTieu_Template_1");
    });
    const opened = new ExcelJS.Workbook();
    await opened.xlsx.readFile(file);
    expect(opened.worksheets[0].name).toBe("Bản sửa");
    const cli = await cliMerge(file);
    const pane = await paneMerge(file);
    expect(pane.findings).toEqual(cli.findings);
    expect(pane.findings.map((f) => f.code)).toContain("merge.structure");
    expect(pane.findings.find((f) => f.code === "merge.structure")?.message).toContain("(“Bản sửa”)");
    expect(valuesWritten(pane.sources)).toContain(98.5);
    expect(valuesWritten(pane.sources)).not.toContain(70);
  });

  test("a reply sent unfilled: merge.noFigures in the pane too", async () => {
    const file = at("gui", "so-y-te.xlsx");
    const cli = await cliMerge(file);
    const pane = await paneMerge(file);
    expect(pane.findings.map((f) => f.code)).toEqual(["merge.noFigures"]);
    expect(pane.findings).toEqual(cli.findings);
    expect(pane.plan.files[0].status).toBe("empty");
    expect(describeRound(pane.plan.findings[0], "en")).toContain("the file holds no figure in the rows Sở Y tế leads");
  });

  test("a note, a chart and a picture as openpyxl writes them: read in the pane as the command line's merge reads it", async () => {
    const edited = await reply("so-y-te.xlsx", "openpyxl", (sheet) => fill(sheet, { "12.1": 98.5 }));
    const file = at("openpyxl", "so-y-te.xlsx");
    fs.writeFileSync(file, await openpyxlStyle(fs.readFileSync(edited)));
    const cli = await cliMerge(file);
    const pane = await paneMerge(file);
    expect(cli.files[0].status).toBe("merged");
    expect(pane.sources[0].error).toBeUndefined();
    expect(pane.sources[0].sheet).toBeDefined();
    expect(pane.findings).toEqual(cli.findings);
    expect(pane.plan.files[0]).toMatchObject({ status: "merged", filled: 1 });
    expect(valuesWritten(pane.sources)).toEqual([98.5]);
    // The whole filled template as carry.test.ts gives it to validate: its sheet read, not refused as corrupt.
    const whole = await readAgencyFile(await openpyxlStyle(await filledTemplate()), catalogue);
    expect(whole).toMatchObject({ ok: true, sheet: { grid: { sheet: "Chỉ tiêu 2024" } } });
  });

  test("a file too large: refused as on the command line, with advice the pane's user can follow", async () => {
    fs.mkdirSync(at("large"), { recursive: true });
    const file = at("large", "so-y-te.xlsx");
    fs.writeFileSync(file, await bomb(fs.readFileSync(at("gui", "so-y-te.xlsx")), 60));
    const cli = await cliMerge(file);
    expect(cli.findings.map((f) => f.code)).toEqual(["merge.unreadable"]);
    expect(cli.findings[0].message).toContain("CHI_TIEU_MAX_PART_MB");
    for (const lang of ["vi", "en"] as const) {
      const pane = await paneMerge(file, lang);
      expect(pane.plan.findings.map((f) => f.code)).toEqual(["merge.unreadable"]);
      // The same refusal and figures, but no setting the pane cannot read: delete what is extra, or the command line.
      expect(pane.sources[0].error).toBe(ROUND_STRINGS[lang].tooLarge("xl/worksheets/sheet1.xml", 61, 50));
      expect(pane.sources[0].error).not.toContain("CHI_TIEU_MAX_PART_MB");
    }
    // Up to its advice, the finding is the command line's word for word (file, part, sizes, limit).
    const [refusal] = cli.findings[0].message.split(" Hãy mở tệp");
    const paneFinding = (await paneMerge(file)).findings[0].message;
    expect(paneFinding.slice(0, refusal.length + " Hãy mở tệp".length)).toBe(`${refusal} Hãy mở tệp`);
  });

  test("broken files: refused in the pane with the command line's message, never a crash", async () => {
    const whole = fs.readFileSync(at("gui", "so-y-te.xlsx"));
    const zip = await JSZip.loadAsync(whole);
    const sheetXml = await (zip.file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject).async("string");
    zip.file("xl/worksheets/sheet1.xml", sheetXml.slice(0, sheetXml.length >> 1));
    const broken: [string, Buffer][] = [
      ["cut.xlsx", whole.subarray(0, whole.length >> 1)],
      ["half-sheet.xlsx", await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })],
      ["bang.csv", Buffer.from("Mã,Thực hiện\n12.1,98.5\n")],
      ["rong.xlsx", Buffer.alloc(0)],
    ];
    fs.mkdirSync(at("broken"), { recursive: true });
    for (const [name, bytes] of broken) {
      const file = at("broken", name);
      fs.writeFileSync(file, bytes);
      const cli = await cliMerge(file);
      const pane = await paneMerge(file);
      expect(pane.sources[0].error).toBeDefined();
      expect(pane.findings.map((f) => f.code)).toEqual(["merge.unreadable"]);
      expect(pane.findings).toEqual(cli.findings);
    }
    expect((await paneMerge(at("broken", "half-sheet.xlsx"))).sources[0].error).toBe(
      CLI_STRINGS.vi.brokenPart("xl/worksheets/sheet1.xml", "cut")
    );
  });
});
