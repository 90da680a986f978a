import { buildTemplate, COLUMNS, judgeSheet, OLD_PERCENT_HEADER, type SheetGrid } from "../../src/template";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { shippedCatalogue as catalogue } from "../catalogue";

const template = buildTemplate(catalogue);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const rowOf = (code: string) => template.rowCodes.indexOf(code);

function freshGrid(): unknown[][] {
  return template.cells.map((row) => row.map((c) => c.value ?? ""));
}
function grid(values: unknown[][]): SheetGrid {
  return { sheet: "Chỉ tiêu 2024", values, rowOffset: 0, colOffset: 0 };
}

describe("the % so với KH năm column", () => {
  test("a new template heads it % so với KH năm", () => {
    expect(template.cells[template.headerRow][col("percent")].value).toBe("% so với KH năm");
  });

  test("an old template's % so với KH is read, and its header renamed by the write", () => {
    const values = freshGrid();
    values[template.headerRow][col("percent")] = OLD_PERCENT_HEADER;
    values[rowOf("07.1")][col("actual")] = 3952;
    const judged = judgeSheet(grid(values), catalogue, { tolerance: 0.05 });
    expect(judged?.located.columns.percent).toBe(col("percent"));
    expect(judged?.located.oldPercentHeader).toBe(true);
    const write = judged?.writes.percent;
    expect(write?.row).toBe(template.headerRow);
    expect(write?.values[0][0]).toBe("% so với KH năm");
    // 3.952 of the annual 7.485, though the status compared it with the 3.742,5 due by 6 months.
    expect(write?.values[rowOf("07.1") - template.headerRow][0]).toBeCloseTo(3952 / 7485, 10);
    expect(judged?.report.evaluation.row("07.1")?.status).toBe("exceeded");
    // Clearing never renames anything.
    expect(judged?.clearWrites.percent?.row).toBe(template.firstDataRow);
  });

  test("a current header is left alone", () => {
    const judged = judgeSheet(grid(freshGrid()), catalogue, { tolerance: 0.05 });
    expect(judged?.located.oldPercentHeader).toBe(false);
    expect(judged?.writes.percent?.row).toBe(template.firstDataRow);
  });

  test("the in-memory door renames the old header on validation and keeps it renamed", async () => {
    const book = new MemoryWorkbook(catalogue);
    await book.insertTemplate("ask");
    const sheet = book.sheet("Chỉ tiêu 2024");
    if (!sheet) throw new Error("no sheet");
    sheet.cells[template.headerRow][col("percent")].value = OLD_PERCENT_HEADER;
    sheet.cells[rowOf("07.1")][col("actual")].value = 3952;
    const result = await book.validate({ tolerance: 0.05 });
    expect(result.ok).toBe(true);
    expect(sheet.cells[template.headerRow][col("percent")].value).toBe("% so với KH năm");
    expect(sheet.cells[rowOf("07.1")][col("percent")].value).toBeCloseTo(3952 / 7485, 10);
  });
});

describe("the period", () => {
  test.each([["Quý 2"], ["tháng 10"], [""]])("%p: judged as Cả năm, said first, cumulative rows assumed", (text) => {
    const values = freshGrid();
    values[template.periodCell.row][template.periodCell.col] = text;
    values[rowOf("07.1")][col("actual")] = 3952;
    values.push(values[0].map(() => ""));
    values[values.length - 1][col("code")] = "99";
    const judged = judgeSheet(grid(values), catalogue, { tolerance: 0.05 });
    const report = judged?.report;
    expect(report?.period).toBe("FY");
    expect(report?.periodAssumed).toBe(true);
    expect(report?.findings.map((f) => f.problem.key).slice(0, 2)).toEqual(["period.unreadable", "sheet.unknownCode"]);
    expect(report?.evaluation.row("07.1")).toMatchObject({ status: "offTrack", periodAssumed: true });
    expect(report?.evaluation.row("09.1")?.periodAssumed).toBe(false);
  });

  test.each([
    ["quý 1", "Q1"],
    ["6T", "H1"],
    ["chín tháng", "9M"],
    ["Năm 2024", "FY"],
  ])("%p is read as %p and nothing is assumed", (text, period) => {
    const values = freshGrid();
    values[template.periodCell.row][template.periodCell.col] = text;
    const report = judgeSheet(grid(values), catalogue, { tolerance: 0.05 })?.report;
    expect(report?.period).toBe(period);
    expect(report?.periodAssumed).toBe(false);
    expect(report?.findings).toEqual([]);
  });

  test("a period chosen by the caller replaces an unreadable one", () => {
    const values = freshGrid();
    values[template.periodCell.row][template.periodCell.col] = "Quý 2";
    const report = judgeSheet(grid(values), catalogue, { tolerance: 0.05, period: "H1" })?.report;
    expect(report?.period).toBe("H1");
    expect(report?.periodAssumed).toBe(false);
    expect(report?.findings.map((f) => f.problem.key)).not.toContain("period.unreadable");
  });
});
