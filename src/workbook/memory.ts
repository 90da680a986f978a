/**
 * A workbook held in memory that behaves as the Office.js adapter does (same template, same
 * statuses, same findings), so the task pane runs outside Excel: in the browser preview and tests.
 */

import { chosenPeriodText, problem, type Catalogue, type CellValue, type LeadAgency, type Problem } from "../core";
import {
  buildTemplate,
  chooseTemplate,
  COLUMN_COUNT,
  columnLetter,
  blankCovered,
  judgeSheet,
  planLastYearColumn,
  withColumnInserted,
  type SheetGrid,
} from "../template";
import type { MergePlan, MergeSource, RoundSheet } from "../round";
// The name alone: the log is read by the round part, loaded when the workbook has one.
import { LOG_SHEET } from "../round/logSheet";
import {
  blank,
  fitStatus,
  memorySheet,
  putCell,
  type FoundTemplate,
  type JudgeAllOptions,
  type MemoryBook,
  type MemorySheet,
} from "./memorySheet";
// The round's and the report's parts are loaded when first used: in the preview they are not part of its first script.
const roundPart = () => import(/* webpackChunkName: "memory-round" */ "./memoryRound");
const reportPart = () => import(/* webpackChunkName: "memory-report" */ "./memoryReport");
import type {
  AddColumnResult,
  InsertMode,
  InsertResult,
  Outcome,
  TemplateInfo,
  ValidateOptions,
  ValidationReport,
  Workbook,
  WriteReportOptions,
  WriteReportResult,
} from "./types";

export { memorySheet, type MemoryCell, type MemorySheet } from "./memorySheet";

export class MemoryWorkbook implements Workbook, MemoryBook {
  sheets: MemorySheet[] = [{ name: "Sheet1", cells: [], highlights: [], hiddenRows: new Set(), protected: false }];
  activeSheet = "Sheet1";
  selection: { sheet: string; row: number } | undefined;
  settings = new Map<string, unknown>();
  readOnly = false;
  /** How long each action takes, to show progress in the preview as Excel would take its time. */
  latencyMs = 0;
  private listeners = new Set<() => void>();
  private viewers = new Set<() => void>();

  constructor(readonly catalogue: Catalogue) {}

  /** Something that draws the workbook (the preview's sheet) is told of every change. */
  subscribe(viewer: () => void): () => void {
    this.viewers.add(viewer);
    return () => this.viewers.delete(viewer);
  }

  private changed(): void {
    for (const v of this.viewers) v();
  }

  private async pause(): Promise<void> {
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
  }

  /** A sheet by name, case ignored, as Excel finds one (worksheets.getItem). */
  sheet(name: string): MemorySheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  /** Staff typing or pasting into a cell: change listeners hear of it, as Excel's onChanged. */
  setCell(sheetName: string, row: number, col: number, value: CellValue, numberFormat?: string): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) return;
    putCell(sheet, row, col, value, numberFormat);
    this.changed();
    for (const l of this.listeners) l();
  }

  /** The sheet as every reader reads it (the report's reader too, in tests). */
  grid(sheet: MemorySheet): SheetGrid {
    const values = sheet.cells.map((r) => r.map((c) => c.value));
    blankCovered(values, sheet.merges ?? []);
    return {
      sheet: sheet.name,
      values,
      numberFormats: sheet.cells.map((r) => r.map((c) => c.numberFormat)),
      rowOffset: 0,
      colOffset: 0,
      merged: sheet.merges ?? [],
    };
  }

  /** Every template sheet judged (the round's and the report's parts read through it too). */
  judgeAll(options: JudgeAllOptions): FoundTemplate[] {
    const found: FoundTemplate[] = [];
    for (const sheet of this.sheets) {
      const judged = judgeSheet(this.grid(sheet), this.catalogue, options);
      if (judged) found.push({ sheet, judged });
    }
    // The sheet the person is looking at first, the others named in a warning (src/template/choose.ts).
    return chooseTemplate(
      found.map((f) => ({ ...f, name: f.sheet.name })),
      [{ sheets: [this.activeSheet], by: "active" }]
    );
  }

  noTemplate(): Problem {
    return problem("sheet.noTemplate", { sheets: this.sheets.map((s) => s.name) });
  }

  private writeColumn(
    sheet: MemorySheet,
    write: { row: number; col: number; values: (string | number)[][] } | undefined
  ) {
    if (!write) return;
    write.values.forEach(([v], i) => {
      const row = sheet.cells[write.row + i];
      while (row.length <= write.col) row.push(blank());
      row[write.col] = { ...row[write.col], value: v === "" ? null : v };
    });
  }

  async findTemplates(): Promise<Outcome<TemplateInfo[]>> {
    await this.pause();
    return {
      ok: true,
      value: this.judgeAll({ tolerance: 0.05 }).map(({ sheet, judged }) => ({
        sheet: sheet.name,
        period: judged.located.period,
      })),
    };
  }

  async insertTemplate(mode: InsertMode): Promise<Outcome<InsertResult>> {
    await this.pause();
    if (this.readOnly) return { ok: false, error: problem("excel.readOnly", {}) };
    const existing = this.judgeAll({ tolerance: 0.05 }).map((t) => t.sheet.name);
    const base = buildTemplate(this.catalogue);
    if (this.sheet(base.name) && !existing.includes(base.name)) existing.push(base.name);
    if (existing.length > 0 && mode === "ask") return { ok: true, value: { status: "exists", sheets: existing } };
    if (mode === "replace") {
      const templates = new Set(this.judgeAll({ tolerance: 0.05 }).map((t) => t.sheet.name));
      this.sheets = this.sheets.filter((s) => !templates.has(s.name));
    }
    let name = base.name;
    for (let n = 2; this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()); n++)
      name = `${base.name} (${n})`;
    const template = { ...base, name };
    this.sheets.push(memorySheet(template));
    this.activeSheet = name;
    this.selection = { sheet: name, row: template.periodCell.row };
    this.changed();
    return { ok: true, value: { status: "inserted", sheet: name, printSetup: true } };
  }

  async validate(options: ValidateOptions): Promise<Outcome<ValidationReport>> {
    await this.pause();
    // A merged workbook's open conflicts are rows to check: the round's part reads the log, loaded only then.
    const disputed = this.sheet(LOG_SHEET) ? (await roundPart()).disputesIn(this) : undefined;
    const found = this.judgeAll({ ...options, disputed });
    if (found.length === 0) return { ok: false, error: this.noTemplate() };
    if (this.readOnly) return { ok: false, error: problem("excel.readOnly", {}) };
    const locked = found.find((f) => f.sheet.protected);
    if (locked) return { ok: false, error: problem("excel.protected", { sheet: locked.sheet.name }) };
    for (const { sheet, judged } of found) {
      const { located, writes, highlights } = judged;
      if (options.period !== undefined && located.periodCell) {
        sheet.cells[located.periodCell.row][located.periodCell.col].value = chosenPeriodText(
          options.period,
          located.periodYear
        );
      }
      this.writeColumn(sheet, writes.percent);
      this.writeColumn(sheet, writes.status);
      fitStatus(sheet, writes.statusFit);
      sheet.highlights = highlights;
    }
    this.changed();
    return { ok: true, value: found[0].judged.report };
  }

  async clearHighlights(): Promise<Outcome<void>> {
    await this.pause();
    const found = this.judgeAll({ tolerance: 0.05 });
    if (found.length === 0) return { ok: false, error: this.noTemplate() };
    for (const { sheet, judged } of found) {
      const writes = judged.clearWrites;
      this.writeColumn(sheet, writes.percent);
      this.writeColumn(sheet, writes.status);
      fitStatus(sheet, writes.statusFit);
      sheet.highlights = [];
    }
    this.changed();
    return { ok: true, value: undefined };
  }

  async selectRow(code: string): Promise<Outcome<void>> {
    await this.pause();
    const [first] = this.judgeAll({ tolerance: 0.05 });
    if (!first) return { ok: false, error: this.noTemplate() };
    const row = first.judged.located.rows.get(code);
    if (row === undefined) return { ok: false, error: problem("sheet.missingRow", { sheet: first.sheet.name, code }) };
    this.activeSheet = first.sheet.name;
    this.selection = { sheet: first.sheet.name, row };
    this.changed();
    return { ok: true, value: undefined };
  }

  async filterByAgency(agency: LeadAgency | null): Promise<Outcome<void>> {
    await this.pause();
    const [first] = this.judgeAll({ tolerance: 0.05 });
    if (!first) return { ok: false, error: this.noTemplate() };
    const { sheet, judged } = first;
    sheet.hiddenRows = new Set();
    if (agency !== null) {
      for (const [code, row] of judged.located.rows) {
        if (!(this.catalogue.byCode.get(code)?.lead ?? []).includes(agency)) sheet.hiddenRows.add(row);
      }
    }
    this.changed();
    return { ok: true, value: undefined };
  }

  /** As Excel inserts a whole column: every row's cells from it on move right; then the plan's formats and header. */
  async addLastYearColumn(): Promise<Outcome<AddColumnResult>> {
    await this.pause();
    const [first] = this.judgeAll({ tolerance: 0.05 });
    if (!first) return { ok: false, error: this.noTemplate() };
    const { sheet } = first;
    const decision = planLastYearColumn(first.judged.located, this.catalogue);
    if (decision.kind === "problem") return { ok: false, error: decision.problem };
    if (decision.kind === "present") return { ok: true, value: { status: "present", sheet: sheet.name } };
    if (this.readOnly) return { ok: false, error: problem("excel.readOnly", {}) };
    if (sheet.protected) return { ok: false, error: problem("excel.protected", { sheet: sheet.name }) };
    const { plan } = decision;
    for (const line of sheet.cells) if (line.length > plan.col) line.splice(plan.col, 0, blank());
    for (const cell of plan.cells) putCell(sheet, cell.row, plan.col, null, cell.numberFormat);
    putCell(sheet, plan.header.row, plan.col, plan.header.text);
    if (sheet.template) sheet.template = withColumnInserted(sheet.template, plan);
    // Conditional formats move and grow with the columns, as in Excel; the next validation replaces them.
    sheet.highlights = sheet.highlights.map((h) => {
      const { area } = h;
      if (area.col >= plan.col) return { ...h, area: { ...area, col: area.col + 1 } };
      return area.col + area.cols > plan.col ? { ...h, area: { ...area, cols: area.cols + 1 } } : h;
    });
    this.changed();
    return { ok: true, value: { status: "added", sheet: sheet.name, column: columnLetter(plan.col) } };
  }

  async loadTolerance(): Promise<Outcome<number | undefined>> {
    const v = this.settings.get("chiTieu.tolerance");
    return { ok: true, value: typeof v === "number" ? v : undefined };
  }

  async saveTolerance(tolerance: number): Promise<Outcome<void>> {
    this.settings.set("chiTieu.tolerance", tolerance);
    return { ok: true, value: undefined };
  }

  async watchChanges(listener: () => void): Promise<Outcome<() => void>> {
    this.listeners.add(listener);
    return { ok: true, value: () => this.listeners.delete(listener) };
  }

  /** Every workbook openNewWorkbook opened (base64 .xlsx), as the new windows Excel would open. */
  opened: string[] = [];

  /** The round's and the report's parts (memoryRound.ts, memoryReport.ts) change the sheets; drawing follows on success. */
  private async act<T>(
    part: () => Promise<Outcome<T>>,
    changes: (o: Outcome<T>) => boolean = (o) => o.ok
  ): Promise<Outcome<T>> {
    await this.pause();
    const outcome = await part();
    if (changes(outcome)) this.changed();
    return outcome;
  }

  readRound(): Promise<Outcome<RoundSheet>> {
    return this.act(
      async () => (await roundPart()).readRound(this),
      () => false
    );
  }

  async openNewWorkbook(base64: string): Promise<Outcome<void>> {
    await this.pause();
    const outcome = (await roundPart()).checkNewWorkbook(base64);
    if (outcome.ok) this.opened.push(base64);
    return outcome;
  }

  applyMerge(
    sources: readonly MergeSource[],
    options: { keepExisting?: boolean; when: string }
  ): Promise<Outcome<MergePlan>> {
    return this.act(async () => (await roundPart()).applyMerge(this, sources, options));
  }

  writeNote(code: string, text: string): Promise<Outcome<void>> {
    return this.act(async () => (await roundPart()).writeNote(this, code, text));
  }

  writeReport(options: WriteReportOptions): Promise<Outcome<WriteReportResult>> {
    return this.act(
      async () => (await reportPart()).writeReport(this, options),
      (o) => o.ok && o.value.status === "written"
    );
  }

  /** The number of columns the template spans, for drawing. */
  static readonly columns = COLUMN_COUNT;
}
