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
 * The report's content and its sheet, from the grid the judgement read (notes and last year's
 * figures come from the same cells). `date` is the caller's clock, yyyy-mm-dd.
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
      extras: readExtras(grid, judged.located, catalogue),
      date: options.date,
    },
    { lang: options.lang, groupBy: options.groupBy }
  );
  return { content, sheet: buildReportSheet(content, catalogue) };
}

/** Where a report goes: its own name, or a report of the same period is there (ask first), or that name is a template's. */
export type ReportPlacement =
  { status: "exists"; sheet: string } | { status: "place"; name: string; replacing?: string };

/**
 * Decides the report sheet's name against the sheets there. A sheet of that name that is a
 * template (someone named theirs so) is never replaced: the report takes the next free name.
 */
export function placeReport(
  name: string,
  sheetNames: readonly string[],
  templateNames: readonly string[],
  replace: boolean
): ReportPlacement {
  const lower = (s: string) => s.toLowerCase();
  const same = sheetNames.find((s) => lower(s) === lower(name));
  if (same === undefined) return { status: "place", name };
  if (!templateNames.includes(same)) {
    return replace ? { status: "place", name, replacing: same } : { status: "exists", sheet: same };
  }
  const taken = new Set(sheetNames.map(lower));
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken.has(lower(candidate))) return { status: "place", name: candidate };
  }
}
