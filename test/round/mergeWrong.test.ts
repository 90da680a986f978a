/**
 * Merge given the wrong workbook (trial 25): an agency's own file as the consolidated one, a file that is not the
 * template at all, a newer file that leaves blank what the agency sent before, and values the consolidated sheet has no
 * cell for, counted where the table says what was left out.
 */

import type { CellValue } from "../../src/core";
import { describeRound, fileResult, leftOutCount, planMerge, planSplit, type RoundSheet } from "../../src/round";
import { templateWithoutLastYear } from "../../src/template";
import { edit, filledGrid, gridOfTemplate, roundSheet, shippedCatalogue, valueAt } from "./grids";
import { agencyFile, appliedWithLog, consolidated9M, findingsOf } from "./rounds";

const catalogue = shippedCatalogue();
const WHEN = "2024-10-10 09:00";

const consolidated = consolidated9M;
const byCode = findingsOf;

describe("an agency's own file given as the consolidated workbook (trial 25, finding 2)", () => {
  /** Sở Y tế's split file, as `split` wrote it: its agency line, its rows alone. */
  const healthFile = (): RoundSheet => {
    const [plan] = planSplit(catalogue, consolidated(), { only: "Sở Y tế" });
    return roundSheet(gridOfTemplate(plan.template), catalogue);
  };

  test("is refused before any file is weighed: nothing written or logged, the agency named, no “không có gì mới”", () => {
    const police = agencyFile(consolidated(), "Công an tỉnh", [
      ["15.2", "actual", 4.2],
      ["15.1.1", "actual", 12],
    ]);
    const plan = planMerge(catalogue, healthFile(), [police], { when: WHEN, targetFile: "cac-so/so-y-te.xlsx" });
    expect(plan.writes).toEqual([]);
    expect(plan.log).toEqual([]);
    expect(plan.findings.map((f) => [f.code, f.severity])).toEqual([["merge.targetIsAgencyFile", "error"]]);
    expect(plan.leftOut).toBe(true);
    expect(plan.files.map((f) => [f.file, fileResult(f)])).toEqual([["cong-an-tinh.xlsx", "refused"]]);
    const [refusal] = plan.findings;
    expect(describeRound(refusal, "vi")).toMatch(
      /^cac-so\/so-y-te\.xlsx: là tệp của Sở Y tế .*không phải bảng tổng hợp; không gộp gì, không ghi gì\. Hãy gộp vào bảng tổng hợp/
    );
    expect(describeRound(refusal, "en")).toMatch(/is the file of Sở Y tế .*not the consolidated workbook/);
    // The pane knows no file name: the open workbook.
    const open = planMerge(catalogue, healthFile(), [police], { when: WHEN });
    expect(describeRound(open.findings[0], "vi")).toMatch(/^Sổ làm việc đang mở là tệp của Sở Y tế/);
  });

  test("the consolidated workbook itself is merged into as before", () => {
    const health = agencyFile(consolidated(), "Sở Y tế", [["12.1", "actual", 100]]);
    const plan = planMerge(catalogue, consolidated(), [health], { when: WHEN });
    expect(byCode(plan, "merge.targetIsAgencyFile")).toEqual([]);
    expect(plan.writes).toHaveLength(1);
  });
});

describe("values the consolidated sheet has no cell for are counted as left out", () => {
  test("a file whose only figure has no cell is not “nothing new”, and its Bỏ ra says 1", () => {
    const target = roundSheet(gridOfTemplate(templateWithoutLastYear(catalogue)), catalogue);
    // Split from a full template of the same period (6 tháng), then merged into one without Cùng kỳ năm trước.
    const full = roundSheet(filledGrid(catalogue, {}, "H1"), catalogue);
    const health = agencyFile(full, "Sở Y tế", [["12.2", "lastYear", 11.2]]);
    const plan = planMerge(catalogue, target, [health], { when: WHEN });
    expect(byCode(plan, "merge.noTargetCell")).toHaveLength(1);
    const [outcome] = plan.files;
    expect(outcome.noTarget).toBe(1);
    expect(leftOutCount(outcome)).toBe(1);
    expect(fileResult(outcome)).toBe("notApplied");
  });
});

describe("a file that is not the template at all (trial 25, finding 6)", () => {
  test("names the agency its file name gives, in the table and the message, and asks it to send its filled file", () => {
    const plan = planMerge(
      catalogue,
      consolidated(),
      [{ file: "nop/so-giao-thong-van-tai.xlsx", notTemplate: ["tmp"] }],
      { when: WHEN }
    );
    expect(plan.unreadable).toBe(true);
    expect(plan.files.map((f) => [f.agency, f.status])).toEqual([["Sở Giao thông vận tải", "unreadable"]]);
    const [finding] = byCode(plan, "merge.notTemplate");
    const vi = describeRound(finding, "vi");
    expect(vi).toBe(
      "nop/so-giao-thong-van-tai.xlsx: không phải biểu chỉ tiêu (không trang tính nào (“tmp”) có dòng tiêu đề của mẫu (“Mã”, “Thực hiện”, “Đánh giá”…)); tệp này không được gộp. Hãy đề nghị Sở Giao thông vận tải gửi lại đúng tệp biểu chỉ tiêu đã điền số liệu."
    );
    expect(vi).not.toMatch(/chèn mẫu/);
    expect(describeRound(finding, "en")).toMatch(/not the indicator template .* Ask Sở Giao thông vận tải to send/);
  });

  test("a name that is no agency's asks whichever agency sent it", () => {
    const plan = planMerge(catalogue, consolidated(), [{ file: "bang-luong.xlsx", notTemplate: ["Lương"] }], {
      when: WHEN,
    });
    expect(plan.files[0].agency).toBeUndefined();
    expect(describeRound(plan.findings[0], "vi")).toMatch(/Nếu tệp do một cơ quan gửi về, hãy đề nghị cơ quan đó/);
  });

  test("a file that cannot be read under an agency's name shows that agency in the table too", () => {
    const plan = planMerge(catalogue, consolidated(), [{ file: "so-y-te.xlsx", error: "tệp hỏng" }], { when: WHEN });
    expect(plan.files.map((f) => [f.agency, f.status])).toEqual([["Sở Y tế", "unreadable"]]);
  });
});

describe("a newer file that leaves blank what its agency sent before (trial 25, finding 5)", () => {
  /** The consolidated sheet after Sở Y tế's first file (12.1 = 100, 12.2 = 12,5) was merged, with its log. */
  function afterFirstMerge(log: CellValue[][] = []) {
    const target = consolidated();
    const v1 = agencyFile(target, "Sở Y tế", [
      ["12.1", "actual", 100],
      ["12.2", "actual", 12.5],
    ]);
    return appliedWithLog(target, planMerge(catalogue, target, [v1], { when: WHEN }), log);
  }
  const v2 = (target: RoundSheet) => agencyFile(target, "Sở Y tế", [["12.1", "actual", 100]], "yte-v2.xlsx");

  test("keeps the figure and says so: agency, code, column, the value kept, how to remove it", () => {
    const merged = afterFirstMerge();
    // The split of the merged sheet carries 12,5: the agency clears it in its corrected file.
    const file = v2(merged);
    edit(file.sheet as RoundSheet, "12.2", "actual", null);
    const plan = planMerge(catalogue, merged, [file], { when: WHEN });
    expect(plan.writes).toEqual([]);
    expect(valueAt(merged, "12.2", "actual")).toBe(12.5);
    expect(byCode(plan, "merge.emptied").map((f) => f.params)).toEqual([
      { file: "yte-v2.xlsx", agency: "Sở Y tế", code: "12.2", column: "actual", value: 12.5 },
    ]);
    expect(plan.files[0].emptied).toBe(1);
    expect(fileResult(plan.files[0])).toBe("emptied");
    const [finding] = byCode(plan, "merge.emptied");
    expect(describeRound(finding, "vi")).toBe(
      "yte-v2.xlsx (Sở Y tế): chỉ tiêu 12.2, cột “Thực hiện” để trống, nhưng bảng tổng hợp đang có 12,5 do Sở Y tế gửi ở lần gộp trước; vẫn giữ 12,5. Nếu cơ quan đã rút số này, hãy xóa ô đó trong bảng tổng hợp."
    );
    expect(describeRound(finding, "en")).toMatch(/is blank, but .* holds 12\.5, sent by Sở Y tế .* clear that cell/);
  });

  test("says nothing of a figure typed by hand since, of another file's figure, or when a file of this merge sends one", () => {
    const merged = afterFirstMerge();
    // Typed over by the consolidating staff: nobody's figure to withdraw.
    const retyped = roundSheet({ ...merged.grid, values: merged.grid.values.map((r) => [...r]) }, catalogue);
    retyped.log = merged.log;
    edit(retyped, "12.2", "actual", 12.7);
    const blank = v2(retyped);
    edit(blank.sheet as RoundSheet, "12.2", "actual", null);
    expect(byCode(planMerge(catalogue, retyped, [blank], { when: WHEN }), "merge.emptied")).toEqual([]);
    // An earlier version merged together with the newer one: its figure is offered, nothing is emptied.
    const file = v2(merged);
    edit(file.sheet as RoundSheet, "12.2", "actual", null);
    const again = agencyFile(merged, "Sở Y tế", [["12.2", "actual", 12.5]], "yte-v1.xlsx");
    expect(byCode(planMerge(catalogue, merged, [file, again], { when: WHEN }), "merge.emptied")).toEqual([]);
    // Another agency's file leaves its own rows blank: 12.2 is not its figure.
    const police = agencyFile(merged, "Công an tỉnh", [["15.2", "actual", 4.2]]);
    expect(byCode(planMerge(catalogue, merged, [police], { when: WHEN }), "merge.emptied")).toEqual([]);
  });

  test("a file sent back with no figure at all is said once as such, not cell by cell", () => {
    const merged = afterFirstMerge();
    const file = v2(merged);
    edit(file.sheet as RoundSheet, "12.1", "actual", null);
    edit(file.sheet as RoundSheet, "12.2", "actual", null);
    const plan = planMerge(catalogue, merged, [file], { when: WHEN });
    expect(plan.findings.map((f) => f.code)).toEqual(["merge.noFigures"]);
  });
});
