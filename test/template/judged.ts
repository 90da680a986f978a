/** The shipped template judged with figures typed into `Thực hiện`, as the template tests read its plan. */

import { shippedCatalogue as catalogue } from "../catalogue";
import { buildTemplate, COLUMNS, judgeSheet, type JudgedSheet, type SheetGrid } from "../../src/template";

export const template = buildTemplate(catalogue);
export const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
export const rowOf = (code: string) => template.rowCodes.indexOf(code);

/** The template with `actuals` typed, judged for 6 tháng at 5 % (`extra`: what else the door read, merges…). */
export function judge(actuals: Record<string, unknown>, extra: Partial<SheetGrid> = {}): JudgedSheet {
  const values: unknown[][] = template.cells.map((row) => row.map((c) => c.value ?? ""));
  for (const [code, v] of Object.entries(actuals)) values[rowOf(code)][col("actual")] = v;
  const judged = judgeSheet({ sheet: "Chỉ tiêu 2024", values, rowOffset: 0, colOffset: 0, ...extra }, catalogue, {
    tolerance: 0.05,
    period: "H1",
  });
  if (!judged) throw new Error("no template");
  return judged;
}
