/**
 * Agencies' replies for the command-line tests: a 6-month template split into `gui/` in a scratch folder, and an
 * agency's split file copied and edited with ExcelJS, as its staff would edit it in Excel.
 */

import ExcelJS from "exceljs";
import * as fs from "fs";
import { cliWorkspace, letterOf } from "./run";

const [CODE, ACTUAL] = [letterOf("code"), letterOf("actual")];
const SHEET = "Chỉ tiêu 2024";

/** The 1-based row of a code in a worksheet's code column. */
export function rowOf(sheet: ExcelJS.Worksheet, code: string): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(`${CODE}${r}`).value === code) return r;
  throw new Error(`no row ${code}`);
}

/** Types figures into `Thực hiện`, by code. */
export function fill(sheet: ExcelJS.Worksheet, figures: Record<string, number>): void {
  for (const [code, value] of Object.entries(figures)) sheet.getCell(`${ACTUAL}${rowOf(sheet, code)}`).value = value;
}

/** A scratch folder holding `mau.xlsx` (6 tháng) and its split `gui/`, made before the file's tests. */
export function agencyReplies(name: string) {
  const workspace = cliWorkspace(name);
  const { run, at } = workspace;
  beforeAll(async () => {
    expect((await run(["template", "--out", "mau.xlsx", "--period", "6 tháng"])).code).toBe(0);
    expect((await run(["split", "mau.xlsx", "--out", "gui"])).code).toBe(0);
  });
  /** An agency's split file (`so-y-te.xlsx`) copied into `folder`, edited; its path. */
  async function reply(
    agencyFile: string,
    folder: string,
    edit: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void
  ): Promise<string> {
    fs.mkdirSync(at(folder), { recursive: true });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(at("gui", agencyFile));
    edit(book.getWorksheet(SHEET) as ExcelJS.Worksheet, book);
    const file = at(folder, agencyFile);
    await book.xlsx.writeFile(file);
    return file;
  }
  return { ...workspace, reply };
}
