import {
  countsWithToCheck,
  doubtedRows,
  evaluateSheet,
  rowsToCheck,
  type CellValue,
  type RowEntry,
} from "../../src/core";

import { shippedCatalogue as catalogue } from "../catalogue";

function evaluate(cells: Record<string, CellValue>) {
  const entries = new Map<string, RowEntry>(
    Object.entries(cells).map(([code, value]) => [code, { actual: { value } }])
  );
  return evaluateSheet(catalogue, entries, { period: "H1", tolerance: 0.05 });
}

const kinds = (m: Map<string, { kind: string }[]>) =>
  Object.fromEntries([...m].map(([code, causes]) => [code, causes.map((c) => c.kind)]));

describe("doubted rows: what no door may state as a fact", () => {
  test.each<[string, Record<string, CellValue>, Record<string, string[]>, string[]]>([
    ["figures that read plainly", { "06.1": "2.600", "05.1": 2100 }, {}, []],
    // "2,600" is read as 2,6 against a plan of thousands: a typo, almost surely.
    ["an ambiguous figure", { "06.1": "2,600" }, { "06.1": ["finding"] }, ["06.1"]],
    ["a figure read from “~5”", { "10": "~5" }, { "10": ["finding"] }, ["10"]],
    ["“~5” far below its plan too", { "11": "~5" }, { "11": ["finding", "finding"] }, ["11"]],
    // An invalid figure is doubted (the report lists it) but says so in its own status: nothing more to mark.
    ["an invalid figure", { "06.1": "nhiều" }, { "06.1": ["invalid"] }, []],
    // A part's doubt is its whole's: 15.1 takes the worst of its parts.
    [
      "a doubted part",
      { "15.1.1": "~5", "15.1.2": 5, "15.1.3": 5 },
      { "15.1.1": ["finding"], "15.1": ["parts"] },
      ["15.1.1", "15.1"],
    ],
  ])("%s", (_, cells, causes, marked) => {
    const evaluation = evaluate(cells);
    expect(kinds(doubtedRows(evaluation.findings, evaluation.rows, catalogue))).toEqual(causes);
    expect([...rowsToCheck(evaluation.findings, evaluation.rows, catalogue)].sort()).toEqual([...marked].sort());
  });

  test("a doubt about last year's figure leaves the judged figure's status as a fact", () => {
    const entries = new Map<string, RowEntry>([["05.1", { actual: { value: 2100 }, lastYear: { value: "4,500" } }]]);
    const evaluation = evaluateSheet(catalogue, entries, { period: "H1", tolerance: 0.05 });
    expect(evaluation.findings.map((f) => f.problem.key)).toEqual(["plausibility.ambiguous"]);
    expect(doubtedRows(evaluation.findings, evaluation.rows, catalogue).size).toBe(0);
    expect(rowsToCheck(evaluation.findings, evaluation.rows, catalogue).size).toBe(0);
  });

  test("a manual-calculation finding doubts the formula rows it names", () => {
    const evaluation = evaluate({ "07.1": 4000 });
    const stale = {
      severity: "warning" as const,
      codes: ["07.1"],
      problem: { key: "sheet.manualCalculation", params: { codes: ["07.1"] } } as never,
    };
    expect([...rowsToCheck([stale], evaluation.rows, catalogue)]).toEqual(["07.1"]);
  });
});

describe("counts as the headline states them", () => {
  test("a row to check leaves its status's count for toCheck, in the totals and in its agencies'", () => {
    const evaluation = evaluate({ "06.1": "2,600", "05.1": 2100 });
    const toCheck = rowsToCheck(evaluation.findings, evaluation.rows, catalogue);
    const statusOf = (code: string) => evaluation.row(code)?.status;
    const { totals } = evaluation.summary;
    const shown = countsWithToCheck(totals, toCheck, toCheck, statusOf);
    const doubtedStatus = statusOf("06.1") as keyof typeof totals;
    expect(shown.toCheck).toBe(1);
    expect(shown[doubtedStatus]).toBe(totals[doubtedStatus] - 1);
    expect(Object.values(shown).reduce((a, b) => a + b, 0)).toBe(evaluation.rows.length);
    const leads = evaluation.summary.agencies.filter((a) => a.codes.includes("06.1"));
    expect(leads.length).toBeGreaterThan(0);
    for (const agency of leads)
      expect(countsWithToCheck(agency.counts, agency.codes, toCheck, statusOf).toCheck).toBe(1);
    const other = evaluation.summary.agencies.find((a) => !a.codes.includes("06.1"));
    expect(countsWithToCheck(other!.counts, other!.codes, toCheck, statusOf)).toEqual({ ...other!.counts, toCheck: 0 });
  });
});
