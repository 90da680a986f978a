/**
 * Trial 25, finding 7: `status` counted Sở Y tế's 12.2, Thực hiện merged and an open conflict on Ước, both as filled
 * and as in conflict ("3/5" beside 3 conflicts). Each row asked of an agency is now in one place: filled, missing,
 * in conflict or invalid, so that they add up to the rows asked, in the lists and in the counts alike.
 */

import type { CellValue } from "../../src/core";
import { planMerge, type AgencyProgress, type RoundSheet } from "../../src/round";
import { filledGrid, roundSheet, shippedCatalogue } from "./grids";
import { agencyFile, appliedWithLog, completeness, type Edits } from "./rounds";

const catalogue = shippedCatalogue();
const YT = "Sở Y tế";

/** The consolidated sheet after one merge of Sở Y tế's files, each given as its edits (two versions of its file). */
function mergedHealth(...versions: Edits[]): RoundSheet {
  const empty = roundSheet(filledGrid(catalogue, {}, "9M"), catalogue);
  const sources = versions.map((edits, k) => agencyFile(empty, YT, edits, `so-y-te-${k + 1}.xlsx`));
  const log: CellValue[][] = [];
  return appliedWithLog(empty, planMerge(catalogue, empty, sources, { when: "t" }), log);
}

/** Where each of an agency's rows is counted, and whether the places and the counts agree. */
function places(a: AgencyProgress) {
  const { exceeded, met, atRisk, offTrack, missing, invalid, conflict } = a.counts;
  const listed = [...a.missingCodes, ...a.conflictCodes, ...a.invalidCodes];
  return {
    filled: a.filled,
    missing: a.missingCodes,
    conflict: a.conflictCodes,
    invalid: a.invalidCodes,
    // Each row once: the lists hold no code twice, and with the filled rows they are the rows asked.
    once: new Set(listed).size === listed.length && a.filled + listed.length === a.expected,
    countsAgree:
      exceeded + met + atRisk + offTrack === a.filled &&
      missing === a.missingCodes.length &&
      conflict === a.conflictCodes.length &&
      invalid === a.invalidCodes.length,
  };
}

const both: Edits = [
  ["12.1", "actual", 100],
  ["12.4", "actual", 95],
];

describe("status counts each row once (trial 25, finding 7)", () => {
  test.each<[string, Edits[], Partial<ReturnType<typeof places>>]>([
    [
      "Thực hiện merged, Ước in conflict (the trial's 12.2: 11,9 against ~12): in conflict, not filled",
      [
        [...both, ["12.2", "actual", 11.8], ["12.2", "estimate", 11.9]],
        [...both, ["12.2", "actual", 11.8], ["12.2", "estimate", "~12"]],
      ],
      { filled: 2, missing: ["12.3", "18.2"], conflict: ["12.2"], invalid: [] },
    ],
    [
      "Thực hiện in conflict, its cell left empty: in conflict, not missing",
      [
        [...both, ["12.3", "actual", 34.2]],
        [...both, ["12.3", "actual", "khoảng 34"]],
      ],
      { filled: 2, missing: ["12.2", "18.2"], conflict: ["12.3"], invalid: [] },
    ],
    [
      "a figure merged and last year's figure in conflict: in conflict, not filled",
      [
        [...both, ["12.2", "actual", 11.8], ["12.2", "lastYear", 11]],
        [...both, ["12.2", "actual", 11.8], ["12.2", "lastYear", 10.5]],
      ],
      { filled: 2, missing: ["12.3", "18.2"], conflict: ["12.2"], invalid: [] },
    ],
    [
      "no figure and last year's in conflict: still owed, so missing (the conflict is still listed below the table)",
      [
        [...both, ["12.2", "lastYear", 11]],
        [...both, ["12.2", "lastYear", 10.5]],
      ],
      { filled: 2, missing: ["12.2", "12.3", "18.2"], conflict: [], invalid: [] },
    ],
  ])("%s", (_, versions, expected) => {
    const status = completeness(mergedHealth(...versions));
    const yt = status.agencies.find((a) => a.agency === YT);
    if (!yt) throw new Error(`${YT} is not listed`);
    expect(yt.expected).toBe(5);
    expect(places(yt)).toEqual({ ...expected, once: true, countsAgree: true });
    // Every conflict is still said, whichever column it is in.
    expect(status.findings.filter((f) => f.code === "figure.conflict").length).toBe(1);
  });

  test("a co-led figure held by one side while another contradicts it (07.1): in conflict for each co-lead, not filled", () => {
    const empty = roundSheet(filledGrid(catalogue, {}, "9M"), catalogue);
    const [TC, CT] = ["Sở Tài chính", "Cục Thuế"];
    const log: CellValue[][] = [];
    const first = appliedWithLog(
      empty,
      planMerge(catalogue, empty, [agencyFile(empty, TC, [["07.1", "actual", 3900]])], { when: "t1" }),
      log
    );
    const second = appliedWithLog(
      first,
      planMerge(catalogue, first, [agencyFile(first, CT, [["07.1", "actual", 3950]])], { when: "t2" }),
      log
    );
    for (const agency of [TC, CT]) {
      const a = completeness(second).agencies.find((x) => x.agency === agency);
      if (!a) throw new Error(`${agency} is not listed`);
      expect([agency, places(a)]).toMatchObject([
        agency,
        { filled: 0, conflict: ["07.1"], once: true, countsAgree: true },
      ]);
    }
  });
});
