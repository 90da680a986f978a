/**
 * Trial 19, F2b and F2c: what staff type that reads as a number only by a guess. `~5`, `gần 7`, `≥ 5` and `33,`
 * are still read (the status is judged on the number), and each guess is said beside the row ("Kiểm tra lại"),
 * the way `4,500` is: what was understood and what to type. A plain figure has nothing to check.
 */

import {
  cellDoubts,
  doubtClause,
  evaluateSheet,
  readNumber,
  textDoubts,
  type CellValue,
  type DoubtKey,
  type ReportingPeriod,
  type RowEntry,
} from "../../src/core";
import { describe as describeProblem } from "../../src/core/messages";
import { shippedCatalogue as catalogue } from "../catalogue";

type Read = number | "invalid";

// [typed, percent row?, read as, what is left to check]
const TYPED: [string, boolean, Read, DoubtKey[]][] = [
  // plain figures: nothing to check
  ["7,5", true, 7.5, []],
  ["1.234,5", false, 1234.5, []],
  ["-3", true, -3, []],
  ["+4", true, 4, []],
  ["97,2 %", true, 97.2, []],
  ["4 060", false, 4060, []],
  [",5", true, 0.5, []],
  // approximation marks (F2b): the number, and the mark said
  ["~5", true, 5, ["doubt.approximate"]],
  ["~ 7,5", true, 7.5, ["doubt.approximate"]],
  ["≈ 7", true, 7, ["doubt.approximate"]],
  ["∼5", true, 5, ["doubt.approximate"]],
  ["～5", true, 5, ["doubt.approximate"]],
  ["≃ 5", true, 5, ["doubt.approximate"]],
  ["khoảng 5", true, 5, ["doubt.approximate"]],
  ["Khoảng 4.060", false, 4060, ["doubt.approximate"]],
  ["KHOẢNG 5", true, 5, ["doubt.approximate"]],
  ["khoang 5", true, 5, ["doubt.approximate"]],
  ["khoa\u0309ng 5", true, 5, ["doubt.approximate"]], // typed on a Mac: decomposed (NFD)
  ["xấp xỉ 98,5%", true, 98.5, ["doubt.approximate"]],
  ["gần 7", true, 7, ["doubt.approximate"]],
  ["chừng 5", true, 5, ["doubt.approximate"]],
  ["ước 2.100", false, 2100, ["doubt.approximate"]],
  ["ước tính 2.100", false, 2100, ["doubt.approximate"]],
  ["ước đạt 52,8%", true, 52.8, ["doubt.approximate"]],
  ["dự kiến 10", false, 10, ["doubt.approximate"]],
  ["trên dưới 5", true, 5, ["doubt.approximate"]],
  ["~-2", true, -2, ["doubt.approximate"]],
  // bounds: read as exactly the number, which the person did not say (`< 5` is below 5)
  ["≥ 5", true, 5, ["doubt.bound"]],
  [">= 5", true, 5, ["doubt.bound"]],
  ["> 5", true, 5, ["doubt.bound"]],
  ["< 5", true, 5, ["doubt.bound"]],
  ["≤3", true, 3, ["doubt.bound"]],
  // a separator left at the end (F2c): maybe a figure typed halfway
  ["33,", false, 33, ["doubt.trailingSeparator"]],
  ["5.", false, 5, ["doubt.trailingSeparator"]],
  ["-5.", true, -5, ["doubt.trailingSeparator"]],
  ["0,", true, 0, ["doubt.trailingSeparator"]],
  ["1.000,", false, 1000, ["doubt.trailingSeparator"]],
  ["1 000,", false, 1000, ["doubt.trailingSeparator"]],
  ["33,%", true, 33, ["doubt.trailingSeparator"]],
  [" 33, ", false, 33, ["doubt.trailingSeparator"]],
  ["~33,", false, 33, ["doubt.approximate", "doubt.trailingSeparator"]],
  // never a number: refused with its reason, so nothing to guess
  ["33,6,", false, "invalid", []],
  ["1.234.", false, "invalid", []],
  ["5 ,", false, "invalid", []],
  ["5 ~", true, "invalid", []],
  ["~", true, "invalid", []],
  ["±5", true, "invalid", []],
  ["5 trở lên", true, "invalid", []],
  ["trên 5", true, "invalid", []],
  ["dưới 3", true, "invalid", []],
  ["(5)", false, "invalid", []],
  ["5‰", true, "invalid", []],
  // two lines in one cell (Alt+Enter) are not one number's groups: "1⏎234" was read as 1234
  ["1\n234", false, "invalid", []],
  ["4\r\n060", false, "invalid", []],
  ["5\n", false, 5, []],
];

describe("what staff type: read as a number, and what is left to check", () => {
  test.each(TYPED)("%p (percent row %p) reads as %p, to check: %p", (typed, percentUnit, read, doubts) => {
    const reading = readNumber(typed, undefined, { percentUnit });
    if (read === "invalid") expect(reading.kind).toBe("invalid");
    else expect(reading.kind === "number" && reading.value).toBeCloseTo(read, 12);
    expect(textDoubts(typed, percentUnit).map((d) => d.key)).toEqual(doubts);
  });

  test("a cell of two lines says so in the quote", () => {
    const r = readNumber("1\n234", undefined, { percentUnit: false });
    expect(r.kind === "invalid" && describeProblem(r.problem, "vi")).toBe(
      "“1 ↵ 234” không phải là một số; ô có hai dòng: hãy giữ một con số"
    );
  });

  test("each doubt says what was understood and what to type, in Vietnamese and English", () => {
    const say = (typed: string, lang: "vi" | "en") => textDoubts(typed, false).map((d) => doubtClause(d, lang));
    expect(say("~5", "vi")).toEqual([
      "đã hiểu “~5” là 5; hãy gõ chỉ con số, không kèm “~” (nếu cần, ghi “số ước tính” ở cột “Ghi chú”)",
    ]);
    expect(say("< 5", "vi")).toEqual([
      "đã hiểu “< 5” là đúng 5, không tính “<”; hãy gõ chỉ con số đã đạt, không kèm “<”",
    ]);
    expect(say("33,", "vi")).toEqual([
      "đã hiểu “33,” là 33, bỏ dấu “,” ở cuối; nếu số chưa gõ hết (phần sau dấu “,”) hãy gõ đủ, nếu không hãy xóa dấu “,”",
    ]);
    expect(say("gần 7", "en")).toEqual([
      "“gần 7” was read as 7; type the number alone, without “gần” (if need be, write “estimate” in the “Ghi chú” column)",
    ]);
    expect(say("5.", "en")).toEqual([
      "“5.” was read as 5, dropping the “.” at its end; if the number was not typed in full (the part after “.”), type it all, otherwise delete the “.”",
    ]);
  });
});

function findings(cells: Record<string, CellValue | [CellValue, CellValue]>, period: ReportingPeriod = "FY") {
  const entries = new Map<string, RowEntry>(
    Object.entries(cells).map(([code, v]) => [
      code,
      Array.isArray(v) ? { actual: { value: v[0] }, estimate: { value: v[1] } } : { actual: { value: v } },
    ])
  );
  const sheet = evaluateSheet(catalogue, entries, { period, tolerance: 0.05 });
  return {
    status: (code: string) => sheet.row(code)?.status,
    checks: sheet.findings
      .filter((f) => f.problem.key.startsWith("plausibility."))
      .map((f) => ({ key: f.problem.key, codes: f.codes, vi: describeProblem(f.problem, "vi") })),
  };
}

describe("validate: the guess stands beside the row, the status is judged on the number", () => {
  test("F2b: “~5” in 15.1.2 (reduction of deaths, ≥ 5 %) is met, and says it was read as 5", () => {
    const { status, checks } = findings({ "15.1.2": "~5" });
    expect(status("15.1.2")).toBe("met");
    expect(checks).toEqual([
      {
        key: "plausibility.doubt",
        codes: ["15.1.2"],
        vi: "Kiểm tra lại chỉ tiêu 15.1.2, cột “Thực hiện”: đã hiểu “~5” là 5; hãy gõ chỉ con số, không kèm “~” (nếu cần, ghi “số ước tính” ở cột “Ghi chú”).",
      },
    ]);
  });

  test.each([
    // [label, cells, code, status, column said]
    ["“≈ 7” GRDP growth (7 – 7,5)", { "01": "≈ 7" }, "01", "met", "Thực hiện"],
    ["“gần 7” GRDP growth", { "01": "gần 7" }, "01", "met", "Thực hiện"],
    ["“< 5” reduction of accidents: not judged below 5 in silence", { "15.1.1": "< 5" }, "15.1.1", "met", "Thực hiện"],
    ["“33,” beds per 10.000 people (33,6)", { "12.3": "33," }, "12.3", "atRisk", "Thực hiện"],
    ["“5.” schools, a count", { "10": "5." }, "10", "offTrack", "Thực hiện"],
    [
      "“khoảng 14.000” as the full-year estimate of 07.2",
      { "07.2": [null, "khoảng 14.000"] },
      "07.2",
      "atRisk",
      "Ước thực hiện cả năm",
    ],
  ] as [string, Record<string, CellValue | [CellValue, CellValue]>, string, string, string][])(
    "%s",
    (_, cells, code, expected, column) => {
      const { status, checks } = findings(cells);
      expect(status(code)).toBe(expected);
      expect(checks.filter((c) => c.key === "plausibility.doubt").map((c) => c.codes)).toEqual([[code]]);
      expect(checks.find((c) => c.key === "plausibility.doubt")?.vi).toContain(`cột “${column}”`);
    }
  );

  test("a mark in both cells is said for each; a number typed as a number has nothing to check", () => {
    expect(findings({ "12.3": ["~33", "khoảng 34"] }).checks.map((c) => c.key)).toEqual([
      "plausibility.doubt",
      "plausibility.doubt",
    ]);
    expect(findings({ "12.3": 33, "01": "7,2", "09.1": "97,2%" }).checks).toEqual([]);
  });

  test("an invalid row says it is invalid, not also what a mark means", () => {
    expect(findings({ "12.3": ["~33", "N/A"] }).checks).toEqual([]);
  });
});

describe("cellDoubts: what merge asks validate before it writes a figure as a number", () => {
  test.each([
    // [code, column, typed, read, period, doubts]
    ["16.1", "actual", "4,500", 4.5, "FY", ["doubt.ambiguous"]],
    ["16.1", "actual", "4.500", 4500, "FY", []],
    ["05.1", "actual", "4.060", 4060, "FY", []],
    ["05.2", "actual", "2,100", 2.1, "H1", ["doubt.ambiguous"]],
    ["15.1.2", "actual", "~5", 5, "FY", ["doubt.approximate"]],
    ["15.1.2", "actual", "≥ 5", 5, "FY", ["doubt.bound"]],
    ["12.3", "estimate", "33,", 33, "FY", ["doubt.trailingSeparator"]],
    ["12.2", "actual", "11,6", 11.6, "FY", []],
    ["99", "actual", "~5", 5, "FY", []],
  ] as [string, "actual" | "estimate", string, number, ReportingPeriod, DoubtKey[]][])(
    "%s %s “%s”",
    (code, column, typed, read, period, doubts) => {
      expect(cellDoubts(catalogue, code, column, typed, read, period).map((d) => d.key)).toEqual(doubts);
    }
  );

  test("the ambiguity says what to type, as validate does", () => {
    const [doubt] = cellDoubts(catalogue, "16.1", "actual", "4,500", 4.5, "FY");
    expect(doubtClause(doubt, "vi")).toBe("“4,500” đã hiểu là 4,5; nếu ý là 4.500 hãy nhập 4500");
  });
});
