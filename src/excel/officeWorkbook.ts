/** The Workbook interface inside Excel, through Office.js: a handful of syncs per action, whatever the size. */

import { DEFAULT_TOLERANCE, chosenPeriodText, problem, type Catalogue, type LeadAgency } from "../core";
import { COLUMN_COUNT, tableColumns } from "../template";
import type {
  InsertMode,
  InsertResult,
  Outcome,
  TemplateInfo,
  ValidateOptions,
  ValidationReport,
  Workbook,
} from "../workbook/types";
import { addLastYearColumn } from "./addColumn";
import { againIfRulesGone, attempt, attemptWrite, KnownProblem, officeHost, ownWrites, type ExcelHost } from "./host";
import { insertSheet } from "./insert";
import { readStatusWrap, readTemplates, type ReadOptions, type TemplateRead, type WorkbookRead } from "./read";
import { dropBrokenMarkers, fitStatus, replaceHighlights, sameContents, statusWraps, writeColumns } from "./results";
import { officeCreateWorkbook, OfficeRound, type CreateWorkbook } from "./round";
import { onlyColumns, ownColumns, WORKBOOK_HANDLER, type Watch } from "./watch";

// Kept importable from here, where it used to live.
export { onlyColumns } from "./watch";

const TOLERANCE_SETTING = "chiTieu.tolerance";

/** Excel's autofilter pattern for "contains": *, ? and ~ are escaped with ~. */
export function containsPattern(text: string): string {
  return `=*${text.replace(/[~*?]/g, (c) => `~${c}`)}*`;
}

export class OfficeWorkbook implements Workbook {
  /**
   * The template sheets last found, by sheet id (names change when staff rename a sheet), with the
   * columns validation writes in each. A change event names its sheet by id.
   */
  private readonly known = new Map<string, (number | undefined)[]>();
  private watch?: Watch;
  /** The reporting round's part of the interface (src/excel/round.ts). */
  private readonly round: OfficeRound;

  constructor(
    private readonly catalogue: Catalogue,
    private readonly host: ExcelHost = officeHost(),
    createWorkbook: CreateWorkbook = officeCreateWorkbook
  ) {
    this.round = new OfficeRound(catalogue, host, createWorkbook);
  }

  readRound: Workbook["readRound"] = () => this.round.readRound();
  openNewWorkbook: Workbook["openNewWorkbook"] = (base64) => this.round.openNewWorkbook(base64);
  applyMerge: Workbook["applyMerge"] = (sources, options) => this.round.applyMerge(sources, options);
  writeNote: Workbook["writeNote"] = (code, text) => this.round.writeNote(code, text);
  // Loaded when asked for: statically, the report's wording and layout add 6.7 KB gzip to the pane's start.
  writeReport: Workbook["writeReport"] = (o) =>
    attempt(this.host, async (c) =>
      (await import(/* webpackChunkName: "report" */ "./report")).writeReportSheet(c, this.catalogue, this.host, o)
    );
  addLastYearColumn: Workbook["addLastYearColumn"] = () =>
    attempt(this.host, (context) => addLastYearColumn(context, this.catalogue, this.host));

  /** Validation (and the rest) need one template; this says so when the workbook has none. */
  private firstTemplate(book: WorkbookRead): TemplateRead {
    const template = book.templates[0];
    if (!template) throw new KnownProblem(problem("sheet.noTemplate", { sheets: book.sheetNames }));
    return template;
  }

  private writable(book: WorkbookRead, template: TemplateRead): void {
    if (book.readOnly) throw new KnownProblem(problem("excel.readOnly", {}));
    if (template.protected) throw new KnownProblem(problem("excel.protected", { sheet: template.name }));
  }

  /**
   * Reads the templates and remembers them by sheet id. When the listener hears sheet by sheet
   * (before ExcelApi 1.9), a template it does not hear yet (a replaced or copied sheet: handlers do
   * not follow) gets a handler, registered by the caller's next sync.
   */
  private async read(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookRead> {
    const book = await readTemplates(context, this.catalogue, options);
    this.known.clear();
    for (const template of book.templates) {
      this.known.set(template.id, ownColumns(template));
      this.listenTo(template.sheet, template.id);
    }
    // Handlers of deleted sheets are gone with them.
    const ids = new Set(book.sheets.map((s) => s.id));
    for (const id of this.watch?.handlers.keys() ?? []) {
      if (id !== WORKBOOK_HANDLER && !ids.has(id)) this.watch?.handlers.delete(id);
    }
    return book;
  }

  /** Queues a change handler on a template sheet when the listener needs one there. */
  private listenTo(sheet: Excel.Worksheet, id: string): void {
    const watch = this.watch;
    if (!watch || watch.stopped || watch.workbookLevel || watch.handlers.has(id)) return;
    watch.handlers.set(
      id,
      sheet.onChanged.add((event) => this.changed(watch, event))
    );
  }

  private async changed(watch: Watch, event: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (watch.stopped) return;
    // ExcelApi 1.14 says who changed the cells: the add-in's own writes are not staff's edits.
    if (this.host.supports("1.14") && event.triggerSource === "ThisLocalAddin") return;
    const columns = this.known.get(event.worksheetId);
    if (!columns) return;
    if (onlyColumns(event.address, columns)) {
      // Not ours, yet only in our columns (Ctrl+Z of a re-check with ExcelApi 1.20, a status typed over): the results
      // may no longer match the figures, and re-checking would only add a step that Ctrl+Z takes back first. Before
      // 1.14 (no triggerSource) such a change cannot be told from our own writes' events: the address is all we have.
      if (this.host.supports("1.14")) watch.resultsChanged?.();
      return;
    }
    watch.listener();
  }

  findTemplates(): Promise<Outcome<TemplateInfo[]>> {
    return attempt(this.host, async (context) => {
      const book = await this.read(context, { tolerance: DEFAULT_TOLERANCE });
      // A handler queued for a newly found template is registered here.
      if (this.watch && !this.watch.workbookLevel) await context.sync();
      return book.templates.map((t) => ({ sheet: t.name, period: t.judged.located.period }));
    });
  }

  insertTemplate(mode: InsertMode): Promise<Outcome<InsertResult>> {
    // Not an undo group (ExcelApi 1.20): inserting beside writes in one sync, already one step of Ctrl+Z in Excel on
    // Windows and Mac (on the web the marker's comment, NamedItem.comment, is not undoable: the stack may be emptied);
    // replacing deletes and renames sheets, which Excel cannot undo (UndoNotSupported in a group; it empties the stack).
    return attempt(this.host, async (context): Promise<InsertResult> => {
      const { result, sheet } = await insertSheet(context, this.catalogue, this.host, mode);
      if (!sheet) return result;
      // The new sheet is a template the change listener must hear (the replaced one's handler died with it).
      this.known.set(sheet.id, ownColumns(undefined));
      this.listenTo(sheet, sheet.id);
      if (this.watch && !this.watch.workbookLevel) await context.sync();
      return result;
    });
  }

  validate(options: ValidateOptions): Promise<Outcome<ValidationReport>> {
    return againIfRulesGone((writeSync) => this.validateOnce(options, writeSync));
  }

  private validateOnce(
    options: ValidateOptions,
    writeSync: (sync: Promise<void>) => Promise<void>
  ): Promise<Outcome<ValidationReport>> {
    return attemptWrite(this.host, async (context) => {
      const book = await this.read(context, {
        ...options,
        highlights: true,
        mergedAreas: this.host.supports("1.13"),
        calculation: { canCalculate: this.host.supports("1.1") },
        // A merged workbook's open conflicts: their rows are to check, not judged on what the cell still holds.
        log: true,
      });
      const first = this.firstTemplate(book);
      for (const template of book.templates) this.writable(book, template);
      const period = (template: TemplateRead) => {
        const { periodCell, periodYear } = template.judged.located;
        if (options.period === undefined || !periodCell) return undefined;
        return { ...periodCell, text: chosenPeriodText(options.period, periodYear) };
      };
      // Nothing written when nothing would change (see `sameContents`): Ctrl+Z keeps the person's own edits. The wrap
      // of `Đánh giá` is read (a sync more) only when all else is the same: otherwise it is written anyway.
      const same =
        book.markers.every((m) => m.sheet !== undefined) &&
        book.templates.every((t) => sameContents(t, { ...t.judged.writes, period: period(t) }, t.judged.highlights));
      if (same) {
        await readStatusWrap(context, book.templates);
        if (book.templates.every(statusWraps)) return first.judged.report;
      }
      await ownWrites(this.host, context, async () => {
        for (const template of book.templates) {
          const { writes, highlights } = template.judged;
          const write = period(template);
          if (write) template.sheet.getRangeByIndexes(write.row, write.col, 1, 1).values = [[write.text]];
          writeColumns(template, writes);
          fitStatus(template, writes.statusFit);
          replaceHighlights(template, highlights);
        }
        dropBrokenMarkers(context, book.markers);
        await writeSync(context.sync());
      });
      return first.judged.report;
    });
  }

  clearHighlights(): Promise<Outcome<void>> {
    return againIfRulesGone((writeSync) => this.clearOnce(writeSync));
  }

  private clearOnce(writeSync: (sync: Promise<void>) => Promise<void>): Promise<Outcome<void>> {
    return attemptWrite(this.host, async (context) => {
      const book = await this.read(context, { tolerance: DEFAULT_TOLERANCE, highlights: true });
      this.firstTemplate(book);
      for (const template of book.templates) this.writable(book, template);
      await ownWrites(this.host, context, async () => {
        for (const template of book.templates) {
          writeColumns(template, template.judged.clearWrites);
          fitStatus(template, template.judged.clearWrites.statusFit);
          replaceHighlights(template, []);
        }
        await writeSync(context.sync());
      });
    });
  }

  selectRow(code: string): Promise<Outcome<void>> {
    return attempt(this.host, async (context) => {
      const book = await this.read(context, { tolerance: DEFAULT_TOLERANCE });
      const template = this.firstTemplate(book);
      const { located } = template.judged;
      const row = located.rows.get(code);
      if (row === undefined) {
        throw new KnownProblem(problem("sheet.missingRow", { sheet: template.name, code }));
      }
      const { firstCol, cols } = tableColumns(located);
      template.sheet.activate();
      template.sheet.getRangeByIndexes(row, firstCol, 1, cols).select();
      await context.sync();
    });
  }

  filterByAgency(agency: LeadAgency | null): Promise<Outcome<void>> {
    const autoFilter = this.host.supports("1.9");
    return attempt(this.host, async (context) => {
      const book = await this.read(context, { tolerance: DEFAULT_TOLERANCE, autoFilter });
      const template = this.firstTemplate(book);
      // Excel refuses AutoFilter and hiding rows on a protected sheet (default protection), read-only or not.
      if (template.protected) throw new KnownProblem(problem("excel.protected", { sheet: template.name }));
      const { located } = template.judged;
      const leadCol = located.columns.lead;
      if (leadCol === undefined) {
        throw new KnownProblem(problem("sheet.missingColumn", { sheet: template.name, column: "Cơ quan chủ trì" }));
      }
      const { firstCol, cols } = tableColumns(located);
      const lastRow = Math.max(located.headerRow, ...located.rows.values());
      if (autoFilter && template.autoFilter) {
        if (agency === null) {
          if (template.autoFilter.enabled) template.autoFilter.clearCriteria();
        } else {
          const range = template.sheet.getRangeByIndexes(
            located.headerRow,
            firstCol,
            lastRow - located.headerRow + 1,
            cols
          );
          template.autoFilter.apply(range, leadCol - firstCol, {
            filterOn: "Custom",
            criterion1: containsPattern(agency),
          });
        }
      } else {
        // Without AutoFilter (before ExcelApi 1.9): hide the template rows of other agencies.
        for (const [code, row] of located.rows) {
          const lead = this.catalogue.byCode.get(code)?.lead ?? [];
          const hidden = agency !== null && !lead.includes(agency);
          template.sheet.getRangeByIndexes(row, 0, 1, COLUMN_COUNT).rowHidden = hidden;
        }
      }
      await context.sync();
    });
  }

  loadTolerance(): Promise<Outcome<number | undefined>> {
    return attempt(this.host, async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(TOLERANCE_SETTING);
      setting.load("value");
      await context.sync();
      if (setting.isNullObject) return undefined;
      const value = Number(setting.value);
      return Number.isFinite(value) && value >= 0 && value < 1 ? value : undefined;
    });
  }

  saveTolerance(tolerance: number): Promise<Outcome<void>> {
    return attempt(this.host, async (context) => {
      context.workbook.settings.add(TOLERANCE_SETTING, tolerance);
      await context.sync();
    });
  }

  watchChanges(listener: () => void, resultsChanged?: () => void): Promise<Outcome<() => void>> {
    this.stopWatching();
    const workbookLevel = this.host.supports("1.9");
    const watch: Watch = { listener, resultsChanged, workbookLevel, handlers: new Map(), stopped: false };
    return attempt(this.host, async (context) => {
      if (watch.workbookLevel) {
        // ExcelApi 1.9: one handler hears every sheet, including a template drawn or copied later.
        const handler = context.workbook.worksheets.onChanged.add((event) => this.changed(watch, event));
        watch.handlers.set(WORKBOOK_HANDLER, handler);
      }
      this.watch = watch;
      // Before 1.9: a handler on each template sheet found now, and on each found later (see read).
      await this.read(context, { tolerance: DEFAULT_TOLERANCE });
      await context.sync();
      return () => this.stopWatching(watch);
    });
  }

  /** Removes the handlers, each in the context of the run that added it (as Office.js requires). */
  private stopWatching(watch = this.watch): void {
    if (!watch) return;
    watch.stopped = true;
    if (this.watch === watch) this.watch = undefined;
    for (const handler of watch.handlers.values()) {
      // One run each: the handler of a sheet deleted since would fail the others' removal.
      void this.host
        .runIn(handler.context, async (context) => {
          handler.remove();
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one Excel.run per handler, each with one sync
          await context.sync();
        })
        .catch(() => undefined);
    }
    watch.handlers.clear();
  }
}
