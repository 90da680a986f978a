/**
 * Trial 20, finding 16 (validate's and the number reader's points): "…" and "Đang tổng hợp" mean no figure yet, a
 * count with decimals is told what to type, a negative growth or reduction is said in words, not as a likely typo.
 */

import { evaluateSheet, readNumber, type CellValue, type Lang, type ReportingPeriod } from "../../src/core";
import { describe as describeProblem } from "../../src/core/messages";
import { shippedCatalogue as catalogue } from "../catalogue";

function findings(code: string, actual: CellValue, lang: Lang = "vi", period: ReportingPeriod = "H1") {
  const evaluation = evaluateSheet(catalogue, new Map([[code, { actual: { value: actual } }]]), {
    period,
    tolerance: 0.05,
  });
  const row = evaluation.row(code);
  return {
    status: row?.status,
    said: [...evaluation.findings.map((f) => f.problem), ...(row?.problems ?? [])].map((p) => ({
      key: p.key,
      text: describeProblem(p, lang),
    })),
  };
}

describe("no figure yet, however it is typed", () => {
  test.each(["…", "...", "Đang tổng hợp", "đang tổng hợp số liệu", "Đang cập nhật", "-", "x", "N/A"])(
    "“%s”: leave the cell empty",
    (typed) => {
      const reading = readNumber(typed, undefined, { percentUnit: false });
      expect(reading.kind).toBe("invalid");
      if (reading.kind !== "invalid") return;
      expect(describeProblem(reading.problem, "vi")).toBe(
        `“${typed}” không phải là một số; nếu chưa có số liệu, hãy để trống ô`
      );
      expect(describeProblem(reading.problem, "en")).toMatch(/; if there is no figure yet, leave the cell empty$/);
    }
  );

  test("a figure with words is still told to drop the words", () => {
    const reading = readNumber("5 trường đang tổng hợp", undefined, { percentUnit: false });
    expect(reading.kind === "invalid" && describeProblem(reading.problem, "vi")).not.toMatch(/để trống ô/);
  });
});

describe("a count with decimals says what to type", () => {
  test.each<[string, CellValue, string]>([
    ["10", "7.5", "số đếm phải là số nguyên (7,5); hãy gõ một số nguyên, ví dụ 7 hoặc 8, không có phần thập phân"],
    ["08", 2.25, "số đếm phải là số nguyên (2,25); hãy gõ một số nguyên, ví dụ 2 hoặc 3, không có phần thập phân"],
  ])("%s: %p", (code, typed, reason) => {
    const { status, said } = findings(code, typed);
    expect(status).toBe("invalid");
    expect(said.map((s) => s.text)).toEqual([
      `Chỉ tiêu ${code}, cột “Thực hiện”: giá trị “${typed}” không hợp lệ: ${reason}.`,
    ]);
  });

  test("in English", () => {
    expect(findings("10", "7.5", "en").said[0].text).toMatch(
      /a count must be a whole number \(7\.5\); type a whole number, e\.g\. 7 or 8, without decimals\.$/
    );
  });
});

describe("a negative growth or reduction: valid, off track, said in words (not “có thể nhập nhầm số”)", () => {
  test.each<[string, CellValue, string]>([
    [
      "15.1.2",
      "-2",
      "Chỉ tiêu 15.1.2, cột “Thực hiện”: -2 nghĩa là số người chết tăng 2%, không giảm so với cùng kỳ; số âm là hợp lệ và được đánh giá đúng như vậy. Nếu ý là giảm 2%, hãy gõ 2, không có dấu trừ.",
    ],
    [
      "14",
      -0.5,
      "Chỉ tiêu 14, cột “Thực hiện”: -0,5 nghĩa là tỷ lệ hộ nghèo tăng 0,5 điểm phần trăm, không giảm so với cùng kỳ; số âm là hợp lệ và được đánh giá đúng như vậy. Nếu ý là giảm 0,5 điểm phần trăm, hãy gõ 0,5, không có dấu trừ.",
    ],
    [
      "01",
      "-1,5",
      "Chỉ tiêu 01, cột “Thực hiện”: -1,5 nghĩa là tổng sản phẩm trên địa bàn (GRDP) giảm 1,5% so với cùng kỳ; số âm là hợp lệ và được đánh giá đúng như vậy. Nếu ý là tăng 1,5%, hãy gõ 1,5, không có dấu trừ.",
    ],
  ])("%s: %p", (code, typed, text) => {
    const { status, said } = findings(code, typed);
    expect(status).toBe("offTrack");
    expect(said).toEqual([{ key: "change.negative", text }]);
  });

  test("in English, the deaths of 15.1.2", () => {
    expect(findings("15.1.2", -2, "en").said[0].text).toBe(
      "Indicator 15.1.2, column “Thực hiện”: -2 means that deaths rose by 2% on the same period last year instead of falling; a negative figure is valid and judged as it is. If you meant a fall of 2%, type 2 without the minus sign."
    );
  });

  test("in English, a fall of GRDP", () => {
    expect(findings("01", -1.5, "en").said[0].text).toMatch(
      /: -1\.5 means that GRDP fell by 1\.5% on the same period last year;/
    );
  });

  test("a positive figure far below a reduction target is still a likely typo", () => {
    expect(findings("15.1.2", 0.2).said.map((s) => s.key)).toEqual(["plausibility.farBelowPlan"]);
  });
});
