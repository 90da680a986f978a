/** The report sheet of a judged template, as every door makes it: the CLI's .xlsx, the sheet in Excel, the in-memory one. */

import type { Catalogue } from "../core";
import type { JudgedSheet, SheetGrid } from "../template";
import { buildReport, type ReportContent, type ReportOptions } from "./content";
import { readExtras } from "./read";
import { buildReportSheet, type ReportSheet } from "./sheet";

export interface PlannedReport {
  content: ReportContent;
  sheet: ReportSheet;
}

/**
 * The report's content and its sheet, from the grid the judgement read (the notes come from the same
 * rows as the judged figures and last year's). `date` is the caller's clock, yyyy-mm-dd.
 */
export function planReport(
  catalogue: Catalogue,
  grid: SheetGrid,
  judged: JudgedSheet,
  options: ReportOptions & { date: string }
): PlannedReport {
  const content = buildReport(
    {
      catalogue,
      report: judged.report,
      extras: readExtras(grid, judged.located),
      date: options.date,
    },
    { lang: options.lang, groupBy: options.groupBy }
  );
  return { content, sheet: buildReportSheet(content, catalogue) };
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
