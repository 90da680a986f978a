/** Adds `Cùng kỳ năm trước` to an older template inside Excel: one whole column inserted and formatted, in one batch. */

import { DEFAULT_TOLERANCE, problem, type Catalogue } from "../core";
import { columnLetter, planLastYearColumn, STYLES, TEMPLATE_FONT, type ColumnInsertPlan } from "../template";
import type { AddColumnResult } from "../workbook/types";
import { applyStyle, applyValidation, cellProperties, POINTS_PER_CHARACTER } from "./draw";
import { KnownProblem, ownWrites, type ExcelHost } from "./host";
import { readTemplates } from "./read";

/**
 * Reads the templates (three syncs), plans, and carries the plan out in one more sync (three
 * before ExcelApi 1.14, which switch events off and on). Nothing is written when the column is
 * there, the workbook is read-only or the sheet protected.
 */
export async function addLastYearColumn(
  context: Excel.RequestContext,
  catalogue: Catalogue,
  host: ExcelHost
): Promise<AddColumnResult> {
  const book = await readTemplates(context, catalogue, { tolerance: DEFAULT_TOLERANCE });
  const template = book.templates[0];
  if (!template) throw new KnownProblem(problem("sheet.noTemplate", { sheets: book.sheetNames }));
  const decision = planLastYearColumn(template.judged.located, catalogue);
  if (decision.kind === "problem") throw new KnownProblem(decision.problem);
  if (decision.kind === "present") return { status: "present", sheet: template.name };
  if (book.readOnly) throw new KnownProblem(problem("excel.readOnly", {}));
  if (template.protected) throw new KnownProblem(problem("excel.protected", { sheet: template.name }));
  const { plan } = decision;
  await ownWrites(host, context, async () => {
    insertColumn(template.sheet, plan, host.supports("1.9"));
    await context.sync();
  });
  return { status: "added", sheet: template.name, column: columnLetter(plan.col) };
}

/** Queues the plan: the whole column first, so that every write after it lands in the new column. */
function insertColumn(sheet: Excel.Worksheet, plan: ColumnInsertPlan, cellPropertiesApi: boolean): void {
  const letter = columnLetter(plan.col);
  // The whole column, not a block of cells: Excel moves everything right of it and adjusts formulas,
  // names, merges, filters and conditional formats (see ColumnInsertPlan.col). "Right" is
  // Excel.InsertShiftDirection.right; the string keeps this module free of the Excel global.
  sheet.getRange(`${letter}:${letter}`).insert("Right");
  // Cell by cell: a few dozen proxies, one sync, and no code to cut runs (the pane's size budget).
  for (const cell of plan.cells) {
    const range = sheet.getRangeByIndexes(cell.row, plan.col, 1, 1);
    range.numberFormat = [[cell.numberFormat]];
    const style = STYLES[cell.style];
    if (cellPropertiesApi) range.setCellProperties([[cellProperties(style, TEMPLATE_FONT)]]);
    else applyStyle(range, style, TEMPLATE_FONT); // before ExcelApi 1.9
  }
  sheet.getRangeByIndexes(plan.header.row, plan.col, 1, 1).values = [[plan.header.text]];
  sheet.getRangeByIndexes(0, plan.col, 1, 1).format.columnWidth = plan.width * POINTS_PER_CHARACTER;
  for (const v of plan.validations) applyValidation(sheet, v);
}
