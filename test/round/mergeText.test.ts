/**
 * Finding F7 of trial 19: merge wrote an agency's figure typed as text ("11,6", "94,5%") into the consolidated
 * workbook as text, which SUM and charts skip in silence. The planner now writes the number it read, in the form
 * the cell stores it; the typed text stays in the log. Every door carries out the same plan.writes.
 */

import type { CellValue } from "../../src/core";
import { logRow, planMerge, type RoundSheet } from "../../src/round";
import type { ColumnKey } from "../../src/template";
import { col, filledGrid, roundSheet, shippedCatalogue, valueAt } from "./grids";

const catalogue = shippedCatalogue();

/** The consolidated sheet, with the number format of one cell set (as a door reads it), and Sở Y tế's file. */
function merged(code: string, column: ColumnKey, typed: CellValue, targetFormat?: string) {
  const target: RoundSheet = roundSheet(filledGrid(catalogue, {}), catalogue);
  const row = target.located.rows.get(code) as number;
  if (targetFormat) (target.grid.numberFormats as string[][])[row][col(column)] = targetFormat;
  const file = {
    file: "so-y-te.xlsx",
    sheet: roundSheet(filledGrid(catalogue, { [code]: { [column]: typed } }), catalogue),
  };
  const plan = planMerge(catalogue, target, [file], { when: "2024-07-02 09:15" });
  return { plan, row, target, file };
}

describe("merge writes the number it read from an agency's text", () => {
  test.each<[string, string, ColumnKey, string, string | undefined, CellValue, string | undefined]>([
    ["a decimal comma, a quantity row", "12.2", "actual", "11,6", undefined, 11.6, undefined],
    // Thousands and a decimal comma read one way only: 1,2345 (its first mark taken for the decimal one) is no
    // reading anyone means (trial 23, 10). 1.234,5 doctors per 10.000 people is far above plan, which validate says
    // beside the row, as for the same figure typed as a number.
    ["thousands and a decimal comma: one reading", "12.2", "estimate", "1.234,5", undefined, 1234.5, undefined],
    [
      "a percent row, the template's 0.0# cell: 94.5 as the template stores it",
      "12.4",
      "actual",
      "94,5%",
      undefined,
      94.5,
      undefined,
    ],
    ["a percent row, a %-formatted cell: 0.945 shown 94,5 %", "12.4", "actual", "94,5%", "0.0%", 0.945, undefined],
    ["a percent row, a %-formatted cell, no % typed", "12.4", "actual", "94,5", "0.0%", 0.945, undefined],
    [
      "a quantity row, a %-formatted cell: the number, the format dropped",
      "12.2",
      "actual",
      "11,6",
      "0%",
      11.6,
      "General",
    ],
    [
      "a bound word is part of what was said: kept as typed (and to review)",
      "12.2",
      "actual",
      "≥ 5",
      undefined,
      "≥ 5",
      undefined,
    ],
    ["text that is no number: kept as typed", "12.2", "actual", "5 xã", undefined, "5 xã", undefined],
    ["a note is text, whatever it looks like", "12.2", "note", "11,6", undefined, "11,6", undefined],
  ])("%s: %s %s “%s”", (_, code, column, typed, targetFormat, value, numberFormat) => {
    const { plan, row } = merged(code, column, typed, targetFormat);
    expect(plan.writes).toEqual([{ row, col: col(column), value, ...(numberFormat ? { numberFormat } : {}) }]);
    // The log keeps what the agency typed.
    expect(plan.log.map((l) => l.value)).toEqual([typed]);
    expect(logRow(plan.log[0])[7]).toBe(typed);
  });

  test("what is written reads back as the same figure: merging the same file again writes nothing", () => {
    for (const [code, typed, format] of [
      ["12.2", "11,6", undefined],
      ["12.4", "94,5%", undefined],
      ["12.4", "94,5%", "0.0%"],
    ] as const) {
      const { plan, target, file } = merged(code, "actual", typed, format);
      const values = target.grid.values.map((r) => [...r]) as CellValue[][];
      for (const w of plan.writes) values[w.row][w.col] = w.value as CellValue;
      const after = roundSheet({ ...target.grid, values }, catalogue);
      expect(typeof valueAt(after, code, "actual")).toBe("number");
      expect(planMerge(catalogue, after, [file], { when: "later" }).writes).toEqual([]);
    }
  });
});
