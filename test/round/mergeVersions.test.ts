/**
 * Trial 25b: two versions of one agency's file in one merge (B1), a withdrawn figure cleared by staff and merged again
 * (B1), an agency's file without its agency line given as the consolidated workbook (B6), the emptied note on a
 * co-led figure (B7) and on a note (B8).
 */

import type { CellValue } from "../../src/core";
import { describeRound, fileResult, planMerge, planSplit, type MergePlan, type RoundSheet } from "../../src/round";
import { edit, gridOfTemplate, roundSheet, shippedCatalogue, valueAt } from "./grids";
import { agencyFile, appliedWithLog, consolidated9M, findingsOf } from "./rounds";

const catalogue = shippedCatalogue();
const WHEN = "2024-10-10 09:00";

const consolidated = consolidated9M;
const byCode = findingsOf;
const codes = (plan: MergePlan) => plan.findings.map((f) => f.code);

/** The consolidated sheet with its cell cleared by a person (`code`'s Thực hiện), its log kept. */
function cleared(sheet: RoundSheet, code: string): RoundSheet {
  const copy = roundSheet({ ...sheet.grid, values: sheet.grid.values.map((r) => [...r]) }, catalogue);
  copy.log = sheet.log;
  edit(copy, code, "actual", null);
  return copy;
}

describe("two versions of one agency's file in one merge, one leaving a figure blank (trial 25b, B1)", () => {
  const v1 = (t: RoundSheet) =>
    agencyFile(
      t,
      "Sở Y tế",
      [
        ["12.1", "actual", 100],
        ["12.2", "actual", 12.5],
      ],
      "so-y-te.xlsx"
    );
  const v2 = (t: RoundSheet) => agencyFile(t, "Sở Y tế", [["12.1", "actual", 100]], "so-y-te (ban sua 2).xlsx");

  test("is a conflict like two different figures: neither written, the blank named, logged once", () => {
    const target = consolidated();
    const plan = planMerge(catalogue, target, [v1(target), v2(target)], { when: WHEN });
    expect(plan.writes.map((w) => w.value)).toEqual([100]);
    const [conflict] = byCode(plan, "merge.conflict");
    expect(conflict.params.code).toBe("12.2");
    expect(conflict.params.proposals.map((p) => [p.file, p.value])).toEqual([
      ["so-y-te.xlsx", 12.5],
      ["so-y-te (ban sua 2).xlsx", null],
    ]);
    expect(describeRound(conflict, "vi")).toMatch(
      /so-y-te\.xlsx \(Sở Y tế\) 12,5; so-y-te \(ban sua 2\)\.xlsx \(Sở Y tế\) \(trống\)\. Không giá trị nào được gộp: các tệp đều của Sở Y tế/
    );
    expect(plan.files.map((f) => f.conflicts)).toEqual([1, 1]);
    expect(plan.leftOut).toBe(true);
    const line = plan.log.find((l) => l.code === "12.2");
    expect(line).toMatchObject({
      notMerged: "conflict",
      value: "Sở Y tế (so-y-te.xlsx) 12,5; Sở Y tế (so-y-te (ban sua 2).xlsx) (trống)",
    });
  });

  test("another agency's file, or a co-lead's blank, disputes nothing", () => {
    const target = consolidated();
    const police = agencyFile(target, "Công an tỉnh", [["15.2", "actual", 4.2]]);
    expect(codes(planMerge(catalogue, target, [v1(target), police], { when: WHEN }))).toEqual([]);
    // Cục Thuế leaves 07.2 blank beside Sở Tài chính's figure: one co-lead's blank withdraws nothing of another's.
    const stc = agencyFile(target, "Sở Tài chính", [["07.2", "actual", 10250]]);
    const thue = agencyFile(target, "Cục Thuế", [["07.1", "actual", 3900]]);
    const plan = planMerge(catalogue, target, [stc, thue], { when: WHEN });
    expect(byCode(plan, "merge.conflict")).toEqual([]);
    expect(plan.writes.map((w) => w.value).sort()).toEqual([10250, 3900].sort());
  });

  test("merged one by one, the figure cleared as merge.emptied advises: the folder merged again does not fill it back", () => {
    const target = consolidated();
    const m1 = appliedWithLog(target, planMerge(catalogue, target, [v1(target)], { when: WHEN }), []);
    const second = v2(m1);
    edit(second.sheet as RoundSheet, "12.2", "actual", null);
    expect(codes(planMerge(catalogue, m1, [second], { when: WHEN }))).toEqual(["merge.emptied"]);
    const m2 = cleared(m1, "12.2");
    // The whole folder again: the two versions disagree, nothing is written.
    const folder = planMerge(catalogue, m2, [v1(m2), second], { when: WHEN });
    expect(folder.writes).toEqual([]);
    expect(codes(folder)).toEqual(["merge.conflict"]);
    // The old version alone: the figure a person cleared is not written back, and it is said.
    const old = planMerge(catalogue, m2, [v1(m2)], { when: WHEN });
    expect(old.writes).toEqual([]);
    expect(valueAt(m2, "12.2", "actual")).toBeNull();
    const [said] = byCode(old, "merge.cleared");
    expect(said.params).toMatchObject({ file: "so-y-te.xlsx", agency: "Sở Y tế", code: "12.2", value: 12.5 });
    expect(describeRound(said, "vi")).toBe(
      "so-y-te.xlsx (Sở Y tế): chỉ tiêu 12.2, cột “Thực hiện”: 12,5 đã được gộp ở lần trước, sau đó ô này đã bị xóa trong bảng tổng hợp; không điền lại. Nếu cần giữ 12,5, hãy gõ lại vào ô đó."
    );
    expect(describeRound(said, "en")).toMatch(/was merged before, and the cell was cleared .* not filled again/);
    expect(fileResult(old.files[0])).toBe("notApplied");
    expect(old.leftOut).toBe(true);
    // A different figure from the agency is news: it fills the cell as before.
    const corrected = agencyFile(m2, "Sở Y tế", [["12.2", "actual", 12.8]]);
    expect(planMerge(catalogue, m2, [corrected], { when: WHEN }).writes.map((w) => w.value)).toEqual([12.8]);
  });

  test("a second template sheet the log was not written into is filled as before", () => {
    const target = consolidated();
    const m1 = appliedWithLog(target, planMerge(catalogue, target, [v1(target)], { when: WHEN }), []);
    // Same log, none of its figures in this sheet: its blanks were never cleared by anyone.
    const other = { ...consolidated(), log: m1.log };
    const plan = planMerge(catalogue, other, [v1(other)], { when: WHEN });
    expect(byCode(plan, "merge.cleared")).toEqual([]);
    expect(plan.writes).toHaveLength(2);
  });
});

describe("an agency's own file without its agency line, given as the consolidated workbook (trial 25b, B6)", () => {
  const split = (agency: string, keepLine = false): RoundSheet => {
    const [plan] = planSplit(catalogue, consolidated(), { only: agency });
    const sheet = roundSheet(gridOfTemplate(plan.template), catalogue);
    return keepLine ? sheet : { ...sheet, agencyText: undefined };
  };

  test("is told by its rows, every one led by that agency, and refused", () => {
    expect(split("Sở Y tế", true).agencyText).toBeDefined();
    const plan = planMerge(catalogue, split("Sở Y tế"), [], { when: WHEN, targetFile: "yte-noname.xlsx" });
    expect(byCode(plan, "merge.targetIsAgencyFile").map((f) => f.params)).toEqual([
      { file: "yte-noname.xlsx", agency: "Sở Y tế" },
    ]);
    expect(plan.writes).toEqual([]);
  });

  test("a file of co-led rows only names its agency by its file name, else each co-lead leading the same rows", () => {
    const named = planMerge(catalogue, split("Cục Thuế"), [], { when: WHEN, targetFile: "cuc-thue.xlsx" });
    expect(named.findings.map((f) => f.params)).toEqual([{ file: "cuc-thue.xlsx", agency: "Cục Thuế" }]);
    const unnamed = planMerge(catalogue, split("Cục Thuế"), [], { when: WHEN });
    const [refusal] = byCode(unnamed, "merge.targetIsAgencyFile");
    expect(refusal.params.agency.split(" / ").sort()).toEqual(["Cục Thuế", "Sở Tài chính"]);
  });

  test("a consolidated workbook with rows deleted by staff, two agencies' left, is merged into as before", () => {
    const target = consolidated();
    const rows = new Map([...target.located.rows].filter(([code]) => ["12.1", "12.2", "15.2"].includes(code)));
    const trimmed = { ...target, located: { ...target.located, rows } };
    const health = agencyFile(target, "Sở Y tế", [["12.1", "actual", 100]]);
    const plan = planMerge(catalogue, trimmed, [health], { when: WHEN });
    expect(byCode(plan, "merge.targetIsAgencyFile")).toEqual([]);
    expect(plan.writes).toHaveLength(1);
  });
});

describe("the emptied note on a co-led figure and on a note (trial 25b, B7 and B8)", () => {
  /** The consolidated sheet after `files` (made from it) were merged, with their log. */
  function merged(files: (t: RoundSheet) => ReturnType<typeof agencyFile>[], log: CellValue[][] = []) {
    const target = consolidated();
    return appliedWithLog(target, planMerge(catalogue, target, files(target), { when: WHEN }), log);
  }
  const stcBlank = (t: RoundSheet) => {
    const file = agencyFile(t, "Sở Tài chính", [["07.1", "actual", 3900]], "stc-v2.xlsx");
    edit(file.sheet as RoundSheet, "07.2", "actual", null);
    return file;
  };

  test("a figure the log says a co-lead sent too is that co-lead's still: nothing said", () => {
    const both = merged((t) => [
      agencyFile(t, "Sở Tài chính", [["07.2", "actual", 10250]]),
      agencyFile(t, "Cục Thuế", [["07.2", "actual", 10250]]),
    ]);
    expect(byCode(planMerge(catalogue, both, [stcBlank(both)], { when: WHEN }), "merge.emptied")).toEqual([]);
  });

  test("a co-led figure one co-lead sent: no plain advice to delete it, the co-leads to ask first", () => {
    const one = merged((t) => [agencyFile(t, "Sở Tài chính", [["07.2", "actual", 10250]])]);
    const [finding] = byCode(planMerge(catalogue, one, [stcBlank(one)], { when: WHEN }), "merge.emptied");
    expect(finding.params.coLeads).toEqual(["Cục Thuế", "Cục Hải quan"]);
    const vi = describeRound(finding, "vi");
    expect(vi).not.toMatch(/Nếu cơ quan đã rút số này, hãy xóa ô đó/);
    expect(vi).toMatch(
      /vẫn giữ 10\.250\. Chỉ tiêu này do Sở Tài chính, Cục Thuế và Cục Hải quan cùng chủ trì: nếu Sở Tài chính đã rút số này, hãy hỏi Cục Thuế và Cục Hải quan; chỉ xóa ô đó trong bảng tổng hợp khi không cơ quan nào còn báo số này\.$/
    );
    expect(describeRound(finding, "en")).toMatch(/ask Cục Thuế and Cục Hải quan; clear that cell .* only when none/);
  });

  test("a note left blank speaks of the note, not of a figure", () => {
    const withNote = merged((t) => [agencyFile(t, "Sở Y tế", [["12.1", "note", "Số liệu sơ bộ"]])]);
    const v2 = agencyFile(withNote, "Sở Y tế", [["12.1", "actual", 100]], "v2.xlsx");
    edit(v2.sheet as RoundSheet, "12.1", "note", null);
    const [finding] = byCode(planMerge(catalogue, withNote, [v2], { when: WHEN }), "merge.emptied");
    expect(describeRound(finding, "vi")).toMatch(/Nếu cơ quan đã rút ghi chú này, hãy xóa ô đó trong bảng tổng hợp\.$/);
    expect(describeRound(finding, "en")).toMatch(/If the agency withdrew the note, clear that cell/);
  });
});
