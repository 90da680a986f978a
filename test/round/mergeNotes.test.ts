/**
 * The note of a co-led row (07.1: Sở Tài chính, Cục Thuế, Cục Hải quan) across merges: one co-lead's note replaced
 * the other's in the cell (merge 1, Cục Thuế "X"; merge 2, Sở Tài chính "Y": the cell said only "Y"), and two co-leads
 * sending different notes in one merge were a conflict, neither written. Each co-lead's note is now kept, labelled
 * with its agency, and a co-lead sending again replaces only its own part; a note staff typed is kept.
 */

import type { CellValue } from "../../src/core";
import { describeRound, planMerge, type MergePlan, type RoundSheet } from "../../src/round";
import { edit, filledGrid, roundSheet, shippedCatalogue, valueAt } from "./grids";
import { agencyFile, appliedWithLog as applied } from "./rounds";

const catalogue = shippedCatalogue();
const [TC, CT] = ["Sở Tài chính", "Cục Thuế"];

/** The consolidated sheet after merging, one after the other, each agency's note for `code` (and its log kept). */
function rounds(start: RoundSheet, merges: [string, string][][], code = "07.1") {
  const log: CellValue[][] = [];
  const plans: MergePlan[] = [];
  let sheet = start;
  for (const merge of merges) {
    const files = merge.map(([agency, note]) => agencyFile(sheet, agency, [[code, "note", note]]));
    const plan = planMerge(catalogue, sheet, files, { when: `t${plans.length + 1}` });
    plans.push(plan);
    sheet = applied(sheet, plan, log);
  }
  return { sheet, plans, log };
}

const empty = () => roundSheet(filledGrid(catalogue, {}), catalogue);
const codes = (plan: MergePlan) => plan.findings.map((f) => f.code);

describe("a co-led row's note: each co-lead's part is kept, labelled with its agency", () => {
  test("Cục Thuế's note, then Sở Tài chính's in a later merge: both stay, each on its own line", () => {
    const { sheet, plans } = rounds(empty(), [[[CT, "X"]], [[TC, "Y"]]]);
    // The first note alone is written as sent, as before.
    expect(plans[0].writes.map((w) => w.value)).toEqual(["X"]);
    expect(valueAt(sheet, "07.1", "note")).toBe(`${TC}: Y\n${CT}: X`);
    expect(plans[1].log.map((l) => [l.agency, l.old, l.value])).toEqual([[TC, "X", `${TC}: Y\n${CT}: X`]]);
    expect(codes(plans[1])).toEqual(["merge.changed"]);
    expect(plans[1].leftOut).toBe(false);
  });

  test("a co-lead sending again replaces its own part only", () => {
    const { sheet, plans } = rounds(empty(), [
      [[CT, "X"]],
      [[TC, "Y"]],
      [
        [CT, "X, đã đối chiếu"],
        [TC, "Y"],
      ],
    ]);
    expect(valueAt(sheet, "07.1", "note")).toBe(`${TC}: Y\n${CT}: X, đã đối chiếu`);
    // Sở Tài chính's note sent again as it was changed nothing: the line names Cục Thuế alone.
    expect(plans[2].files.map((f) => [f.agency, f.changed])).toEqual([
      [CT, 1],
      [TC, 0],
    ]);
    expect(plans[2].log.map((l) => l.agency)).toEqual([CT]);
    // Sent again unchanged after that: no news.
    const again = planMerge(catalogue, sheet, [agencyFile(sheet, TC, [["07.1", "note", "Y"]])], { when: "t4" });
    expect([again.writes, again.log, again.findings]).toEqual([[], [], []]);
  });

  test("the only co-lead with a note, sending a new one, replaces it as before", () => {
    const { sheet } = rounds(empty(), [[[CT, "X"]], [[CT, "X2"]]]);
    expect(valueAt(sheet, "07.1", "note")).toBe("X2");
  });

  test("two co-leads sending different notes in one merge: no conflict, both written", () => {
    const { sheet, plans } = rounds(empty(), [
      [
        [CT, "X"],
        [TC, "Y"],
      ],
    ]);
    expect(codes(plans[0])).toEqual([]);
    expect(plans[0].files.map((f) => [f.conflicts, f.filled])).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(valueAt(sheet, "07.1", "note")).toBe(`${TC}: Y\n${CT}: X`);
    expect(plans[0].log.map((l) => [l.agency, l.notMerged])).toEqual([[`${CT}; ${TC}`, undefined]]);
  });

  test("two files of one agency with different notes are still a conflict: which file is right is that agency's to say", () => {
    const target = empty();
    const files = [
      agencyFile(target, CT, [["07.1", "note", "X"]]),
      agencyFile(target, CT, [["07.1", "note", "X2"]], "cuc-thue (2).xlsx"),
      agencyFile(target, TC, [["07.1", "note", "Y"]]),
    ];
    const plan = planMerge(catalogue, target, files, { when: "t1" });
    expect(codes(plan)).toEqual(["merge.conflict"]);
    expect(plan.writes).toEqual([]);
  });

  test("a note staff typed in the consolidated cell is kept, above the co-lead's", () => {
    const typed = roundSheet(filledGrid(catalogue, { "07.1": { note: "Chờ số quyết toán" } }), catalogue);
    // The split carries the staff's note into Cục Thuế's file; Cục Thuế writes its own over it.
    const { sheet, plans } = rounds(typed, [[[CT, "X"]]]);
    expect(valueAt(sheet, "07.1", "note")).toBe(`Chờ số quyết toán\n${CT}: X`);
    expect(describeRound(plans[0].findings[0], "vi")).toContain("Chờ số quyết toán");
  });

  test("the staff's note sent back unchanged in an agency's file is no news", () => {
    const typed = roundSheet(filledGrid(catalogue, { "07.1": { note: "Chờ số quyết toán" } }), catalogue);
    const plan = planMerge(catalogue, typed, [agencyFile(typed, CT, [])], { when: "t1" });
    expect([plan.writes, plan.log]).toEqual([[], []]);
  });

  test("a labelled cell carried into a co-lead's file: its own line edited there replaces its part only", () => {
    const { sheet } = rounds(empty(), [
      [
        [CT, "X"],
        [TC, "Y"],
      ],
    ]);
    const edited = `${TC}: Y\n${CT}: X, đã đối chiếu`;
    const { sheet: after } = rounds(sheet, [[[CT, edited]]]);
    expect(valueAt(after, "07.1", "note")).toBe(edited);
    // Another agency's line edited in Cục Thuế's file is not Cục Thuế's to change.
    const { sheet: other } = rounds(sheet, [[[CT, `${TC}: Z\n${CT}: X`]]]);
    expect(valueAt(other, "07.1", "note")).toBe(`${TC}: Y\n${CT}: X`);
  });

  test("a row one agency leads keeps today's behaviour: its new note replaces its old one", () => {
    const { sheet, plans } = rounds(empty(), [[["Sở Y tế", "Đạt nhờ tiêm bù"]], [["Sở Y tế", "Đạt"]]], "12.1");
    expect(valueAt(sheet, "12.1", "note")).toBe("Đạt");
    expect(plans[1].log.map((l) => [l.old, l.value])).toEqual([["Đạt nhờ tiêm bù", "Đạt"]]);
  });
});

describe("review 24: a co-lead's note is never dropped, misread or credited to another", () => {
  const HQ = "Cục Hải quan";

  test.each([`${HQ}: chưa chuyển số thu thuế XNK`, `${TC}:\nsố liệu chưa đối chiếu với KBNN`])(
    "a note of its own beginning with a co-lead's name is written as sent, and stays Cục Thuế's (%p)",
    (note) => {
      const { sheet, plans } = rounds(empty(), [[[CT, note]], [[TC, "Y"]]]);
      expect(plans[0].writes.map((w) => w.value)).toEqual([note]);
      expect(plans[0].log.map((l) => [l.agency, l.value])).toEqual([[CT, note]]);
      expect(valueAt(sheet, "07.1", "note")).toBe(`${TC}: Y\n${CT}: ${note}`);
    }
  );

  test("a note the split carried, sent back after its co-lead changed it, is no news, whatever the order", () => {
    const log: CellValue[][] = [];
    const first = planMerge(catalogue, empty(), [agencyFile(empty(), CT, [["07.1", "note", "X"]])], { when: "t1" });
    const h1 = applied(empty(), first, log);
    // The 9-month split: both co-leads' files carry "X".
    const [ct, tc] = [agencyFile(h1, CT, [["07.1", "note", "X2"]]), agencyFile(h1, TC, [])];
    const afterCt = applied(h1, planMerge(catalogue, h1, [ct], { when: "t2" }), log);
    const late = planMerge(catalogue, afterCt, [tc], { when: "t3" });
    // Not merged, and said (review 24b: the same words typed by two co-leads must not vanish unsaid).
    expect([late.writes, late.log, codes(late)]).toEqual([[], [], ["merge.noteCarried"]]);
    expect(describeRound(late.findings[0], "vi")).toBe(
      "so-tai-chinh.xlsx (Sở Tài chính): ghi chú của chỉ tiêu 07.1 gửi về “X”, là ghi chú ô này đã có trước đây " +
        "(tệp được tách trước khi ghi chú đổi), nên không gộp. Nếu đó đúng là ghi chú của Sở Tài chính, hãy gõ lại vào ô Ghi chú."
    );
    expect(valueAt(afterCt, "07.1", "note")).toBe("X2");
  });

  test("a third co-lead's own line typed under the cell its file carried is its note, and only that", () => {
    const HQ_NOTE = "Chưa chuyển số thu XNK";
    const { sheet, log } = rounds(empty(), [
      [
        [CT, "X"],
        [TC, "Y"],
      ],
    ]);
    const carriedCell = `${TC}: Y\n${CT}: X`;
    expect(valueAt(sheet, "07.1", "note")).toBe(carriedCell);
    const t2 = planMerge(catalogue, sheet, [agencyFile(sheet, HQ, [["07.1", "note", `${carriedCell}\n${HQ_NOTE}`]])], {
      when: "t2",
    });
    const after = applied(sheet, t2, log);
    expect(valueAt(after, "07.1", "note")).toBe(`${TC}: Y\n${CT}: X\n${HQ}: ${HQ_NOTE}`);
    const t3 = planMerge(catalogue, after, [agencyFile(after, TC, [["07.1", "note", "Y2"]])], { when: "t3" });
    expect(valueAt(applied(after, t3, log), "07.1", "note")).toBe(`${TC}: Y2\n${CT}: X\n${HQ}: ${HQ_NOTE}`);
  });

  test("a line staff add to a note written alone stays the staff's; the note stays its sender's", () => {
    const { sheet, log } = rounds(empty(), [[[CT, "X"]]]);
    edit(sheet, "07.1", "note", "X\nVP: đã kiểm tra");
    for (const sent of ["X2", "X2\nVP: đã kiểm tra"]) {
      const plan = planMerge(catalogue, sheet, [agencyFile(sheet, CT, [["07.1", "note", sent]])], { when: "t2" });
      expect([sent, valueAt(applied(sheet, plan, [...log]), "07.1", "note")]).toEqual([
        sent,
        `VP: đã kiểm tra\n${CT}: X2`,
      ]);
    }
  });

  test("staff's own note carried by the split and sent back is no news either", () => {
    const log: CellValue[][] = [];
    const start = empty();
    edit(start, "07.1", "note", "Ước tính");
    const [ct, tc] = [agencyFile(start, CT, [["07.1", "note", "X"]]), agencyFile(start, TC, [])];
    const afterCt = applied(start, planMerge(catalogue, start, [ct], { when: "t1" }), log);
    expect(valueAt(afterCt, "07.1", "note")).toBe(`Ước tính\n${CT}: X`);
    const late = planMerge(catalogue, afterCt, [tc], { when: "t2" });
    expect([late.writes, late.log]).toEqual([[], []]);
  });

  test("a line staff add under a co-lead's part stays when that co-lead sends again", () => {
    const { sheet, log } = rounds(empty(), [[[CT, "X"]], [[TC, "Y"]]]);
    const added = `${TC}: Y\n${CT}: X\nĐã đối chiếu với KBNN ngày 5/7 (VP)`;
    edit(sheet, "07.1", "note", added);
    const plan = planMerge(catalogue, sheet, [agencyFile(sheet, CT, [["07.1", "note", `${TC}: Y\n${CT}: X2`]])], {
      when: "t3",
    });
    const after = applied(sheet, plan, log);
    expect(valueAt(after, "07.1", "note")).toBe(`Đã đối chiếu với KBNN ngày 5/7 (VP)\n${TC}: Y\n${CT}: X2`);
  });
});
