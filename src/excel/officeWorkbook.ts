/** The Workbook interface inside Excel, through Office.js: a handful of syncs per action, whatever the size. */

import { DEFAULT_TOLERANCE, PERIOD_CELL_TEXT, problem, type Catalogue, type LeadAgency } from "../core";
import {
  buildTemplate,
  COLUMN_COUNT,
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
import { attempt, KnownProblem, officeHost, type ExcelHost } from "./host";
import { readTemplates, readWorkbook, type TemplateRead, type WorkbookRead } from "./read";

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

export class OfficeWorkbook implements Workbook {
  constructor(
    private readonly catalogue: Catalogue,
    private readonly host: ExcelHost = officeHost()
  ) {}

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

  findTemplates(): Promise<Outcome<TemplateInfo[]>> {
    return attempt(this.host, async (context) => {
      const book = await readTemplates(context, this.catalogue, { tolerance: DEFAULT_TOLERANCE });
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
      // Add before deleting: a workbook cannot lose its last sheet.
      const sheet = sheets.add(uniqueSheetName(`${name} mới`, book.sheetNames));
      for (const old of replaced) sheets.getItem(old).delete();
      // Markers of replaced sheets, and markers whose sheet is gone (#REF!), go with them.
      const dropped = book.markers.filter((m) => m.sheet === undefined || replaced.includes(m.sheet));
      for (const marker of dropped) context.workbook.names.getItem(marker.name).delete();
      sheet.name = name;
      const features = { cellProperties: this.host.supports("1.9"), pageLayout: this.host.supports("1.9") };
      const header = drawTemplate(sheet, { ...template, name }, features);
      const used = new Set(book.markers.filter((m) => !dropped.includes(m)).map((m) => m.name));
      let n = 1;
      while (used.has(`${MARKER_PREFIX}_${n}`)) n++;
      context.workbook.names.add(`${MARKER_PREFIX}_${n}`, header, template.marker.comment);
      sheet.activate();
      sheet.getRangeByIndexes(template.periodCell.row, template.periodCell.col, 1, 1).select();
      await context.sync();
      return { status: "inserted", sheet: name, printSetup: features.pageLayout };
    });
  }

  validate(options: ValidateOptions): Promise<Outcome<ValidationReport>> {
    return attempt(this.host, async (context) => {
      const book = await readTemplates(context, this.catalogue, { ...options, highlights: true });
      const first = this.firstTemplate(book);
      for (const template of book.templates) this.writable(book, template);
      // Our own writes must not wake the change listener.
      context.runtime.enableEvents = false;
      for (const template of book.templates) {
        const { located, writes, highlights } = template.judged;
        if (options.period !== undefined && located.periodCell) {
          template.sheet.getRangeByIndexes(located.periodCell.row, located.periodCell.col, 1, 1).values = [
            [PERIOD_CELL_TEXT[options.period]],
          ];
        }
        writeColumns(template, writes);
        this.replaceHighlights(template, highlights);
      }
      context.runtime.enableEvents = true;
      await context.sync();
      return first.judged.report;
    });
  }

  private replaceHighlights(template: TemplateRead, rules: HighlightRule[]): void {
    for (const format of template.ownHighlights) format.delete();
    for (const rule of rules) {
      const { row, col, rows, cols } = rule.area;
      const format = template.sheet.getRangeByIndexes(row, col, rows, cols).conditionalFormats.add("Custom");
      format.custom.rule.formula = rule.formula;
      format.custom.format.fill.color = rule.fill;
      format.custom.format.font.color = rule.fontColor;
    }
  }

  clearHighlights(): Promise<Outcome<void>> {
    return attempt(this.host, async (context) => {
      const book = await readTemplates(context, this.catalogue, { tolerance: DEFAULT_TOLERANCE, highlights: true });
      this.firstTemplate(book);
      for (const template of book.templates) this.writable(book, template);
      context.runtime.enableEvents = false;
      for (const template of book.templates) {
        writeColumns(template, template.judged.clearWrites);
        this.replaceHighlights(template, []);
      }
      context.runtime.enableEvents = true;
      await context.sync();
    });
  }

  selectRow(code: string): Promise<Outcome<void>> {
    return attempt(this.host, async (context) => {
      const book = await readTemplates(context, this.catalogue, { tolerance: DEFAULT_TOLERANCE });
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
      const book = await readTemplates(context, this.catalogue, { tolerance: DEFAULT_TOLERANCE, autoFilter });
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
    const ownSource = this.host.supports("1.14");
    return attempt(this.host, async (context) => {
      const book = await readTemplates(context, this.catalogue, { tolerance: DEFAULT_TOLERANCE });
      const ownColumns = new Map(
        book.templates.map((t) => [t.name, [t.judged.located.columns.percent, t.judged.located.columns.status]])
      );
      let stopped = false;
      const handlers = book.templates.map((template) =>
        template.sheet.onChanged.add(async (event) => {
          if (stopped) return;
          if (ownSource && event.triggerSource === "ThisLocalAddin") return;
          if (onlyColumns(event.address, ownColumns.get(template.name) ?? [])) return;
          listener();
        })
      );
      await context.sync();
      return () => {
        stopped = true;
        for (const handler of handlers) {
          handler.remove();
          void handler.context.sync().catch(() => undefined);
        }
      };
    });
  }
}

/** Writes the two result columns, each in one range (rows staff inserted keep their formulas). */
function writeColumns(template: TemplateRead, writes: ResultWrites): void {
  for (const write of [writes.percent, writes.status]) {
    if (write) template.sheet.getRangeByIndexes(write.row, write.col, write.values.length, 1).formulas = write.values;
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
