import {
  dictionaryKeys,
  describe as describeProblem,
  formatNumber,
  problem,
  STATUS_LABELS,
  PERIOD_LABELS,
  COLUMN_LABELS,
  toUserMessage,
} from "../../src/core/messages";

describe("messages", () => {
  test("both languages have every key", () => {
    expect(dictionaryKeys("en").sort()).toEqual(dictionaryKeys("vi").sort());
    expect(Object.keys(STATUS_LABELS.en).sort()).toEqual(Object.keys(STATUS_LABELS.vi).sort());
    expect(Object.keys(PERIOD_LABELS.en).sort()).toEqual(Object.keys(PERIOD_LABELS.vi).sort());
    expect(Object.keys(COLUMN_LABELS.en).sort()).toEqual(Object.keys(COLUMN_LABELS.vi).sort());
  });

  test("no message is empty or left untranslated", () => {
    const p = problem("number.notNumber", { text: "x" });
    expect(describeProblem(p, "vi")).not.toBe(describeProblem(p, "en"));
  });

  test("the status words are the template's", () => {
    expect(Object.values(STATUS_LABELS.vi)).toEqual([
      "Vượt kế hoạch",
      "Đạt",
      "Có nguy cơ không đạt",
      "Không đạt",
      "Chưa có số liệu",
      "Số liệu không hợp lệ",
    ]);
  });

  test("numbers are written the reader's way", () => {
    expect(formatNumber(14040.8, "vi")).toBe("14.040,8");
    expect(formatNumber(14040.8, "en")).toBe("14,040.8");
    expect(formatNumber(107.142857, "vi", 1)).toBe("107,1");
  });

  test("an error is a value with a code and a message", () => {
    expect(toUserMessage(problem("target.unparsable", { text: "?" }), "en")).toEqual({
      code: "target.unparsable",
      message: "Cannot read the target “?” (written for example as “7 - 7,5”, “4.060”, “≥ 5”, “Dưới 3”).",
    });
  });
});

import type { MessageKey, MessageParams, Problem } from "../../src/core/messages";

/** One sample of every message; the type makes this list complete. */
const SAMPLES: { [K in MessageKey]: MessageParams[K] } = {
  "number.notNumber": { text: "abc" },
  "number.tooManyDigits": { text: "12345678901234567", digits: 17 },
  "number.excelError": { text: "#N/A" },
  "number.boolean": { text: "TRUE" },
  "number.date": { text: "30/06/2024" },
  "number.percentInNonPercentRow": { text: "5%", unit: "Tỷ đồng" },
  "value.percentOutOfRange": { value: 101 },
  "value.negative": { value: -1 },
  "value.fractionalCount": { value: 2.5 },
  "row.invalidValue": {
    code: "08",
    column: "estimate",
    text: "2,5",
    reason: problem("value.fractionalCount", { value: 2.5 }),
  },
  "row.allOfValueIgnored": { code: "15.1" },
  "target.unparsable": { text: "?" },
  "target.reversedRange": { text: "9 - 8" },
  "catalogue.notJson": { detail: "Unexpected token" },
  "catalogue.schema": { path: "/year", keyword: "uniqueItems", detail: "must not have duplicate items", argument: "" },
  "catalogue.duplicateCode": { code: "01" },
  "catalogue.unknownParent": { code: "02.1", parent: "99" },
  "catalogue.parentNotGroup": { code: "02.1", parent: "01" },
  "catalogue.targetMismatch": { code: "03", text: "65", min: 65, max: 65, parsedMin: 66, parsedMax: 66 },
  "catalogue.targetKindMismatch": { code: "03", text: "Dưới 3", kind: "atLeast" },
  "catalogue.targetText": { code: "03", reason: problem("target.unparsable", { text: "?" }) },
  "catalogue.minAboveMax": { code: "03", min: 2, max: 1 },
  "catalogue.allOfWithoutParts": { code: "15.1" },
  "catalogue.ruleUnknownCode": { rule: "r", code: "99" },
  "catalogue.duplicateRule": { rule: "r" },
  "rule.sumMismatch": {
    rule: "r",
    column: "actual",
    codes: ["02.1", "02.2"],
    sum: 99,
    expected: 100,
    expectedFrom: "",
  },
  "plausibility.estimateBelowActual": { code: "05.1", estimate: 1, actual: 2 },
  "plausibility.farBelowPlan": {
    code: "05.2",
    column: "actual",
    value: 2.1,
    plan: 2150,
    prorated: true,
    percent: 0.098,
    threshold: 10,
  },
  "plausibility.farAbovePlan": {
    code: "01",
    column: "actual",
    value: 47,
    plan: 7,
    prorated: false,
    percent: 671.4,
    threshold: 300,
  },
  "plausibility.ambiguous": { code: "05.2", column: "actual", text: "2,100", read: 2.1, other: 2100, type: "2100" },
  "doubt.approximate": { text: "~5", read: 5, mark: "~" },
  "doubt.bound": { text: "< 5", read: 5, mark: "<" },
  "doubt.trailingSeparator": { text: "33,", read: 33, separator: "," },
  "doubt.ambiguous": { text: "4,500", read: 4.5, other: 4500, type: "4500" },
  "plausibility.doubt": {
    code: "15.1.2",
    column: "actual",
    doubt: { key: "doubt.approximate", params: { text: "~5", read: 5, mark: "~" } },
  },
  "change.negative": {
    code: "15.1.2",
    column: "actual",
    value: -2,
    subject: { vi: "số người chết", en: "deaths" },
    reduction: true,
    points: false,
  },
  "plausibility.lastYearFar": {
    code: "16.1",
    column: "lastYear",
    value: 62,
    actual: 6200,
    percentUnit: false,
    threshold: 10,
  },
  "plausibility.lastYearInvalid": {
    code: "16.1",
    text: "4060 ha",
    reason: problem("number.notNumber", { text: "4060 ha" }),
  },
  "plausibility.conflict": {
    code: "07.1",
    column: "actual",
    agencies: ["Cục Thuế", "Sở Tài chính"],
    offers: "Cục Thuế 3.950; Sở Tài chính 3.900",
  },
  "row.periodAssumed": { code: "05.1" },
  "catalogue.plausibilityOrder": { path: "/plausibility", below: 300, above: 10 },
  "sheet.noTemplate": { sheets: ["Sheet1"] },
  "sheet.missingColumn": { sheet: "Chỉ tiêu 2024", column: "Đánh giá" },
  "sheet.unknownCode": { sheet: "Chỉ tiêu 2024", code: "99", row: 12 },
  "sheet.duplicateCode": { sheet: "Chỉ tiêu 2024", code: "01", row: 12, firstRow: 7 },
  "sheet.missingRow": { sheet: "Chỉ tiêu 2024", code: "01" },
  "period.unreadable": { sheet: "Chỉ tiêu 2024", text: "Quý 2", labelFound: true },
  "period.otherYear": { sheet: "Chỉ tiêu 2024", text: "6 tháng năm 2023", year: 2023, expected: 2024 },
  "period.overridden": { sheet: "Chỉ tiêu 2024", text: "6 tháng", period: "9M" },
  "period.reportUnreadable": { sheet: "Chỉ tiêu 2024", cell: "C3", text: "Quý 2", example: "6 tháng đầu năm 2024" },
  "period.reportOtherYear": {
    sheet: "Chỉ tiêu 2024",
    cell: "C3",
    text: "6 tháng đầu năm 2023",
    example: "6 tháng đầu năm 2024",
    year: 2023,
    expected: 2024,
  },
  "sheet.otherTemplate": { sheet: "Chỉ tiêu 2024", others: ["6 tháng (sửa)"], chosenBy: "marker" },
  "sheet.otherYear": { sheet: "Chỉ tiêu 2024", year: 2023, expected: 2024 },
  "sheet.otherDecision": { sheet: "Chỉ tiêu 2024", decision: "200/QĐ-UBND", expected: "136/QĐ-UBND" },
  "sheet.uncalculated": { sheet: "Chỉ tiêu 2024", code: "04", row: 14, column: "actual" },
  "sheet.mergedCells": {
    sheet: "Chỉ tiêu 2024",
    range: "G36:G38",
    first: "G36",
    column: "Ước thực hiện cả năm",
    firstCode: "15.1.1",
    codes: ["15.1.2", "15.1.3"],
    rows: [37, 38],
  },
  "sheet.mergedUnread": { sheet: "Chỉ tiêu 2024" },
  "sheet.manualCalculation": { sheet: "Chỉ tiêu 2024", codes: ["07.1", "07.2"], inExcel: false },
  "calc.recalculated": { sheet: "Chỉ tiêu 2024" },
  "row.mergedCell": { code: "15.1.2", column: "estimate", range: "G36:G38" },
  "excel.readOnly": {},
  "excel.protected": { sheet: "Chỉ tiêu 2024" },
  "excel.structureProtected": {},
  "excel.accessDenied": {},
  "excel.sessionExpired": {},
  "excel.editMode": {},
  "excel.tooLarge": {},
  "excel.notInExcel": {},
  "pane.partNotLoaded": { detail: "Loading chunk 482 failed." },
  "excel.failed": { code: "GeneralException", detail: "boom" },
};

describe("every message renders in both languages", () => {
  test.each(Object.entries(SAMPLES))("%s", (key, params) => {
    const p = { key, params } as Problem;
    const vi = describeProblem(p, "vi");
    const en = describeProblem(p, "en");
    expect(vi.length).toBeGreaterThan(5);
    expect(en.length).toBeGreaterThan(5);
    expect(vi).not.toBe(en);
    expect(vi).not.toMatch(/undefined|\[object/);
    expect(en).not.toMatch(/undefined|\[object/);
  });
});
