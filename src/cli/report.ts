/** `chi-tieu report`: the period's report from one filled workbook: a copy with the report sheet and its charts, a Word draft. */

import type ExcelJS from "exceljs";
import * as path from "path";
import { DEFAULT_TOLERANCE, describe } from "../core";
import {
  placeReport,
  planReport,
  REPORT_MARKER,
  reportMarkerName,
  type ReportContent,
  type ReportGrouping,
} from "../report";

/** Warnings printed one by one; the rest are counted (every one is at the top of the report). */
const TERMINAL_WARNINGS = 10;
import { chooseTemplate, sheetOfFormula } from "../template";
import {
  checkCommandOutput,
  EXIT_OK,
  FileError,
  loadCatalogueOption,
  parseOptions,
  periodOption,
  toleranceOption,
  UsageError,
  writeCommandOutput,
  type CommandContext,
} from "./common";
import { openWorkbook, singleInput, warnCopyLosses, workbookBytes, zipLimits } from "./inputs";
import { reportDocx } from "./reportDocx";
import { DEFAULT_ISSUING_AGENCY } from "./reportDocxFrame";
import { addReportSheet } from "./reportXlsx";
import { parseTolerance } from "./validate";
import { gridOf, judgeWorkbook, markedSheets } from "./xlsx";
import { addCharts } from "./xlsxCharts";

/** yyyy-mm-dd naming a day that exists: 2024-02-30 is refused, not printed as "30 tháng 02". */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** The workbook's defined names, as ExcelJS models them. */
function definedNames(workbook: ExcelJS.Workbook): { name: string; ranges: string[] }[] {
  return (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? [];
}

/** The sheets the report markers (`ChiTieu_Report_N`) point to: the only sheets a report may replace. */
export function reportSheets(workbook: ExcelJS.Workbook): string[] {
  const marked = new Set(
    definedNames(workbook)
      .filter((n) => n.name.startsWith(REPORT_MARKER))
      .flatMap((n) => n.ranges.map((r) => sheetOfFormula(r)))
  );
  return workbook.worksheets.map((s) => s.name).filter((name) => marked.has(name));
}

/** Marks the report sheet as the tool's own (a replaced report keeps the marker it had: same name). */
function markReport(workbook: ExcelJS.Workbook, sheet: string): void {
  if (reportSheets(workbook).includes(sheet)) return;
  const name = reportMarkerName(definedNames(workbook).map((n) => n.name));
  workbook.definedNames.add(`'${sheet.replace(/'/g, "''")}'!$A$1`, name);
}

/** The report's warnings and the rows it could not judge, on stderr: whoever only runs the command sees them. */
function warnOnTerminal(file: string, content: ReportContent, cli: CommandContext): void {
  const { io, t } = cli;
  const shown = content.warnings.slice(0, TERMINAL_WARNINGS);
  for (const w of shown) io.stderr(t.fileWarning(file, w));
  const more = content.warnings.length - shown.length;
  if (more > 0) io.stderr(t.fileWarning(file, t.report.moreWarnings(more)));
  if (content.toCheck.length > 0) {
    io.stderr(t.fileWarning(file, t.report.toCheck(content.toCheck.map((f) => f.code).join(", "))));
  }
}

/** Today as yyyy-mm-dd in the machine's time zone: the date a person would write on the report. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export async function reportCommand(args: string[], cli: CommandContext): Promise<number> {
  const { io, t, lang } = cli;
  const { values, positionals } = parseOptions(
    args,
    {
      write: { type: "string" },
      docx: { type: "string" },
      "group-by": { type: "string" },
      period: { type: "string" },
      tolerance: { type: "string" },
      force: { type: "boolean" },
      catalogue: { type: "string" },
      date: { type: "string" },
      issuer: { type: "string" },
    },
    t
  );
  if (values.help) {
    io.stdout(t.report.help);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError(t.noFiles);
  if (positionals.length > 1) throw new UsageError(t.report.severalInputs);
  if (values.write === undefined && values.docx === undefined) throw new UsageError(t.report.needsOutput);
  const groupBy = (values["group-by"] as string | undefined) ?? "agency";
  if (groupBy !== "agency" && groupBy !== "group") throw new UsageError(t.report.badGroupBy(groupBy));
  const catalogue = loadCatalogueOption(values.catalogue as string | undefined, cli);
  const period = periodOption(values.period as string | undefined, catalogue.year, t)?.period;
  const tolerance = toleranceOption(values.tolerance as string | undefined, parseTolerance, DEFAULT_TOLERANCE, t);
  const date = (values.date as string | undefined) ?? today();
  if (!isCalendarDate(date)) throw new UsageError(t.report.badDate(date));
  const issuer = (values.issuer as string | undefined)?.trim();
  if (issuer === "") throw new UsageError(t.report.emptyIssuer);
  const force = Boolean(values.force);
  const input = singleInput(positionals[0], cli);
  const inputs = input.missing ? [] : [input.file];
  const xlsxOut = values.write === undefined ? undefined : path.resolve(io.cwd, values.write as string);
  const docxOut = values.docx === undefined ? undefined : path.resolve(io.cwd, values.docx as string);
  // Swapped options are an easy slip: an Excel file named .docx opens nowhere (as template --out).
  if (xlsxOut !== undefined && !/\.xlsx$/i.test(xlsxOut)) throw new UsageError(t.report.notXlsxName(xlsxOut));
  if (docxOut !== undefined && !/\.docx$/i.test(docxOut)) throw new UsageError(t.report.notDocxName(docxOut));
  // Refuse before reading anything: an input, an existing file without --force, a missing folder.
  for (const out of [xlsxOut, docxOut]) if (out) checkCommandOutput(out, { force, inputs }, t);
  if (xlsxOut !== undefined && xlsxOut === docxOut) throw new UsageError(t.report.sameOutputs(xlsxOut));

  const opened = await openWorkbook(input, t, zipLimits(io.env));
  if ("error" in opened) throw new FileError(t.fileError(input.file, opened.error.message), opened.error.code);
  const { workbook } = opened;
  const sheets = judgeWorkbook(workbook, catalogue, { tolerance, period, sayPeriodOverride: true });
  if (sheets.length === 0) {
    const names = workbook.worksheets.map((s) => s.name);
    throw new FileError(t.fileError(input.file, t.report.notTemplate(names)));
  }
  // The marked sheet, not merely the first tab; another template sheet is named in a warning at the top.
  const [{ sheet, judged }] = chooseTemplate(
    sheets.map((s) => ({ ...s, name: s.sheet.name })),
    [{ sheets: markedSheets(workbook), by: "marker" }]
  );
  // The document is for the Provincial People's Committee: Vietnamese unless --lang en asks for
  // English; an English LANG changes only what the terminal says.
  const docLang = values.lang === "en" ? "en" : "vi";
  // The same plan as the sheet the pane writes in Excel (src/excel/report.ts), refused as it refuses.
  const planned = planReport(catalogue, gridOf(sheet), judged, {
    lang: docLang,
    groupBy: groupBy as ReportGrouping,
    date,
  });
  if (!planned.ok) {
    // Here the period may also be named on the command line, but never a year other than the catalogue's.
    const unreadable = planned.error.key === "period.reportUnreadable";
    const why = describe(planned.error, lang) + (unreadable ? ` ${t.report.periodOptionHint}` : "");
    throw new FileError(t.fileError(input.file, why), unreadable ? "periodUnreadable" : "periodOtherYear");
  }
  const { content, sheet: plan } = planned.value;
  // What the report warns about at its top is said on the terminal too, before "saved" (as validate).
  const other =
    docLang === lang ? planned : planReport(catalogue, gridOf(sheet), judged, { lang, groupBy: "agency", date });
  const said = other.ok ? other.value.content : content;
  warnOnTerminal(input.file, said, cli);

  if (xlsxOut) {
    // Only a sheet the tool marked as its report is replaced; the template and a person's own sheet
    // of that name stay, and the report takes the next free name.
    const place = placeReport(
      plan.name,
      workbook.worksheets.map((s) => s.name),
      sheets.map((s) => s.sheet.name),
      reportSheets(workbook),
      true
    );
    if (place.status === "exists") throw new Error("a report placed with replace is never asked about");
    const placed = { ...plan, name: place.name };
    const { replaced } = addReportSheet(workbook, placed);
    markReport(workbook, placed.name);
    warnCopyLosses(input.file, workbook, cli);
    const written = await addCharts(await workbookBytes(workbook, "report"), placed.name, placed.charts);
    writeCommandOutput(xlsxOut, written, { force, inputs }, t);
    io.stdout(t.report.wroteReport(xlsxOut, placed.name, placed.charts.length, replaced, place.taken));
  }
  if (docxOut) {
    writeCommandOutput(
      docxOut,
      // An agency's own file (its "Cơ quan chủ trì" line) is that agency's report unless --issuer says otherwise.
      await reportDocx(content, {
        parent: catalogue.decision.issuer,
        agency: issuer ?? judged.report.agency ?? DEFAULT_ISSUING_AGENCY,
      }),
      { force, inputs },
      t
    );
    io.stdout(t.report.wroteDocx(docxOut));
  }
  return EXIT_OK;
}
