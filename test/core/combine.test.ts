/**
 * Trial 20, finding 4: validate's summary of several files counted jointly led rows once per file, credited agencies
 * that sent nothing, and counted both of two files that disagree. Table-tested on judged files of the 2024 catalogue.
 */

import {
  agencyCatalogue,
  combineFiles,
  emptyCounts,
  evaluateSheet,
  type CellValue,
  type JudgedFile,
  type StatusCounts,
} from "../../src/core";
import { shippedCatalogue as catalogue } from "../catalogue";

const TC = "Sở Tài chính";
const THUE = "Cục Thuế";
const HQ = "Cục Hải quan";
const YT = "Sở Y tế";

/** A file as validate judges it: an agency's own (only its rows) or a whole template. */
function file(name: string, figures: Record<string, CellValue>, agency?: string): JudgedFile {
  const judged = agency === undefined ? catalogue : agencyCatalogue(catalogue, agency);
  const entries = new Map(
    [...judged.byCode.keys()].map((code) => [code, { actual: { value: figures[code] ?? null } }])
  );
  const evaluation = evaluateSheet(judged, entries, { period: "H1", tolerance: 0.05 });
  return { file: name, agency, row: evaluation.row };
}

const counts = (partial: Partial<StatusCounts>): StatusCounts => ({ ...emptyCounts(), ...partial });
const total = (c: StatusCounts) => Object.values(c).reduce((a, b) => a + b, 0);

// 07.1–07.2 are led by Sở Tài chính, Cục Thuế and Cục Hải quan together.
const stc = file("so-tai-chinh.xlsx", { "07.1": 3900, "07.1.1": 1300, "07.1.2": 2600, "07.2": "7.020,4" }, TC);
const thue = file("cuc-thue.xlsx", { "07.1": 3950, "07.1.1": 1300 }, THUE);
const yte = file("so-y-te.xlsx", { "12.1": 100, "12.4": "94,5" }, YT);

describe("several files, each code once", () => {
  test("the trial's folder: each agency from its own file, 07.1 named not counted, Cục Hải quan has no file", () => {
    const summary = combineFiles(catalogue, [yte, thue, stc]);
    const agency = (name: string) => summary.agencies.find((a) => a.agency === name);
    const named = (name: string) => agency(name)?.differing.map((d) => d.code);
    // 07.1 differs between the co-leads' files: named on both their lines and counted on neither (trial 21).
    expect(agency(TC)).toMatchObject({ files: ["so-tai-chinh.xlsx"], counts: counts({ exceeded: 2, met: 1 }) });
    expect(named(TC)).toEqual(["07.1"]);
    // 07.1.2 and 07.2, blank in Cục Thuế's own file, have Sở Tài chính's figures: not "missing" on its line (trial 23).
    expect(agency(THUE)).toMatchObject({ files: ["cuc-thue.xlsx"], counts: counts({ exceeded: 2, met: 1 }) });
    expect(named(THUE)).toEqual(["07.1"]);
    expect(agency(HQ)).toMatchObject({ files: [], counts: emptyCounts(), differing: [] });
    expect(agency(YT)?.counts).toEqual(counts({ met: 1, exceeded: 1, missing: 3 }));
    // 07.1 is 3.900 in one file and 3.950 in the other: named with both, counted in no total.
    expect(summary.differing.map((d) => [d.code, d.files.map((f) => [f.file, f.row.value])])).toEqual([
      [
        "07.1",
        [
          ["so-tai-chinh.xlsx", 3900],
          ["cuc-thue.xlsx", 3950],
        ],
      ],
    ]);
    // 07.1.1 agrees (1.300 in both), 07.1.2 and 07.2 are Sở Tài chính's alone (Cục Thuế's blank gives way).
    expect(summary.totals).toEqual(counts({ exceeded: 3, met: 2, missing: 3 }));
    expect(summary.codes).toBe(catalogue.indicators.filter((i) => i.kind !== "heading").length);
    expect(total(summary.totals) + summary.differing.length + summary.noFile.length).toBe(summary.codes);
    expect(summary.noFile).toContain("01");
    expect(summary.noFile).not.toContain("07.1");
  });

  test.each<[string, JudgedFile[], Partial<StatusCounts>, string[]]>([
    ["one whole template", [file("a.xlsx", { "07.1": 3900 })], { exceeded: 1, missing: 36 }, []],
    [
      "the same whole template twice: counted once",
      [file("a.xlsx", { "07.1": 3900 }), file("b.xlsx", { "07.1": "3.900" })],
      { exceeded: 1, missing: 36 },
      [],
    ],
    [
      "two whole templates that disagree: named, not counted",
      [file("a.xlsx", { "07.1": 3900, "12.1": 100 }), file("b.xlsx", { "07.1": 3950, "12.1": 100 })],
      { met: 1, missing: 35 },
      ["07.1"],
    ],
    [
      "an invalid figure against a number: they differ",
      [file("a.xlsx", { "08": "5 xã" }), file("b.xlsx", { "08": 5 })],
      { missing: 36 },
      ["08"],
    ],
    [
      "a blank in one whole template gives way to the figure in the other",
      [file("a.xlsx", {}), file("b.xlsx", { "08": 5 })],
      { met: 1, missing: 36 },
      [],
    ],
  ])("%s", (_, files, expected, differing) => {
    const summary = combineFiles(catalogue, files);
    expect(summary.totals).toEqual(counts(expected));
    expect(summary.differing.map((d) => d.code)).toEqual(differing);
    expect(summary.noFile).toEqual([]);
    for (const a of summary.agencies) expect(a.files).toEqual(files.map((f) => f.file));
  });

  test("an agency's own file wins over a whole template for that agency; the others take the whole template", () => {
    const whole = file("tong-hop.xlsx", { "07.1": 3800, "12.1": 100 });
    const summary = combineFiles(catalogue, [whole, stc]);
    const agency = (name: string) => summary.agencies.find((a) => a.agency === name);
    expect(agency(TC)?.files).toEqual(["so-tai-chinh.xlsx"]);
    // Its own 3.900 against the whole template's 3.800, which speaks for its co-lead Cục Hải quan: named, not counted.
    expect(agency(TC)?.differing.map((d) => d.code)).toEqual(["07.1"]);
    expect(agency(HQ)?.files).toEqual(["tong-hop.xlsx"]);
    // For the totals, 07.1 is spoken for by both (Cục Hải quan's through the whole template): they differ.
    expect(summary.differing.map((d) => d.code)).toEqual(["07.1"]);
    expect(summary.noFile).toEqual([]);
  });

  test("--agency: only that agency, and the totals of its codes", () => {
    const summary = combineFiles(catalogue, [yte, thue, stc], [HQ]);
    expect(summary.agencies.map((a) => [a.agency, a.files])).toEqual([[HQ, []]]);
    expect(summary.codes).toBe(catalogue.indicators.filter((i) => i.lead.includes(HQ)).length);
    expect(summary.differing.map((d) => d.code)).toEqual(["07.1"]);
    expect(summary.noFile).toEqual(["06.1", "06.2"]);
  });
});

describe("a figure some file doubts is counted as one to check, as each file's own text counts it", () => {
  test("12.4 doubted in Sở Y tế's file: out of its status, into toCheck, for the agency and the totals", () => {
    const doubted: JudgedFile = { ...yte, toCheck: new Set(["12.4"]) };
    const plain = combineFiles(catalogue, [yte]);
    const summary = combineFiles(catalogue, [doubted]);
    const status = yte.row("12.4")?.status ?? "missing";
    const agency = (s: typeof summary) => s.agencies.find((a) => a.agency === YT);
    // the core's counts are unchanged; the shown ones move 12.4
    expect(agency(summary)?.counts).toEqual(agency(plain)?.counts);
    expect(summary.totals).toEqual(plain.totals);
    expect(agency(summary)?.shown).toEqual({
      ...agency(plain)?.counts,
      [status]: (agency(plain)?.counts[status] ?? 0) - 1,
      toCheck: 1,
    });
    expect(summary.shownTotals.toCheck).toBe(1);
    expect(summary.shownTotals[status]).toBe(plain.totals[status] - 1);
    // without doubts, shown and core counts are the same
    expect(plain.shownTotals).toEqual({ ...plain.totals, toCheck: 0 });
  });

  test("the same figure in two files, doubted in one, is one row to check, not two", () => {
    const whole = file("tong-hop.xlsx", { "12.1": 100, "12.4": "94,5" });
    const summary = combineFiles(catalogue, [
      whole,
      { ...file("ban-sao.xlsx", { "12.1": 100, "12.4": "94,5" }), toCheck: new Set(["12.4"]) },
    ]);
    expect(summary.differing).toEqual([]);
    expect(summary.shownTotals.toCheck).toBe(1);
    expect(total(summary.shownTotals)).toBe(total(summary.totals));
  });

  test("a co-lead's figure where the other co-lead's file doubts its own blank is to check, on both lines", () => {
    // Cục Thuế's 07.1.2 is a formula never calculated (no figure, doubted); Sở Tài chính's file gives 2.600.
    const doubted: JudgedFile = { ...thue, toCheck: new Set(["07.1.2"]) };
    const summary = combineFiles(catalogue, [doubted, stc]);
    const plain = combineFiles(catalogue, [thue, stc]);
    expect(summary.shownTotals.toCheck).toBe(plain.shownTotals.toCheck + 1);
    for (const name of [THUE, TC]) {
      const line = (s: typeof summary) => s.agencies.find((a) => a.agency === name)?.shown.toCheck ?? 0;
      expect([name, line(summary)]).toEqual([name, line(plain) + 1]);
    }
  });

  test("a row with no figure that its file doubts (a formula never calculated) is to check, not 'no figure yet'", () => {
    const doubted: JudgedFile = { ...yte, toCheck: new Set(["12.2"]) };
    expect(yte.row("12.2")?.status).toBe("missing");
    const summary = combineFiles(catalogue, [doubted]);
    expect(summary.shownTotals.toCheck).toBe(1);
    expect(summary.shownTotals.missing).toBe(summary.totals.missing - 1);
  });
});
