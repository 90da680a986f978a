/** Which files validate's summary of several counts (trial 25, finding 3): the round's period and the refusals' order. */

import { problem, summaryScope, type Finding, type ReportingPeriod, type ScopedFile } from "../../src/core";

const said = (p: Finding["problem"]): Finding => ({ severity: "warning", codes: [], problem: p });
/** A file whose own period cell names `own` (none: empty or unreadable, as `text` says). */
const file = (name: string, own: ReportingPeriod | undefined, findings: Finding[] = [], text = ""): ScopedFile => ({
  file: name,
  sheetPeriod: { text, ...(own ? { period: own } : {}) },
  findings,
});
const otherYear = said(problem("period.otherYear", { sheet: "S", text: "Quý I năm 2023", year: 2023, expected: 2024 }));

describe("summaryScope", () => {
  test.each<[string, ScopedFile[], ReportingPeriod | undefined, [string, string][], ReportingPeriod | undefined]>([
    // Trial 25b, B3: not the period most files name, which left out the only current file.
    [
      "the latest period named, however many files name an earlier one",
      [file("a", "Q1"), file("b", "9M"), file("c", "Q1")],
      undefined,
      [
        ["a", "otherPeriod"],
        ["c", "otherPeriod"],
      ],
      "9M",
    ],
    ["as many of each: the later period", [file("a", "9M"), file("b", "H1")], undefined, [["b", "otherPeriod"]], "9M"],
    [
      "--period asked: the file's own period is the one its cell names",
      [file("a", "H1", [], "6 tháng"), file("b", "9M")],
      "9M",
      [["a", "otherPeriod"]],
      "9M",
    ],
    // Review 25b, finding 1: `--period` judges such a file for the period asked, but merge refuses it.
    [
      "--period asked: a period cell that cannot be read is still left out",
      [file("a", undefined, [], "quý 3"), file("b", "9M")],
      "9M",
      [["a", "periodUnreadable"]],
      "9M",
    ],
    [
      "--period asked: an empty period cell is still left out",
      [file("a", undefined), file("b", "9M")],
      "9M",
      [["a", "periodUnreadable"]],
      "9M",
    ],
    [
      "a file of another year is not one of the periods counted",
      [file("a", "Q1", [otherYear]), file("b", "Q1", [otherYear]), file("c", "9M")],
      undefined,
      [
        ["a", "periodOtherYear"],
        ["b", "periodOtherYear"],
      ],
      "9M",
    ],
    [
      "an unreadable period, judged as the full year",
      [file("a", undefined), file("b", "9M")],
      undefined,
      [["a", "periodUnreadable"]],
      "9M",
    ],
    ["every file left out", [file("a", undefined)], undefined, [["a", "periodUnreadable"]], undefined],
  ])("%s", (_, files, asked, leftOut, period) => {
    const scope = summaryScope(files, asked);
    expect(scope.leftOut.map((f) => [f.file, f.reason])).toEqual(leftOut);
    expect(scope.counted.map((f) => f.file)).toEqual(
      files.map((f) => f.file).filter((f) => !leftOut.some(([l]) => l === f))
    );
    // The round's period, as the heading says it and the files of another period are told.
    expect(scope.period).toBe(period);
    for (const f of scope.leftOut) if (f.reason === "otherPeriod") expect(f.expected).toBe(period);
  });
});
