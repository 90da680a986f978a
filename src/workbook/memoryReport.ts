/** The report sheet in the in-memory workbook: the plan src/report makes for every door, kept whole for drawing. */

import { problem } from "../core";
import { placeReport, planReport } from "../report";
import { disputesIn } from "./memoryRound";
import type { MemoryBook, MemorySheet } from "./memorySheet";
import type { Outcome, WriteReportOptions, WriteReportResult } from "./types";

export function writeReport(book: MemoryBook, options: WriteReportOptions): Outcome<WriteReportResult> {
  // An open conflict of the merge log is listed to check, never stated as achieved or short.
  const [first] = book.judgeAll({ ...options, disputed: disputesIn(book) });
  if (!first) return { ok: false, error: book.noTemplate() };
  const report = planReport(book.catalogue, book.grid(first.sheet), first.judged, options);
  if (!report.ok) return report;
  const planned = report.value.sheet;
  const templates = book.judgeAll({ tolerance: options.tolerance }).map((t) => t.sheet.name);
  const place = placeReport(
    planned.name,
    book.sheets.map((s) => s.name),
    templates,
    // The sheet keeps its plan: that is how this workbook knows the tool wrote it.
    book.sheets.filter((s) => s.report !== undefined).map((s) => s.name),
    options.replace === true
  );
  if (place.status === "exists") return { ok: true, value: place };
  if (book.readOnly) return { ok: false, error: problem("excel.readOnly", {}) };
  const plan = { ...planned, name: place.name };
  const sheet: MemorySheet = {
    name: plan.name,
    cells: plan.cells.map((row) => row.map((c) => ({ value: c.value, numberFormat: c.numberFormat }))),
    report: plan,
    highlights: [],
    hiddenRows: new Set(),
    protected: false,
  };
  const at = book.sheets.findIndex((s) => s.name === place.replacing);
  if (at >= 0) book.sheets[at] = sheet;
  else book.sheets.push(sheet);
  book.activeSheet = plan.name;
  book.selection = { sheet: plan.name, row: 0 };
  return {
    ok: true,
    value: {
      status: "written",
      sheet: plan.name,
      replaced: at >= 0,
      charts: plan.charts.length,
      chartsSkipped: false,
      printSetup: true,
    },
  };
}
