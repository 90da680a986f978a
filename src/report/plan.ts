/** The report sheet of a judged template, as every door makes it: the CLI's .xlsx, the sheet in Excel, the in-memory one. */

import { periodExample, problem, type Catalogue, type Problem } from "../core";
import { a1, type JudgedSheet, type SheetGrid } from "../template";
import { buildReport, type ReportContent, type ReportOptions } from "./content";
import { readExtras } from "./read";
import { buildReportSheet, type ReportSheet } from "./sheet";

export interface PlannedReport {
  content: ReportContent;
  sheet: ReportSheet;
}

/** A planned report, or why none is made: every door refuses with the same problem and writes nothing. */
export type ReportPlan = { ok: true; value: PlannedReport } | { ok: false; error: Problem };

/**
 * Why the judged sheet cannot be reported on: a report's title names its period and year, so a period cell that
 * names another year than the catalogue's, or no period at all (the full year merely assumed), would title it
 * wrongly with confidence (trial 23, 15). A period the caller names (`--period`) stands for an unreadable cell,
 * never for another year.
 */
export function reportPeriodRefusal(catalogue: Catalogue, judged: JudgedSheet): Problem | undefined {
  const { located, report } = judged;
  const cell = located.periodCell && a1(located.periodCell.row, located.periodCell.col);
  const shared = { sheet: located.sheet, text: located.periodText };
  // The period the cell names, when it names one, in the catalogue's year: what to type instead.
  const example = periodExample(located.periodUnreadable ? "H1" : located.period, catalogue.year);
  if (cell !== undefined && located.periodYear !== undefined && located.periodYear !== catalogue.year) {
    return problem("period.reportOtherYear", {
      ...shared,
      cell,
      example,
      year: located.periodYear,
      expected: catalogue.year,
    });
  }
  if (report.periodAssumed) return problem("period.reportUnreadable", { ...shared, cell, example });
  return undefined;
}

/**
 * The report's content and its sheet, from the grid the judgement read (the notes come from the same
 * rows as the judged figures and last year's), or the refusal of reportPeriodRefusal. `date` is the
 * caller's clock, yyyy-mm-dd.
 */
export function planReport(
  catalogue: Catalogue,
  grid: SheetGrid,
  judged: JudgedSheet,
  options: ReportOptions & { date: string }
): ReportPlan {
  const refusal = reportPeriodRefusal(catalogue, judged);
  if (refusal) return { ok: false, error: refusal };
  const content = buildReport(
    {
      catalogue,
      report: judged.report,
      extras: readExtras(grid, judged.located),
      date: options.date,
    },
    { lang: options.lang, groupBy: options.groupBy }
  );
  return { ok: true, value: { content, sheet: buildReportSheet(content, catalogue) } };
}

/**
 * The defined name that marks a sheet the tool wrote as a report (`ChiTieu_Report_N`, workbook-scoped,
 * referring to the sheet's A1, as `ChiTieu_Template_N` marks a template): only a marked sheet is ever
 * replaced, so a person's own sheet that happens to bear the report's name never is.
 */
export const REPORT_MARKER = "ChiTieu_Report";

/** The first marker name not in use: `ChiTieu_Report_1`, `_2`… */
export function reportMarkerName(used: readonly string[]): string {
  const taken = new Set(used.map((u) => u.toLowerCase()));
  let n = 1;
  while (taken.has(`${REPORT_MARKER}_${n}`.toLowerCase())) n++;
  return `${REPORT_MARKER}_${n}`;
}

/**
 * Where a report goes: a free name, or a report the tool wrote for the same period is there (ask
 * first, or replace it). `taken` names a sheet of the person's that bears the report's name and made
 * the report take the next free name.
 */
export type ReportPlacement =
  { status: "exists"; sheet: string } | { status: "place"; name: string; replacing?: string; taken?: string };

/**
 * Decides the report sheet's name against the sheets there. Only a sheet marked as a report (and
 * not judged as a template) is replaced; any other sheet of that name (the template itself, a
 * person's own sheet, a report of an older version without the marker) is left alone and the report
 * takes the next name, "Báo cáo 6 tháng (2)", or replaces the report the tool put there earlier.
 */
export function placeReport(
  name: string,
  sheetNames: readonly string[],
  templateNames: readonly string[],
  reportNames: readonly string[],
  replace: boolean
): ReportPlacement {
  const lower = (s: string) => s.toLowerCase();
  const find = (candidate: string) => sheetNames.find((s) => lower(s) === lower(candidate));
  const isReport = (sheet: string) => reportNames.includes(sheet) && !templateNames.includes(sheet);
  const first = find(name);
  const taken = first !== undefined && !isReport(first) ? first : undefined;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name} (${n})`;
    const same = find(candidate);
    if (same === undefined) return taken ? { status: "place", name: candidate, taken } : { status: "place", name };
    if (isReport(same)) {
      if (!replace) return { status: "exists", sheet: same };
      return taken
        ? { status: "place", name: same, replacing: same, taken }
        : { status: "place", name: same, replacing: same };
    }
  }
}
