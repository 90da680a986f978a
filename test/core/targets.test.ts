import { describe as describeProblem } from "../../src/core/messages";
import { parseTarget, targetFitsKind, type TargetDirection } from "../../src/core/targets";
import { parsePeriod } from "../../src/core/periods";

const PARSES: [string, TargetDirection, number, number][] = [
  ["7 - 7,5", "plain", 7, 7.5],
  ["7-7,5", "plain", 7, 7.5],
  ["7 – 7,5", "plain", 7, 7.5],
  ["23 - 24", "plain", 23, 24],
  ["4.060", "plain", 4060, 4060],
  ["14.040,8", "plain", 14040.8, 14040.8],
  ["97,2", "plain", 97.2, 97.2],
  ["82,0", "plain", 82, 82],
  ["≥ 5", "atLeast", 5, 5],
  [">= 5", "atLeast", 5, 5],
  ["Trên 5", "atLeast", 5, 5],
  ["Tối thiểu 5", "atLeast", 5, 5],
  ["≤ 3", "atMost", 3, 3],
  ["<= 3", "atMost", 3, 3],
  ["Dưới 3", "atMost", 3, 3],
  ["Tối đa 3", "atMost", 3, 3],
  ["Khoảng 4", "plain", 4, 4],
  ["100", "plain", 100, 100],
  ["100%", "plain", 100, 100],
  ["9.000 ha", "plain", 9000, 9000],
  ["≥ 94,45%", "atLeast", 94.45, 94.45],
  ["  dưới  3,5 % ", "atMost", 3.5, 3.5],
  ["-2 - 1", "plain", -2, 1],
];

describe("parseTarget", () => {
  test.each(PARSES)("%p → %s %p–%p", (text, direction, min, max) => {
    expect(parseTarget(text)).toEqual({ ok: true, target: { direction, min, max } });
  });

  test.each(["", "nhiều", "≥", "7 -", "- 7,5 -", "≥ 5 - 6", "1.2.3", "abc 5", "5 hoặc 6"])(
    "refuses %p with a message that quotes it",
    (text) => {
      const result = parseTarget(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(describeProblem(result.problem, "vi")).toContain(`“${text}”`);
      expect(describeProblem(result.problem, "en")).toContain(`“${text}”`);
    }
  );

  test("a range whose bounds are reversed", () => {
    const result = parseTarget("9 - 8");
    expect(result.ok === false && describeProblem(result.problem, "en")).toBe(
      "The target range “9 - 8” has its lower bound above its upper bound."
    );
  });

  test.each([
    ["plain", "atLeast", true],
    ["plain", "within", true],
    ["atLeast", "atLeast", true],
    ["atLeast", "allOf", true],
    ["atLeast", "atMost", false],
    ["atLeast", "within", false],
    ["atMost", "atMost", true],
    ["atMost", "atLeast", false],
    ["plain", "heading", false],
  ] as const)("a %s target fits a %s row: %p", (direction, kind, fits) => {
    expect(targetFitsKind(direction, kind)).toBe(fits);
  });
});

describe("parsePeriod", () => {
  test.each([
    ["Quý I", "Q1"],
    ["quy 1", "Q1"],
    ["6 tháng", "H1"],
    [" 6  THÁNG ", "H1"],
    ["9 tháng", "9M"],
    ["Cả năm", "FY"],
    ["ca nam", "FY"],
    ["Full year", "FY"],
  ])("%p → %p", (text, period) => expect(parsePeriod(text)).toBe(period));

  test.each([["Quý V"], [""], [42], [null]])("%p is no period", (text) => expect(parsePeriod(text)).toBeUndefined());
});
