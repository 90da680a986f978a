import { chosenPeriodText, parsePeriod, readPeriodText } from "../../src/core/periods";

describe("chosenPeriodText: a period chosen keeps the year the cell named", () => {
  test.each([
    ["9M", undefined, "9 tháng"],
    ["FY", undefined, "Cả năm"],
    ["9M", 2023, "9 tháng đầu năm 2023"],
    ["Q1", 2024, "Quý I năm 2024"],
    ["FY", 2023, "Năm 2023"],
  ] as const)("%s, year %p: %p, read back as that period and year", (period, year, text) => {
    expect(chosenPeriodText(period, year)).toBe(text);
    expect(readPeriodText(text)).toEqual({ period, ...(year === undefined ? {} : { year }) });
  });
});

// The spellings staff wrote in trial 23 (per/, y9/, old/), and the forms targets-2024.md lists.
describe("readPeriodText: the period and the year a period cell names", () => {
  test.each([
    ["9 tháng đầu năm (2024)", { period: "9M", year: 2024 }],
    ["9 tháng đầu năm 2024", { period: "9M", year: 2024 }],
    ["9 tháng đầu năm", { period: "9M" }],
    ["Chín tháng đầu năm", { period: "9M" }],
    ["09 tháng", { period: "9M" }],
    ["3 tháng đầu năm", { period: "Q1" }],
    ["Quí I", { period: "Q1" }],
    ["Quý 1", { period: "Q1" }],
    ["Quý I/2024", { period: "Q1", year: 2024 }],
    ["Quý I năm 2024", { period: "Q1", year: 2024 }],
    ["06 tháng đầu năm", { period: "H1" }],
    ["06 tháng", { period: "H1" }],
    ["Sáu tháng đầu năm 2024", { period: "H1", year: 2024 }],
    ["6 tháng năm 2023", { period: "H1", year: 2023 }],
    ["6 tháng 2023", { period: "H1", year: 2023 }],
    ["Năm 2023", { period: "FY", year: 2023 }],
    ["2024", { period: "FY", year: 2024 }],
    ["Cả năm 2024", { period: "FY", year: 2024 }],
    ["12 tháng", { period: "FY" }],
    // No period the targets are prorated for, but still another year's: said apart.
    ["Quý II/2023", { year: 2023 }],
    ["Quí II", {}],
    ["6 tháng cuối năm", {}],
    ["Quý IV", {}],
    ["tháng 6", {}],
    ["", {}],
  ])("%p → %p", (text, expected) => expect(readPeriodText(text)).toEqual(expected));

  test.each([[42], [null], [undefined]])("%p, not text, names nothing", (value) =>
    expect(readPeriodText(value)).toEqual({})
  );

  test("parsePeriod reads the same spellings, its year aside", () => {
    expect(parsePeriod("Chín tháng đầu năm")).toBe("9M");
    expect(parsePeriod("6 tháng năm 2023")).toBe("H1");
    expect(parsePeriod("6 tháng cuối năm")).toBeUndefined();
  });
});
