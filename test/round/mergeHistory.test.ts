/**
 * Trial 23, finding 1: 07.1 is led by Sở Tài chính, Cục Thuế and Cục Hải quan together. Merged one file at a time,
 * Cục Thuế's 3.950 silently replaced the 3.900 Sở Tài chính had sent ("3.900 → 3.950", exit 0), and an unchanged
 * file from one side of a logged conflict filled the cell with its own figure, the conflict gone from status. Across
 * merges, the log now decides: a co-lead contradicting another's figure is a conflict, and an unchanged offer settles
 * nothing.
 */

import type { CellValue } from "../../src/core";
import {
  describeRound,
  LOG_HEADER,
  logRow,
  planMerge,
  readLog,
  type MergePlan,
  type RoundSheet,
} from "../../src/round";
import { edit, filledGrid, roundSheet, shippedCatalogue, valueAt } from "./grids";
import { agencyFile, appliedWithLog, completeness } from "./rounds";

const catalogue = shippedCatalogue();
const [TC, CT, HQ] = ["Sở Tài chính", "Cục Thuế", "Cục Hải quan"];

/** A merge carried out on the consolidated sheet and its log: the sheet after, and what the plan said. */
interface Step {
  sheet: RoundSheet;
  log: CellValue[][];
  plan: MergePlan;
}

/** Merges one file per [agency, 07.1 Thực hiện] into `before` (an empty template when not given). */
function merge(before: Step | undefined, ...files: [string, CellValue][]): Step {
  const log = before ? before.log.map((r) => [...r]) : [];
  const sheet = before?.sheet ?? roundSheet(filledGrid(catalogue, {}), catalogue);
  const sources = files.map(([agency, value]) => agencyFile(sheet, agency, [["07.1", "actual", value]]));
  const plan = planMerge(catalogue, sheet, sources, { when: `t${log.length}` });
  return { sheet: appliedWithLog(sheet, plan, log), log, plan };
}

/** What a step did to 07.1: its findings, the value written, each new log line's `Giá trị mới` and `Cần xem lại`. */
const did = ({ plan }: Step) => ({
  said: plan.findings.map((f) => f.code),
  wrote: plan.writes.map((w) => w.value),
  logged: plan.log.map((e) => logRow(e).slice(7)),
  conflicts: plan.files.map((f) => f.conflicts),
  leftOut: plan.leftOut,
});

/** The open conflicts status lists, as their offers. */
const open = (step: Step) =>
  completeness(step.sheet)
    .findings.filter((f) => f.code === "figure.conflict")
    .map((f) => (f.params as { offers: string }).offers);

const CONFLICT = "Chưa gộp: các tệp khác nhau";
const nothing = { said: [], wrote: [], logged: [], conflicts: [0], leftOut: false };

describe("a figure a merge wrote from one co-lead, then another co-lead's file (finding 1a)", () => {
  const first = () => merge(undefined, [TC, "3.900"]);

  test.each<[string, (s: Step) => Step, ReturnType<typeof did>, CellValue, string[]]>([
    [
      "another co-lead's different figure is a conflict: not written, logged with both offers, open",
      (s) => merge(s, [CT, "3.950"]),
      {
        said: ["merge.conflict"],
        wrote: [],
        logged: [[`${TC} 3.900; ${CT} 3.950`, CONFLICT]],
        conflicts: [1],
        leftOut: true,
      },
      3900,
      [`${TC} 3.900; ${CT} 3.950`],
    ],
    [
      "the third co-lead's different figure too",
      (s) => merge(s, [HQ, 3800]),
      {
        said: ["merge.conflict"],
        wrote: [],
        logged: [[`${TC} 3.900; ${HQ} 3.800`, CONFLICT]],
        conflicts: [1],
        leftOut: true,
      },
      3900,
      [`${TC} 3.900; ${HQ} 3.800`],
    ],
    [
      "another co-lead sending the same figure, typed otherwise: nothing to do",
      (s) => merge(s, [CT, 3900]),
      nothing,
      3900,
      [],
    ],
    [
      "the same agency's new figure is its correction: written, as before",
      (s) => merge(s, [TC, "3.920"]),
      { said: ["merge.changed"], wrote: [3920], logged: [["3.920", null]], conflicts: [0], leftOut: false },
      3920,
      [],
    ],
    [
      "a figure typed by hand since is replaced as before, with its 'changed' line: no agency stands behind it",
      (s) => {
        edit(s.sheet, "07.1", "actual", 3925);
        return merge(s, [CT, "3.950"]);
      },
      { said: ["merge.changed"], wrote: [3950], logged: [["3.950", null]], conflicts: [0], leftOut: false },
      3950,
      [],
    ],
  ])("%s", (_, next, expected, after, conflicts) => {
    const step = next(first());
    expect(did(step)).toEqual(expected);
    expect(valueAt(step.sheet, "07.1", "actual")).toBe(after);
    expect(open(step)).toEqual(conflicts);
  });

  test.each<[string, CellValue]>([
    ["its line's Cơ quan cleared by staff", ""],
    ["its line's Cơ quan naming an agency that does not lead 07.1", "Sở Y tế"],
  ])("%s: a co-lead's figure is written as before, no one-file conflict", (_, agency) => {
    const s = first();
    s.log[s.log.length - 1][LOG_HEADER.indexOf("Cơ quan")] = agency;
    s.sheet = { ...s.sheet, log: readLog(s.log) };
    const step = merge(s, [CT, "3.950"]);
    expect(did(step)).toEqual({
      said: ["merge.changed"],
      wrote: [3950],
      logged: [["3.950", null]],
      conflicts: [0],
      leftOut: false,
    });
    expect(open(step)).toEqual([]);
  });

  test("two co-leads that already agreed are both named: the third's figure conflicts with both", () => {
    const step = merge(merge(undefined, [TC, 3900], [CT, 3900]), [HQ, 3800]);
    expect(did(step).logged).toEqual([[`${TC} 3.900; ${CT} 3.900; ${HQ} 3.800`, CONFLICT]]);
    // Either of the two sending a new figure is a correction of the figure it stands behind.
    expect(did(merge(merge(undefined, [TC, 3900], [CT, 3900]), [CT, 3950])).wrote).toEqual([3950]);
  });
});

describe("an open conflict in the log, then a file from one of its sides (finding 1b)", () => {
  /** The trial's merged.xlsx: both files in one merge, the conflict logged and the cell left empty. */
  const together = () => merge(undefined, [CT, "3.950"], [TC, "3.900"]);
  /** The conflict found across two merges (1a): the cell holds Sở Tài chính's 3.900. */
  const apart = () => merge(merge(undefined, [TC, "3.900"]), [CT, "3.950"]);

  test.each<[string, () => Step, [string, CellValue][], ReturnType<typeof did>, CellValue, string[]]>([
    [
      "Sở Tài chính's unchanged file does not settle it: nothing written, no line, still in conflict",
      together,
      [[TC, 3900]],
      { ...nothing, said: ["merge.conflict"], conflicts: [1], leftOut: true },
      null,
      [`${CT} 3.950; ${TC} 3.900`],
    ],
    [
      "Cục Thuế's unchanged file, after the conflict found across merges: the same",
      apart,
      [[CT, "3.950"]],
      { ...nothing, said: ["merge.conflict"], conflicts: [1], leftOut: true },
      3900,
      [`${TC} 3.900; ${CT} 3.950`],
    ],
    [
      "Cục Thuế corrected to Sở Tài chính's figure: agreed, written, its line closes the conflict",
      together,
      [[CT, "3.900"]],
      { said: [], wrote: [3900], logged: [["3.900", null]], conflicts: [0], leftOut: false },
      3900,
      [],
    ],
    [
      "Sở Tài chính corrected to Cục Thuế's figure, across merges: agreed, written",
      apart,
      [[TC, 3950]],
      { said: ["merge.changed"], wrote: [3950], logged: [[3950, null]], conflicts: [0], leftOut: false },
      3950,
      [],
    ],
    [
      "Cục Thuế corrected to the figure the cell holds, across merges: nothing written, its line closes the conflict",
      apart,
      [[CT, "3.900"]],
      { said: [], wrote: [], logged: [["3.900", null]], conflicts: [0], leftOut: false },
      3900,
      [],
    ],
    [
      "Sở Tài chính's unchanged figure typed otherwise, “3900” as text: still the same conflict, not logged again",
      together,
      [[TC, "3900"]],
      { ...nothing, said: ["merge.conflict"], conflicts: [1], leftOut: true },
      null,
      [`${CT} 3.950; ${TC} 3.900`],
    ],
    [
      "Cục Thuế corrected to Sở Tài chính's figure typed otherwise, “3900”: agreed, written",
      together,
      [[CT, "3900"]],
      { said: [], wrote: [3900], logged: [["3900", null]], conflicts: [0], leftOut: false },
      3900,
      [],
    ],
    [
      "Cục Thuế corrected to a third figure: the conflict as it now stands, Sở Tài chính's offer kept from the line",
      together,
      [[CT, "3.980"]],
      {
        said: ["merge.conflict"],
        wrote: [],
        logged: [[`${CT} 3.980; ${TC} 3.900`, CONFLICT]],
        conflicts: [1],
        leftOut: true,
      },
      null,
      [`${CT} 3.980; ${TC} 3.900`],
    ],
    [
      "the third co-lead joining with one side's figure: a new line, all three offers",
      together,
      [[HQ, "3.900"]],
      {
        said: ["merge.conflict"],
        wrote: [],
        logged: [[`${CT} 3.950; ${TC} 3.900; ${HQ} 3.900`, CONFLICT]],
        conflicts: [1],
        leftOut: true,
      },
      null,
      [`${CT} 3.950; ${TC} 3.900; ${HQ} 3.900`],
    ],
    [
      "both files again, unchanged: said, not logged again",
      together,
      [
        [CT, "3.950"],
        [TC, "3.900"],
      ],
      { ...nothing, said: ["merge.conflict"], conflicts: [1, 1], leftOut: true },
      null,
      [`${CT} 3.950; ${TC} 3.900`],
    ],
  ])("%s", (_, before, files, expected, after, conflicts) => {
    const step = merge(before(), ...files);
    expect(did(step)).toEqual(expected);
    expect(valueAt(step.sheet, "07.1", "actual")).toBe(after);
    expect(open(step)).toEqual(conflicts);
  });

  test("the conflict's message names each side's file and figure, the side not merged now from the log's line", () => {
    const step = merge(together(), [TC, 3900]);
    expect(step.plan.findings[0].params).toMatchObject({
      proposals: [
        { file: "cuc-thue.xlsx", agency: CT, value: "3.950", fromLog: true },
        { file: "so-tai-chinh.xlsx", agency: TC, value: 3900 },
      ],
    });
    // The logged offer said as the log shows it, not in quotes as if typed as text.
    expect(describeRound(step.plan.findings[0], "vi")).toContain(
      "cuc-thue.xlsx (Cục Thuế) 3.950; so-tai-chinh.xlsx (Sở Tài chính) 3.900."
    );
  });
});

describe("a conflict settled by hand, then a file from one of its sides", () => {
  const REVIEW = LOG_HEADER.indexOf("Cần xem lại");

  test.each<[string, (s: Step) => void, CellValue]>([
    // hand/merged-hand.xlsx of the trial (finding 9): the agreed 3.925 typed over the conflict.
    ["the agreed figure typed into the cell", (s) => edit(s.sheet, "07.1", "actual", 3925), 3925],
    [
      "the line marked “Đã thống nhất”, the cell empty",
      (s) => {
        s.log[s.log.length - 1][REVIEW] = "Đã thống nhất";
        s.sheet = { ...s.sheet, log: readLog(s.log) };
      },
      null,
    ],
  ])("%s: an unchanged offer is no news; a changed one merges as before", (_, settle, agreed) => {
    const conflict = merge(undefined, [CT, "3.950"], [TC, "3.900"]);
    settle(conflict);
    for (const files of [
      [[TC, "3.900"]],
      [[CT, "3.950"]],
      [
        [CT, "3.950"],
        [TC, "3.900"],
      ],
    ] as [string, CellValue][][]) {
      const again = merge(conflict, ...files);
      expect(did(again)).toEqual({ ...nothing, conflicts: files.map(() => 0) });
      expect(valueAt(again.sheet, "07.1", "actual")).toBe(agreed);
      expect(open(again)).toEqual([]);
    }
    const corrected = merge(conflict, [TC, 3930]);
    expect(did(corrected).wrote).toEqual([3930]);
  });
});

describe("status counts a row in conflict apart, as its lists do (finding 13)", () => {
  test.each<[string, () => Step]>([
    ["the cell left empty by the conflict", () => merge(undefined, [CT, "3.950"], [TC, "3.900"])],
    ["the cell holding one side's figure", () => merge(merge(undefined, [TC, "3.900"]), [CT, "3.950"])],
  ])("%s", (_, conflict) => {
    const { agencies } = completeness(conflict().sheet);
    // Cục Hải quan leads 07.1 too: in the trial it sent nothing for it and was counted 'missing: 1' beside no code.
    for (const agency of [TC, CT, HQ]) {
      const a = agencies.find((x) => x.agency === agency);
      if (!a) throw new Error(`${agency} is not listed`);
      const sum = Object.values(a.counts).reduce((x, y) => x + y, 0);
      expect([agency, a.conflictCodes, a.counts.conflict, a.counts.missing, sum]).toEqual([
        agency,
        ["07.1"],
        1,
        a.missingCodes.length,
        a.expected,
      ]);
      expect(a.missingCodes).not.toContain("07.1");
    }
  });
});

describe("a co-led percent row in a percent-formatted cell (06.2, Sở Công Thương and Cục Hải quan)", () => {
  const [CTh] = ["Sở Công Thương"];

  /** The consolidated sheet with 06.2 Thực hiện holding 12 % as Excel stores it, 0.12 through "0.0%". */
  function percentCell(): RoundSheet {
    const sheet = roundSheet(filledGrid(catalogue, {}), catalogue);
    edit(sheet, "06.2", "actual", 0.12);
    const row = sheet.located.rows.get("06.2") as number;
    (sheet.grid.numberFormats as (string | undefined)[][])[row][sheet.located.columns.actual as number] = "0.0%";
    return sheet;
  }

  function mergeInto(sheet: RoundSheet, log: CellValue[][], files: [string, CellValue][]): Step {
    const sources = files.map(([agency, value]) => agencyFile(sheet, agency, [["06.2", "actual", value]]));
    const plan = planMerge(catalogue, sheet, sources, { when: `t${log.length}` });
    return { sheet: appliedWithLog(sheet, plan, log), log, plan };
  }

  test.each<[string, [string, CellValue][], string[], number, string[]]>([
    [
      "Sở Công Thương's unchanged file: still in conflict, said",
      [[CTh, 0.13]],
      ["merge.conflict"],
      0,
      [`${CTh} 13%; ${HQ} 14%`],
    ],
    [
      "both files again, unchanged: the same",
      [
        [CTh, 0.13],
        [HQ, 0.14],
      ],
      ["merge.conflict"],
      0,
      [`${CTh} 13%; ${HQ} 14%`],
    ],
  ])("%s", (_, again, said, lines, conflicts) => {
    const log: CellValue[][] = [];
    const first = mergeInto(percentCell(), log, [
      [CTh, 0.13],
      [HQ, 0.14],
    ]);
    // The old figure logged as the cell reads it, not as the 0.12 Excel stores.
    expect(first.plan.log.map((e) => logRow(e).slice(6, 8))).toEqual([["12%", `${CTh} 13%; ${HQ} 14%`]]);
    expect(open(first)).toEqual([`${CTh} 13%; ${HQ} 14%`]);
    // The message reads text as a percent row does (finding 6).
    expect(first.plan.findings[0].params).toMatchObject({ percentUnit: true });
    const step = mergeInto(first.sheet, log, again);
    expect([did(step).said, step.plan.log.length, open(step)]).toEqual([said, lines, conflicts]);
  });
});
