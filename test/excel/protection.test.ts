/** Protected workbooks in the Office.js door: refused before anything is written, with what to do (review 25, finding 3). */

import { LOG_HEADER, LOG_SHEET } from "../../src/round";
import { forEachSampleFigure } from "../report/sheets";
import { col, error, inserted, rowOf, SHEET, value } from "./support";

/** An agency's file: a template with one figure typed in it, read as a merge source. */
async function agencySource(code: string, figure: number) {
  const agency = await inserted();
  agency.excel.type(SHEET, rowOf(agency.excel, code), col("actual"), figure);
  return { file: "so-y-te.xlsx", sheet: value(await agency.workbook.readRound()) };
}

/** What staff see of the template's cells: every value, by cell. */
function cellValues(excel: Awaited<ReturnType<typeof inserted>>["excel"]): Record<string, unknown> {
  return Object.fromEntries([...excel.sheet(SHEET).cells].map(([k, c]) => [k, c.value]));
}

const STRUCTURE_VI = /Sổ làm việc đang được bảo vệ cấu trúc.*Xem lại › Bỏ bảo vệ sổ làm việc/s;
const STRUCTURE_EN = /structure is protected.*Review › Unprotect Workbook/s;

describe("a workbook whose structure is protected (Review › Protect Workbook)", () => {
  test("a merge that needs the log sheet is refused before any figure is written, saying how to unprotect", async () => {
    const { excel, workbook } = await inserted();
    const source = await agencySource("12.2", 11.5);
    excel.structureProtected = true;
    const before = cellValues(excel);
    excel.writes = [];
    const refused = await workbook.applyMerge([source], { when: "t1" });
    expect(error(refused)).toMatch(STRUCTURE_VI);
    expect(error(refused, "en")).toMatch(STRUCTURE_EN);
    expect(excel.writes).toEqual([]);
    expect(cellValues(excel)).toEqual(before);
    expect(excel.sheets.map((s) => s.name)).not.toContain(LOG_SHEET);
  });

  test("with the log sheet already there, nothing is added: the merge goes ahead and appends to it", async () => {
    const { excel, workbook } = await inserted();
    excel.addSheet(LOG_SHEET);
    LOG_HEADER.forEach((h, c) => excel.type(LOG_SHEET, 0, c, h));
    excel.structureProtected = true;
    value(await workbook.applyMerge([await agencySource("12.2", 11.5)], { when: "t1" }));
    expect(excel.cell(SHEET, rowOf(excel, "12.2"), col("actual"))?.value).toBe(11.5);
    expect(excel.cell(LOG_SHEET, 1, 3)?.value).toBe("12.2");
  });

  test("should Excel refuse the log sheet all the same, the figures are not written without their log", async () => {
    const { excel, workbook } = await inserted();
    const source = await agencySource("12.2", 11.5);
    // Refused at sync although the workbook said it could add it (protected by someone else meanwhile, say).
    excel.failOperation = { match: `worksheets.add ${LOG_SHEET}`, code: "AccessDenied", message: "denied" };
    const before = cellValues(excel);
    expect(error(await workbook.applyMerge([source], { when: "t1" }), "en")).toMatch(/protected|read-only/);
    expect(cellValues(excel)).toEqual(before);
  });

  test("inserting the template is refused before anything is drawn", async () => {
    const { excel, workbook } = await inserted();
    excel.structureProtected = true;
    excel.writes = [];
    const names = excel.sheets.map((s) => s.name);
    for (const mode of ["ask", "replace", "copy"] as const) {
      const refused = await workbook.insertTemplate(mode);
      expect(error(refused)).toMatch(STRUCTURE_VI);
    }
    expect(excel.sheets.map((s) => s.name)).toEqual(names);
    expect(excel.writes).toEqual([]);
  });

  test("the report is refused before anything is drawn", async () => {
    const { excel, workbook } = await inserted();
    forEachSampleFigure((code, key, v, format) => excel.type(SHEET, rowOf(excel, code), col(key), v, format));
    excel.structureProtected = true;
    excel.writes = [];
    const names = excel.sheets.map((s) => s.name);
    const refused = await workbook.writeReport({
      tolerance: 0.05,
      period: "H1",
      groupBy: "agency",
      lang: "vi",
      date: "2024-07-05",
    });
    expect(error(refused, "en")).toMatch(STRUCTURE_EN);
    expect(excel.sheets.map((s) => s.name)).toEqual(names);
    expect(excel.writes).toEqual([]);
  });

  test("validating writes only cells, so it is not refused", async () => {
    const { excel, workbook } = await inserted();
    excel.structureProtected = true;
    value(await workbook.validate({ tolerance: 0.05 }));
    expect(excel.cell(SHEET, rowOf(excel, "01"), col("status"))?.value).toBeTruthy();
  });
});

describe("filtering a protected template sheet", () => {
  test.each([
    ["with AutoFilter", undefined],
    ["hiding rows (before ExcelApi 1.9)", ["1.8"]],
  ])("%s: the sheet's own message, and nothing filtered", async (_, supported) => {
    const { excel, workbook } = await inserted({ supported });
    excel.sheet(SHEET).protected = true;
    const refused = await workbook.filterByAgency("Cục Hải quan");
    expect(error(refused)).toBe(
      `Trang “${SHEET}” đang được bảo vệ nên không ghi được kết quả. Hãy bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.`
    );
    expect(excel.sheet(SHEET).autoFilter).toEqual({ enabled: false });
    expect(excel.sheet(SHEET).hiddenRows.size).toBe(0);
  });
});

describe("Excel's AccessDenied", () => {
  test("says what to do whether the workbook is read-only or protected: Excel gives both the same code", async () => {
    const { excel, workbook } = await inserted();
    excel.failNextSync = { code: "AccessDenied", message: "You cannot perform the requested operation." };
    const said = error(await workbook.validate({ tolerance: 0.05 }));
    expect(said).toMatch(/chỉ đọc/);
    expect(said).toMatch(/Bỏ bảo vệ trang tính/);
    expect(said).toMatch(/Bỏ bảo vệ sổ làm việc/);
    excel.failNextSync = { code: "AccessDenied", message: "You cannot perform the requested operation." };
    const en = error(await workbook.validate({ tolerance: 0.05 }), "en");
    expect(en).toMatch(/read-only.*Unprotect Sheet.*Unprotect Workbook/s);
  });
});
