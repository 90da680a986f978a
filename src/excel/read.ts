/**
 * Reads the workbook's template sheets in two syncs, whatever their number of rows: first the
 * sheets and the markers, then each candidate sheet's used range (values, formats, formulas),
 * protection and conditional formats.
 */

import type { Catalogue, ReportingPeriod } from "../core";
import { judgeSheet, isOwnHighlight, MARKER_PREFIX, type JudgedSheet, type SheetGrid } from "../template";

export interface TemplateRead {
  sheet: Excel.Worksheet;
  name: string;
  grid: SheetGrid;
  judged: JudgedSheet;
  protected: boolean;
  /** The conditional formats a previous validation added (read when asked for). */
  ownHighlights: Excel.ConditionalFormat[];
  /** Loaded when asked for (ExcelApi 1.9). */
  autoFilter?: Excel.AutoFilter;
}

export interface WorkbookRead {
  readOnly: boolean;
  activeSheet: string;
  sheetNames: string[];
  /** Marker names and the sheet each points at. */
  markers: { name: string; sheet: string | undefined }[];
  templates: TemplateRead[];
}

export interface ReadOptions {
  tolerance: number;
  period?: ReportingPeriod;
  /** Load the conditional formats too (validate, clear). */
  highlights?: boolean;
  /** Load the auto filter (filter by agency, ExcelApi 1.9). */
  autoFilter?: boolean;
}

/** The sheet a name's formula refers to: `='Chỉ tiêu 2024'!$A$6:$L$6` → `Chỉ tiêu 2024`. */
export function sheetOfFormula(formula: unknown): string | undefined {
  if (typeof formula !== "string") return undefined;
  const quoted = /^=?'((?:[^']|'')+)'!/.exec(formula);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^=?([^'!]+)!/.exec(formula);
  return plain ? plain[1] : undefined;
}

/** Sync 1 of every operation: the sheets, the active one, the markers, read-only state. */
export async function readWorkbook(context: Excel.RequestContext): Promise<Omit<WorkbookRead, "templates">> {
  const workbook = context.workbook;
  workbook.load("readOnly");
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  const names = workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  return {
    readOnly: workbook.readOnly,
    activeSheet: active.name,
    sheetNames: sheets.items.map((s) => s.name),
    markers: names.items
      .filter((n) => n.name.startsWith(MARKER_PREFIX))
      .map((n) => ({ name: n.name, sheet: sheetOfFormula(n.formula) })),
  };
}

/** Sync 2: the template sheets' contents, judged. Marked sheets first; without markers, any sheet with the header. */
export async function readTemplates(
  context: Excel.RequestContext,
  catalogue: Catalogue,
  options: ReadOptions
): Promise<WorkbookRead> {
  const book = await readWorkbook(context);
  const marked = book.sheetNames.filter((name) => book.markers.some((m) => m.sheet === name));
  const candidates = marked.length > 0 ? marked : book.sheetNames;
  const loads = candidates.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const used = sheet.getUsedRangeOrNullObject();
    used.load("values,numberFormat,formulas,rowIndex,columnIndex");
    sheet.protection.load("protected");
    let formats: Excel.ConditionalFormatCollection | undefined;
    if (options.highlights) {
      formats = sheet.getRange().conditionalFormats;
      formats.load("items/type,items/customOrNullObject/rule/formula");
    }
    let autoFilter: Excel.AutoFilter | undefined;
    if (options.autoFilter) {
      // A navigation property, not a value: nothing to sync before reaching through it.
      // eslint-disable-next-line office-addins/call-sync-before-read
      autoFilter = sheet.autoFilter;
      autoFilter.load("enabled");
    }
    return { name, sheet, used, formats, autoFilter };
  });
  await context.sync();

  const templates: TemplateRead[] = [];
  for (const { name, sheet, used, formats, autoFilter } of loads) {
    if (used.isNullObject) continue;
    const grid: SheetGrid = {
      sheet: name,
      values: used.values,
      numberFormats: used.numberFormat,
      formulas: used.formulas,
      rowOffset: used.rowIndex,
      colOffset: used.columnIndex,
    };
    const judged = judgeSheet(grid, catalogue, { tolerance: options.tolerance, period: options.period });
    if (!judged) continue;
    const ownHighlights = (formats?.items ?? []).filter(
      (f) =>
        f.type === "Custom" && !f.customOrNullObject.isNullObject && isOwnHighlight(f.customOrNullObject.rule.formula)
    );
    templates.push({ sheet, name, grid, judged, protected: sheet.protection.protected, ownHighlights, autoFilter });
  }
  // The active sheet first: that is the one the person is looking at.
  templates.sort((a, b) => Number(b.name === book.activeSheet) - Number(a.name === book.activeSheet));
  return { ...book, templates };
}
