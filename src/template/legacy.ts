/**
 * The template model without, or with an inserted, column: the sheet older versions inserted
 * (no `Cùng kỳ năm trước`), for the preview and tests, and the model after a whole column is
 * inserted, as Excel moves things, for the in-memory workbook to draw.
 */

import type { Catalogue } from "../core";
import { buildTemplate, COLUMNS, type Area, type TemplateSheet } from "./layout";
import type { ColumnInsertPlan } from "./addColumn";

/** An area once column `col` is deleted: areas across it lose a column, areas right of it move left. */
function areaWithout<T extends Area>(area: T, col: number): T | undefined {
  if (area.col > col) return { ...area, col: area.col - 1 };
  if (area.col + area.cols <= col) return area;
  return area.cols === 1 ? undefined : { ...area, cols: area.cols - 1 };
}

/** An area once a column is inserted at `col`: areas across it gain a column, areas from it on move right. */
function areaWith<T extends Area>(area: T, col: number): T {
  if (area.col >= col) return { ...area, col: area.col + 1 };
  if (area.col + area.cols <= col) return area;
  return { ...area, cols: area.cols + 1 };
}

function present<T>(items: (T | undefined)[]): T[] {
  return items.filter((x): x is T => x !== undefined);
}

/** The model with one column deleted. */
export function withoutColumn(template: TemplateSheet, col: number): TemplateSheet {
  return {
    ...template,
    cells: template.cells.map((row) => row.filter((_, c) => c !== col)),
    merges: present(template.merges.map((m) => areaWithout(m, col))),
    validations: present(template.validations.map((v) => areaWithout(v, col))),
    columnWidths: template.columnWidths.filter((_, c) => c !== col),
    periodCell:
      template.periodCell.col > col
        ? { ...template.periodCell, col: template.periodCell.col - 1 }
        : template.periodCell,
  };
}

/** The template as versions before `Cùng kỳ năm trước` inserted it (12 columns, `% so với KH năm` after the estimate). */
export function templateWithoutLastYear(catalogue: Catalogue): TemplateSheet {
  return withoutColumn(
    buildTemplate(catalogue),
    COLUMNS.findIndex((c) => c.key === "lastYear")
  );
}

/** The model once a plan's whole column is inserted and its cells formatted, header and validations included. */
export function withColumnInserted(template: TemplateSheet, plan: ColumnInsertPlan): TemplateSheet {
  const { col } = plan;
  const cells = template.cells.map((row) => [
    ...row.slice(0, col),
    { value: null, style: "plain" as const, numberFormat: "General" },
    ...row.slice(col),
  ]);
  for (const { row, numberFormat, style } of plan.cells) {
    if (cells[row]) cells[row][col] = { value: null, numberFormat, style };
  }
  if (cells[plan.header.row]) cells[plan.header.row][col].value = plan.header.text;
  return {
    ...template,
    cells,
    merges: template.merges.map((m) => areaWith(m, col)),
    validations: [...template.validations.map((v) => areaWith(v, col)), ...plan.validations],
    columnWidths: [...template.columnWidths.slice(0, col), plan.width, ...template.columnWidths.slice(col)],
    periodCell:
      template.periodCell.col >= col
        ? { ...template.periodCell, col: template.periodCell.col + 1 }
        : template.periodCell,
  };
}
