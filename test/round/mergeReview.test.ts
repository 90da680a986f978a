/**
 * What validate doubts, merge never writes as a confident number (trial 19, F2 and F7): `4,500` was merged as 4.5,
 * the very reading validate flags, and `≥ 5` as text with no word. A value validate doubts or cannot read is now
 * written exactly as typed (never lost, never turned into a number that looks certain) and listed "cần xem lại"
 * with its reason: in merge's findings (every door shows them) and in its log line.
 */

import type { CellValue, MessageKey } from "../../src/core";
import {
  describeRound,
  logRow,
  planMerge,
  planSplit,
  type MergePlan,
  type MergeSource,
  type RoundSheet,
} from "../../src/round";
import type { ColumnKey } from "../../src/template";
import { col, edit, filledGrid, gridOfTemplate, roundSheet, shippedCatalogue, valueAt } from "./grids";

const catalogue = shippedCatalogue();
const WHEN = "2024-07-02 09:15";

/** The consolidated workbook (6 tháng), with figures already in it. */
const consolidated = (figures = {}): RoundSheet => roundSheet(filledGrid(catalogue, figures), catalogue);

/** An agency's split workbook after it typed `typed` into one cell. */
function agencyFile(
  target: RoundSheet,
  agency: string,
  code: string,
  column: ColumnKey,
  typed: CellValue
): MergeSource {
  const [plan] = planSplit(catalogue, target, { only: agency });
  const sheet = roundSheet(gridOfTemplate(plan.template), catalogue);
  edit(sheet, code, column, typed);
  return { file: plan.fileName, sheet };
}

function merge(agency: string, code: string, column: ColumnKey, typed: CellValue, figures = {}) {
  const target = consolidated(figures);
  const plan = planMerge(catalogue, target, [agencyFile(target, agency, code, column, typed)], { when: WHEN });
  return { plan, target, row: target.located.rows.get(code) as number };
}

const reasons = (plan: MergePlan) =>
  plan.findings.flatMap((f) => (f.code === "merge.review" ? f.params.reasons.map((r) => r.key) : []));

const NN = "Sở Nông nghiệp và Phát triển nông thôn";
const CA = "Công an tỉnh";
const YT = "Sở Y tế";
const KH = "Sở Kế hoạch và Đầu tư";
const TC = "Sở Tài chính";

describe("merge writes a doubted or unreadable value as typed, and lists it to review", () => {
  test.each<[string, string, string, ColumnKey, CellValue, CellValue, MessageKey[]]>([
    // [label, agency, code, column, typed, written, reasons]
    [
      "“4,500” ha planted (half-year plan 4.500): read 4,5 by validate",
      NN,
      "16.1",
      "actual",
      "4,500",
      "4,500",
      ["doubt.ambiguous"],
    ],
    ["“4.500” ha planted reads one way near plan", NN, "16.1", "actual", "4.500", 4500, []],
    ["“4 500” ha planted", NN, "16.1", "actual", "4 500", 4500, []],
    ["“~5” deaths reduction (15.1.2)", CA, "15.1.2", "actual", "~5", "~5", ["doubt.approximate"]],
    [
      "“≥ 5” accidents reduction (15.1.1): a bound, not a figure",
      CA,
      "15.1.1",
      "actual",
      "≥ 5",
      "≥ 5",
      ["doubt.bound"],
    ],
    ["“gần 3” criminal offences reduction (15.2)", CA, "15.2", "actual", "gần 3", "gần 3", ["doubt.approximate"]],
    [
      "“33,” beds per 10.000 people: maybe 33,5 typed halfway",
      YT,
      "12.3",
      "actual",
      "33,",
      "33,",
      ["doubt.trailingSeparator"],
    ],
    ["“khoảng 7,2” GRDP growth estimate", KH, "01", "estimate", "khoảng 7,2", "khoảng 7,2", ["doubt.approximate"]],
    ["“11,6” doctors: a figure read one way, written as the number", YT, "12.2", "actual", "11,6", 11.6, []],
    ["“3.742,5” budget revenue, half the plan", TC, "07.1", "actual", "3.742,5", 3742.5, []],
    ["“5 xã” is no number", YT, "12.2", "actual", "5 xã", "5 xã", ["number.notNumber"]],
    ["“#N/A” typed", YT, "12.2", "actual", "#N/A", "#N/A", ["number.excelError"]],
    [
      "120 in a % row (12.4): a number, written as it is, invalid there",
      YT,
      "12.4",
      "actual",
      120,
      120,
      ["value.percentOutOfRange"],
    ],
    ["last year's figure “~11”", YT, "12.2", "lastYear", "~11", "~11", ["doubt.approximate"]],
    // As validate doubts it (trial 20, finding 6): written as a number, 4,5 would be compared as last year's figure.
    [
      "last year's “4,500” ha planted, near the half-year plan",
      NN,
      "16.1",
      "lastYear",
      "4,500",
      "4,500",
      ["doubt.ambiguous"],
    ],
    ["a note is text, whatever it looks like", YT, "12.2", "note", "~5", "~5", []],
  ])("%s", (_, agency, code, column, typed, written, expected) => {
    const { plan, row } = merge(agency, code, column, typed);
    expect(plan.writes).toEqual([{ row, col: col(column), value: written }]);
    expect(reasons(plan)).toEqual(expected);
    // The log keeps what was typed, and says why it is to review.
    expect(plan.log.map((l) => l.value)).toEqual([typed]);
    const line = logRow(plan.log[0]);
    if (expected.length > 0) expect(line[8]).toMatch(/^Cần xem lại: /);
    else expect(line[8]).toBeNull();
  });

  test("the finding says what was written, that it was not made a number, and why, in Vietnamese and English", () => {
    const { plan } = merge(NN, "16.1", "actual", "4,500");
    const [finding] = plan.findings;
    expect(describeRound(finding, "vi")).toBe(
      "so-nong-nghiep-va-phat-trien-nong-thon.xlsx (Sở Nông nghiệp và Phát triển nông thôn): chỉ tiêu 16.1, cột “Thực hiện”: " +
        "(trống) → “4,500”, ghi đúng như đã gõ (không đổi thành số); cần xem lại: “4,500” đã hiểu là 4,5; nếu ý là 4.500 hãy nhập 4500."
    );
    expect(describeRound(finding, "en")).toContain(
      "(blank) → “4,500”, written exactly as typed (not as a number); to review: “4,500” was read as 4.5; if you meant 4,500, type 4500."
    );
    expect(logRow(plan.log[0])[8]).toBe("Cần xem lại: “4,500” đã hiểu là 4,5; nếu ý là 4.500 hãy nhập 4500");
  });

  test("a doubted value replacing a figure is said once, as to review (not also as a plain change)", () => {
    const { plan } = merge(CA, "15.1.2", "actual", "~6", { "15.1.2": { actual: 5 } });
    expect(plan.findings.map((f) => f.code)).toEqual(["merge.review"]);
    expect(plan.files[0]).toMatchObject({ changed: 1, filled: 0 });
    expect(describeRound(plan.findings[0], "vi")).toContain(": 5 → “~6”, ghi đúng như đã gõ");
  });

  test("“33,” is not the 33 already there: written as typed, to review; the same text again changes nothing", () => {
    const first = merge(YT, "12.3", "actual", "33,", { "12.3": { actual: 33 } });
    expect(first.plan.writes.map((w) => w.value)).toEqual(["33,"]);
    expect(reasons(first.plan)).toEqual(["doubt.trailingSeparator"]);
    const again = merge(YT, "12.3", "actual", "33,", { "12.3": { actual: "33," } });
    expect(again.plan.writes).toEqual([]);
    expect(valueAt(again.target, "12.3", "actual")).toBe("33,");
  });
});
