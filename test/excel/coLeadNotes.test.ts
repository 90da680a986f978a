/**
 * Co-leads' notes through the pane's doors (Office.js on the fake, and the in-memory workbook of the preview): Cục
 * Thuế's note on 07.1 merged, then Sở Tài chính's; the cell keeps both, a line each, and in Excel it wraps in a row
 * tall enough to show them.
 */

import { agencyWorkbookBytes, readAgencyFile } from "../../src/cli/agencyFiles";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { planSplit, type MergeSource, type RoundSheet } from "../../src/round";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { Workbook } from "../../src/workbook/types";
import { FakeExcel } from "./fakeExcel";
import { catalogue, col, SHEET, template, value } from "./support";

const row = template.rowCodes.indexOf("07.1");

/** An agency's split file with `note` typed in 07.1's `Ghi chú`, read back as the pane reads a file input. */
async function sent(round: RoundSheet, agency: string, note: string): Promise<MergeSource> {
  const [plan] = planSplit(catalogue, round, { only: agency });
  plan.template.cells[plan.template.rowCodes.indexOf("07.1")][col("note")].value = note;
  const read = await readAgencyFile(await agencyWorkbookBytes(plan), catalogue);
  if (!read.ok) throw new Error(read.code);
  return { file: plan.fileName, sheet: read.sheet };
}

async function twoMerges(workbook: Workbook) {
  value(await workbook.insertTemplate("ask"));
  for (const [agency, note] of [
    ["Cục Thuế", "Chưa gồm thu hải quan"],
    ["Sở Tài chính", "Số liệu KBNN"],
  ]) {
    const round = value(await workbook.readRound());
    value(await workbook.applyMerge([await sent(round, agency, note)], { when: "2024-07-02 09:00:00" }));
  }
}

const BOTH = "Sở Tài chính: Số liệu KBNN\nCục Thuế: Chưa gồm thu hải quan";

test("Office.js: both co-leads' notes in the cell, wrapped, the row fitted to show them", async () => {
  const excel = new FakeExcel();
  excel.addSheet("Sheet1");
  await twoMerges(new OfficeWorkbook(catalogue, excel.host(), excel.createWorkbook));
  expect(excel.cell(SHEET, row, col("note"))?.value).toBe(BOTH);
  expect(excel.shows(SHEET, row, col("note"))).toBe(true);
});

test("the in-memory workbook: both co-leads' notes in the cell", async () => {
  const workbook = new MemoryWorkbook(catalogue);
  await twoMerges(workbook);
  expect(workbook.sheet(SHEET)?.cells[row][col("note")].value).toBe(BOTH);
});
