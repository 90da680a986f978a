/**
 * Trial 25b: the emptied note on a co-led figure (B7) and on a note (B8).
 */

import type { CellValue } from "../../src/core";
import { describeRound, planMerge, type RoundSheet } from "../../src/round";
import { edit, shippedCatalogue } from "./grids";
import { agencyFile, appliedWithLog, consolidated9M, findingsOf } from "./rounds";

const catalogue = shippedCatalogue();
const WHEN = "2024-10-10 09:00";

const consolidated = consolidated9M;
const byCode = findingsOf;

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
