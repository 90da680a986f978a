/**
 * Trial 24 (4, 6, 8): the report's files as their readers open them, through LibreOffice: the % chart draws a fall
 * below 0 and writes it as the column's other figures, the Vietnamese Word draft has no blank page, and the English
 * one names the issuer in English and keeps its units' words whole.
 */

import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { addTemplateSheet } from "../../src/cli/xlsx";
import { COLUMNS, type ColumnKey } from "../../src/template";
import { blankSheet, sampleSheet, template, type FilledSheet } from "../report/sheets";
import { convert, hasLibreOffice } from "./fods";
import { cliWorkspace } from "./run";

jest.setTimeout(240_000);

const { work, run, at } = cliWorkspace("report-words");

/** The sheet saved as staff save it, its period cell reading `period`. */
async function saved(name: string, sheet: FilledSheet, period = "6 tháng đầu năm 2024"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = addTemplateSheet(wb, template);
  ws.getCell(template.periodCell.row + 1, template.periodCell.col + 1).value = period;
  template.rowCodes.forEach((code, r) => {
    if (code === undefined) return;
    for (const key of ["actual", "estimate", "lastYear", "note"] as ColumnKey[]) {
      const c = COLUMNS.findIndex((x) => x.key === key);
      const v = sheet.values[r][c];
      if (v !== "" && v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    }
  });
  await wb.xlsx.writeFile(at(name));
  return at(name);
}

/** The figures trial 24 typed (its fill.cjs): period's figure, full-year estimate, last year's, as text mostly. */
const TRIAL_24: Record<string, (string | number | null)[]> = {
  "01": ["6,8%", null, "6,5"],
  "02.1": [22.5],
  "02.2": [24.8],
  "02.3": [47.2],
  "02.4": ["4,5 %"],
  "03": [null, "65,5"],
  "04": ["17,2", "38,5"],
  "05.1": ["1.980,5", null, "1.850"],
  "05.2": ["2,150.3"],
  "06.1": [2480, null, "2.310"],
  "06.2": ["12%"],
  "07.1": ["3.952,6"],
  "07.1.1": ["1.320,4"],
  "07.1.2": ["2.632,2"],
  "07.2": ["6.874,1"],
  "08": [3],
  "09.1": ["97,2%"],
  "09.2": ["81,5"],
  "10": [6, 15],
  "11": ["76"],
  "12.1": [100],
  "12.2": ["11,2"],
  "12.3": [33.8],
  "12.4": ["94,1 %"],
  "13.1": ["63,5"],
  "13.2": ["40"],
  "14": ["1,5"],
  "15.1.1": ["6,2"],
  "15.1.2": ["-2"],
  "15.1.3": ["5,5"],
  "15.2": ["Đang tổng hợp"],
  "16.1": ["4.120"],
  "16.2": ["64,6"],
  "17": [98.6],
  "18.1": ["96,6"],
  "18.2": [100],
};

function trialSheet(): FilledSheet {
  const sheet = blankSheet();
  for (const [code, values] of Object.entries(TRIAL_24))
    (["actual", "estimate", "lastYear"] as const).forEach((key, i) => {
      if (values[i] !== null && values[i] !== undefined) sheet.set(code, key, values[i]);
    });
  sheet.set("08", "note", "Đang hoàn thiện hồ sơ 4 xã, dự kiến công nhận trong quý IV");
  sheet.set("04", "note", "Giải ngân vốn đầu tư công chậm do vướng mặt bằng");
  return sheet;
}

/** Each page's text, as pdftotext reads it. */
function pagesOf(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"]).toString()
  );
}

const squeezed = (s: string) => s.replace(/\s+/g, "");

describe("the % chart of a report where deaths on the roads rose (15.1.2: -2, -40 % of plan)", () => {
  let xlsx: string;
  beforeAll(async () => {
    const sheet = sampleSheet();
    sheet.set("15.1.2", "actual", "-2");
    xlsx = at("tang.xlsx");
    expect(
      (await run(["report", await saved("tang-input.xlsx", sheet), "--write", xlsx, "--date", "2024-07-05"])).code
    ).toBe(0);
  });

  test("its value axis goes below 0; the agencies' chart still starts at 0", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(xlsx));
    const charts = await Promise.all(
      ["xl/charts/chart1.xml", "xl/charts/chart2.xml"].map(async (f) => (await zip.file(f)?.async("string")) ?? "")
    );
    expect(charts[0]).toContain('<c:min val="0"/>');
    expect(charts[1]).toContain("<c:valAx>");
    expect(charts[1]).not.toMatch(/<c:min /);
  });

  (hasLibreOffice() ? test : test.skip)("its figure reads “-40%”, as the column's others read “124%”", () => {
    const [pdf] = convert([xlsx], "pdf", fs.mkdtempSync(path.join(work, "chart-")));
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
    const title = "% so với kế hoạch năm, theo chỉ tiêu";
    const chartTable = text.slice(text.indexOf(title), text.indexOf("Biểu số liệu", text.indexOf(title)));
    const line = (code: string) => chartTable.split("\n").find((l) => l.trim().startsWith(`${code} `)) ?? "";
    expect(line("15.1.2")).toMatch(/-40%/);
    expect(line("15.1.2")).not.toMatch(/-40[.,]0%/);
    expect(line("15.1.1")).toMatch(/124%/);
  });
});

(hasLibreOffice() ? describe : describe.skip)("the Word drafts of trial 24's figures, printed", () => {
  const printed: Partial<Record<"vi" | "en", Promise<string[]>>> = {};
  const pages = (lang: "vi" | "en") =>
    (printed[lang] ??= (async () => {
      const input = await saved(`trial-${lang}.xlsx`, trialSheet());
      const docx = at(`bao-cao-${lang}.docx`);
      const r = await run(["report", input, "--docx", docx, "--lang", lang, "--date", "2024-06-20"]);
      expect(r.code).toBe(0);
      return pagesOf(convert([docx], "pdf", fs.mkdtempSync(path.join(work, `docx-${lang}-`)))[0]);
    })());

  test.each(["vi", "en"] as const)("%s: no page is blank; the signature is on a page with text", async (lang) => {
    const all = await pages(lang);
    all.forEach((page, i) => expect([i + 1, squeezed(page).length > 0]).toEqual([i + 1, true]));
    // The signature's page also holds section IV: a signature alone on a page signs nothing.
    const signed = all.find((page) => squeezed(page).includes(squeezed(lang === "vi" ? "GIÁM ĐỐC" : "DIRECTOR")));
    expect(squeezed(signed ?? "")).toContain(squeezed(lang === "vi" ? "IV. NHIỆM VỤ" : "IV. TASKS AHEAD"));
  });

  test("en: the header and the subtitle name the province and the department in English", async () => {
    const first = (await pages("en"))[0];
    // The header's two columns share lines: the issuer's words are looked for one line's worth at a time.
    for (const words of [
      "LANG SON PROVINCIAL",
      "PEOPLE'S COMMITTEE",
      "DEPARTMENT",
      "OF FINANCE",
      "Lang Son, 20 June 2024",
    ])
      expect(squeezed(first)).toContain(squeezed(words));
    expect(squeezed(first)).toContain(
      squeezed("(Under Decision 136/QĐ-UBND of 19/01/2024, Lang Son Provincial People's Committee)")
    );
    expect(first).not.toMatch(/UBND TỈNH|SỞ TÀI CHÍNH|UBND tỉnh/);
  });

  test("en: the table's units keep their words whole", async () => {
    const table = (await pages("en")).join("\n").split("TABLE OF INDICATORS")[1] ?? "";
    for (const word of ["thousand", "communes", "percentage", "reduction", "billion"])
      expect(table.match(new RegExp(`\\b${word}\\b`, "g"))?.length ?? 0).toBeGreaterThan(0);
    expect(table).not.toMatch(/thousan\s*\n|commu\s*\n|reductio\s*\n|percenta\s*\n/);
  });
});
