/** What the ribbon buttons do, as messages for the person who pressed them. */

import { countsWithToCheck, describe, PERIOD_LABELS, DEFAULT_TOLERANCE, shownFirst, type Lang } from "../core";
import { todayInVietnam } from "../round/calendar";
import { STRINGS } from "../ui/strings";
import type { Workbook } from "../workbook/types";

/** "Chèn mẫu": inserts the template, or says where it already is; never replaces without asking. */
export async function insertFromRibbon(workbook: Workbook, lang: Lang): Promise<string> {
  const result = await workbook.insertTemplate("ask");
  if (!result.ok) return describe(result.error, lang);
  return result.value.status === "inserted"
    ? STRINGS[lang].inserted(result.value.sheet, result.value.printSetup)
    : STRINGS[lang].alreadyThere(result.value.sheets);
}

/** "Kiểm tra": validates with the tolerance remembered in the workbook, and sums up as the pane's headline counts. */
export async function validateFromRibbon(workbook: Workbook, lang: Lang): Promise<string> {
  const saved = await workbook.loadTolerance();
  const tolerance = saved.ok && saved.value !== undefined ? saved.value : DEFAULT_TOLERANCE;
  const result = await workbook.validate({ tolerance });
  if (!result.ok) return describe(result.error, lang);
  const report = result.value;
  const { summary } = report.evaluation;
  // A row whose figure must be checked is counted apart, as in the pane, the sheet and the report.
  const { toCheck } = report;
  const totals = countsWithToCheck(summary.totals, toCheck, toCheck, (code) => report.evaluation.row(code)?.status);
  // An unreadable period or a broken template is said first, as in the pane and the command line; and that Excel
  // was made to recalculate (manual calculation), since the add-in changed what the sheet shows.
  const first = report.findings
    .filter(shownFirst)
    .map((f) => `${describe(f.problem, lang)}\n\n`)
    .join("");
  return (
    first +
    STRINGS[lang].validated(report.sheet, PERIOD_LABELS[lang][report.period], {
      ...totals,
      total: report.evaluation.rows.length,
      warnings: report.findings.length,
    })
  );
}

/**
 * "Tạo báo cáo": the period's report sheet, grouped by lead agency, judged as "Kiểm tra" judges (the
 * sheet's period, the margin remembered in the workbook). A ribbon button cannot ask, so a report of
 * the same period is never replaced from here: the message says to replace it from the pane.
 */
export async function reportFromRibbon(workbook: Workbook, lang: Lang): Promise<string> {
  const saved = await workbook.loadTolerance();
  const tolerance = saved.ok && saved.value !== undefined ? saved.value : DEFAULT_TOLERANCE;
  const result = await workbook.writeReport({ tolerance, groupBy: "agency", lang, date: todayInVietnam() });
  if (!result.ok) return describe(result.error, lang);
  const t = STRINGS[lang].report;
  return result.value.status === "exists" ? t.existsRibbon(result.value.sheet) : t.done(result.value);
}
