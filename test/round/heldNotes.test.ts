/**
 * A note held with a conflict (Sở Tài chính's "Số liệu KBNN" beside its 3.900 for 07.1, Cục Thuế sending 3.950), after
 * staff settled the conflict by typing the agreed figure into the cell: every later merge still said the note waited
 * "vì số liệu của chỉ tiêu này đang xung đột", though nothing was in conflict any more. The note goes in once the
 * figure it explains is the agreed one; beside another figure it still waits, and the message says why, truthfully.
 */

import type { CellValue } from "../../src/core";
import {
  describeRound,
  HELD_OVERRULED_TEXT,
  logRow,
  planMerge,
  type MergeSource,
  type RoundSheet,
} from "../../src/round";
import { edit, filledGrid, roundSheet, shippedCatalogue, valueAt } from "./grids";
import { agencyFile, appliedWithLog as applied, completeness as status } from "./rounds";

const catalogue = shippedCatalogue();

const files = (target: RoundSheet): MergeSource[] => [
  agencyFile(target, "Cục Thuế", [["07.1", "actual", 3950]]),
  agencyFile(target, "Sở Tài chính", [
    ["07.1", "actual", 3900],
    ["07.1", "note", "Số liệu KBNN"],
  ]),
];

/** The conflict merged (the note held with it), then settled by staff typing `agreed` into 07.1. */
function settledByTyping(agreed: CellValue) {
  const log: CellValue[][] = [];
  const empty = roundSheet(filledGrid(catalogue, {}), catalogue);
  const first = planMerge(catalogue, empty, files(empty), { when: "t1" });
  expect(first.findings.map((f) => f.code)).toEqual(["merge.conflict", "merge.noteHeld"]);
  const merged = applied(empty, first, log);
  edit(merged, "07.1", "actual", agreed);
  expect(status(merged).findings.filter((f) => f.code === "figure.conflict")).toEqual([]);
  return { merged, log };
}

describe("a held note once its conflict is settled by typing the agreed figure", () => {
  test("the agreed figure is the one the note went with: the note is written and logged, nothing left out", () => {
    const { merged, log } = settledByTyping(3900);
    const again = planMerge(catalogue, merged, files(merged), { when: "t2" });
    expect(again.findings.map((f) => f.code)).toEqual([]);
    expect(again.leftOut).toBe(false);
    expect(again.log.map((l) => [l.code, l.column, l.agency, l.value, l.notMerged])).toEqual([
      ["07.1", "note", "Sở Tài chính", "Số liệu KBNN", undefined],
    ]);
    const after = applied(merged, again, log);
    expect([valueAt(after, "07.1", "actual"), valueAt(after, "07.1", "note")]).toEqual([3900, "Số liệu KBNN"]);
  });

  test.each([
    ["the other side's figure", 3950],
    ["a third figure", 3920],
  ])("agreed on %s: the note still waits, said as settled, not as a conflict", (_, agreed) => {
    const { merged } = settledByTyping(agreed);
    const again = planMerge(catalogue, merged, files(merged), { when: "t2" });
    expect(again.findings.map((f) => f.code)).toEqual(["merge.noteHeld"]);
    expect(again.writes).toEqual([]);
    const [vi, en] = [describeRound(again.findings[0], "vi"), describeRound(again.findings[0], "en")];
    expect(vi).not.toContain("đang xung đột");
    expect(vi).toContain("Ghi chú của chỉ tiêu 07.1 chưa được gộp: số liệu đã thống nhất");
    expect(vi).toContain("so-tai-chinh.xlsx (Sở Tài chính) “Số liệu KBNN”");
    expect(vi).toContain("ghi “Đã thống nhất” vào cột “Cần xem lại” ở dòng của ghi chú đó");
    expect(en).not.toContain("disagree");
    expect(en).toContain("The note of indicator 07.1 is not merged: the figures are agreed");
  });
});

test("a note first held after the conflict was settled on another figure is logged as such, and read back as held", () => {
  const { merged, log } = settledByTyping(3950);
  const changed = files(merged);
  edit(changed[1].sheet as RoundSheet, "07.1", "note", "Số liệu KBNN, tháng 6");
  const again = planMerge(catalogue, merged, changed, { when: "t2" });
  expect(again.log.map((l) => logRow(l).slice(3, 9))).toEqual([
    ["07.1", "Ghi chú", expect.any(String), null, "Sở Tài chính “Số liệu KBNN, tháng 6”", HELD_OVERRULED_TEXT],
  ]);
  const after = applied(merged, again, log);
  expect(after.log?.at(-1)).toMatchObject({ column: "note", notMerged: "held" });
  expect(after.log?.at(-1)?.settled).toBeUndefined();
  // The same files again: the line already says it.
  expect(planMerge(catalogue, after, files(after).slice(0, 1).concat(changed[1]), { when: "t3" }).log).toEqual([]);
});

test("the same files after settling on another figure: the held note's line is written again as overruled, once", () => {
  // Review 24: the finding said "đã thống nhất", but the Nhật ký kept only "đang xung đột" for the note.
  const { merged, log } = settledByTyping(3950);
  const again = planMerge(catalogue, merged, files(merged), { when: "t2" });
  expect(again.log.map((l) => logRow(l).slice(3, 9))).toEqual([
    ["07.1", "Ghi chú", expect.any(String), null, "Sở Tài chính “Số liệu KBNN”", HELD_OVERRULED_TEXT],
  ]);
  const after = applied(merged, again, log);
  expect(after.log?.at(-1)).toMatchObject({ column: "note", notMerged: "held", overruled: true });
  expect(planMerge(catalogue, after, files(after), { when: "t3" }).log).toEqual([]);
});
