/** What a workbook set to calculate by hand means for a judged sheet: recalculated first, or formula results to doubt. */

import { problem, type Finding } from "../core";
import type { LocatedTemplate, SheetGrid } from "./locate";

/** How a door found the workbook's calculation when it is Manual (a grid without it was calculated by Excel itself). */
export interface ManualCalculation {
  /** The door had Excel calculate every formula before reading: the results read are fresh. */
  recalculated: boolean;
  /** Read inside Excel (else from a file as saved): says what the person should do. */
  inExcel: boolean;
  /** Cells (absolute, 0-based) holding a formula, for a door whose grid carries no `formulas`. */
  formulaCells?: readonly { row: number; col: number }[];
}

/** The judged columns: a stale formula there is a stale figure. */
const JUDGED = ["actual", "estimate"] as const;

/** Whether a cell holds a formula: from the door's list, else from the grid's formulas (text typed as `=…` is no formula). */
function formulaTest(grid: SheetGrid): (row: number, col: number) => boolean {
  const listed = grid.calculation?.formulaCells;
  if (listed) {
    const cells = new Set(listed.map((c) => `${c.row}:${c.col}`));
    return (row, col) => cells.has(`${row}:${col}`);
  }
  return (row, col) => {
    const formula = grid.formulas?.[row - grid.rowOffset]?.[col - grid.colOffset];
    const value = grid.values[row - grid.rowOffset]?.[col - grid.colOffset];
    return typeof formula === "string" && formula.startsWith("=") && formula !== value;
  };
}

/** The template rows whose judged figures are formulas, in sheet order. */
export function formulaRows(grid: SheetGrid, located: LocatedTemplate): string[] {
  const isFormula = formulaTest(grid);
  return [...located.rows]
    .filter(([, row]) =>
      JUDGED.some((column) => {
        const col = located.columns[column];
        return col !== undefined && isFormula(row, col);
      })
    )
    .sort(([, a], [, b]) => a - b)
    .map(([code]) => code);
}

/**
 * Manual calculation: said when the door recalculated (it changed what Excel shows), and when it could not, naming the
 * rows judged on formula results that may be stale. Nothing when no judged figure is a formula: none can be stale.
 */
export function calculationFindings(grid: SheetGrid, located: LocatedTemplate): Finding[] {
  const calculation = grid.calculation;
  if (!calculation) return [];
  if (calculation.recalculated) {
    return [{ severity: "warning", codes: [], problem: problem("calc.recalculated", { sheet: located.sheet }) }];
  }
  const codes = formulaRows(grid, located);
  if (codes.length === 0) return [];
  const params = { sheet: located.sheet, codes, inExcel: calculation.inExcel };
  return [{ severity: "warning", codes, problem: problem("sheet.manualCalculation", params) }];
}
