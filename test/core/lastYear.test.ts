/**
 * `Cùng kỳ năm trước` in the core's judgement (trial 20, finding 6): read as the year's figures are, a cell that holds
 * no figure of its row is a warning beside the row, and a notation that reads two ways is doubted as Thực hiện's is.
 * Never a change of the row's status.
 */

import { evaluateSheet, readLastYear, type CellInput, type ReportingPeriod, type RowEntry } from "../../src/core";
import { describe as describeProblem } from "../../src/core/messages";
import { shippedCatalogue as catalogue } from "../catalogue";

function judge(code: string, entry: RowEntry, period: ReportingPeriod = "H1") {
  const evaluation = evaluateSheet(catalogue, new Map([[code, entry]]), { period, tolerance: 0.05 });
  return {
    row: evaluation.row(code),
    findings: evaluation.findings.map((f) => ({
      key: f.problem.key,
      codes: f.codes,
      vi: describeProblem(f.problem, "vi"),
    })),
    en: evaluation.findings.map((f) => describeProblem(f.problem, "en")),
  };
}

const cell = (value: CellInput["value"], numberFormat?: string): CellInput => ({ value, numberFormat });

describe("last year's figure: read as the year's figures, compared with, never judged", () => {
  test.each<[string, CellInput, number]>([
    ["07.1", cell("3.950"), 3950],
    ["09.1", cell("95,5"), 95.5],
    ["09.1", cell(0.955, "0.0%"), 95.5],
    ["05.1", cell("1.234,5"), 1234.5],
    ["15.1.2", cell(-2), -2],
    ["16.1", cell(4060), 4060],
  ])("%s: %p is %p", (code, lastYear, value) => {
    const { row, findings } = judge(code, { actual: cell(1), lastYear });
    expect(row?.lastYear).toBe(value);
    expect(findings.filter((f) => f.key === "plausibility.lastYearInvalid")).toEqual([]);
  });

  test.each<[string, CellInput, string]>([
    ["16.1", cell("4060 ha"), "“4060 ha” không phải là một số; hãy gõ chỉ con số 4060, không kèm chữ"],
    ["05.1", cell("N/A"), "“N/A” không phải là một số; nếu chưa có số liệu, hãy để trống ô"],
    ["09.1", cell(120), "tỷ lệ 120 nằm ngoài khoảng 0–100"],
    ["08", cell(-3), "số lượng không thể âm (-3)"],
    ["12.4", cell({ error: "#DIV/0!" }), "ô có lỗi Excel #DIV/0!"],
  ])("%s: %p is no figure, said beside the row; the row keeps its status", (code, lastYear, reason) => {
    const without = judge(code, { actual: cell(2100) });
    const { row, findings } = judge(code, { actual: cell(2100), lastYear });
    expect(row?.lastYear).toBeUndefined();
    expect(row?.status).toBe(without.row?.status);
    const bad = findings.filter((f) => f.key === "plausibility.lastYearInvalid");
    expect(bad).toHaveLength(1);
    expect(bad[0].codes).toEqual([code]);
    expect(bad[0].vi).toContain(`Chỉ tiêu ${code}, cột “Cùng kỳ năm trước”: giá trị`);
    expect(bad[0].vi).toContain(reason);
    expect(bad[0].vi).toMatch(/; chưa so sánh với cùng kỳ\.$/);
  });

  test("the trial's 16.1 “4060 ha”, in both languages, also on a row with no figure of its own yet", () => {
    const { row, findings, en } = judge("16.1", { lastYear: cell("4060 ha") });
    expect(row?.status).toBe("missing");
    expect(findings.map((f) => f.vi)).toEqual([
      "Chỉ tiêu 16.1, cột “Cùng kỳ năm trước”: giá trị “4060 ha” không hợp lệ: “4060 ha” không phải là một số; hãy gõ chỉ con số 4060, không kèm chữ (đơn vị đã có ở cột “Đơn vị”); chưa so sánh với cùng kỳ.",
    ]);
    expect(en[0]).toBe(
      "Indicator 16.1, column “Cùng kỳ năm trước”: the value “4060 ha” is invalid: “4060 ha” is not a number; type only the number 4060, without words (the unit is in the “Đơn vị” column); no comparison with last year."
    );
  });

  test("“4,500” tourists last year at 6 months: read as 4,5, and the reading near the period's plan is offered", () => {
    const { row, findings } = judge("05.1", { actual: cell(2100), lastYear: cell("4,500") });
    expect(row?.lastYear).toBe(4.5);
    expect(row?.status).toBe("exceeded");
    expect(findings).toEqual([
      {
        key: "plausibility.ambiguous",
        codes: ["05.1"],
        vi: "Kiểm tra lại chỉ tiêu 05.1, cột “Cùng kỳ năm trước”: “4,500” đã hiểu là 4,5; nếu ý là 4.500 hãy nhập 4500.",
      },
    ]);
  });

  test("“~1.900” and “≥ 95” are doubted as in Thực hiện; a plain or grouped figure is not", () => {
    expect(judge("05.1", { actual: cell(2100), lastYear: cell("~1.900") }).findings.map((f) => f.vi)).toEqual([
      "Kiểm tra lại chỉ tiêu 05.1, cột “Cùng kỳ năm trước”: đã hiểu “~1.900” là 1.900; hãy gõ chỉ con số, không kèm “~” (nếu cần, ghi “số ước tính” ở cột “Ghi chú”).",
    ]);
    expect(judge("09.1", { lastYear: cell("≥ 95") }).findings.map((f) => f.key)).toEqual(["plausibility.doubt"]);
    expect(judge("05.1", { actual: cell(2100), lastYear: cell("1.900") }).findings).toEqual([]);
    expect(judge("16.1", { actual: cell(4060), lastYear: cell("4.060") }).findings).toEqual([]);
  });

  test("a cell under a merge, or a blank one, reads as nothing and says nothing here", () => {
    expect(readLastYear(catalogue.byCode.get("05.1")!, { value: null, merged: "H10:H12" })).toEqual({});
    expect(readLastYear(catalogue.byCode.get("05.1")!, cell(null))).toEqual({});
    expect(judge("05.1", { actual: cell(2100), lastYear: cell("   ") }).findings).toEqual([]);
    expect(judge("05.1", { actual: cell(2100), lastYear: cell("   ") }).row).toEqual(
      judge("05.1", { actual: cell(2100) }).row
    );
  });
});
