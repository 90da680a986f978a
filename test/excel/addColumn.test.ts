/** Adding Cùng kỳ năm trước to an older template through Office.js, against the fake Excel (which models whole-column inserts). */

import { compareWithLastYear, comparisonText, readExtras } from "../../src/report";
import { drawTemplate } from "../../src/excel/draw";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { judgeSheet, templateWithoutLastYear, type SheetGrid } from "../../src/template";
import { FakeExcel, parseAddress, shiftFormula, SHEET_ROWS } from "./fakeExcel";
import { catalogue, error, SHEET, template, value } from "./support";

const older = templateWithoutLastYear(catalogue);
/** Columns of the older template (12): F Thực hiện, G Ước, H % so với KH năm, I Đánh giá, L Ghi chú. */
const OLD = { actual: 5, estimate: 6, percent: 7, status: 8, note: 11 };
const rowOf = (code: string) => older.rowCodes.indexOf(code);
const OTHER = "Tổng hợp";

/** A workbook as an older version of the add-in left it, with figures, notes and formulas staff typed. */
async function olderWorkbook(supported?: string[]) {
  const excel = new FakeExcel();
  excel.addSheet("Sheet1");
  excel.addSheet(OTHER);
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(SHEET);
    drawTemplate(sheet, older, { cellProperties: true, pageLayout: true });
    context.workbook.names.add("ChiTieu_Template_1", sheet.getRange("A6:L6"), "chi-tieu:lang-son-2024");
    await context.sync();
  });
  excel.type(SHEET, rowOf("05.1"), OLD.actual, 2100);
  excel.type(SHEET, rowOf("05.1"), OLD.estimate, 4100);
  excel.type(SHEET, rowOf("01"), OLD.actual, "7,5");
  excel.type(SHEET, rowOf("08"), OLD.actual, 3);
  excel.type(SHEET, rowOf("05.1"), OLD.note, "Số liệu sơ bộ");
  // Staff's own formulas: beside the table (N) on the % column, and on another sheet on Ghi chú and Ước.
  const n = rowOf("05.1") + 1;
  excel.sheet(SHEET).cells.set(`${rowOf("05.1")},13`, { value: 0, formula: `=H${n}*100`, numberFormat: "General" });
  excel
    .sheet(OTHER)
    .cells.set("0,0", { value: 0, formula: `='${SHEET}'!G${n}+'${SHEET}'!L${n}`, numberFormat: "General" });
  if (supported) excel.supported = new Set(supported);
  const workbook = new OfficeWorkbook(catalogue, excel.host());
  excel.syncs = 0;
  excel.writes = [];
  excel.operations = [];
  return { excel, workbook };
}

const cell = (excel: FakeExcel, code: string, col: number) => excel.cell(SHEET, rowOf(code), col);

function grid(excel: FakeExcel): SheetGrid {
  const values: unknown[][] = [];
  const numberFormats: unknown[][] = [];
  for (const [k, c] of excel.sheet(SHEET).cells) {
    const [r, col] = k.split(",").map(Number);
    (values[r] ??= [])[col] = c.value;
    (numberFormats[r] ??= [])[col] = c.numberFormat;
  }
  const fill = (rows: unknown[][]) =>
    Array.from({ length: rows.length }, (_, r) => Array.from({ length: 16 }, (_, c) => rows[r]?.[c] ?? ""));
  return { sheet: SHEET, values: fill(values), numberFormats: fill(numberFormats), rowOffset: 0, colOffset: 0 };
}

describe("the fake's whole-column insert", () => {
  test("whole columns parse as such", () => {
    expect(parseAddress("H:H")).toEqual({ row: 0, col: 7, rows: SHEET_ROWS, cols: 1 });
  });

  test.each([
    ["=H7*100", true, "=I7*100"],
    ["=G7+$L$7", true, "=G7+$M$7"],
    ["=SUM(A1:L1)", true, "=SUM(A1:M1)"],
    [`='${SHEET}'!L7`, false, `='${SHEET}'!M7`],
    ["=Other!L7", false, "=Other!L7"],
    ["=L7", false, "=L7"],
    [`='${SHEET}'!$A$6:$L$6`, false, `='${SHEET}'!$A$6:$M$6`],
    ['="H7"&LOG10(H7)', true, '="H7"&LOG10(I7)'],
  ])("%s (same sheet: %s) → %s", (formula, local, expected) => {
    expect(shiftFormula(formula, SHEET, 7, 1, local)).toBe(expected);
  });

  test("fails on a protected sheet, as Excel does, and moves nothing", async () => {
    const { excel } = await olderWorkbook();
    excel.sheet(SHEET).protected = true;
    const before = [...excel.sheet(SHEET).cells.entries()];
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(SHEET).getRange("H:H").insert("Right");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect([...excel.sheet(SHEET).cells.entries()]).toEqual(before);
  });

  test("refuses what it does not model rather than pretend", async () => {
    const { excel } = await olderWorkbook();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(SHEET).getRange("H6:H10").insert("Right");
        await context.sync();
      })
    ).rejects.toThrow(/only whole columns/);
  });
});

describe("add Cùng kỳ năm trước through Office.js", () => {
  test("one whole column at H in four syncs: header, formats, width, validation as a fresh template; nothing typed moves to a wrong column", async () => {
    const { excel, workbook } = await olderWorkbook();
    expect(value(await workbook.addLastYearColumn())).toEqual({ status: "added", sheet: SHEET, column: "H" });
    // read (3) + the batch (1): whatever the number of rows
    expect(excel.syncs).toBe(4);
    expect(excel.operations.filter((o) => o.includes(".insert"))).toEqual([
      `range ${SHEET}!H1:H${SHEET_ROWS}.insert Right`,
    ]);
    const header = template.headerRow;
    expect(excel.cell(SHEET, header, 7)?.value).toBe("Cùng kỳ năm trước");
    expect(Array.from({ length: 13 }, (_, c) => excel.cell(SHEET, header, c)?.value)).toEqual(
      template.cells[header].map((c) => c.value)
    );
    // typed figures stay where they were (left of H); notes and results moved right with their columns
    expect(cell(excel, "05.1", OLD.actual)?.value).toBe(2100);
    expect(cell(excel, "05.1", OLD.estimate)?.value).toBe(4100);
    expect(cell(excel, "01", OLD.actual)?.value).toBe("7,5");
    expect(cell(excel, "05.1", OLD.note + 1)?.value).toBe("Số liệu sơ bộ");
    // Cơ quan phối hợp moved from K to L
    expect(cell(excel, "05.1", OLD.note)?.value).toBe(older.cells[rowOf("05.1")][OLD.note - 1].value);
    expect(cell(excel, "05.1", 7)?.value ?? "").toBe("");
    // formats of the new column: the fresh template's, row by row
    for (const code of ["05.1", "08", "09.1", "02"]) {
      expect(cell(excel, code, 7)?.numberFormat).toBe(template.cells[template.rowCodes.indexOf(code)][7].numberFormat);
    }
    const properties = excel.sheet(SHEET).cellProperties as Excel.SettableCellProperties[][];
    expect(properties[rowOf("05.1")][7].format?.protection?.locked).toBe(false);
    expect(properties[rowOf("05.1")][7].format?.fill?.color).toBe("#FFF9E1");
    expect(properties[header][7].format?.font?.bold).toBe(true);
    expect(properties[rowOf("05.1")][8].format?.protection?.locked).toBe(true); // % so với KH năm, moved
    const width = [...excel.ranges].reverse().find((r) => r.col === 7 && r.row === 0 && r.rows === 1 && r.cols === 1);
    expect((width?.proxy.format as { columnWidth?: number }).columnWidth).toBe(12 * 6);
    // Excel's adjustments: formulas, the marker, merges, older validations
    const n = rowOf("05.1") + 1;
    expect(excel.sheet(SHEET).cells.get(`${rowOf("05.1")},14`)?.formula).toBe(`=I${n}*100`);
    expect(excel.sheet(OTHER).cells.get("0,0")?.formula).toBe(`='${SHEET}'!G${n}+'${SHEET}'!M${n}`);
    expect(excel.names).toEqual([
      { name: "ChiTieu_Template_1", formula: `='${SHEET}'!$A$6:$M$6`, comment: "chi-tieu:lang-son-2024" },
    ]);
    expect(excel.sheet(SHEET).merges).toEqual(["A1:M1", "A2:M2"]);
    const validations = excel.sheet(SHEET).validations;
    const at = (row: number, col: number) =>
      validations.filter((v) => {
        const a = parseAddress(v.address);
        return row >= a.row && row < a.row + a.rows && col >= a.col && col < a.col + a.cols;
      });
    expect(at(rowOf("08"), 7).map((v) => v.rule)).toEqual([
      { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
    ]);
    expect(at(rowOf("08"), 5)).toHaveLength(1);
    expect(at(rowOf("01"), 7)).toHaveLength(0);
    expect(validations.find((v) => v.address === "D4:D4")).toBeDefined();
    expect(excel.sheet(SHEET).frozenRows).toBe(template.freezeRows);
  });

  test("validation afterwards: the same figures and statuses, results found by header in their new columns, and % so với cùng kỳ once last year is filled", async () => {
    const { excel, workbook } = await olderWorkbook();
    const before = value(await workbook.validate({ tolerance: 0.05 }));
    expect(before.hasLastYearColumn).toBe(false);
    const status = cell(excel, "05.1", OLD.status)?.value;
    expect(status).toBe("Vượt kế hoạch");
    value(await workbook.addLastYearColumn());
    const after = value(await workbook.validate({ tolerance: 0.05 }));
    expect(after.hasLastYearColumn).toBe(true);
    for (const code of ["01", "05.1", "08"]) {
      expect(after.evaluation.row(code)).toEqual(before.evaluation.row(code));
    }
    // % so với KH năm and Đánh giá are now I and J; H (last year) stays empty
    expect(cell(excel, "05.1", 9)?.value).toBe(status);
    expect(cell(excel, "05.1", 8)?.value).toBeCloseTo(
      (before.evaluation.row("05.1")?.percentOfAnnualPlan ?? NaN) / 100,
      10
    );
    expect(cell(excel, "05.1", 7)?.value ?? "").toBe("");
    expect(cell(excel, "05.1", 12)?.value).toBe("Số liệu sơ bộ");

    // staff fill Cùng kỳ năm trước: the report quotes % so với cùng kỳ
    excel.edit(SHEET, rowOf("05.1"), 7, 1750);
    excel.edit(SHEET, rowOf("01"), 7, "6,9");
    value(await workbook.validate({ tolerance: 0.05 }));
    const read = grid(excel);
    const judged = judgeSheet(read, catalogue, { tolerance: 0.05 });
    if (!judged) throw new Error("no template");
    const extras = readExtras(read, judged.located);
    expect(judged.report.evaluation.row("05.1")?.lastYear).toBe(1750);
    expect(extras.get("05.1")).toMatchObject({ note: "Số liệu sơ bộ" });
    const compare = (code: string) =>
      compareWithLastYear(
        catalogue.byCode.get(code) as never,
        judged.report.evaluation.row(code)?.actual,
        judged.report.evaluation.row(code)?.lastYear
      );
    expect(comparisonText(compare("05.1") as never, "vi")).toBe("120%");
    expect(compare("01")).toEqual({ kind: "points", points: 0.6 });
    expect(cell(excel, "05.1", 7)?.value).toBe(1750);
  });

  test("a template that has the column: nothing to do, nothing written", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const workbook = new OfficeWorkbook(catalogue, excel.host());
    value(await workbook.insertTemplate("ask"));
    excel.syncs = 0;
    excel.writes = [];
    excel.operations = [];
    expect(value(await workbook.addLastYearColumn())).toEqual({ status: "present", sheet: SHEET });
    expect(excel.syncs).toBe(3);
    expect(excel.writes).toEqual([]);
    expect(excel.operations.filter((o) => !o.endsWith(".load"))).toEqual([]);
  });

  test("a protected sheet: a clear message, nothing inserted or written", async () => {
    const { excel, workbook } = await olderWorkbook();
    excel.sheet(SHEET).protected = true;
    expect(error(await workbook.addLastYearColumn())).toBe(
      `Trang “${SHEET}” đang được bảo vệ nên không ghi được kết quả. Hãy bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.`
    );
    expect(excel.writes).toEqual([]);
    expect(excel.operations.filter((o) => !o.endsWith(".load"))).toEqual([]);
    expect(cell(excel, "05.1", OLD.note)?.value).toBe("Số liệu sơ bộ");
  });

  test("a read-only workbook: a clear message, nothing written", async () => {
    const { excel, workbook } = await olderWorkbook();
    excel.readOnly = true;
    expect(error(await workbook.addLastYearColumn(), "en")).toMatch(/read-only/);
    expect(excel.writes).toEqual([]);
  });

  test("no template: says so", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const workbook = new OfficeWorkbook(catalogue, excel.host());
    expect(error(await workbook.addLastYearColumn(), "en")).toMatch(/No sheet/);
  });

  test("Excel before 1.9 and 1.14: styles range by range, events off around the writes and back on", async () => {
    const { excel, workbook } = await olderWorkbook(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"]);
    const properties = excel.sheet(SHEET).cellProperties;
    value(await workbook.addLastYearColumn());
    expect(excel.syncs).toBe(6);
    expect(excel.enableEvents).toEqual([false, true]);
    expect(excel.eventsEnabled).toBe(true);
    expect(excel.cell(SHEET, template.headerRow, 7)?.value).toBe("Cùng kỳ năm trước");
    // no setCellProperties call: the new column's cells keep the left column's properties in the fake
    expect(excel.operations.some((o) => o.includes("H") && o.includes("setCellProperties"))).toBe(false);
    expect(properties).toBeDefined();
    const locked = excel.ranges
      .filter((r) => r.col === 7 && r.cols === 1 && r.row <= rowOf("05.1") && rowOf("05.1") < r.row + r.rows)
      .map((r) => (r.proxy.format as { protection?: { locked?: boolean } }).protection?.locked)
      .filter((l) => l !== undefined);
    expect(locked).toEqual([false]);
  });
});
