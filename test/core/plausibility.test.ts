import fc from "fast-check";
import {
  evaluateRows,
  evaluateSheet,
  loadCatalogue,
  otherReading,
  parsePeriod,
  unambiguousText,
  type CellValue,
  type Lang,
  type ReportingPeriod,
  type RowEntry,
} from "../../src/core";
import { describe as describeProblem } from "../../src/core/messages";

import { cloneShipped as clone, loadOrThrow as load, shippedCatalogue as catalogue } from "../catalogue";

type Cells = Record<string, CellValue | [CellValue, CellValue]>;

function entries(cells: Cells): Map<string, RowEntry> {
  return new Map(
    Object.entries(cells).map(([code, v]) => [
      code,
      Array.isArray(v) ? { actual: { value: v[0] }, estimate: { value: v[1] } } : { actual: { value: v } },
    ])
  );
}

function plausibility(cells: Cells, period: ReportingPeriod = "FY", on = catalogue, lang: Lang = "vi") {
  return evaluateSheet(on, entries(cells), { period, tolerance: 0.05 })
    .findings.filter((f) => f.problem.key.startsWith("plausibility."))
    .map((f) => ({ key: f.problem.key, codes: f.codes, text: describeProblem(f.problem, lang) }));
}

describe("periods: every form staff write, in any case, spacing or diacritics", () => {
  test.each([
    ["Quý I", "Q1"],
    ["quý 1", "Q1"],
    ["QUY I", "Q1"],
    ["Q1", "Q1"],
    ["q 1", "Q1"],
    ["3 tháng", "Q1"],
    ["3 THANG", "Q1"],
    ["Quý I/2024", "Q1"],
    ["6 tháng", "H1"],
    ["6 tháng đầu năm", "H1"],
    ["6 thang dau nam", "H1"],
    ["6 tháng đầu năm 2024", "H1"],
    ["6T", "H1"],
    ["6t", "H1"],
    ["sáu tháng", "H1"],
    ["Sau Thang", "H1"],
    ["  6   tháng  ", "H1"],
    ["9 tháng", "9M"],
    ["9T", "9M"],
    ["chín tháng", "9M"],
    ["9 tháng năm 2024", "9M"],
    ["Cả năm", "FY"],
    ["ca nam", "FY"],
    ["năm", "FY"],
    ["Năm 2024", "FY"],
    ["NĂM 2024", "FY"],
    ["Cả năm 2024", "FY"],
  ])("%p is %p", (text, period) => expect(parsePeriod(text)).toBe(period));

  test.each([["Quý 2"], ["Quý II"], ["Q2"], ["tháng 10"], ["10 tháng"], [""], ["   "], ["năm ngoái"], [null], [6]])(
    "%p is unreadable",
    (text) => expect(parsePeriod(text)).toBeUndefined()
  );
});

describe("% so với KH năm: against the annual plan, while statuses still prorate", () => {
  test("a cumulative row in 6 months: 52,8 % of the annual plan, judged against half of it", () => {
    // 07.1 budget revenue, annual 7.485; 3.952 in 6 months is 52,8 % of the year, 105,6 % of what is due.
    const sheet = evaluateSheet(catalogue, entries({ "07.1": 3952 }), { period: "H1", tolerance: 0.05 });
    const row = sheet.row("07.1");
    expect(row?.percentOfAnnualPlan).toBeCloseTo((3952 / 7485) * 100, 10);
    expect(row?.percentOfPlan).toBeCloseTo((3952 / 3742.5) * 100, 10);
    expect(row?.bounds).toMatchObject({ min: 3742.5, prorated: true });
    expect(row?.status).toBe("exceeded");
  });

  test.each([
    ["a level row in a partial period", "09.1", 97.2, "H1", 100],
    ["a full-year estimate", "05.1", [1000, 4263], "Q1", 105],
    ["the full year", "05.1", 2030, "FY", 50],
  ] as [string, string, CellValue | [CellValue, CellValue], ReportingPeriod, number][])(
    "%s",
    (_, code, value, period, expected) => {
      const row = evaluateSheet(catalogue, entries({ [code]: value }), { period, tolerance: 0.05 }).row(code);
      expect(row?.percentOfAnnualPlan).toBeCloseTo(expected, 10);
    }
  );

  test("an allOf row has no percent of the annual plan of its own: each part has its own", () => {
    const report = evaluateSheet(catalogue, entries({ "15.1.1": 5, "15.1.2": -2, "15.1.3": 10 }), {
      period: "FY",
      tolerance: 0.05,
    });
    expect(report.row("15.1")?.percentOfAnnualPlan).toBeUndefined();
    expect(report.row("15.1")?.percentOfPlan).toBeUndefined();
    expect(report.row("15.1.2")?.percentOfAnnualPlan).toBeCloseTo(-40, 10);
  });
});

describe("unreadable period: judged as the full year, each cumulative row says so", () => {
  test("cumulative rows carry periodAssumed, level rows do not", () => {
    const rows = evaluateRows(catalogue, entries({ "05.1": 2030, "09.1": 97.2 }), {
      period: "FY",
      tolerance: 0.05,
      periodAssumed: true,
    });
    const assumed = rows.filter((r) => r.periodAssumed).map((r) => r.code);
    expect(assumed).toEqual(catalogue.indicators.filter((i) => i.cumulative).map((i) => i.code));
    expect(rows.find((r) => r.code === "05.1")?.status).toBe("offTrack");
  });

  test("a readable period assumes nothing", () => {
    const rows = evaluateRows(catalogue, entries({ "05.1": 2030 }), { period: "H1", tolerance: 0.05 });
    expect(rows.some((r) => r.periodAssumed)).toBe(false);
  });
});

describe("other readings of a text", () => {
  test.each([
    ["2,100", 2.1, 2100],
    ["1.234", 1234, 1.234],
    ["1.234", 1.234, 1234],
    ["1,234", 1.234, 1234],
    ["-2,100", -2.1, -2100],
    ["≥ 2,100", 2.1, 2100],
  ])("%p read as %p may be %p", (text, read, other) => expect(otherReading(text, read)).toBeCloseTo(other, 10));

  test.each([
    ["7,5", 7.5],
    ["7.5", 7.5],
    ["2100", 2100],
    ["1.234.567", 1234567],
    ["4 060", 4060],
    ["97,2%", 97.2],
    ["0,25", 0.25],
    // A mix groups with one mark and ends with the other: 1,2345 is no reading anyone means (trial 23, 10).
    ["4.060,5", 4060.5],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
  ])("%p reads one way only", (text, read) => expect(otherReading(text, read)).toBeUndefined());

  test.each([
    [2100, "2100"],
    [2.1, "2,1"],
    // A single comma is always the decimal one: 1,234 reads as 1,234 (trial 23, 10: not “1,2340”).
    [1.234, "1,234"],
    [4.0605, "4,0605"],
    [-3.5, "-3,5"],
  ])("%p is typed %p", (value, text) => expect(unambiguousText(value)).toBe(text));
});

describe("plausibility findings: what must be flagged", () => {
  test("2,100 in a Tỷ đồng row: read as 2,1, and what to type for two thousand one hundred", () => {
    expect(plausibility({ "05.2": "2,100" }, "H1")).toEqual([
      {
        key: "plausibility.ambiguous",
        codes: ["05.2"],
        text: "Kiểm tra lại chỉ tiêu 05.2, cột “Thực hiện”: “2,100” đã hiểu là 2,1; nếu ý là 2.100 hãy nhập 2100.",
      },
    ]);
    expect(plausibility({ "05.2": "2,100" }, "H1", catalogue, "en")[0].text).toBe(
      "Check indicator 05.2, column “Thực hiện”: “2,100” was read as 2.1; if you meant 2,100, type 2100."
    );
  });

  test.each([
    // [label, cells, period, key]
    ["1.234,5 in GRDP per capita (plan 65): 1.899 %", { "03": "1.234,5" }, "FY", "plausibility.farAbovePlan"],
    ["growth typed 47 instead of 4,7 (plan 7)", { "01": 47 }, "FY", "plausibility.farAbovePlan"],
    ["a budget figure in the wrong unit (0,5 of 3.742,5 due)", { "07.1": 0.5 }, "H1", "plausibility.farBelowPlan"],
    ["a count far below (1 school of 15)", { "10": 1 }, "FY", "plausibility.farBelowPlan"],
    ["a rate far below (5 % against 97,2 %)", { "09.1": 5 }, "FY", "plausibility.farBelowPlan"],
    ["a quarter's value judged against a quarter of the plan", { "05.1": 3500 }, "Q1", "plausibility.farAbovePlan"],
    ["the estimate is judged, against the whole plan", { "05.1": [1000, 20000] }, "Q1", "plausibility.farAbovePlan"],
    [
      "1.234 doctors per 10.000 people (plan 11,4): 1,234 was meant",
      { "12.2": "1.234" },
      "FY",
      "plausibility.ambiguous",
    ],
    ["an estimate below the period's value", { "05.1": [2100, 2000] }, "H1", "plausibility.estimateBelowActual"],
    ["ambiguous in the estimate column", { "05.2": [null, "4,300"] }, "H1", "plausibility.ambiguous"],
    // Flagged as far above plan: a mix reads one way, so no other reading is offered (trial 23, 10).
    ["4.060,5 beds per 10.000 people (plan 33,6)", { "12.3": "4.060,5" }, "FY", "plausibility.farAbovePlan"],
  ] as [string, Cells, ReportingPeriod, string][])("%s", (_, cells, period, key) => {
    const found = plausibility(cells, period);
    expect(found.map((f) => f.key)).toEqual([key]);
    expect(found[0].codes).toEqual([Object.keys(cells)[0]]);
  });

  test("far-from-plan messages say how far and against which plan", () => {
    expect(plausibility({ "01": 47 })[0].text).toBe(
      "Kiểm tra lại chỉ tiêu 01, cột “Thực hiện”: 47 bằng 671,4% kế hoạch (7), trên ngưỡng 300%; có thể nhập nhầm số."
    );
    expect(plausibility({ "07.1": 0.5 }, "H1", catalogue, "en")[0].text).toBe(
      "Check indicator 07.1, column “Thực hiện”: 0.5 is only 0% of the plan for the period (3,742.5), below the 10% threshold; it may be a typing mistake."
    );
  });
});

describe("plausibility findings: what must not be flagged", () => {
  test.each([
    ["4.060 where the plan is 4.060", { "05.1": "4.060" }, "FY"],
    ["4.060 in 6 months, half the plan due", { "05.1": "4.060" }, "H1"],
    ["2.100 as two thousand one hundred", { "05.2": "2.100" }, "H1"],
    ["7,5 growth", { "01": "7,5" }, "FY"],
    ["97,2% coverage", { "09.1": "97,2%" }, "FY"],
    ["exactly 10 % of the plan", { "10": 1.5 }, "FY"],
    ["exactly 300 % of the plan", { "01": 21 }, "FY"],
    ["a blank", { "01": null }, "FY"],
    ["an invalid value is already flagged as invalid", { "09.1": "N/A" }, "FY"],
    ["a percent out of range is invalid, not implausible", { "09.1": 972 }, "FY"],
    ["the estimate equal to the period's value", { "05.1": [2100, 2100] }, "H1"],
    ["1,234 in a % row: the other reading 1.234 % is no rate", { "09.1": "97,200" }, "FY"],
  ] as [string, Cells, ReportingPeriod][])("%s", (_, cells, period) => {
    expect(plausibility(cells, period)).toEqual([]);
  });

  test("an ambiguous cell is said once, not also as far from plan", () => {
    const found = plausibility({ "07.1": "3,742" }, "H1");
    expect(found.map((f) => f.key)).toEqual(["plausibility.ambiguous"]);
  });
});

describe("thresholds are catalogue data", () => {
  test("a catalogue's own thresholds apply to every row", () => {
    const data = clone();
    data.plausibility = { farBelowPercent: 50, farAbovePercent: 150 };
    const strict = load(data);
    expect(plausibility({ "01": 14 })).toEqual([]);
    expect(plausibility({ "01": 14 }, "FY", strict).map((f) => f.key)).toEqual(["plausibility.farAbovePlan"]);
  });

  test("a row's own threshold overrides the catalogue's, field by field", () => {
    const data = clone();
    const row = data.indicators.find((i) => i.code === "01");
    row!.plausibility = { farAbovePercent: 1000 };
    const loose = load(data);
    expect(plausibility({ "01": 47 }, "FY", loose)).toEqual([]);
    expect(plausibility({ "01": 0.5 }, "FY", loose).map((f) => f.key)).toEqual(["plausibility.farBelowPlan"]);
  });

  test("without any, the defaults 10 % and 300 % apply", () => {
    const data = clone();
    delete data.plausibility;
    const bare = load(data);
    expect(plausibility({ "01": 21.1 }, "FY", bare).map((f) => f.key)).toEqual(["plausibility.farAbovePlan"]);
    expect(plausibility({ "01": 0.69 }, "FY", bare).map((f) => f.key)).toEqual(["plausibility.farBelowPlan"]);
    expect(plausibility({ "01": 21 }, "FY", bare)).toEqual([]);
  });

  test.each([
    [
      ["plausibility", "farBelowPercent"],
      "10",
      "Tệp danh mục sai cấu trúc tại /plausibility/farBelowPercent: phải có kiểu number",
    ],
    [
      ["plausibility", "farAbovePercent"],
      -1,
      "Tệp danh mục sai cấu trúc tại /plausibility/farAbovePercent: không được nhỏ hơn 0",
    ],
    [
      ["indicators", 0, "plausibility", "farAbovePercent"],
      null,
      "Tệp danh mục sai cấu trúc tại /indicators/0/plausibility/farAbovePercent: phải có kiểu number",
    ],
    [
      ["indicators", 4, "plausibility", "farBelowPercent"],
      -0.5,
      "Tệp danh mục sai cấu trúc tại /indicators/4/plausibility/farBelowPercent: không được nhỏ hơn 0",
    ],
    [
      ["plausibility", "farBelowPercent"],
      400,
      "Tệp danh mục tại /plausibility: ngưỡng dưới 400% phải nhỏ hơn ngưỡng trên 300%.",
    ],
  ] as [(string | number)[], unknown, string][])(
    "a bad threshold at %p (%p) is refused with its path",
    (at, value, message) => {
      const data = clone() as unknown as Record<string, unknown>;
      let target = data as Record<string | number, unknown>;
      for (const key of at.slice(0, -1)) {
        target[key] ??= {};
        target = target[key] as Record<string | number, unknown>;
      }
      target[at[at.length - 1]] = value;
      const result = loadCatalogue(data);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.map((p) => describeProblem(p, "vi"))).toContain(message);
    }
  );
});

describe("a finding never changes a status", () => {
  const codes = catalogue.indicators.filter((i) => i.kind !== "heading").map((i) => i.code);
  const cell = fc.oneof(
    fc.constant(null),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.integer({ min: 0, max: 100000 }),
    fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(",", "."), fc.integer({ min: 0, max: 999 }))
      .map(([a, sep, b]) => `${a}${sep}${String(b).padStart(3, "0")}`),
    fc.constantFrom("N/A", "7,5", "1.234,5", "4.060", "97,2%", "")
  );
  const sheetCells = fc.dictionary(fc.constantFrom(...codes), fc.tuple(cell, cell), { maxKeys: 20 });
  const thresholds = fc.record({
    farBelowPercent: fc.double({ min: 0, max: 99, noNaN: true }),
    farAbovePercent: fc.double({ min: 100, max: 10000, noNaN: true }),
  });

  test("statuses are the same whatever the thresholds and whether findings are computed", () => {
    fc.assert(
      fc.property(
        sheetCells,
        thresholds,
        fc.constantFrom<ReportingPeriod>("Q1", "H1", "9M", "FY"),
        (cells, t, period) => {
          const data = clone();
          data.plausibility = t;
          const other = load(data);
          const map = entries(cells as Cells);
          const options = { period, tolerance: 0.05 };
          const bare = evaluateRows(catalogue, map, options).map((r) => [r.code, r.status, r.value]);
          const withDefaults = evaluateSheet(catalogue, map, options);
          const withOthers = evaluateSheet(other, map, options);
          expect(withDefaults.rows.map((r) => [r.code, r.status, r.value])).toEqual(bare);
          expect(withOthers.rows.map((r) => [r.code, r.status, r.value])).toEqual(bare);
          expect(withOthers.summary).toEqual(withDefaults.summary);
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe("a sheet where every value is ambiguous or implausible", () => {
  test("still validates, with one finding per row", () => {
    const cells: Cells = {};
    for (const i of catalogue.indicators) {
      if (i.kind === "heading" || i.kind === "allOf" || !i.target) continue;
      cells[i.code] = i.valueType === "percent" ? 0.001 : i.target.min * 1000;
    }
    const sheet = evaluateSheet(catalogue, entries(cells), { period: "H1", tolerance: 0.05 });
    const flagged = sheet.findings.filter((f) => f.problem.key.startsWith("plausibility."));
    expect(flagged.map((f) => f.codes[0]).sort()).toEqual(Object.keys(cells).sort());
  });
});
