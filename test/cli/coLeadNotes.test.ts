/**
 * Co-leads' notes through the command line's .xlsx files (ExcelJS): Cục Thuế's note on 07.1 merged, then Sở Tài
 * chính's. The merged file keeps both, a line each, in a cell that wraps in a row tall enough to show them.
 */

import ExcelJS from "exceljs";
import { agencyReplies, rowOf } from "./agencyReplies";
import { letterOf } from "./run";

const NOTE = letterOf("note");

// split writes 13 workbooks: seconds on a loaded machine.
jest.setTimeout(120_000);

const { run, at, reply } = agencyReplies("coleadnotes");

test("the second co-lead's note joins the first's: both kept, wrapped, the row raised", async () => {
  const note = (text: string) => (sheet: ExcelJS.Worksheet) => {
    sheet.getCell(`${NOTE}${rowOf(sheet, "07.1")}`).value = text;
  };
  await reply("cuc-thue.xlsx", "ve", note("Chưa gồm thu hải quan"));
  await reply("so-tai-chinh.xlsx", "ve", note("Số liệu KBNN"));
  expect((await run(["merge", "mau.xlsx", "ve/cuc-thue.xlsx", "--write", "m1.xlsx"])).code).toBe(0);
  const second = await run(["merge", "m1.xlsx", "ve/so-tai-chinh.xlsx", "--write", "m2.xlsx"]);
  expect(second.code).toBe(0);

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(at("m2.xlsx"));
  const sheet = book.worksheets[0];
  const row = rowOf(sheet, "07.1");
  const cell = sheet.getCell(`${NOTE}${row}`);
  expect(cell.value).toBe("Sở Tài chính: Số liệu KBNN\nCục Thuế: Chưa gồm thu hải quan");
  expect(cell.alignment?.wrapText).toBe(true);
  // Two notes, each longer than the column's 18 characters: more than three lines of 16 points.
  expect(sheet.getRow(row).height).toBeGreaterThanOrEqual(48);
  // The cell's other style stays: still an entry cell, filled and bordered.
  expect(cell.fill).toEqual(sheet.getCell(`${NOTE}${row + 1}`).fill);
});
