/**
 * One palette in the written files: the checked copy's highlights (`validate --write`) and the report's `Đánh giá`
 * cells and bars (`report --write`) wear the same colour for the same status, the palette's.
 */

import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "fs";
import { STATUS_LABELS, type Status } from "../../src/core";
import { addTemplateSheet } from "../../src/cli/xlsx";
import { COLUMNS, STATUS_PALETTE } from "../../src/template";
import { sampleSheet, template } from "../report/sheets";
import { cliWorkspace } from "./run";

jest.setTimeout(120_000);

const { run, at } = cliWorkspace("palette");
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const STATUSES = ["exceeded", "met", "atRisk", "offTrack", "invalid"] as const satisfies readonly Status[];

/** The 6-month sample as staff save it, with 06.1 typed as "2,600" (a figure to check). */
async function sampleFile(): Promise<string> {
  const sheet = sampleSheet();
  sheet.set("06.1", "actual", "2,600");
  const wb = new ExcelJS.Workbook();
  const ws = addTemplateSheet(wb, template);
  template.rowCodes.forEach((code, r) => {
    if (code === undefined) return;
    for (const key of ["actual", "estimate"] as const) {
      const c = COLUMNS.findIndex((x) => x.key === key);
      const value = sheet.values[r][c];
      if (value === "" || value === null || value === undefined) continue;
      ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      ws.getCell(r + 1, c + 1).numFmt = String(sheet.numberFormats[r][c]);
    }
  });
  await wb.xlsx.writeFile(at("so-lieu.xlsx"));
  return at("so-lieu.xlsx");
}

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

type Colours = { fill?: string; font?: string };

/** Each highlight of the checked copy by the status word its formula looks for (or "toCheck"): fill and text. */
async function highlights(file: string): Promise<Map<string, Colours>> {
  const sheet = (await workbook(file)).getWorksheet("Chỉ tiêu 2024") as unknown as {
    conditionalFormattings: { rules: { formulae?: string[]; style?: Partial<ExcelJS.Style> }[] }[];
  };
  const byStatus = new Map<string, Colours>();
  for (const rule of sheet.conditionalFormattings.flatMap((cf) => cf.rules)) {
    const formula = rule.formulae?.[0] ?? "";
    const status = formula.includes("SEARCH") ? "toCheck" : /="([^"]+)"/.exec(formula)?.[1];
    const fill = rule.style?.fill as ExcelJS.FillPattern | undefined;
    if (status) byStatus.set(status, { fill: fill?.bgColor?.argb, font: rule.style?.font?.color?.argb });
  }
  return byStatus;
}

/** The report's `Đánh giá` cells, below the biểu's header, by their text (the first of each): fill and text. */
async function statusCells(file: string): Promise<Map<string, Colours>> {
  const sheet = (await workbook(file)).getWorksheet("Báo cáo 6 tháng") as ExcelJS.Worksheet;
  const byText = new Map<string, Colours>();
  let column: number | undefined;
  sheet.eachRow((row) => {
    if (column === undefined) {
      row.eachCell((cell, c) => (cell.value === "Đánh giá" ? (column = c) : undefined));
      return;
    }
    const cell = row.getCell(column);
    const fill = cell.fill as ExcelJS.FillPattern | undefined;
    const text = String(cell.value);
    if (fill?.fgColor?.argb && !byText.has(text))
      byText.set(text, { fill: fill.fgColor.argb, font: cell.font?.color?.argb });
  });
  return byText;
}

test("the checked copy's highlights and the report's status cells and bars: one colour a status, the palette's", async () => {
  const input = await sampleFile();
  expect((await run(["validate", input, "--write", at("da-kiem-tra.xlsx")])).code).toBe(0);
  expect((await run(["report", input, "--write", at("bao-cao.xlsx"), "--date", "2024-07-05"])).code).toBe(0);
  const sheet = await highlights(at("da-kiem-tra.xlsx"));
  const report = await statusCells(at("bao-cao.xlsx"));
  const expected = (s: keyof typeof STATUS_PALETTE) => ({
    fill: argb(STATUS_PALETTE[s].fill),
    font: argb(STATUS_PALETTE[s].fontColor),
  });
  for (const status of STATUSES) {
    const word = STATUS_LABELS.vi[status];
    expect([status, sheet.get(word)]).toEqual([status, expected(status)]);
    expect([status, report.get(word)]).toEqual([status, expected(status)]);
  }
  // "Không đạt" is the report's strong red in the checked copy too, not a pale pink beside it
  expect(sheet.get(STATUS_LABELS.vi.offTrack)?.fill).toBe("FFC00000");
  expect(sheet.get("toCheck")).toEqual(expected("toCheck"));
  expect(report.get("Cần kiểm tra lại số liệu")).toEqual(expected("toCheck"));
  // a row without figures: pale grey in the report; the sheet leaves it plain (its empty entries say it)
  expect(report.get(STATUS_LABELS.vi.missing)).toEqual(expected("missing"));
  expect(sheet.has(STATUS_LABELS.vi.missing)).toBe(false);

  // the bars of the agencies' chart, in the series' order of statuses
  const zip = await JSZip.loadAsync(fs.readFileSync(at("bao-cao.xlsx")));
  const chart = (await zip.file("xl/charts/chart1.xml")?.async("string")) ?? "";
  const bars = [...chart.matchAll(/<c:ser>.*?<c:v>([^<]+)<\/c:v>.*?<c:spPr>(.*?)<\/c:spPr>/g)].map(([, name, fill]) => [
    name,
    /<a:(?:solidFill|bgClr)><a:srgbClr val="([0-9A-F]{6})"/.exec(fill)?.[1],
  ]);
  const labels = { ...STATUS_LABELS.vi, toCheck: "Cần kiểm tra lại số liệu" };
  for (const [name, fill] of bars) {
    const status = (Object.keys(labels) as (keyof typeof labels)[]).find((s) => labels[s] === name);
    expect([name, fill]).toEqual([name, status && STATUS_PALETTE[status].bar.fill.slice(1)]);
  }
  expect(bars.length).toBeGreaterThanOrEqual(6);
});
