/** A file whose period cell names another year than the consolidated workbook's is refused by merge (trial 23, 5). */

import type { CellValue } from "../../src/core";
import { describeRound, planMerge, planSplit, type RoundSheet } from "../../src/round";
import { edit, filledGrid, gridOfTemplate, roundSheet, shippedCatalogue } from "./grids";

const catalogue = shippedCatalogue();
const WHEN = "2024-07-02 09:15";

/** Sở Y tế's split file with 12.2 filled and its period cell set to `period`. */
function soYTe(target: RoundSheet, period: string) {
  const [plan] = planSplit(catalogue, target, { only: "Sở Y tế" });
  const grid = gridOfTemplate(plan.template);
  const cell = roundSheet(grid, catalogue).located.periodCell as { row: number; col: number };
  (grid.values as CellValue[][])[cell.row][cell.col] = period;
  const sheet = roundSheet(grid, catalogue);
  edit(sheet, "12.2", "actual", 10.1);
  return { file: "so-y-te.xlsx", sheet };
}

describe("merge and the year in a file's period cell", () => {
  const target = roundSheet(filledGrid(catalogue, {}), catalogue);

  test("“6 tháng năm 2023” is refused as a whole, named, and left out", () => {
    const plan = planMerge(catalogue, target, [soYTe(target, "6 tháng năm 2023")], { when: WHEN });
    expect(plan.files.map((f) => [f.status, f.agency])).toEqual([["refused", "Sở Y tế"]]);
    expect(plan.findings.map((f) => f.code)).toEqual(["merge.periodOtherYear"]);
    expect(plan.leftOut).toBe(true);
    expect(plan.writes).toEqual([]);
    expect(describeRound(plan.findings[0], "vi")).toBe(
      "so-y-te.xlsx: kỳ báo cáo ghi “6 tháng năm 2023” (năm 2023), bảng tổng hợp là năm 2024; tệp này không được gộp. " +
        "Nếu tệp ghi nhầm năm, hãy sửa ô “Kỳ báo cáo:” của tệp rồi gộp lại."
    );
    expect(describeRound(plan.findings[0], "en")).toBe(
      "so-y-te.xlsx: the reporting period says “6 tháng năm 2023” (year 2023), the consolidated workbook is for 2024; " +
        "this file is not merged. If the file names the wrong year, correct its “Kỳ báo cáo:” cell and merge again."
    );
  });

  test.each(["6 tháng năm 2024", "06 tháng đầu năm", "Sáu tháng đầu năm (2024)"])("%p merges", (period) => {
    const plan = planMerge(catalogue, target, [soYTe(target, period)], { when: WHEN });
    expect(plan.findings).toEqual([]);
    expect(plan.files.map((f) => [f.status, f.filled])).toEqual([["merged", 1]]);
  });
});
