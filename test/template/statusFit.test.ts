/**
 * `Đánh giá` is 16 characters wide and may hold "Có nguy cơ không đạt (cần kiểm tra lại số liệu)": cut at the next column
 * or at the cell's bottom in Excel and LibreOffice, on screen and on paper. The plan every door carries out: the status
 * cells wrap, and a row whose status needs more lines than one gets the height those lines need (a floor).
 */

import { COLUMNS, LINE_HEIGHT, wrappedLines, type JudgedSheet } from "../../src/template";
import { col, judge, rowOf, template } from "./judged";

const STATUS_WIDTH = COLUMNS[col("status")].width;

/** The planned heights by code, and the status each was planned for. */
function tall(judged: JudgedSheet): Record<string, [string, number]> {
  const write = judged.writes.status!;
  return Object.fromEntries(
    (judged.writes.statusFit?.tall ?? []).map(({ row, height }) => [
      template.rowCodes[row],
      [write.values[row - write.row][0] as string, height],
    ])
  );
}

describe("the plan that shows Đánh giá whole", () => {
  test.each<[string, Record<string, unknown>, Record<string, [string, number]>]>([
    // 47 characters: four lines of a 16-wide column as planned (three as LibreOffice prints it), in a row of two.
    [
      "at risk on a doubted figure",
      { "05.1": "~2000" },
      { "05.1": ["Có nguy cơ không đạt (cần kiểm tra lại số liệu)", 4 * LINE_HEIGHT] },
    ],
    ["off track on a doubted figure", { "06.1": "2,600" }, { "06.1": ["Không đạt (cần kiểm tra lại số liệu)", 48] }],
    ["at risk, plainly: two lines", { "12.2": 11 }, { "12.2": ["Có nguy cơ không đạt", 32] }],
    ["an invalid figure: two lines", { "06.1": "nhiều" }, { "06.1": ["Số liệu không hợp lệ", 32] }],
    ["statuses of one line ask nothing", { "06.1": 2600, "11": 76 }, {}],
    ["nothing entered asks nothing", {}, {}],
  ])("%s", (_, actuals, expected) => {
    const judged = judge(actuals);
    expect(tall(judged)).toEqual(expected);
    // Every template row's status cell wraps, whatever it holds.
    const fit = judged.writes.statusFit!;
    expect(fit.col).toBe(col("status"));
    expect(fit.rows).toEqual([...judged.located.rows.values()].sort((a, b) => a - b));
  });

  test("each height holds the lines its text needs at the column's width, which stays as the print set-up has it", () => {
    const judged = judge({ "05.1": "~2000", "06.1": "2,600", "12.2": 11, "11": "~5" });
    const write = judged.writes.status!;
    for (const { row, height } of judged.writes.statusFit!.tall) {
      const text = String(write.values[row - write.row][0]);
      expect(height).toBe(wrappedLines(text, STATUS_WIDTH) * LINE_HEIGHT);
      // Never fewer lines than a character a unit of width would give: no planned row cuts its status.
      expect(height / LINE_HEIGHT).toBeGreaterThanOrEqual(text.length / STATUS_WIDTH);
    }
    expect(template.columnWidths[col("status")]).toBe(16);
  });

  test("clearing wraps the same cells and raises no row", () => {
    const judged = judge({ "05.1": "~2000" });
    expect(judged.clearWrites.statusFit).toEqual({ ...judged.writes.statusFit, tall: [] });
  });

  test("a status cell under a merge is neither written nor wrapped", () => {
    const at = rowOf("05.1");
    const judged = judge({ "05.1": "~2000" }, { merged: [{ row: at, col: col("percent"), rows: 1, cols: 2 }] });
    expect(judged.writes.statusFit?.rows).not.toContain(at);
    expect(tall(judged)).toEqual({});
  });
});
