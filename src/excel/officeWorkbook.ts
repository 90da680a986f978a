/** The Workbook interface inside Excel, through Office.js: a handful of syncs per action, whatever the size. */

import { DEFAULT_TOLERANCE, PERIOD_CELL_TEXT, problem, type Catalogue, type LeadAgency } from "../core";
import {
  buildTemplate,
  COLUMN_COUNT,
  COLUMNS,
  MARKER_PREFIX,
  type HighlightRule,
  type ResultWrites,
  type LocatedTemplate,
} from "../template";
import type {
  InsertMode,
  InsertResult,
  Outcome,
  TemplateInfo,
  ValidateOptions,
  ValidationReport,
  Workbook,
} from "../workbook/types";
import { drawTemplate } from "./draw";
import { attempt, KnownProblem, officeHost, ownWrites, type ExcelHost } from "./host";
import {
  readTemplates,
  readWorkbook,
  type Marker,
  type ReadOptions,
  type TemplateRead,
  type WorkbookRead,
} from "./read";
import { officeCreateWorkbook, OfficeRound, type CreateWorkbook } from "./round";

const TOLERANCE_SETTING = "chiTieu.tolerance";

/** Sheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
function uniqueSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** Excel's autofilter pattern for "contains": *, ? and ~ are escaped with ~. */
export function containsPattern(text: string): string {
  return `=*${text.replace(/[~*?]/g, (c) => `~${c}`)}*`;
}

function span(located: LocatedTemplate): { firstCol: number; cols: number } {
  const cols = Object.values(located.columns) as number[];
  const firstCol = Math.min(...cols);
  return { firstCol, cols: Math.max(...cols) - firstCol + 1 };
}

type ChangeHandler = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

/** A change listener and the handlers that feed it. */
interface Watch {
  listener: () => void;
  /** ExcelApi 1.9: one handler on the whole collection of worksheets hears every sheet, present or future. */
  workbookLevel: boolean;
  /** Handlers by sheet id (or "workbook"), each removed in the context of the run that added it. */
  handlers: Map<string, ChangeHandler>;
  stopped: boolean;
}

const WORKBOOK_HANDLER = "workbook";

/** The columns validation writes (`% so với KH`, `Đánh giá`): a change there alone is never staff's. */
function ownColumns(template: TemplateRead | undefined): (number | undefined)[] {
  if (!template) return COLUMNS.flatMap((c, i) => (c.key === "percent" || c.key === "status" ? [i] : []));
  const { columns } = template.judged.located;
  return [columns.percent, columns.status];
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
    if (onlyColumns(event.address, columns)) return;
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
    return attempt(this.host, async (context): Promise<InsertResult> => {
      const book = await readWorkbook(context);
      if (book.readOnly) throw new KnownProblem(problem("excel.readOnly", {}));
      const template = buildTemplate(this.catalogue);
      const marked = [...new Set(book.markers.map((m) => m.sheet).filter((s): s is string => s !== undefined))];
      const existing = marked.filter((s) => book.sheetNames.includes(s));
      if (book.sheetNames.includes(template.name) && !existing.includes(template.name)) existing.push(template.name);
      if (existing.length > 0 && mode === "ask") return { status: "exists", sheets: existing };

      const sheets = context.workbook.worksheets;
      // Replace deletes only sheets that are templates (marked); any other sheet keeps its name and data.
      const replaced = mode === "replace" ? marked.filter((s) => book.sheetNames.includes(s)) : [];
      const remaining = book.sheetNames.filter((s) => !replaced.includes(s));
      const name = uniqueSheetName(template.name, remaining);
      const features = { cellProperties: this.host.supports("1.9"), pageLayout: this.host.supports("1.9") };

      // The new sheet is drawn and synced first, under a name of its own: a batch is not a
      // transaction, so had the old sheet been deleted in the same batch, a failure while drawing
      // would have lost the staff's figures. Now such a failure leaves the old sheet as it was.
      const sheet = sheets.add(uniqueSheetName(replaced.length > 0 ? `${name} mới` : name, book.sheetNames));
      sheet.load("id");
      const header = drawTemplate(sheet, { ...template, name }, features);
      if (replaced.length > 0) {
        try {
          await context.sync();
        } catch (error) {
          await discard(context, sheet);
          throw error;
        }
        for (const old of replaced) sheets.getItem(old).delete();
        sheet.name = name;
      }
      // Markers of replaced sheets, and markers whose sheet is gone (#REF!), go with them.
      const dropped = book.markers.filter((m) => m.sheet === undefined || replaced.includes(m.sheet));
      for (const marker of dropped) context.workbook.names.getItem(marker.name).delete();
      const used = new Set(book.markers.filter((m) => !dropped.includes(m)).map((m) => m.name));
      let n = 1;
      while (used.has(`${MARKER_PREFIX}_${n}`)) n++;
      context.workbook.names.add(`${MARKER_PREFIX}_${n}`, header, template.marker.comment);
      sheet.activate();
      sheet.getRangeByIndexes(template.periodCell.row, template.periodCell.col, 1, 1).select();
      try {
        await context.sync();
      } catch (error) {
        // Drawn in this same batch (nothing was replaced): a half-drawn sheet would pass for a template.
        if (replaced.length === 0) await discard(context, sheet);
        throw error;
      }
      // The new sheet is a template the change listener must hear (the replaced one's handler died with it).
      this.known.set(sheet.id, ownColumns(undefined));
      this.listenTo(sheet, sheet.id);
      if (this.watch && !this.watch.workbookLevel) await context.sync();
      return { status: "inserted", sheet: name, printSetup: features.pageLayout };
    });
  }

  validate(options: ValidateOptions): Promise<Outcome<ValidationReport>> {
    return attempt(this.host, async (context) => {
      const book = await this.read(context, { ...options, highlights: true });
      const first = this.firstTemplate(book);
      for (const template of book.templates) this.writable(book, template);
      await ownWrites(this.host, context, async () => {
        for (const template of book.templates) {
          const { located, writes, highlights } = template.judged;
          if (options.period !== undefined && located.periodCell) {
            template.sheet.getRangeByIndexes(located.periodCell.row, located.periodCell.col, 1, 1).values = [
              [PERIOD_CELL_TEXT[options.period]],
            ];
          }
          writeColumns(template, writes);
          replaceHighlights(template, highlights);
        }
        dropBrokenMarkers(context, book.markers);
        await context.sync();
      });
      return first.judged.report;
    });
  }

  clearHighlights(): Promise<Outcome<void>> {
    return attempt(this.host, async (context) => {
      const book = await this.read(context, { tolerance: DEFAULT_TOLERANCE, highlights: true });
      this.firstTemplate(book);
      for (const template of book.templates) this.writable(book, template);
      await ownWrites(this.host, context, async () => {
        for (const template of book.templates) {
          writeColumns(template, template.judged.clearWrites);
          replaceHighlights(template, []);
        }
        await context.sync();
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
      const { firstCol, cols } = span(located);
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
      const { located } = template.judged;
      const leadCol = located.columns.lead;
      if (leadCol === undefined) {
        throw new KnownProblem(problem("sheet.missingColumn", { sheet: template.name, column: "Cơ quan chủ trì" }));
      }
      const { firstCol, cols } = span(located);
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

  watchChanges(listener: () => void): Promise<Outcome<() => void>> {
    this.stopWatching();
    const watch: Watch = { listener, workbookLevel: this.host.supports("1.9"), handlers: new Map(), stopped: false };
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

/** Deletes a sheet whose drawing failed; if even that fails, the error that matters is still the drawing's. */
async function discard(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<void> {
  try {
    sheet.delete();
    await context.sync();
  } catch {
    // Nothing more to do here: the caller reports the first failure.
  }
}

/** Markers whose sheet was deleted (`=#REF!…`) name nothing: they go, so that none is taken for a template. */
function dropBrokenMarkers(context: Excel.RequestContext, markers: readonly Marker[]): void {
  for (const marker of markers) {
    if (marker.sheet === undefined) context.workbook.names.getItem(marker.name).delete();
  }
}

/** Deletes the add-in's previous highlights by id (never by position: that shifts), then adds the new ones. */
function replaceHighlights(template: TemplateRead, rules: HighlightRule[]): void {
  for (const id of template.ownHighlights) template.formats?.getItem(id).delete();
  for (const rule of rules) {
    const { row, col, rows, cols } = rule.area;
    const format = template.sheet.getRangeByIndexes(row, col, rows, cols).conditionalFormats.add("Custom");
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    format.custom.format.font.color = rule.fontColor;
  }
}

/**
 * Writes the two result columns as values, only on the template's own rows: a row staff inserted
 * is left as it is. Written back through `.formulas`, its text would be read as typed: `-` a
 * formula, `02.1` the number 2,1.
 */
function writeColumns(template: TemplateRead, writes: ResultWrites): void {
  const { located } = template.judged;
  const ours = new Set(located.rows.values());
  for (const write of [writes.percent, writes.status]) {
    if (!write) continue;
    // A column write that starts at the header renames an old header: that cell is ours too.
    const rows = write.row === located.headerRow ? new Set([...ours, located.headerRow]) : ours;
    let start = -1;
    for (let i = 0; i <= write.values.length; i++) {
      const own = i < write.values.length && rows.has(write.row + i);
      if (own && start < 0) start = i;
      if (!own && start >= 0) {
        template.sheet.getRangeByIndexes(write.row + start, write.col, i - start, 1).values = write.values.slice(
          start,
          i
        );
        start = -1;
      }
    }
  }
}

/** Whether an A1 address (e.g. `H7:I44`) lies entirely inside the given 0-based columns. */
export function onlyColumns(address: string, columns: readonly (number | undefined)[]): boolean {
  const letters = address.replace(/^.*!/, "").match(/[A-Z]+(?=\d|$|:)/g);
  if (!letters) return false;
  const index = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [from, to] = [index(letters[0]), index(letters[letters.length - 1])];
  for (let c = Math.min(from, to); c <= Math.max(from, to); c++) if (!columns.includes(c)) return false;
  return true;
}
