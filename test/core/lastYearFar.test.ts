/**
 * Trial 25, finding 1: a `Cùng kỳ năm trước` figure too far from this period's to be last year's (62 ha for 6.200,
 * 1.180 doctors for 11,8, 512 crimes in a % row, a date pasted as 45565) got no warning, and the report compared with
 * it as a fact. Now it is doubted as Thực hiện is ("Kiểm tra lại"), never judged, and no row changes status for it.
 */

import {
  COUNT_GAP,
  doubtedLastYear,
  evaluateSheet,
  hasPercentUnit,
  LAST_YEAR_FACTOR,
  LAST_YEAR_POINTS,
  rowsToCheck,
  type CellInput,
  type ReportingPeriod,
  type RowEntry,
} from "../../src/core";
import { describe as describeProblem } from "../../src/core/messages";
import { shippedCatalogue as catalogue } from "../catalogue";

function judge(code: string, entry: RowEntry, period: ReportingPeriod = "9M") {
  const evaluation = evaluateSheet(catalogue, new Map([[code, entry]]), { period, tolerance: 0.05 });
  return {
    status: evaluation.row(code)?.status,
    findings: evaluation.findings,
    keys: evaluation.findings.map((f) => f.problem.key),
    vi: evaluation.findings.map((f) => describeProblem(f.problem, "vi")),
    en: evaluation.findings.map((f) => describeProblem(f.problem, "en")),
  };
}

const cell = (value: CellInput["value"], numberFormat?: string): CellInput => ({ value, numberFormat });
const FAR = "plausibility.lastYearFar";

describe("trial 25's slips in Cùng kỳ năm trước are doubted, in both languages, and no status changes", () => {
  test.each<[string, number, number, string, string]>([
    [
      "16.1",
      6200,
      62,
      "Kiểm tra lại chỉ tiêu 16.1, cột “Cùng kỳ năm trước”: 62 và số thực hiện kỳ này (6.200) chênh nhau 100 lần (từ 10 lần trở lên là bất thường); có thể nhập nhầm số (thiếu hoặc thừa chữ số, mất dấu phẩy, nhầm đơn vị); chưa so sánh với cùng kỳ.",
      "Check indicator 16.1, column “Cùng kỳ năm trước”: 62 and this period's figure (6,200) are 100 times apart (10 times or more is unusual); it may be a typing mistake (a digit lost or added, a decimal comma dropped, another unit); not compared with last year.",
    ],
    [
      "12.2",
      11.8,
      1180,
      "Kiểm tra lại chỉ tiêu 12.2, cột “Cùng kỳ năm trước”: 1.180 và số thực hiện kỳ này (11,8) chênh nhau 100 lần (từ 10 lần trở lên là bất thường); có thể nhập nhầm số (thiếu hoặc thừa chữ số, mất dấu phẩy, nhầm đơn vị); chưa so sánh với cùng kỳ.",
      "Check indicator 12.2, column “Cùng kỳ năm trước”: 1,180 and this period's figure (11.8) are 100 times apart (10 times or more is unusual); it may be a typing mistake (a digit lost or added, a decimal comma dropped, another unit); not compared with last year.",
    ],
    [
      "15.2",
      4.2,
      512,
      "Kiểm tra lại chỉ tiêu 15.2, cột “Cùng kỳ năm trước”: 512% và số thực hiện kỳ này (4,2%) chênh nhau 507,8 điểm phần trăm (hơn 100 điểm là bất thường); có thể đã gõ một số lượng thay cho tỷ lệ, hoặc nhập nhầm số; chưa so sánh với cùng kỳ.",
      "Check indicator 15.2, column “Cùng kỳ năm trước”: 512% and this period's figure (4.2%) are 507.8 percentage points apart (more than 100 is unusual); a count may have been typed for the rate, or a typing mistake made; not compared with last year.",
    ],
    [
      "15.2",
      4.2,
      45565,
      "Kiểm tra lại chỉ tiêu 15.2, cột “Cùng kỳ năm trước”: 45.565% và số thực hiện kỳ này (4,2%) chênh nhau 45.560,8 điểm phần trăm (hơn 100 điểm là bất thường); có thể một ngày tháng đã được dán vào ô thành số (45565 là ngày 30/09/2024 trong Excel); chưa so sánh với cùng kỳ.",
      "Check indicator 15.2, column “Cùng kỳ năm trước”: 45,565% and this period's figure (4.2%) are 45,560.8 percentage points apart (more than 100 is unusual); a date may have been pasted into the cell as a number (45565 is 30/09/2024 in Excel); not compared with last year.",
    ],
  ])("%s: Thực hiện %p, last year %p", (code, actual, lastYear, vi, en) => {
    const without = judge(code, { actual: cell(actual) });
    const r = judge(code, { actual: cell(actual), lastYear: cell(lastYear) });
    expect(r.keys).toEqual([...without.keys, FAR]);
    expect(r.vi[r.vi.length - 1]).toBe(vi);
    expect(r.en[r.en.length - 1]).toBe(en);
    expect(r.status).toBe(without.status);
    // Its row's figure is not in doubt, so the sheet shows the plain status; its comparison is held back.
    expect(rowsToCheck(r.findings, [{ code, status: r.status! }], catalogue).size).toBe(0);
    expect([...doubtedLastYear(r.findings)]).toEqual([code]);
  });

  test("a figure typed as text is quoted as typed", () => {
    const r = judge("16.1", { actual: cell(6200), lastYear: cell("62 ") });
    expect(r.vi).toEqual([expect.stringContaining("“Cùng kỳ năm trước”: “62” và số thực hiện kỳ này (6.200)")]);
  });
});

describe("the band: ten times apart, or more than 100 points for a rate", () => {
  test.each<[string, number, number, boolean]>([
    // A lost zero puts the two exactly ten times apart: the commonest slip, so the bound itself is doubted.
    ["16.1", 6200, 620, true],
    ["16.1", 6200, 621, false],
    ["16.1", 6200, 62000, true],
    ["16.1", 6200, 61999, false],
    ["16.1", 6200, 4800, false],
    ["08", 3, 30, true],
    ["08", 3, 29, false],
    ["15.2", 4.2, 104.2, false],
    ["15.2", 4.2, 104.3, true],
    ["15.2", 4.2, -96, true],
    ["01", 6.25, -40, false],
    ["09.1", 96.8, 95.5, false],
  ])("%s: Thực hiện %p, last year %p: doubted %p", (code, actual, lastYear, doubted) => {
    expect(judge(code, { actual: cell(actual), lastYear: cell(lastYear) }).keys.includes(FAR)).toBe(doubted);
  });

  test("the thresholds the code states", () => {
    expect([LAST_YEAR_FACTOR, LAST_YEAR_POINTS, COUNT_GAP]).toEqual([10, 100, 20]);
  });
});

/**
 * Review 25b, finding 5: ten times apart had no floor, so 1 new school last year against 12 this year was doubted
 * and the report dropped a true comparison. A row counting things (08 communes, 10 schools) is now doubted only
 * when its two figures are also COUNT_GAP apart; amounts and rates keep their rules, so trial 25's slips still are.
 */
describe("the floor for a few things counted, on the catalogue's count, amount and % rows", () => {
  test.each<[string, string, number, number, boolean]>([
    // Counts: a few schools or communes more or fewer than last year is an ordinary year, whatever the ratio.
    ["count", "10", 12, 1, false],
    ["count", "10", 2, 20, false],
    ["count", "08", 10, 1, false],
    ["count", "08", 2, 20, false],
    ["count", "08", 1, 10, false],
    ["count", "10", 21, 1, true],
    // A digit added or lost, many things apart, is still a slip.
    ["count", "08", 3, 30, true],
    ["count", "08", 7, 70, true],
    ["count", "10", 12, 120, true],
    ["count", "10", 15, 150, true],
    // Amounts have no floor: a moved comma or a lost digit is a slip at any size.
    ["amount", "12.2", 11.8, 1180, true],
    ["amount", "12.2", 11.8, 1.18, true],
    ["amount", "12.2", 12, 1, true],
    ["amount", "12.3", 34, 3.4, true],
    ["amount", "04", 28, 2.8, true],
    ["amount", "03", 48, 4.8, true],
    ["amount", "16.1", 6200, 62, true],
    ["amount", "16.1", 6200, 5800, false],
    // Rates are compared in points: ten times apart in a small rate is a few points, not a slip.
    ["%", "15.2", 4.2, 512, true],
    ["%", "15.2", 4.2, 45565, true],
    ["%", "14", 1.2, 12, false],
    ["%", "01", 6.25, 0.5, false],
    ["%", "09.1", 96.8, 9.68, false],
  ])("%s row %s: Thực hiện %p, last year %p: doubted %p", (_kind, code, actual, lastYear, doubted) => {
    const r = judge(code, { actual: cell(actual), lastYear: cell(lastYear) });
    const without = judge(code, { actual: cell(actual) });
    // Only the last-year figure is in question: Thực hiện's own findings and its status are the same either way.
    expect(r.keys).toEqual(doubted ? [...without.keys, FAR] : without.keys);
    expect(r.status).toBe(without.status);
    expect([...doubtedLastYear(r.findings)]).toEqual(doubted ? [code] : []);
  });
});

describe("only what the report would compare is checked, and a doubt is said once", () => {
  test("no Thực hiện (only the estimate), or zero on either side: nothing to compare, nothing said", () => {
    expect(judge("16.1", { estimate: cell(9000), lastYear: cell(62) }).keys).toEqual([]);
    expect(judge("16.1", { actual: cell(6200), lastYear: cell(0) }).keys).toEqual([]);
    // 0 communes this period is far below plan (its own finding); last year's 12 is not blamed for it.
    expect(judge("08", { actual: cell(0), lastYear: cell(12) }).keys).toEqual(["plausibility.farBelowPlan"]);
  });

  test("a doubted Thực hiện (“2,600” read as 2,6) is the figure to check, not last year's 2.500", () => {
    const r = judge("06.1", { actual: cell("2,600"), lastYear: cell(2500) }, "H1");
    expect(r.keys).toEqual(["plausibility.ambiguous"]);
  });

  test("a last-year figure that reads two ways is offered its other reading, and not also called far", () => {
    const r = judge("05.1", { actual: cell(2100), lastYear: cell("4,500") }, "H1");
    expect(r.keys).toEqual(["plausibility.ambiguous"]);
  });

  test("a share above 100 is no figure at all, as before: one warning, not two", () => {
    const r = judge("09.1", { actual: cell(96.8), lastYear: cell(512) });
    expect(r.keys).toEqual(["plausibility.lastYearInvalid"]);
    expect([...doubtedLastYear(r.findings)]).toEqual(["09.1"]);
  });
});

describe("every row of the catalogue: last year near this period's figure says nothing, a slip is doubted", () => {
  const rows = catalogue.indicators.filter((i) => i.target && i.kind !== "allOf" && i.kind !== "heading");
  test.each(rows.map((i) => [i.code, i] as const))("%s", (code, indicator) => {
    const actual = Math.max(indicator.target!.min, 1);
    const percent = hasPercentUnit(indicator);
    // A rate moves by a point or so in a year; an amount or a count by a tenth.
    const near = percent ? actual - 1 : Math.round(actual * 1.1 * 10) / 10;
    const nearCell = indicator.valueType === "count" ? Math.round(near) : near;
    const far = percent ? actual + LAST_YEAR_POINTS + 1 : actual * LAST_YEAR_FACTOR;
    expect(judge(code, { actual: cell(actual), lastYear: cell(nearCell) }).keys).not.toContain(FAR);
    const r = judge(code, { actual: cell(actual), lastYear: cell(far) });
    const without = judge(code, { actual: cell(actual) });
    expect(r.status).toBe(without.status);
    // A share above 100 is no figure of its row: said as such (lastYearInvalid), never as far.
    const expected = indicator.valueType === "percent" ? "plausibility.lastYearInvalid" : FAR;
    expect(r.keys).toEqual([...without.keys, expected]);
  });
});
