/**
 * Plans adding the optional `Cùng kỳ năm trước` column to a template inserted before it existed:
 * where the column goes and what its cells get, taken from the template as it is inserted now.
 */

import { problem, type Catalogue, type Problem } from "../core";
import { buildTemplate, COLUMNS, type StyleName, type Validation } from "./layout";
import type { LocatedTemplate } from "./locate";

const LAST_YEAR = COLUMNS.findIndex((c) => c.key === "lastYear");
export const LAST_YEAR_HEADER = COLUMNS[LAST_YEAR].header;

/** One cell of the new column: its row, number format and style in the template model. */
export interface NewColumnCell {
  row: number;
  numberFormat: string;
  style: StyleName;
}

export interface ColumnInsertPlan {
  sheet: string;
  /**
   * The sheet column (0-based) where one whole column is inserted: it and everything right of it
   * move one column right. A whole column, not cells written one column over: Excel then moves
   * the cells with their formats, comments and validations, and adjusts every formula, defined
   * name, merge, filter and conditional format that refers to them, so a staff formula such as
   * `=H7/G7` still points at the figures it pointed at. Rewriting the cells shifted would leave
   * such formulas pointing at the wrong column.
   */
  col: number;
  header: { row: number; text: string };
  /**
   * Cells of the new column to format, top down: the header and the template's rows (found by
   * code); a row staff inserted between template rows keeps the format Excel gives it.
   */
  cells: NewColumnCell[];
  /** The same data validation a freshly inserted template has in this column, row by row. */
  validations: Validation[];
  /** Width in characters, as the fresh template's. */
  width: number;
}

export type LastYearDecision =
  /** The column is there (wherever staff put it): nothing to do. */
  | { kind: "present"; sheet: string; col: number }
  | { kind: "insert"; plan: ColumnInsertPlan }
  /** The column cannot be placed: the sheet has no `Ước thực hiện cả năm` to put it after. */
  | { kind: "problem"; problem: Problem };

/**
 * What adding `Cùng kỳ năm trước` writes into a located template. It goes right after
 * `Ước thực hiện cả năm`, where a template inserted now has it, wherever staff moved that column.
 */
export function planLastYearColumn(located: LocatedTemplate, catalogue: Catalogue): LastYearDecision {
  const { sheet, columns } = located;
  if (columns.lastYear !== undefined) return { kind: "present", sheet, col: columns.lastYear };
  if (columns.estimate === undefined) {
    // The estimate is the column before Cùng kỳ năm trước in COLUMNS.
    return {
      kind: "problem",
      problem: problem("sheet.missingColumn", { sheet, column: COLUMNS[LAST_YEAR - 1].header }),
    };
  }
  const col = columns.estimate + 1;
  const fresh = buildTemplate(catalogue);

  // Sheet row → the fresh template's row with the same code; the header is the header.
  const sources = new Map<number, number>([[located.headerRow, fresh.headerRow]]);
  for (const [code, row] of located.rows) {
    const source = fresh.rowCodes.indexOf(code);
    if (source >= 0) sources.set(row, source);
  }
  const rows = [...sources.keys()].sort((a, b) => a - b);

  const cells: NewColumnCell[] = [];
  const validations: Validation[] = [];
  for (const row of rows) {
    const source = sources.get(row) as number;
    const { numberFormat, style } = fresh.cells[source][LAST_YEAR];
    cells.push({ row, numberFormat, style });
    const rule = fresh.validations.find(
      (v) => v.row <= source && source < v.row + v.rows && v.col <= LAST_YEAR && LAST_YEAR < v.col + v.cols
    );
    if (rule) validations.push({ ...rule, row, col, rows: 1, cols: 1 });
  }

  return {
    kind: "insert",
    plan: {
      sheet,
      col,
      header: { row: located.headerRow, text: LAST_YEAR_HEADER },
      cells,
      validations,
      width: COLUMNS[LAST_YEAR].width,
    },
  };
}
