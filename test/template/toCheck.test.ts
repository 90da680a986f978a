/**
 * A row whose figure is doubted (trial 20, finding 1): its Đánh giá keeps the status word with "(cần kiểm tra lại số
 * liệu)" beside it, the status rules pass it by and one lilac rule colours it; clearing writes the blanks back.
 */

import { shippedCatalogue as catalogue } from "../catalogue";
import { highlightApplies, judgeSheet, statusCellText, TO_CHECK_NOTE, type JudgedSheet } from "../../src/template";
import { col, judge, rowOf, template } from "./judged";

/** Đánh giá as validation writes it, for a code. */
function written(judged: JudgedSheet, code: string): unknown {
  const write = judged.writes.status!;
  return write.values[rowOf(code) - write.row][0];
}

describe("Đánh giá of a row to check", () => {
  test.each<[string, Record<string, unknown>, Record<string, string>]>([
    // "2,600" is read as 2,6 against a plan of thousands: the status stands, the doubt beside it.
    ["“2,600” read as 2,6", { "06.1": "2,600" }, { "06.1": "Không đạt (cần kiểm tra lại số liệu)" }],
    ["“~5”", { "11": "~5" }, { "11": "Không đạt (cần kiểm tra lại số liệu)" }],
    ["“khoảng 7”", { "10": "khoảng 7" }, { "10": `${statusCellText("offTrack", false)} ${TO_CHECK_NOTE}` }],
    ["plain figures", { "06.1": "2.600", "11": 76 }, { "06.1": "Vượt kế hoạch", "11": "Vượt kế hoạch" }],
    // An invalid figure says so in its own status: no note.
    ["an invalid figure", { "06.1": "nhiều" }, { "06.1": "Số liệu không hợp lệ" }],
    // A whole (allOf) with a doubted part is doubted too; its other parts are not.
    [
      "a doubted part of 15.1",
      { "15.1.1": "~5", "15.1.2": 5, "15.1.3": 5 },
      {
        "15.1.1": "Đạt (cần kiểm tra lại số liệu)",
        "15.1": "Đạt (cần kiểm tra lại số liệu)",
        "15.1.2": "Đạt",
      },
    ],
    ["nothing entered", {}, { "06.1": "Chưa có số liệu" }],
  ])("%s", (_, actuals, expected) => {
    const judged = judge(actuals);
    for (const [code, text] of Object.entries(expected)) expect([code, written(judged, code)]).toEqual([code, text]);
  });

  test("a formula total in a workbook calculating by hand, not recalculated: marked", () => {
    const values: unknown[][] = template.cells.map((row) => row.map((c) => c.value ?? ""));
    const formulas = values.map((row) => [...row]);
    values[rowOf("07.1")][col("actual")] = 3600;
    formulas[rowOf("07.1")][col("actual")] = `=F${rowOf("07.1.1") + 1}+F${rowOf("07.1.2") + 1}`;
    const judged = (recalculated: boolean) =>
      judgeSheet(
        {
          sheet: "Chỉ tiêu 2024",
          values,
          formulas,
          rowOffset: 0,
          colOffset: 0,
          calculation: { recalculated, inExcel: true },
        },
        catalogue,
        { tolerance: 0.05, period: "H1" }
      )!;
    expect(written(judged(false), "07.1")).toMatch(/^\S.* \(cần kiểm tra lại số liệu\)$/);
    // recalculated first: nothing to doubt
    expect(written(judged(true), "07.1")).not.toContain("kiểm tra lại");
  });

  test("the rows marked are the report's rows to check, and clearing writes blanks over them", () => {
    const judged = judge({ "06.1": "2,600", "10": "khoảng 7", "05.1": 2100 });
    const marked = [...judged.located.rows.keys()].filter((code) =>
      String(written(judged, code)).endsWith(TO_CHECK_NOTE)
    );
    expect(marked.sort()).toEqual(["06.1", "10"]);
    const clear = judged.clearWrites.status!;
    expect(clear.values[rowOf("06.1") - clear.row][0]).toBe("");
    // the statuses themselves are the core's, unchanged
    expect(judged.report.evaluation.row("06.1")?.status).toBe("offTrack");
  });
});

describe("the highlight of a row to check", () => {
  const judged = judge({ "06.1": "2,600" });
  const first = template.firstDataRow + 1;
  const rule = judged.highlights.find((r) => r.status === "toCheck")!;

  test("one lilac rule over the whole rows, ours, matching the note's start with SEARCH", () => {
    expect(rule).toMatchObject({
      fill: "#E4DFEC",
      fontColor: "#5B3F86",
      area: { row: template.firstDataRow, col: 0, rows: 38, cols: 13 },
    });
    // English function names, the status column fixed and the row relative, as the status rules write it.
    expect(rule.formula).toBe(`=AND(ISNUMBER(SEARCH("(cần kiểm tra lại",$J${first})),N("chi-tieu")=0)`);
    expect(judged.highlights.filter((r) => r.formula.includes('N("chi-tieu")'))).toHaveLength(6);
  });

  test("a marked cell takes the lilac alone: the red rule wants the exact status word", () => {
    const cell = written(judged, "06.1");
    expect(judged.highlights.filter((r) => highlightApplies(r, cell)).map((r) => r.status)).toEqual(["toCheck"]);
    expect(judged.highlights.filter((r) => highlightApplies(r, "Không đạt")).map((r) => r.status)).toEqual([
      "offTrack",
    ]);
    expect(judged.highlights.filter((r) => highlightApplies(r, "")).map((r) => r.status)).toEqual([]);
  });
});
