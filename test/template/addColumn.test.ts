import { shippedCatalogue as catalogue } from "../catalogue";
import {
  buildTemplate,
  COLUMNS,
  locateTemplate,
  planLastYearColumn,
  templateWithoutLastYear,
  withColumnInserted,
  type ColumnInsertPlan,
  type LocatedTemplate,
  type SheetGrid,
  type TemplateSheet,
} from "../../src/template";

const fresh = buildTemplate(catalogue);
const older = templateWithoutLastYear(catalogue);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

function valuesOf(template: TemplateSheet): unknown[][] {
  return template.cells.map((row) => row.map((c) => c.value ?? ""));
}

function locate(values: unknown[][]): LocatedTemplate {
  const grid: SheetGrid = { sheet: "Chỉ tiêu 2024", values, rowOffset: 0, colOffset: 0 };
  const located = locateTemplate(grid, catalogue);
  if (!located) throw new Error("no template");
  return located;
}

function plan(values: unknown[][]): ColumnInsertPlan {
  const decision = planLastYearColumn(locate(values), catalogue);
  if (decision.kind !== "insert") throw new Error(`expected a plan, got ${decision.kind}`);
  return decision.plan;
}

/** The planned format and style of a sheet row's new cell. */
function cellAt(p: ColumnInsertPlan, row: number) {
  const cell = p.cells.find((c) => c.row === row);
  return cell && { numberFormat: cell.numberFormat, style: cell.style };
}

const rowOf = (values: unknown[][], code: string) => values.findIndex((r) => r.includes(code) && r[1] === code);

describe("the older template (12 columns)", () => {
  test("is the template without Cùng kỳ năm trước: the estimate is followed by % so với KH năm", () => {
    const header = older.cells[older.headerRow].map((c) => c.value);
    expect(header).toHaveLength(12);
    expect(header.slice(5, 8)).toEqual(["Thực hiện", "Ước thực hiện cả năm", "% so với KH năm"]);
    expect(older.merges).toEqual([
      { row: 0, col: 0, rows: 1, cols: 12 },
      { row: 1, col: 0, rows: 1, cols: 12 },
    ]);
    // the figures' validation covers Thực hiện and Ước thực hiện cả năm only
    expect(older.validations.find((v) => v.rule.kind === "whole")).toMatchObject({ col: 5, cols: 2 });
  });
});

describe("planLastYearColumn", () => {
  test("a template that has the column: nothing to do", () => {
    expect(planLastYearColumn(locate(valuesOf(fresh)), catalogue)).toEqual({
      kind: "present",
      sheet: "Chỉ tiêu 2024",
      col: col("lastYear"),
    });
  });

  test("staff put the column elsewhere: found by its header, nothing to do", () => {
    const values = valuesOf(older).map((row) => [...row, ""]);
    values[older.headerRow][12] = "Cùng kỳ năm trước";
    expect(planLastYearColumn(locate(values), catalogue)).toMatchObject({ kind: "present", col: 12 });
  });

  test("the older template: one whole column at H, right after Ước thực hiện cả năm, as a fresh template has it", () => {
    const p = plan(valuesOf(older));
    expect(p.col).toBe(7);
    expect(p.header).toEqual({ row: older.headerRow, text: "Cùng kỳ năm trước" });
    expect(p.width).toBe(12);
    // the header and every template row, top down
    expect(p.cells.map((c) => c.row)).toEqual(
      Array.from({ length: 1 + catalogue.indicators.length }, (_, i) => older.headerRow + i)
    );
    expect(p.cells[0]).toEqual({ row: older.headerRow, numberFormat: "General", style: "header" });
  });

  test.each([
    // code, number format, style, validation kind (none for growth rates, which may be negative)
    ["01", "0.0#", "entry", undefined],
    ["02", "@", "heading", undefined],
    ["05.1", "#,##0.0#", "entry", "decimal"],
    ["08", "#,##0", "entry", "whole"],
    ["09.1", "0.0#", "entry", "decimal"],
    ["16.1", "#,##0.0#", "entry", "decimal"],
    ["15.2", "0.0#", "entry", undefined],
  ])("row %s: format %s, style %s, validation %s, as in a fresh template", (code, format, style, rule) => {
    const values = valuesOf(older);
    const p = plan(values);
    const row = rowOf(values, code);
    expect(cellAt(p, row)).toEqual({ numberFormat: format, style });
    const freshCell = fresh.cells[fresh.rowCodes.indexOf(code)][col("lastYear")];
    expect(cellAt(p, row)).toEqual({ numberFormat: freshCell.numberFormat, style: freshCell.style });
    const validation = p.validations.find((v) => row >= v.row && row < v.row + v.rows);
    expect(validation?.rule.kind).toBe(rule);
    if (validation) expect(validation).toMatchObject({ col: 7, cols: 1 });
  });

  test("validations: one cell per row, exactly the rows and rules a fresh template validates", () => {
    const values = valuesOf(older);
    const p = plan(values);
    const covered = p.validations.flatMap((v) => Array.from({ length: v.rows }, (_, i) => v.row + i));
    const expected = fresh.validations
      .filter((v) => v.col <= col("lastYear") && col("lastYear") < v.col + v.cols)
      .map((v) => v.row);
    expect(covered).toEqual(expected);
    for (const v of p.validations) {
      expect(v).toMatchObject({ col: 7, rows: 1, cols: 1 });
      expect(v.rule).toEqual(fresh.validations.find((f) => f.row === v.row && f.col === col("actual"))?.rule);
    }
  });

  test("a row staff inserted between template rows is left alone: the runs skip it", () => {
    const values = valuesOf(older);
    const at = rowOf(values, "05.1");
    values.splice(
      at,
      0,
      Array.from({ length: 12 }, (_, c) => (c === 2 ? "Ghi chú của phòng" : ""))
    );
    const p = plan(values);
    expect(p.cells.map((c) => c.row)).not.toContain(at);
    expect(p.cells.map((c) => c.row)).toContain(at + 1);
    expect(cellAt(p, at)).toBeUndefined();
    expect(p.validations.some((v) => at >= v.row && at < v.row + v.rows)).toBe(false);
    expect(cellAt(p, rowOf(values, "05.1"))).toEqual({ numberFormat: "#,##0.0#", style: "entry" });
  });

  test("rows sorted by staff: each row gets its own indicator's format", () => {
    const values = valuesOf(older);
    const body = values.splice(older.firstDataRow).reverse();
    values.push(...body);
    const p = plan(values);
    expect(cellAt(p, rowOf(values, "08"))).toEqual({ numberFormat: "#,##0", style: "entry" });
    expect(cellAt(p, rowOf(values, "02"))).toEqual({ numberFormat: "@", style: "heading" });
  });

  test("the estimate column moved right by a column staff added: the new column follows the estimate", () => {
    const values = valuesOf(older).map((row) => [row[0], "", ...row.slice(1)]);
    values[older.headerRow][1] = "Người nhập";
    expect(plan(values).col).toBe(8);
  });

  test("no Ước thực hiện cả năm to put it after: a message, nothing planned", () => {
    const values = valuesOf(older);
    values[older.headerRow][col("estimate")] = "Ước";
    const decision = planLastYearColumn(locate(values), catalogue);
    expect(decision).toMatchObject({
      kind: "problem",
      problem: { key: "sheet.missingColumn", params: { column: "Ước thực hiện cả năm" } },
    });
  });
});

describe("withColumnInserted", () => {
  test("the older template with the planned column is the fresh template, cell for cell", () => {
    const p = plan(valuesOf(older));
    const added = withColumnInserted(older, p);
    expect(added.cells).toEqual(fresh.cells);
    expect(added.merges).toEqual(fresh.merges);
    expect(added.columnWidths).toEqual(fresh.columnWidths);
    expect(added.periodCell).toEqual(fresh.periodCell);
    // the same rows and rules validated in each column (ranges cut differently)
    const validated = (t: TemplateSheet) =>
      t.validations
        .flatMap((v) =>
          Array.from({ length: v.rows * v.cols }, (_, i) =>
            JSON.stringify([v.row + Math.floor(i / v.cols), v.col + (i % v.cols), v.rule])
          )
        )
        .sort();
    expect(validated(added)).toEqual(validated(fresh));
  });
});
