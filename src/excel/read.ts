/**
 * Reads the workbook's template sheets in three syncs whatever their number of rows: the sheets
 * and the markers; the size of each candidate sheet, its protection and conditional formats; then
 * the cells. A sheet too large to read whole is first searched for the header in its top rows, then
 * only the template's columns are read, in chunks: Excel on the web refuses a request or a response
 * over 5 MB (Request- or ResponsePayloadSizeLimitExceeded; "Resource limits and performance optimization for
 * Office Add-ins", learn.microsoft.com), and a workbook may hold a large sheet of other data.
 */

import { problem, type Catalogue, type ReportingPeriod } from "../core";
import {
  chooseTemplate,
  judgeSheet,
  isOwnHighlight,
  locateTemplate,
  MARKER_PREFIX,
  sheetOfFormula,
  type Area,
  type JudgedSheet,
  type ManualCalculation,
  type SheetGrid,
} from "../template";
import { disputesOf } from "../round";
import { ChunkedReader, CELLS_PER_SYNC } from "./chunked";
import { parseAreas } from "./mergedAreas";
import { KnownProblem } from "./host";
import { readLogSheet, type LogRead } from "./log";
import { runs } from "./results";

/** Rows searched for the header in a sheet too large to read whole (the template's header is row 6). */
export const HEADER_SEARCH_ROWS = 40;
/** Columns searched for the header there. */
export const HEADER_SEARCH_COLS = 40;

export interface TemplateRead {
  sheet: Excel.Worksheet;
  /** Excel's worksheet id: it stays when staff rename the sheet. */
  id: string;
  name: string;
  grid: SheetGrid;
  judged: JudgedSheet;
  protected: boolean;
  /** Ids of the conditional formats a previous validation added (read when asked for). */
  ownHighlights: string[];
  /** Those formats as they are, to tell whether validation would change them (undefined where not known). */
  ownRules: OwnRule[];
  /** The sheet's conditional formats, to delete ours from by id. */
  formats?: Excel.ConditionalFormatCollection;
  /** Loaded when asked for (ExcelApi 1.9). */
  autoFilter?: Excel.AutoFilter;
  /**
   * `format.wrapText` of `Đánh giá` on each run of the rows validation writes it (StatusFit), null where mixed; read by
   * readStatusWrap, only when nothing else would change.
   */
  statusWrap?: (boolean | null)[];
}

/** One of the add-in's conditional formats as Excel holds it. */
export interface OwnRule {
  formula: string;
  fill?: string;
  fontColor?: string;
  /** Undefined when not read, or not exactly one area (getRangeOrNullObject gives a null object for several). */
  area?: Area;
}

export interface Marker {
  name: string;
  /** The sheet it points at; undefined when that sheet was deleted (`=#REF!…`). */
  sheet: string | undefined;
}

export interface WorkbookRead {
  readOnly: boolean;
  /** Review › Protect Workbook (structure): Excel refuses to add, delete or rename a sheet (ExcelApi 1.7). */
  structureProtected: boolean;
  activeSheet: string;
  sheetNames: string[];
  /** Every sheet's name and id, in the workbook's order. */
  sheets: { name: string; id: string }[];
  /** Marker names and the sheet each points at. */
  markers: Marker[];
  /** Every workbook-scoped name and the sheet it points at (the report's markers are among them). */
  names: Marker[];
  templates: TemplateRead[];
  /** Set when Excel calculates by hand and the calculation was asked for (ReadOptions.calculation). */
  calculation?: ManualCalculation;
  /** The merge log, when asked for (ReadOptions.log). */
  log?: LogRead;
}

export interface ReadOptions {
  tolerance: number;
  period?: ReportingPeriod;
  /** Load the conditional formats too (validate, clear). */
  highlights?: boolean;
  /** Load the auto filter (filter by agency, ExcelApi 1.9). */
  autoFilter?: boolean;
  /**
   * Read the merged areas of each template sheet with its cells (ExcelApi 1.13): a figure or code under a merge
   * is then said instead of judged. Without it merges go unseen, as in Excel before 1.13.
   */
  mergedAreas?: boolean;
  /**
   * Look at Excel's calculation mode (validate, report): in Manual mode, have Excel calculate every formula before
   * the cells are read, when `canCalculate` (application.calculate, ExcelApi 1.1); the grids say what was done.
   */
  calculation?: { canCalculate: boolean };
  /**
   * Read the merge log too (validate, report, the round): the rows of its open conflicts are judged as to check. No
   * log sheet, no sync more.
   */
  log?: boolean;
}

export { sheetOfFormula };

/**
 * Refuses an action that must add a sheet (template, report, merge log) before it writes anything: a batch is not a
 * transaction, and what was queued before a refused `worksheets.add` would have happened without it.
 */
export function mustAddSheet(book: Pick<WorkbookRead, "readOnly" | "structureProtected">): void {
  if (book.readOnly) throw new KnownProblem(problem("excel.readOnly", {}));
  if (book.structureProtected) throw new KnownProblem(problem("excel.structureProtected", {}));
}

/**
 * Sync 1 of every operation: the sheets, the active one, the markers, read-only state and structure protection (and
 * the calculation mode).
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  calculation?: ReadOptions["calculation"]
): Promise<Omit<WorkbookRead, "templates">> {
  const workbook = context.workbook;
  workbook.load("readOnly");
  workbook.protection.load("protected");
  const application = calculation ? workbook.application : undefined;
  application?.load("calculationMode");
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/id,items/visibility");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  const names = workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  return {
    readOnly: workbook.readOnly,
    structureProtected: workbook.protection.protected,
    activeSheet: active.name,
    sheetNames: sheets.items.map((s) => s.name),
    sheets: sheets.items.map((s) => ({ name: s.name, id: s.id })),
    markers: names.items
      .filter((n) => n.name.startsWith(MARKER_PREFIX))
      .map((n) => ({ name: n.name, sheet: sheetOfFormula(n.formula) })),
    names: names.items.map((n) => ({ name: n.name, sheet: sheetOfFormula(n.formula) })),
    ...(application?.calculationMode === "Manual"
      ? { calculation: await calculateAll(context, calculation?.canCalculate === true) }
      : {}),
  };
}

/**
 * In Manual mode a formula keeps its old result after its parts change (07.1 = F20+F21 stays at the total before
 * 07.1.1 was corrected), and the pane would judge it with confidence. "Full" (Ctrl+Alt+F9) rather than
 * "Recalculate" (F9): F9 reaches only the cells Excel marked dirty in this session, and a stale result saved in the
 * file is not dirty. Either changes no value a person typed. In a sync of its own, so that a refusal costs nothing
 * else: the grids then say the results may be stale instead.
 */
async function calculateAll(context: Excel.RequestContext, canCalculate: boolean): Promise<ManualCalculation> {
  if (!canCalculate) return { recalculated: false, inExcel: true };
  try {
    context.workbook.application.calculate("Full");
    await context.sync();
    return { recalculated: true, inExcel: true };
  } catch {
    return { recalculated: false, inExcel: true };
  }
}

interface Candidate {
  name: string;
  id: string;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  formats?: Excel.ConditionalFormatCollection;
  autoFilter?: Excel.AutoFilter;
  /** The add-in's own formats, with their ranges (loaded at the cells' sync: no sync more). */
  own?: { format: Excel.ConditionalFormat; range: Excel.Range }[];
}

/**
 * An own rule as read; a property Excel did not bring back (a sync that failed and was retried) reads as unknown, and
 * so does an area that is not exactly one (an address Excel gave for several, or none read): the rule then counts as
 * changed.
 */
export function ownRule({ format, range }: { format: Excel.ConditionalFormat; range: Excel.Range }): OwnRule {
  const custom = format.customOrNullObject;
  const rule: OwnRule = { formula: custom.rule.formula };
  try {
    rule.fill = custom.format.fill.color;
    rule.fontColor = custom.format.font.color;
    const areas = range.isNullObject ? [] : parseAreas(range.address);
    if (areas.length === 1) rule.area = areas[0];
  } catch {
    // Unknown: the rules then count as changed, and are written again.
  }
  return rule;
}

/** Syncs 2 and 3: the template sheets' contents, judged. Marked sheets first; without markers, any sheet with the header. */
export async function readTemplates(
  context: Excel.RequestContext,
  catalogue: Catalogue,
  options: ReadOptions
): Promise<WorkbookRead> {
  const book = await readWorkbook(context, options.calculation);
  const marked = book.sheets.filter(({ name }) => book.markers.some((m) => m.sheet === name));
  const candidates: Candidate[] = (marked.length > 0 ? marked : book.sheets).map(({ name, id }) => {
    const sheet = context.workbook.worksheets.getItem(id);
    // Values only: a template's formatted but empty cells below it are not worth reading.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    sheet.protection.load("protected");
    let formats: Excel.ConditionalFormatCollection | undefined;
    if (options.highlights) {
      formats = sheet.getRange().conditionalFormats;
      // Ids, so that ours are deleted by id: items are bound by position, and deleting one shifts the rest.
      formats.load(
        "items/id,items/type,items/customOrNullObject/rule/formula," +
          "items/customOrNullObject/format/fill/color,items/customOrNullObject/format/font/color"
      );
    }
    let autoFilter: Excel.AutoFilter | undefined;
    if (options.autoFilter) {
      // A navigation property, not a value: nothing to sync before reaching through it.
      // eslint-disable-next-line office-addins/call-sync-before-read
      autoFilter = sheet.autoFilter;
      autoFilter.load("enabled");
    }
    return { name, id, sheet, used, formats, autoFilter };
  });
  await context.sync();
  for (const candidate of candidates) {
    candidate.own = (candidate.formats?.items ?? [])
      .filter(
        (f) =>
          f.type === "Custom" && !f.customOrNullObject.isNullObject && isOwnHighlight(f.customOrNullObject.rule.formula)
      )
      .map((format) => ({ format, range: format.getRangeOrNullObject().load("address") }));
  }

  // Small sheets are read whole; in a large one, the header is looked for in its top rows first.
  const reader = new ChunkedReader(context);
  const whole: { candidate: Candidate; grid: Promise<Omit<SheetGrid, "sheet">> }[] = [];
  const probes: { candidate: Candidate; grid: Promise<Omit<SheetGrid, "sheet">> }[] = [];
  for (const candidate of candidates) {
    const { used, sheet } = candidate;
    if (used.isNullObject) continue;
    const block = { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
    if (block.rows * block.cols <= CELLS_PER_SYNC) {
      whole.push({ candidate, grid: reader.read(sheet, block, options.mergedAreas) });
    } else {
      const top = {
        ...block,
        rows: Math.min(block.rows, HEADER_SEARCH_ROWS),
        cols: Math.min(block.cols, HEADER_SEARCH_COLS),
      };
      probes.push({ candidate, grid: reader.read(sheet, top) });
    }
  }
  await reader.run();

  // Large sheets with the header: only the template's columns, from the top of the used range down.
  for (const { candidate, grid } of probes) {
    const top = await grid;
    const located = locateTemplate({ ...top, sheet: candidate.name }, catalogue);
    if (!located) continue;
    const cols = Object.values(located.columns) as number[];
    const first = Math.min(...cols, located.periodCell?.col ?? Infinity, top.colOffset);
    const last = Math.max(...cols, located.periodCell?.col ?? -Infinity);
    const { used } = candidate;
    const block = { row: used.rowIndex, col: first, rows: used.rowCount, cols: last - first + 1 };
    whole.push({ candidate, grid: reader.read(candidate.sheet, block, options.mergedAreas) });
  }
  await reader.run();
  const log = options.log ? await readLogSheet(context, book) : undefined;
  const disputed = log && disputesOf(catalogue, log.lines);

  const templates: TemplateRead[] = [];
  for (const { candidate, grid } of whole) {
    const { name, id, sheet, formats, autoFilter, own = [] } = candidate;
    const read: SheetGrid = {
      sheet: name,
      ...(await grid),
      ...(book.calculation && { calculation: book.calculation }),
    };
    const judged = judgeSheet(read, catalogue, {
      tolerance: options.tolerance,
      period: options.period,
      disputed,
    });
    if (!judged) continue;
    templates.push({
      sheet,
      id,
      name,
      grid: read,
      judged,
      protected: sheet.protection.protected,
      ownHighlights: own.map((o) => o.format.id),
      ownRules: own.map(ownRule),
      formats,
      autoFilter,
    });
  }
  // The active sheet first: that is the one the person is looking at; else the marked one. The others are
  // named in a warning, as every door does (src/template/choose.ts).
  const markedNames = marked.map((s) => s.name);
  return {
    ...book,
    ...(log && { log }),
    templates: chooseTemplate(templates, [
      { sheets: [book.activeSheet], by: "active" },
      { sheets: markedNames, by: "marker" },
    ]),
  };
}

/**
 * Reads, in one sync, whether `Đánh giá` wraps on the rows validation writes it, into each template's `statusWrap`:
 * a person may have turned Wrap Text off, and validation puts it back (fitStatus). One range per run of rows.
 */
export async function readStatusWrap(context: Excel.RequestContext, templates: readonly TemplateRead[]): Promise<void> {
  const formats = templates.map((template) => {
    const fit = template.judged.writes.statusFit;
    if (!fit) return [];
    return runs(fit.rows).map(([row, count]) =>
      template.sheet.getRangeByIndexes(row, fit.col, count, 1).format.load("wrapText")
    );
  });
  await context.sync();
  templates.forEach((template, i) => (template.statusWrap = formats[i].map((f) => f.wrapText)));
}
