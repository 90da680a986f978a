/**
 * Rows 07.1–07.2 are led by Sở Tài chính, Cục Thuế and Cục Hải quan together. When two of them sent the same figure,
 * the merge named only the first file read, in the log, the messages and the table of files: staff then believed
 * only one agency had reported and chased the other. Every file that sent the figure is now named and credited.
 */

import type { CellValue } from "../../src/core";
import {
  cellKey,
  describeRound,
  latestLines,
  logRow,
  openConflicts,
  planMerge,
  readLog,
  type MergeSource,
  type RoundSheet,
} from "../../src/round";
import { filledGrid, roundSheet, shippedCatalogue } from "./grids";
import { agencyFile as sent, appliedWithLog as applied, completeness as status, type Edits } from "./rounds";

const catalogue = shippedCatalogue();
const [TC, CT, HQ] = ["Sở Tài chính", "Cục Thuế", "Cục Hải quan"];

const actual = (value: CellValue): Edits => [["07.1", "actual", value]];

interface Case {
  /** The consolidated 07.1 `Thực hiện` before the merge. */
  before: CellValue;
  files: (target: RoundSheet) => MergeSource[];
  keepExisting?: boolean;
  /** The log line's `Tệp` and `Cơ quan`, or none when nothing is logged. */
  line?: [string, string];
  /** Each file's filled, changed and kept counts. */
  counts: [number, number, number][];
  /** The finding's code and its Vietnamese message, when there is one. */
  said?: [string, string];
}

describe("a figure several files sent alike names every one of them", () => {
  test.each<[string, Case]>([
    [
      "two agencies fill a blank with the same figure, typed two ways; the files are named without their folder",
      {
        before: null,
        files: (t) => [
          sent(t, TC, actual(3900), "nhan-ve/so-tai-chinh.xlsx"),
          sent(t, CT, actual("3.900"), "D:\\nhan-ve\\cuc-thue.xlsx"),
        ],
        line: ["so-tai-chinh.xlsx; cuc-thue.xlsx", `${TC}; ${CT}`],
        counts: [
          [1, 0, 0],
          [1, 0, 0],
        ],
      },
    ],
    [
      "three agencies replace a figure with the same one",
      {
        before: 5000,
        files: (t) => [sent(t, TC, actual(5400)), sent(t, CT, actual(5400)), sent(t, HQ, actual(5400))],
        line: ["so-tai-chinh.xlsx; cuc-thue.xlsx; cuc-hai-quan.xlsx", `${TC}; ${CT}; ${HQ}`],
        counts: [
          [0, 1, 0],
          [0, 1, 0],
          [0, 1, 0],
        ],
        said: [
          "merge.changed",
          `so-tai-chinh.xlsx; cuc-thue.xlsx; cuc-hai-quan.xlsx (${TC}; ${CT}; ${HQ}): chỉ tiêu 07.1, cột “Thực hiện”: 5.000 → 5.400.`,
        ],
      },
    ],
    [
      "two agencies' same figure kept by --keep-existing: both told, nothing logged",
      {
        before: 5000,
        keepExisting: true,
        files: (t) => [sent(t, CT, actual(5400)), sent(t, TC, actual(5400))],
        counts: [
          [0, 0, 1],
          [0, 0, 1],
        ],
        said: [
          "merge.keptExisting",
          `cuc-thue.xlsx; so-tai-chinh.xlsx (${CT}; ${TC}): chỉ tiêu 07.1, cột “Thực hiện”: giữ 5.000, không thay bằng 5.400.`,
        ],
      },
    ],
    [
      "two agencies' same doubted text, written as typed: both asked to look again",
      {
        before: null,
        files: (t) => [sent(t, TC, actual("khoảng 5.400")), sent(t, CT, actual("khoảng 5.400"))],
        line: ["so-tai-chinh.xlsx; cuc-thue.xlsx", `${TC}; ${CT}`],
        counts: [
          [1, 0, 0],
          [1, 0, 0],
        ],
        said: [
          "merge.review",
          `so-tai-chinh.xlsx; cuc-thue.xlsx (${TC}; ${CT}): chỉ tiêu 07.1, cột “Thực hiện”: (trống) → “khoảng 5.400”`,
        ],
      },
    ],
    [
      "one agency's copy sent twice: both files, the agency once",
      {
        before: null,
        files: (t) => [sent(t, TC, actual(3900)), sent(t, TC, actual(3900), "so-tai-chinh (2).xlsx")],
        line: ["so-tai-chinh.xlsx; so-tai-chinh (2).xlsx", TC],
        counts: [
          [1, 0, 0],
          [1, 0, 0],
        ],
      },
    ],
    [
      "one agency alone: named alone, with the path as given, as before",
      {
        before: 5000,
        files: (t) => [sent(t, CT, actual(5400), "nhan-ve/cuc-thue.xlsx")],
        line: ["cuc-thue.xlsx", CT],
        counts: [[0, 1, 0]],
        said: ["merge.changed", `nhan-ve/cuc-thue.xlsx (${CT}): chỉ tiêu 07.1, cột “Thực hiện”: 5.000 → 5.400.`],
      },
    ],
  ])("%s", (_, { before, files, keepExisting, line, counts, said }) => {
    const target = roundSheet(filledGrid(catalogue, { "07.1": { actual: before } }), catalogue);
    const plan = planMerge(catalogue, target, files(target), { when: "t", keepExisting });
    expect(plan.log.map((e) => logRow(e).slice(1, 3))).toEqual(line ? [line] : []);
    expect(plan.files.map((f) => [f.filled, f.changed, f.kept])).toEqual(counts);
    expect(plan.files.every((f) => f.conflicts === 0)).toBe(true);
    expect(plan.findings.map((f) => f.code)).toEqual(said ? [said[0]] : []);
    if (said) expect(describeRound(plan.findings[0], "vi")).toContain(said[1]);
  });

  test("the English message names them all too", () => {
    const target = roundSheet(filledGrid(catalogue, { "07.1": { actual: 5000 } }), catalogue);
    const plan = planMerge(catalogue, target, [sent(target, TC, actual(5400)), sent(target, CT, actual(5400))], {
      when: "t",
    });
    expect(describeRound(plan.findings[0], "en")).toBe(
      `so-tai-chinh.xlsx; cuc-thue.xlsx (${TC}; ${CT}): indicator 07.1, column “Thực hiện”: 5,000 → 5,400.`
    );
    // Programs (--json) read the same names in the finding and the log line.
    expect(plan.findings[0].params).toMatchObject({ file: "so-tai-chinh.xlsx; cuc-thue.xlsx", agency: `${TC}; ${CT}` });
    expect(plan.log[0]).toMatchObject({ file: "so-tai-chinh.xlsx; cuc-thue.xlsx", agency: `${TC}; ${CT}` });
  });
});

describe("the log with several agencies on a line, read back", () => {
  test("a conflict settled by both agencies sending one figure: the line names both, status asks neither", () => {
    const log: CellValue[][] = [];
    const empty = roundSheet(filledGrid(catalogue, {}), catalogue);
    const disputed = applied(
      empty,
      planMerge(catalogue, empty, [sent(empty, CT, actual(3950)), sent(empty, TC, actual(3900))], { when: "t1" }),
      log
    );
    expect(openConflicts(catalogue, disputed).map((c) => c.agencies)).toEqual([[CT, TC]]);

    const plan = planMerge(catalogue, disputed, [sent(disputed, CT, actual(3900)), sent(disputed, TC, actual(3900))], {
      when: "t2",
    });
    const settled = applied(disputed, plan, log);
    const last = latestLines(settled.log ?? []).get(cellKey("07.1", "actual"));
    expect(last).toEqual({
      code: "07.1",
      file: "cuc-thue.xlsx; so-tai-chinh.xlsx",
      column: "actual",
      agencies: [CT, TC],
      old: null,
      value: 3900,
    });
    expect(openConflicts(catalogue, settled)).toEqual([]);
    for (const agency of [TC, CT]) {
      const a = status(settled).agencies.find((x) => x.agency === agency);
      expect([agency, a?.missingCodes.includes("07.1"), a?.conflictCodes]).toEqual([agency, false, []]);
    }
  });

  test("status counts both agencies as having sent the figure they agreed on", () => {
    const log: CellValue[][] = [];
    const empty = roundSheet(filledGrid(catalogue, {}), catalogue);
    const byAgency = (sheet: RoundSheet) =>
      Object.fromEntries(status(sheet).agencies.map((a) => [a.agency, [a.filled, a.missingCodes.includes("07.1")]]));
    expect(byAgency(empty)).toMatchObject({ [TC]: [0, true], [CT]: [0, true] });
    const files = [sent(empty, TC, actual(3900)), sent(empty, CT, actual(3900))];
    const merged = applied(empty, planMerge(catalogue, empty, files, { when: "t" }), log);
    expect(byAgency(merged)).toMatchObject({ [TC]: [1, false], [CT]: [1, false] });
  });

  test("an older log, one agency a line, under its old header, still reads, and a line naming several is added below", () => {
    const log: CellValue[][] = [
      ["Thời điểm", "Tệp", "Cơ quan", "Mã", "Cột", "Ô", "Giá trị cũ", "Giá trị mới"],
      ["2024-04-02 09:00:00", "so-tai-chinh.xlsx", TC, "07.1", "Thực hiện", "F19", null, 1800],
      ["2024-04-02 09:00:00", "cuc-thue.xlsx", CT, "07.2", "Thực hiện", "F22", null, 400],
    ];
    expect(readLog(log).map((l) => [l.code, l.agencies, l.value, l.notMerged])).toEqual([
      ["07.1", [TC], 1800, undefined],
      ["07.2", [CT], 400, undefined],
    ]);
    const target = roundSheet(filledGrid(catalogue, { "07.1": { actual: 1800 } }), catalogue);
    const files = [sent(target, TC, actual(3900)), sent(target, CT, actual(3900))];
    const plan = planMerge(catalogue, { ...target, log: readLog(log) }, files, { when: "t" });
    for (const entry of plan.log) log.push(logRow(entry).slice(0, 8) as CellValue[]);
    const lines = latestLines(readLog(log));
    expect(lines.get(cellKey("07.1", "actual"))?.agencies).toEqual([TC, CT]);
    expect(lines.get(cellKey("07.2", "actual"))?.agencies).toEqual([CT]);
  });
});
