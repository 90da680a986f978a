/**
 * The one interface through which the task pane (and the ribbon commands) see a workbook. The
 * Office.js adapter (src/excel) implements it inside Excel; the in-memory one (src/workbook/memory)
 * for the browser preview and tests. Every method reports failure as a value, never by throwing.
 */

import type { Lang, LeadAgency, Problem, ReportingPeriod } from "../core";
import type { ReportGrouping } from "../report";
import type { MergePlan, MergeSource, RoundSheet } from "../round";
import type { ValidationReport } from "../template";

export type { ValidationReport };

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Problem };

export interface TemplateInfo {
  sheet: string;
  period: ReportingPeriod;
}

export type InsertMode = "ask" | "replace" | "copy";

export type InsertResult =
  /** The template was inserted into this sheet. */
  | { status: "inserted"; sheet: string; printSetup: boolean }
  /** A template is already there; nothing changed. Ask, then insert again with "replace" or "copy". */
  | { status: "exists"; sheets: string[] };

export type AddColumnResult =
  /** `Cùng kỳ năm trước` was inserted into this sheet at this column letter. */
  | { status: "added"; sheet: string; column: string }
  /** The sheet has it already: nothing changed. */
  | { status: "present"; sheet: string };

export interface ValidateOptions {
  tolerance: number;
  /** Write this period into the sheet's period cell first. */
  period?: ReportingPeriod;
}

/** What the reporting round needs of a workbook (split, merge, explanations); planned in src/round. */
export interface RoundDoor {
  /** The template as the round reads it, to plan a split or the completeness view. */
  readRound(): Promise<Outcome<RoundSheet>>;
  /** Opens an .xlsx file (base64) as a new workbook the user saves or e-mails (Excel.createWorkbook, ExcelApi 1.8). */
  openNewWorkbook(base64: string): Promise<Outcome<void>>;
  /**
   * Merges agencies' files: reads the template afresh, plans, and applies every write and the log
   * lines in one batch, so nothing is half applied. Returns the plan it applied.
   */
  applyMerge(
    sources: readonly MergeSource[],
    options: { keepExisting?: boolean; when: string }
  ): Promise<Outcome<MergePlan>>;
  /** Writes a row's `Ghi chú`: the only entry cell the add-in writes, and only when the user saves it. */
  writeNote(code: string, text: string): Promise<Outcome<void>>;
}

export interface WriteReportOptions {
  tolerance: number;
  /** Judge for this period instead of the sheet's period cell (the cell itself is not written). */
  period?: ReportingPeriod;
  groupBy: ReportGrouping;
  lang: Lang;
  /** The day the report is made, yyyy-mm-dd. */
  date: string;
  /** Replace a report sheet of the same period; without it, such a sheet is a reason to ask. */
  replace?: boolean;
}

export type WriteReportResult =
  /** The report sheet was written (and activated); what this Excel could not do is said, not hidden. */
  | {
      status: "written";
      sheet: string;
      replaced: boolean;
      /** Native charts drawn (0 when there are no figures, or when Excel lacks ExcelApi 1.7). */
      charts: number;
      chartsSkipped: boolean;
      /** A4 landscape, title rows, fit to width (ExcelApi 1.9). */
      printSetup: boolean;
    }
  /** A report sheet of that period is there; nothing changed. Ask, then write again with `replace`. */
  | { status: "exists"; sheet: string };

/** The period's report as a sheet of the workbook (planned in src/report). */
export interface ReportDoor {
  /** Judges the template and writes the `Báo cáo <kỳ>` sheet beside it, never touching the template. */
  writeReport(options: WriteReportOptions): Promise<Outcome<WriteReportResult>>;
}

export interface Workbook extends RoundDoor, ReportDoor {
  /** The template sheets in the workbook (none: offer to insert one). */
  findTemplates(): Promise<Outcome<TemplateInfo[]>>;
  insertTemplate(mode: InsertMode): Promise<Outcome<InsertResult>>;
  /** Reads the template, judges every row, writes `% so với KH năm` and `Đánh giá`, highlights rows. */
  validate(options: ValidateOptions): Promise<Outcome<ValidationReport>>;
  /** Removes everything validation added. */
  clearHighlights(): Promise<Outcome<void>>;
  /** Selects a row of the template in the sheet. */
  selectRow(code: string): Promise<Outcome<void>>;
  /** Shows only one lead agency's rows, or all rows again (null). */
  filterByAgency(agency: LeadAgency | null): Promise<Outcome<void>>;
  /** The tolerance remembered with the workbook, if any. */
  loadTolerance(): Promise<Outcome<number | undefined>>;
  saveTolerance(tolerance: number): Promise<Outcome<void>>;
  /**
   * Adds the optional `Cùng kỳ năm trước` column to the first template when it lacks it (planned in
   * src/template/addColumn.ts); only on the user's word: validating never adds columns.
   */
  addLastYearColumn(): Promise<Outcome<AddColumnResult>>;
  /**
   * Calls back (debounced by the caller) when staff change the template's entries; returns a stop function.
   * `resultsChanged`: someone else than the add-in changed its own result columns (Ctrl+Z of a re-check's step with
   * ExcelApi 1.20, a status typed over): the sheet's results may no longer match its figures. Not a reason to re-check
   * (that would be a new step of Ctrl+Z each time); only where Excel says who changed cells (ExcelApi 1.14).
   */
  watchChanges(listener: () => void, resultsChanged?: () => void): Promise<Outcome<() => void>>;
}
