import shipped from "../../assets/catalogues/lang-son-2024.json";
import { loadCatalogue } from "../../src/core/catalogue";
import { evaluateIndicator, evaluateRows, judge, worstStatus, type RowEntry } from "../../src/core/evaluate";
import { evaluateSheet } from "../../src/core";
import { describe as describeProblem } from "../../src/core/messages";
import type { CellValue } from "../../src/core/numbers";
import type { Catalogue, Indicator, ReportingPeriod, Status } from "../../src/core/types";

function load(): Catalogue {
  const result = loadCatalogue(shipped);
  if (!result.ok) throw new Error("the shipped catalogue does not load");
  return result.catalogue;
}

const catalogue = load();
const row = (code: string) => catalogue.byCode.get(code) as Indicator;

/** A lower-is-better row as later decisions have them ("Dưới 3"), built on a real row's fields. */
const atMostSingle: Indicator = {
  ...row("14"),
  code: "X.1",
  kind: "atMost",
  target: { text: "Dưới 3", min: 3, max: 3 },
};
const atMostRange: Indicator = { ...row("14"), code: "X.2", kind: "atMost", target: { text: "2 - 3", min: 2, max: 3 } };

function status(indicator: Indicator, entry: RowEntry, period: ReportingPeriod = "FY", tolerance = 0.05): Status {
  return evaluateIndicator(indicator, entry, { period, tolerance }).status;
}

const actual = (value: CellValue, numberFormat?: string): RowEntry => ({ actual: { value, numberFormat } });

// [label, indicator, period, tolerance, value, expected]
type Boundary = [string, Indicator, ReportingPeriod, number, number, Status];

const BOUNDARIES: Boundary[] = [
  // atLeast, range 7 – 7,5 (01): exceeded above 7,5, met 7–7,5, at risk down to 7 × 0,95 = 6,65
  ["01 above U", row("01"), "FY", 0.05, 7.51, "exceeded"],
  ["01 at U", row("01"), "FY", 0.05, 7.5, "met"],
  ["01 below U", row("01"), "FY", 0.05, 7.49, "met"],
  ["01 above L", row("01"), "FY", 0.05, 7.01, "met"],
  ["01 at L", row("01"), "FY", 0.05, 7, "met"],
  ["01 below L", row("01"), "FY", 0.05, 6.99, "atRisk"],
  ["01 at risk floor", row("01"), "FY", 0.05, 6.65, "atRisk"],
  ["01 below risk floor", row("01"), "FY", 0.05, 6.64, "offTrack"],
  ["01 negative growth", row("01"), "FY", 0.05, -1.2, "offTrack"],
  ["01 tolerance 0", row("01"), "FY", 0, 6.99, "offTrack"],
  ["01 tolerance 10%", row("01"), "FY", 0.1, 6.3, "atRisk"],
  ["01 tolerance 10%, below", row("01"), "FY", 0.1, 6.29, "offTrack"],
  // a growth rate is not cumulative: the same value means the same in every period
  ["01 in Q1", row("01"), "Q1", 0.05, 6.99, "atRisk"],
  // atLeast, single 4.060, cumulative (05.1)
  ["05.1 FY above", row("05.1"), "FY", 0.05, 4061, "exceeded"],
  ["05.1 FY at", row("05.1"), "FY", 0.05, 4060, "met"],
  ["05.1 FY below", row("05.1"), "FY", 0.05, 4059, "atRisk"],
  ["05.1 FY risk floor", row("05.1"), "FY", 0.05, 3857, "atRisk"],
  ["05.1 FY below floor", row("05.1"), "FY", 0.05, 3856.9, "offTrack"],
  // prorated: Q1 ¼ = 1.015, H1 ½ = 2.030, 9M ¾ = 3.045
  ["05.1 Q1 above", row("05.1"), "Q1", 0.05, 1015.1, "exceeded"],
  ["05.1 Q1 at", row("05.1"), "Q1", 0.05, 1015, "met"],
  ["05.1 Q1 below", row("05.1"), "Q1", 0.05, 1014.9, "atRisk"],
  ["05.1 Q1 floor", row("05.1"), "Q1", 0.05, 964.25, "atRisk"],
  ["05.1 Q1 below floor", row("05.1"), "Q1", 0.05, 964.2, "offTrack"],
  ["05.1 H1 above", row("05.1"), "H1", 0.05, 2031, "exceeded"],
  ["05.1 H1 at", row("05.1"), "H1", 0.05, 2030, "met"],
  ["05.1 H1 below", row("05.1"), "H1", 0.05, 2029, "atRisk"],
  ["05.1 H1 floor", row("05.1"), "H1", 0.05, 1928.5, "atRisk"],
  ["05.1 H1 below floor", row("05.1"), "H1", 0.05, 1928.4, "offTrack"],
  ["05.1 9M above", row("05.1"), "9M", 0.05, 3045.1, "exceeded"],
  ["05.1 9M at", row("05.1"), "9M", 0.05, 3045, "met"],
  ["05.1 9M below", row("05.1"), "9M", 0.05, 3044.9, "atRisk"],
  ["05.1 9M floor", row("05.1"), "9M", 0.05, 2892.75, "atRisk"],
  ["05.1 9M below floor", row("05.1"), "9M", 0.05, 2892.7, "offTrack"],
  // a fractional target prorated by ¾ (14.040,8 × 0,75 = 10.530,6) is met exactly at its value
  ["07.2 9M at", row("07.2"), "9M", 0.05, 10530.6, "met"],
  ["07.2 9M above", row("07.2"), "9M", 0.05, 10530.7, "exceeded"],
  ["07.2 9M below", row("07.2"), "9M", 0.05, 10530.5, "atRisk"],
  // range atLeast, cumulative (04: 38 – 39), prorated in H1 to 19 – 19,5
  ["04 H1 above U", row("04"), "H1", 0.05, 19.51, "exceeded"],
  ["04 H1 at U", row("04"), "H1", 0.05, 19.5, "met"],
  ["04 H1 at L", row("04"), "H1", 0.05, 19, "met"],
  ["04 H1 below L", row("04"), "H1", 0.05, 18.99, "atRisk"],
  ["04 H1 floor", row("04"), "H1", 0.05, 18.05, "atRisk"],
  ["04 H1 below floor", row("04"), "H1", 0.05, 18.04, "offTrack"],
  // within (02.1: 23 – 24): off either side, at risk within 5 % of the nearer bound
  ["02.1 far below", row("02.1"), "FY", 0.05, 21.84, "offTrack"],
  ["02.1 lower risk edge", row("02.1"), "FY", 0.05, 21.85, "atRisk"],
  ["02.1 just below L", row("02.1"), "FY", 0.05, 22.99, "atRisk"],
  ["02.1 at L", row("02.1"), "FY", 0.05, 23, "met"],
  ["02.1 inside", row("02.1"), "FY", 0.05, 23.5, "met"],
  ["02.1 at U", row("02.1"), "FY", 0.05, 24, "met"],
  ["02.1 just above U", row("02.1"), "FY", 0.05, 24.01, "atRisk"],
  ["02.1 upper risk edge", row("02.1"), "FY", 0.05, 25.2, "atRisk"],
  ["02.1 far above", row("02.1"), "FY", 0.05, 25.21, "offTrack"],
  ["02.1 is not prorated", row("02.1"), "Q1", 0.05, 23.5, "met"],
  // atMost, single ("Dưới 3"): exceeded below 3, met at 3, at risk up to 3,15
  ["atMost below", atMostSingle, "FY", 0.05, 2.99, "exceeded"],
  ["atMost at", atMostSingle, "FY", 0.05, 3, "met"],
  ["atMost above", atMostSingle, "FY", 0.05, 3.01, "atRisk"],
  ["atMost risk ceiling", atMostSingle, "FY", 0.05, 3.15, "atRisk"],
  ["atMost above ceiling", atMostSingle, "FY", 0.05, 3.16, "offTrack"],
  // atMost, range 2 – 3
  ["atMost range below L", atMostRange, "FY", 0.05, 1.99, "exceeded"],
  ["atMost range at L", atMostRange, "FY", 0.05, 2, "met"],
  ["atMost range at U", atMostRange, "FY", 0.05, 3, "met"],
  ["atMost range above U", atMostRange, "FY", 0.05, 3.01, "atRisk"],
  ["atMost range above ceiling", atMostRange, "FY", 0.05, 3.151, "offTrack"],
];

describe("status boundaries of every kind", () => {
  test.each(BOUNDARIES)("%s: %#", (_label, indicator, period, tolerance, value, expected) => {
    expect(status(indicator, actual(value), period, tolerance)).toBe(expected);
  });

  test("the same boundaries hold when the value is typed as Vietnamese text", () => {
    for (const [label, indicator, period, tolerance, value, expected] of BOUNDARIES) {
      const text = String(value).replace(".", ",");
      expect([label, status(indicator, actual(text), period, tolerance)]).toEqual([label, expected]);
    }
  });

  test("judge: a target of zero has no at-risk band", () => {
    expect(judge("atLeast", 0, 0, 0, 0.05)).toBe("met");
    expect(judge("atLeast", -0.01, 0, 0, 0.05)).toBe("offTrack");
  });
});

describe("which value is judged", () => {
  test("the full-year estimate, when entered, against the whole-year target", () => {
    const r = evaluateIndicator(
      row("05.1"),
      { actual: { value: 1500 }, estimate: { value: "4.100" } },
      { period: "H1", tolerance: 0.05 }
    );
    expect(r).toMatchObject({ status: "exceeded", basis: "estimate", value: 4100, actual: 1500, estimate: 4100 });
    expect(r.bounds).toEqual({ min: 4060, max: 4060, prorated: false });
  });

  test("otherwise the period's value, against the prorated target", () => {
    const r = evaluateIndicator(
      row("05.1"),
      { actual: { value: "2.100" }, estimate: { value: "" } },
      { period: "H1", tolerance: 0.05 }
    );
    expect(r).toMatchObject({ status: "exceeded", basis: "actual", value: 2100 });
    expect(r.bounds).toEqual({ min: 2030, max: 2030, prorated: true });
    expect(r.percentOfPlan).toBeCloseTo((2100 / 2030) * 100, 10);
  });

  test("percent of plan is the value over the lower bound", () => {
    const r = evaluateIndicator(row("01"), actual("7,5"), { period: "FY", tolerance: 0.05 });
    expect(r.percentOfPlan).toBeCloseTo((7.5 / 7) * 100, 10);
    const pct = evaluateIndicator(row("09.1"), actual(0.972, "0.0%"), { period: "FY", tolerance: 0.05 });
    expect(pct).toMatchObject({ status: "met", value: 97.2, percentOfPlan: 100 });
  });

  test("nothing entered is missing", () => {
    expect(status(row("01"), {})).toBe("missing");
    expect(status(row("01"), { actual: { value: null }, estimate: { value: "  " } })).toBe("missing");
  });
});

describe("invalid values", () => {
  const INVALID: [string, RowEntry, string][] = [
    [
      "02.1",
      actual(100.1),
      "Chỉ tiêu 02.1, cột “Thực hiện”: giá trị “100.1” không hợp lệ: tỷ lệ 100,1 nằm ngoài khoảng 0–100.",
    ],
    [
      "09.1",
      actual("-0,5"),
      "Chỉ tiêu 09.1, cột “Thực hiện”: giá trị “-0,5” không hợp lệ: tỷ lệ -0,5 nằm ngoài khoảng 0–100.",
    ],
    [
      "08",
      actual("2,5"),
      "Chỉ tiêu 08, cột “Thực hiện”: giá trị “2,5” không hợp lệ: số đếm phải là số nguyên (2,5); hãy gõ một số nguyên, ví dụ 2 hoặc 3, không có phần thập phân.",
    ],
    ["10", actual(-1), "Chỉ tiêu 10, cột “Thực hiện”: giá trị “-1” không hợp lệ: số lượng không thể âm (-1)."],
    ["03", actual("-5"), "Chỉ tiêu 03, cột “Thực hiện”: giá trị “-5” không hợp lệ: số lượng không thể âm (-5)."],
    [
      "05.1",
      actual("N/A"),
      "Chỉ tiêu 05.1, cột “Thực hiện”: giá trị “N/A” không hợp lệ: “N/A” không phải là một số; nếu chưa có số liệu, hãy để trống ô.",
    ],
    [
      "07.1",
      actual("#DIV/0!"),
      "Chỉ tiêu 07.1, cột “Thực hiện”: giá trị “#DIV/0!” không hợp lệ: ô có lỗi Excel #DIV/0!.",
    ],
    [
      "07.1",
      { actual: { value: 3000 }, estimate: { value: "7.485 tỷ" } },
      "Chỉ tiêu 07.1, cột “Ước thực hiện cả năm”: giá trị “7.485 tỷ” không hợp lệ: “7.485 tỷ” không phải là một số; hãy gõ chỉ con số 7.485, không kèm chữ (đơn vị đã có ở cột “Đơn vị”).",
    ],
  ];

  test.each(INVALID)("%s %p", (code, entry, message) => {
    const r = evaluateIndicator(row(code), entry, { period: "FY", tolerance: 0.05 });
    expect(r.status).toBe("invalid");
    expect(r.problems.map((p) => describeProblem(p, "vi"))).toEqual([message]);
    expect(describeProblem(r.problems[0], "en")).toMatch(new RegExp(`^Indicator ${code.replace(".", "\\.")}, column `));
  });

  test("growth rates and reductions may be negative: valid, and off track", () => {
    expect(status(row("06.2"), actual(-3))).toBe("offTrack");
    expect(status(row("14"), actual("-0,5"))).toBe("offTrack");
    expect(status(row("15.1.2"), actual(-10))).toBe("offTrack");
  });

  test("a whole count and zero are valid", () => {
    expect(status(row("08"), actual(0))).toBe("offTrack");
    expect(status(row("08"), actual("10"))).toBe("met");
  });
});

describe("allOf (15.1): the worst of its parts", () => {
  function allOf(values: CellValue[]): Status {
    const entries = new Map<string, RowEntry>(values.map((v, i) => [`15.1.${i + 1}`, actual(v)]));
    const rows = evaluateRows(catalogue, entries, { period: "FY", tolerance: 0.05 });
    return rows.find((r) => r.code === "15.1")?.status as Status;
  }

  test.each([
    [[5, 5, 5], "met"],
    [[6, 7, 8], "exceeded"],
    [[5, 6, 7], "met"],
    [[6, 6, 4.9], "atRisk"],
    [[6, 6, 4], "offTrack"],
    [[6, 6, null], "missing"],
    [[4.9, null, 6], "atRisk"],
    [[4, "N/A", 6], "invalid"],
    [[null, null, null], "missing"],
  ] as [CellValue[], Status][])("%p → %s", (values, expected) => expect(allOf(values)).toBe(expected));

  test("worstStatus orders invalid > off track > at risk > missing > met > exceeded", () => {
    expect(worstStatus(["exceeded", "met"])).toBe("met");
    expect(worstStatus(["met", "missing"])).toBe("missing");
    expect(worstStatus(["missing", "atRisk"])).toBe("atRisk");
    expect(worstStatus(["atRisk", "offTrack"])).toBe("offTrack");
    expect(worstStatus(["offTrack", "invalid"])).toBe("invalid");
  });

  test("it has no percent of plan of its own, and a value on its own row is flagged, not used", () => {
    const entries = new Map<string, RowEntry>([
      ["15.1", actual(50)],
      ["15.1.1", actual(6)],
      ["15.1.2", actual(5)],
      ["15.1.3", actual(10)],
    ]);
    const r = evaluateRows(catalogue, entries, { period: "FY", tolerance: 0.05 }).find((x) => x.code === "15.1");
    expect(r?.status).toBe("met");
    expect(r?.percentOfPlan).toBeUndefined();
    expect(r?.percentOfAnnualPlan).toBeUndefined();
    expect(r?.problems.map((p) => describeProblem(p, "en"))).toEqual([
      "Indicator 15.1 is judged by its parts; the value entered on its own row is not used.",
    ]);
  });
});

describe("consistency rules", () => {
  function findings(values: Record<string, CellValue | [CellValue, CellValue]>, lang: "vi" | "en" = "vi"): string[] {
    const entries = new Map<string, RowEntry>(
      Object.entries(values).map(([code, v]) => [
        code,
        Array.isArray(v) ? { actual: { value: v[0] }, estimate: { value: v[1] } } : actual(v),
      ])
    );
    return evaluateSheet(catalogue, entries, { period: "H1", tolerance: 0.05 }).findings.map((f) =>
      describeProblem(f.problem, lang)
    );
  }

  test.each([
    [[23, 24, 48, 5], []],
    [[23, 24, 48, 5.5], []],
    [[23, 24, 48, 5.51], ["Cột “Thực hiện”: tổng 02.1 + 02.2 + 02.3 + 02.4 = 100,51, lệch so với 100."]],
    [[23, 24, 47, 5.5], []],
    [[23, 24, 47, 5.49], ["Cột “Thực hiện”: tổng 02.1 + 02.2 + 02.3 + 02.4 = 99,49, lệch so với 100."]],
    [["23,5", "24,5", "47,5", null], []],
  ] as [CellValue[], string[]][])("economic structure %p", (values, expected) => {
    expect(findings({ "02.1": values[0], "02.2": values[1], "02.3": values[2], "02.4": values[3] })).toEqual(expected);
  });

  test.each([
    [7485, 2485, 5000, []],
    [7485, 2485, 5037.425, []], // 7.522,425 = 7.485 × 1,005
    [7485, 2485, 5038, ["Cột “Thực hiện”: tổng 07.1.1 + 07.1.2 = 7.523, lệch so với 07.1 = 7.485."]],
    [7485, 2447.575, 5000, []],
    [7485, 2447, 5000, ["Cột “Thực hiện”: tổng 07.1.1 + 07.1.2 = 7.447, lệch so với 07.1 = 7.485."]],
    [null, 2000, 5000, []],
  ] as [CellValue, CellValue, CellValue, string[]][])(
    "budget revenue %p = %p + %p",
    (total, domestic, trade, expected) => {
      expect(findings({ "07.1": total, "07.1.1": domestic, "07.1.2": trade })).toEqual(expected);
    }
  );

  test("sums are checked column by column, in English too", () => {
    expect(findings({ "07.1": [3000, 7400], "07.1.1": [1000, 2400], "07.1.2": [2000, 4000] }, "en")).toEqual([
      "Column “Ước thực hiện cả năm”: 07.1.1 + 07.1.2 = 6,400, which does not match 07.1 = 7,400.",
    ]);
  });

  test("a full-year estimate below what a cumulative row already reached", () => {
    expect(findings({ "05.1": [2100, 2000] })).toEqual([
      "Kiểm tra lại chỉ tiêu 05.1: ước cả năm 2.000 thấp hơn số đã thực hiện 2.100.",
    ]);
    expect(findings({ "05.1": [2100, 2100] })).toEqual([]);
    expect(findings({ "01": [7, 6] })).toEqual([]); // a rate, not cumulative
  });

  test("findings are warnings and do not change a status", () => {
    const entries = new Map<string, RowEntry>([["05.1", { actual: { value: 2100 }, estimate: { value: 2000 } }]]);
    const sheet = evaluateSheet(catalogue, entries, { period: "H1", tolerance: 0.05 });
    expect(sheet.findings).toHaveLength(1);
    expect(sheet.findings[0]).toMatchObject({ severity: "warning", codes: ["05.1"] });
    expect(sheet.row("05.1")?.status).toBe("offTrack"); // the estimate 2.000 judged against 4.060
  });
});

describe("summary by lead agency", () => {
  const entries = new Map<string, RowEntry>([
    ["01", actual(6)], // off track — Sở KH&ĐT
    ["06.1", actual(2600)], // H1: 2.550 prorated → exceeded — Sở Công Thương, Cục Hải quan
    ["07.1", actual(3000)], // H1: 3.742,5 → off track — Sở Tài chính, Cục Thuế, Cục Hải quan
    ["15.1.1", actual(5)], // met — Sở GTVT, Công an tỉnh
    ["15.2", actual(2.9)], // at risk — Công an tỉnh
    ["12.1", actual("abc")], // invalid — Sở Y tế
  ]);
  const sheet = evaluateSheet(catalogue, entries, { period: "H1", tolerance: 0.05 });
  const agency = (name: string) => sheet.summary.agencies.find((a) => a.agency === name);

  test("a row with several lead agencies counts for each", () => {
    expect(agency("Cục Hải quan")?.codes).toEqual(["06.1", "06.2", "07.1", "07.1.1", "07.1.2", "07.2"]);
    expect(agency("Cục Hải quan")?.counts).toEqual({
      exceeded: 1,
      met: 0,
      atRisk: 0,
      offTrack: 1,
      missing: 4,
      invalid: 0,
    });
    expect(agency("Sở Công Thương")?.counts).toMatchObject({ exceeded: 1, missing: 1 });
    expect(agency("Công an tỉnh")?.codes).toEqual(["15.1", "15.1.1", "15.1.2", "15.1.3", "15.2"]);
    expect(agency("Công an tỉnh")?.counts).toEqual({
      exceeded: 0,
      met: 1,
      atRisk: 1,
      offTrack: 0,
      missing: 3,
      invalid: 0,
    });
  });

  test("the whole sheet's counts count each row once", () => {
    expect(sheet.summary.totals).toEqual({ exceeded: 1, met: 1, atRisk: 1, offTrack: 2, missing: 31, invalid: 1 });
    const sum = Object.values(sheet.summary.totals).reduce((a, b) => a + b, 0);
    expect(sum).toBe(37);
  });

  test("agencies come worst first", () => {
    expect(sheet.summary.agencies.map((a) => a.agency).slice(0, 5)).toEqual([
      "Sở Y tế", // invalid
      "Sở Kế hoạch và Đầu tư", // off track, and six rows missing
      "Cục Hải quan", // off track, four missing
      "Sở Tài chính", // same counts: catalogue order
      "Cục Thuế",
    ]);
    expect(sheet.summary.agencies).toHaveLength(13);
    expect(sheet.summary.agencies.every((a) => a.codes.length > 0)).toBe(true);
  });
});
