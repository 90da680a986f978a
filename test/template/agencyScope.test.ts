/**
 * An agency's own workbook (a split's file, which names its agency on the `Cơ quan chủ trì:` line) is judged on the
 * rows that agency leads: the other agencies' rows are not missing from it, and its counts are its own. Every lead
 * agency of the shipped catalogue, on the files a real split plans.
 */
import { agencyCatalogue, STATUSES } from "../../src/core";
import { planSplit } from "../../src/round";
import { AGENCY_LABEL, judgeSheet } from "../../src/template";
import { filledGrid, gridOfTemplate, roundSheet, shippedCatalogue } from "../round/grids";

const catalogue = shippedCatalogue();
const consolidated = roundSheet(
  filledGrid(catalogue, { "01": { actual: 6.8 }, "05.1": { actual: 2100 }, "07.1.1": { actual: 900 } }),
  catalogue
);
const plans = planSplit(catalogue, consolidated);
const judge = (grid: ReturnType<typeof gridOfTemplate>) => judgeSheet(grid, catalogue, { tolerance: 0.05 });
const total = (counts: Record<string, number>) => STATUSES.reduce((n, s) => n + counts[s], 0);

describe("an agency's own workbook is judged on its own rows", () => {
  test.each(plans.map((p) => [p.agency, p] as const))("%s", (agency, plan) => {
    const judged = judge(gridOfTemplate(plan.template));
    expect(judged).toBeDefined();
    const { report } = judged!;
    const own = catalogue.indicators.filter((i) => i.lead.includes(agency) && i.kind !== "heading");
    expect(report.agency).toBe(agency);
    // its own rows only, each judged once
    expect(total(report.evaluation.summary.totals)).toBe(own.length);
    expect(report.evaluation.rows.map((r) => r.code).sort()).toEqual(
      agencyCatalogue(catalogue, agency)
        .indicators.filter((i) => i.kind !== "heading")
        .map((i) => i.code)
        .sort()
    );
    // nothing said missing, and no row of another agency (the headings shown for context) called unknown
    const keys = report.findings.map((f) => f.problem.key);
    expect(keys).not.toContain("sheet.missingRow");
    expect(keys).not.toContain("sheet.unknownCode");
  });

  test("the figures an agency's file carries are judged as in the consolidated workbook", () => {
    const file = plans.find((p) => p.agency === "Sở Văn hóa, Thể thao và Du lịch")!;
    const own = judge(gridOfTemplate(file.template))!.report.evaluation.row("05.1");
    const whole = judge(consolidated.grid)!.report.evaluation.row("05.1");
    expect(own?.status).toBe(whole?.status);
    expect(own?.value).toBe(2100);
  });

  test("the consolidated workbook, with no agency line, is judged whole", () => {
    const { report } = judge(consolidated.grid)!;
    expect(report.agency).toBeUndefined();
    expect(total(report.evaluation.summary.totals)).toBe(37);
  });

  test("an agency line naming no lead agency of the catalogue leaves the sheet judged whole", () => {
    const file = plans.find((p) => p.agency === "Sở Y tế")!;
    const grid = gridOfTemplate(file.template);
    const line = grid.values.findIndex((row) => row.includes(AGENCY_LABEL));
    const values = grid.values as unknown[][];
    const at = values[line].findIndex((v) => v === "Sở Y tế");
    values[line][at] = "Phòng Y tế huyện";
    const { report } = judge(grid)!;
    expect(report.agency).toBeUndefined();
    expect(report.findings.map((f) => f.problem.key)).toContain("sheet.missingRow");
  });
});
