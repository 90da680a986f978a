/**
 * A small Excel for tests: workbook state held in memory, reached through office-addin-mock
 * proxies that keep Office.js' rules (a property read before load and sync is an error string).
 * Every proxy's shape is typed against @types/office-js, so a misspelt method or property in the
 * mock fails the type check instead of passing a test that proves nothing.
 *
 * It is deliberately as unkind as Excel where our code could go wrong. Each behaviour below is
 * on by default and documented where it lives; `FakeExcelOptions` turns the costly ones off:
 * - cell edit mode: `startEdit()` makes every sync fail with InvalidOperationInCellEditMode,
 *   unless its Excel.run was given `{ delayForCellEdit: true }`: then it waits for `endEdit()`
 *   (learn.microsoft.com/javascript/api/excel/excel.runoptions);
 * - a batch is not a transaction: `failOperation` makes one queued operation fail at sync, and
 *   every operation queued before it has already happened;
 * - loaded collection items are bound by position: deleting item 0 shifts the rest, and an item
 *   past the end is ItemNotFound (office-js issue #5222); `getItem(id)` is bound by id;
 * - worksheets have ids, and names that ignore case (`getItem`, `getItemOrNullObject`); the handlers of a
 *   deleted sheet are gone with it, a copied sheet (`copySheet`, as Move or Copy does) has none;
 *   `worksheets.onChanged` hears every sheet;
 * - change events: staff edits (`edit`) and the add-in's own writes raise them, unless
 *   `runtime.enableEvents` is false (which silences the add-in's handlers for everything);
 * - a sync whose request or response is over `payloadLimit` bytes fails with
 *   Request- or ResponsePayloadSizeLimitExceeded (Excel on the web: 5 MB; learn.microsoft.com, "Resource
 *   limits and performance optimization for Office Add-ins"), counted as the data's JSON in UTF-8: a Vietnamese
 *   letter with its marks (ộ, ữ) is two or three bytes, not one character;
 * - text written through `.values` or `.formulas` into a cell not formatted as text (`@`) is read
 *   as typed: `=…`, `+…`, `-…`, `@…` become formulas, `02.1` the number 2.1;
 * - a context whose Excel.run has ended cannot sync, unless run again with `Excel.run(context, …)`;
 * - `worksheets.add` creates the sheet at the next sync, like every other write;
 * - charts (`worksheet.charts`): added at sync, and refused there (ItemNotFound) when their sheet
 *   was deleted; a series reads one row or one column (`setValues` of a block is InvalidArgument);
 *   a series asked for by position that is not there is ItemNotFound;
 * - requirement sets: a chart or page layout member of a newer ExcelApi than `supported` fails at
 *   sync with ApiNotFound (the versions are those of the Office.js reference);
 * - merged cells: `range.merge()` (and `mergeCells`, a workbook as opened) keeps only the top-left
 *   cell's value, as Excel does; `range.getMergedAreasOrNullObject()` (ExcelApi 1.13) gives the
 *   merged areas that meet the range in `address`, a null object when there are none, and fails at
 *   sync over 512 areas ("fails to return the result", Office.js reference). The reference names no
 *   error code: `mergedAreasRefusal` is our guess (GeneralException, located at the method) and may
 *   be changed to try others;
 * - errors that Excel can place carry `debugInfo.errorLocation` ("Range.values"), as OfficeExtension.Error
 *   does; `failNextSync` and `failOperation` may give one, and `failNextSync.after` lets syncs pass first;
 * - `range.insert("Right")` on whole columns (`H:H`) moves every cell, merge, validation,
 *   conditional format, filter and column width from there one column right, grows areas that
 *   span it, and adjusts A1 references to the sheet in cell formulas and defined names; it fails
 *   on a protected sheet, as Excel refuses to insert there. Other inserts are not modelled (they throw);
 * - protection, with Excel's defaults (Review › Protect Sheet / Protect Workbook with no option ticked), refused at
 *   sync with AccessDenied ("You cannot perform the requested operation", the one code Excel has for read-only and
 *   protected alike: "Error handling with the application-specific JavaScript APIs"), the operations queued before
 *   having happened. A protected sheet (`FakeSheet.protected`) refuses values and formulas written to a locked cell
 *   (every cell is locked until `format.protection.locked` or `setCellProperties` unlocks it), number formats,
 *   `rowHidden` and the AutoFilter (`apply`, `clearCriteria`: "the user cannot create or remove an AutoFilter on a
 *   protected worksheet"). A workbook whose structure is protected (`structureProtected`, read through
 *   `workbook.protection.protected`, ExcelApi 1.7) refuses `worksheets.add`, a sheet's `delete` and a new `name`;
 * - wrapping and row heights: `format.wrapText` (or `setCellProperties`) makes cells wrap, and `format.autofitRows()`
 *   makes each row of its range as tall as the most lines a wrapped cell of it takes at its column's width (a character
 *   a unit of width); unwrapped text keeps one line and is cut at the column's edge. `shows` tells whether a cell's
 *   whole text is seen; `format.load("wrapText")` gives at sync true, false, or null when the range is mixed, as Excel does. Heights change only by autofit: Excel may grow a row it never gave a height of its own, the
 *   fake never does, so nothing counts on it;
 * - calculation (`workbook.application`, fakeCalculation.ts): formulas follow their parts in Automatic mode and stay
 *   stale in Manual mode until `calculate`; "Recalculate" reaches only what changed since the last calculation;
 * - undo (`undo()`, `undoStack`, fakeUndo.ts): a person's edit is a step; before ExcelApi 1.20 a sync that writes
 *   empties the stack; with 1.20 each such sync is a step, or the whole Excel.run with `mergeUndoGroup: true`, where
 *   an API Excel cannot undo (a sheet's delete or rename) fails with UndoNotSupported and empties the stack.
 */

import { excelInput, type FakeLocale } from "./fakeInput";
import { OfficeMockObject } from "office-addin-mock";
import { officeHost, type ExcelHost, type ExcelRun } from "../../src/excel/host";
import { FakeCalculation } from "./fakeCalculation";
import { emptyStep, isEdit, isUndoable, record, restore, snapshot, type UndoState, type UndoStep } from "./fakeUndo";

/** The parts of an Office.js type the fake provides, with their real names and parameter types. */
export type Shape<T> = {
  [K in keyof T]?: T[K] extends (...args: infer A) => unknown
    ? (...args: A) => unknown
    : T[K] extends readonly unknown[]
      ? unknown
      : T[K] extends object
        ? Shape<T[K]>
        : T[K];
};

export interface FakeCell {
  value: unknown;
  formula?: string;
  numberFormat: string;
}

export interface FakeHighlight {
  /** Excel's id of the conditional format (set by the fake when missing). */
  id?: string;
  sheet: string;
  address: { row: number; col: number; rows: number; cols: number };
  formula?: string;
  fill?: string;
  fontColor?: string;
  type: string;
  deleted: boolean;
}

export type FakeHandler = (event: Partial<Excel.WorksheetChangedEventArgs>) => Promise<unknown>;

export interface FakeSheet {
  /** Excel's worksheet id: it stays when the sheet is renamed; a copy gets a new one. */
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  protected: boolean;
  hiddenRows: Set<number>;
  autoFilter: { enabled: boolean; column?: number; criterion?: string; range?: string };
  frozenRows?: number;
  merges: string[];
  columnWidths: Map<number, number>;
  validations: { address: string; rule?: unknown; errorAlert?: unknown; prompt?: unknown }[];
  pageLayout: Record<string, unknown>;
  /** Rows (0-based) a manual page break is set before (`horizontalPageBreaks.add`, ExcelApi 1.9). */
  pageBreaks: number[];
  charts: FakeChart[];
  cellProperties?: unknown[][];
  /** `worksheet.onChanged` handlers registered on this sheet (gone when the sheet is deleted). */
  handlers: FakeHandler[];
  /** Cells (`row,col`) whose text wraps: `format.wrapText` or `setCellProperties`. */
  wrapped: Set<string>;
  /** Cells (`row,col`) that are not locked (Excel locks every cell until told otherwise); matters once protected. */
  unlocked: Set<string>;
  /** Row heights in points set by `format.autofitRows()` (Excel's standard height, FAKE_LINE_POINTS, otherwise). */
  rowHeights: Map<number, number>;
}

/** The fake's line of 12-point text, and what one character of column width holds (src/excel/draw.ts). */
export const FAKE_LINE_POINTS = 16;
const POINTS_PER_CHARACTER = 6;
/** Excel's standard column width, 8,43 characters (64 px): what a column no one sized has. */
const STANDARD_WIDTH_POINTS = 48;

export interface FakeChartSeries {
  name?: string;
  /** A1 addresses (with the sheet) of the cells the series reads. */
  values?: string;
  categories?: string;
  chartType?: string;
  fill?: string;
  lineColor?: string;
  lineStyle?: string;
  markerStyle?: string;
  markerSize?: number;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  gapWidth?: number;
  overlap?: number;
}

export interface FakeChart {
  name: string;
  type: string;
  /** The range the chart was added from, and the cells it sits over (setPosition). */
  source: string;
  position?: { start: string; end?: string };
  title?: string;
  legend: { position?: string; visible?: boolean };
  valueAxis: { numberFormat?: string; minimum?: number; maximum?: number };
  categoryAxis: { reversePlotOrder?: boolean };
  series: FakeChartSeries[];
}

/** The ExcelApi version each chart and page layout member the add-in uses needs (learn.microsoft.com/javascript/api/excel). */
const SINCE: Record<string, string> = {
  "series.add": "1.7",
  "series.setValues": "1.7",
  "series.setXAxisValues": "1.7",
  "series.chartType": "1.7",
  "series.markerStyle": "1.7",
  "series.markerSize": "1.7",
  "series.markerBackgroundColor": "1.7",
  "series.markerForegroundColor": "1.7",
  "series.gapWidth": "1.7",
  "series.overlap": "1.8",
  "line.lineStyle": "1.7",
  "valueAxis.numberFormat": "1.8",
  "categoryAxis.reversePlotOrder": "1.7",
  pageLayout: "1.9",
  horizontalPageBreaks: "1.9",
  getMergedAreasOrNullObject: "1.13",
  "application.calculate": "1.1",
  // Read since 1.1, set since 1.8.
  "application.calculationMode": "1.8",
};

/** More merged areas than this in a range, and getMergedAreasOrNullObject fails (Office.js reference). */
export const MERGED_AREAS_LIMIT = 512;

export interface FakeWrite {
  sheet: string;
  row: number;
  col: number;
  property: "values" | "formulas" | "numberFormat";
  data: unknown[][];
}

export interface FakeExcelOptions {
  /** Bytes one sync may send or receive; Excel on the web allows 5 MB. `Infinity` turns the check off. */
  payloadLimit?: number;
  /** The PC's regional settings, with which Excel reads what staff type (`edit`); Vietnamese by default. */
  locale?: FakeLocale;
}

/** Excel on the web's limit for one request and for one response. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

const key = (r: number, c: number) => `${r},${c}`;

/** Bytes of data as JSON on the wire, in UTF-8 (the limit is in bytes: a character may take up to four). */
export function payloadBytes(data: unknown): number {
  return Buffer.byteLength(JSON.stringify(data), "utf8");
}

/** office-addin-mock's markers for a property not loaded or not synced yet. */
function isMockMarker(value: unknown): boolean {
  return typeof value === "string" && value.startsWith("Error, ");
}

function officeError(code: string, message: string, errorLocation?: string): Error {
  // OfficeExtension.Error: `debugInfo` repeats the code and message, and says where when Excel knows.
  const debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  return Object.assign(new Error(message), { code, debugInfo });
}

/** An Office.js error as the fake throws it: a code, a message, and where it happened when known. */
export interface FakeError {
  code: string;
  message: string;
  errorLocation?: string;
}

/**
 * What Excel stores when text is written into a cell as if typed: a formula for =, +, -, @ at the
 * start, a number for text that reads as one; text-formatted cells (`@`) keep the text.
 */
export function parseAsTyped(text: string, numberFormat: string): { value: unknown; formula?: string } {
  if (numberFormat === "@") return { value: text };
  // The text prefix: what follows an apostrophe is stored as text, the apostrophe is not part of it.
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim())) return { value: Number(text) };
  if (text.startsWith("=")) return { value: "", formula: text };
  if (/^[+\-@]/.test(text)) return { value: "#NAME?", formula: `=${text.slice(1)}` };
  return { value: text };
}

export interface FakeRange {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  proxy: Shape<Excel.Range>;
}

/** Rows of an Excel worksheet: a range this tall is whole columns. */
export const SHEET_ROWS = 1_048_576;

/**
 * A1 references in a formula after `count` columns are inserted at `at` on `sheet`: each end of a
 * reference at or right of `at` moves right, so ranges across it grow (as Excel adjusts them).
 * `local` says whether references without a sheet name point at that sheet. Text in quotes,
 * function names and whole-column references are left alone: the fake's formulas need no more.
 */
export function shiftFormula(formula: string, sheet: string, at: number, count: number, local: boolean): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'!`;
  const plain = /^[A-Za-z0-9_]+$/.test(sheet) ? `${sheet}!` : undefined;
  return formula
    .split(/("[^"]*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /((?:'(?:[^']|'')+'|[A-Za-z0-9_]+)!)?(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![\w(])/g,
            (whole, prefix: string | undefined, first: string, second: string | undefined, offset: number) => {
              const before = part[offset - 1];
              if (before !== undefined && /[\w.$]/.test(before)) return whole;
              // A sheet name before a range applies to both of its ends.
              const ours = prefix === undefined ? local : prefix === quoted || prefix === plain;
              if (!ours) return whole;
              const shift = (ref: string) =>
                ref.replace(/^(\$?)([A-Z]+)/, (_m, dollar: string, letters: string) => {
                  const c = letterIndex(letters);
                  return `${dollar}${columnLetters(c < at ? c : c + count)}`;
                });
              return `${prefix ?? ""}${shift(first)}${second === undefined ? "" : `:${shift(second)}`}`;
            }
          )
    )
    .join("");
}

/** A sheet's name as a reference writes it: quoted unless plain letters, digits and underscores. */
function sheetRef(sheet: string): string {
  return /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** References to `sheet` in a formula (outside text in quotes) now to `replacement` (a new name, or #REF!). */
export function renameInFormula(formula: string, sheet: string, replacement: string): string {
  const ref = `${sheetRef(sheet)}!`;
  return formula
    .split(/("[^"]*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.split(ref).join(`${replacement}!`)))
    .join("");
}

export function letterIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** 0-based area of an A1 address such as `B3` or `A6:L6`. */
export function parseAddress(address: string): { row: number; col: number; rows: number; cols: number } {
  const columns = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(address.replace(/^.*!/, ""));
  if (columns) {
    const col = letterIndex(columns[1]);
    return { row: 0, col, rows: SHEET_ROWS, cols: letterIndex(columns[2]) - col + 1 };
  }
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address.replace(/^.*!/, ""));
  if (!m) throw new Error(`fake Excel: unsupported address ${address}`);
  const col = letterIndex(m[1]);
  const row = Number(m[2]) - 1;
  const col2 = m[3] ? letterIndex(m[3]) : col;
  const row2 = m[4] ? Number(m[4]) - 1 : row;
  return { row, col, rows: row2 - row + 1, cols: col2 - col + 1 };
}

function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A sheet's name as an address writes it: quoted unless letters, digits and _ only. */
const quote = (n: string) => (/^[A-Za-z0-9_]+$/.test(n) ? n : `'${n.replace(/'/g, "''")}'`);

const a1 = (row: number, col: number, rows: number, cols: number) =>
  `${columnLetters(col)}${row + 1}:${columnLetters(col + cols - 1)}${row + rows}`;

/** A queued operation: applied at the next sync, in order; its label is what `failOperation` matches. */
interface Operation {
  label: string;
  bytes: number;
  apply: () => void;
}

interface RunState {
  delayForCellEdit: boolean;
  alive: boolean;
  /** Excel.RunOptions.mergeUndoGroup, on a host with ExcelApi 1.20: the run's writes are one undo step. */
  mergeUndoGroup?: boolean;
  /** That step, once the run has written. */
  step?: UndoStep;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names: { name: string; formula: string; comment?: string }[] = [];
  settings = new Map<string, unknown>();
  highlights: FakeHighlight[] = [];
  readOnly = false;
  /** Review › Protect Workbook (structure): sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  activeSheet = "";
  syncs = 0;
  writes: FakeWrite[] = [];
  /** Every value enableEvents took at a sync, in order. */
  enableEvents: boolean[] = [];
  /** Whether the add-in's event handlers fire now (runtime.enableEvents as Excel holds it). */
  eventsEnabled = true;
  selections: string[] = [];
  /** ExcelApi versions reported as supported (all when undefined). */
  supported?: Set<string>;
  /**
   * An error the next sync throws before doing anything (Office.js errors carry a code); with `after`,
   * that many syncs succeed first (each counts it down), so that a later sync of a batch fails.
   */
  failNextSync?: FakeError & { after?: number };
  /**
   * The first queued operation whose label matches fails at sync with this error; the operations
   * queued before it in the same sync have happened, the later ones have not.
   */
  failOperation?: FakeError & { match: string | RegExp };
  /**
   * Another session's change (a co-author, or their pane) reaching the workbook just before the first sync that
   * carries an operation whose label matches: what this run read before that sync may be gone by then.
   */
  remoteChange?: { before: RegExp; apply: () => void };
  /** What getMergedAreasOrNullObject fails with over MERGED_AREAS_LIMIT areas (a guess: see the header). */
  mergedAreasRefusal: Omit<FakeError, "message"> = {
    code: "GeneralException",
    errorLocation: "Range.getMergedAreasOrNullObject",
  };
  /** Labels of every operation applied, in order (e.g. "worksheets.add Chỉ tiêu 2024"). */
  operations: string[] = [];
  /** The calculation mode, what is stale and every calculate asked for (fakeCalculation.ts). */
  calculation = new FakeCalculation(() => this.sheets);
  /** Every load call: "object: properties". */
  loads: string[] = [];
  /** Every range proxy handed out, to inspect what was set on it. */
  ranges: FakeRange[] = [];
  /** Handlers registered on the whole collection of worksheets (ExcelApi 1.9). */
  workbookHandlers: FakeHandler[] = [];
  /** Every change event delivered to a handler. */
  events: Partial<Excel.WorksheetChangedEventArgs>[] = [];
  /** Bytes of the largest request and response seen, to show how close a sync came to the limit. */
  largest = { request: 0, response: 0 };
  /** See FakeExcelOptions; may be changed between calls (e.g. to draw a huge template first). */
  payloadLimit: number;
  /** Ctrl+Z's steps, the last on top (fakeUndo.ts). */
  undoStack: UndoStep[] = [];

  private pending: Operation[] = [];
  private responseBytes = 0;
  private proxies: OfficeMockObject[] = [];
  private editing?: { ended: Promise<void>; end: () => void };
  private handlerRuns: Promise<unknown>[] = [];
  private nextId = 1;
  /** The context of the latest run: an event handler added now belongs to it. */
  private currentContext?: unknown;

  /** See FakeExcelOptions. */
  locale: FakeLocale;

  constructor(options: FakeExcelOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? WEB_PAYLOAD_LIMIT;
    this.locale = options.locale ?? "vi-VN";
  }

  private newId(): string {
    return `{00000000-0001-0000-0000-${String(this.nextId++).padStart(12, "0")}}`;
  }

  /** A sheet in the workbook at once (a workbook as opened). */
  addSheet(name: string): FakeSheet {
    const sheet = this.newSheet(name);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  private newSheet(name: string): FakeSheet {
    return {
      id: this.newId(),
      name,
      cells: new Map(),
      protected: false,
      hiddenRows: new Set(),
      autoFilter: { enabled: false },
      merges: [],
      columnWidths: new Map(),
      validations: [],
      pageLayout: {},
      pageBreaks: [],
      charts: [],
      handlers: [],
      wrapped: new Set(),
      unlocked: new Set(),
      rowHeights: new Map(),
    };
  }

  /** Staff's Move or Copy: the same cells and conditional formats, a new id, and no event handlers. */
  copySheet(from: string, name: string): FakeSheet {
    const source = this.sheet(from);
    const copy = this.addSheet(name);
    for (const [k, cell] of source.cells) copy.cells.set(k, { ...cell });
    for (const h of this.highlights.filter((x) => x.sheet === from && !x.deleted)) {
      this.highlights.push({ ...h, id: this.newId(), sheet: name });
    }
    return copy;
  }

  /** A sheet by name or by id, as `worksheets.getItem` finds it. */
  sheet(nameOrId: string): FakeSheet {
    // Excel's sheet names ignore case; ids do not.
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === nameOrId.toLowerCase() || s.id === nameOrId);
    if (!sheet) throw officeError("ItemNotFound", `The requested resource doesn't exist: ${nameOrId}`);
    return sheet;
  }

  cell(sheet: string, row: number, col: number): FakeCell | undefined {
    return this.sheet(sheet).cells.get(key(row, col));
  }

  /** Sets a cell's value as Excel would store it, without raising events (a workbook as opened). */
  type(sheet: string, row: number, col: number, value: unknown, numberFormat?: string): void {
    const s = this.sheet(sheet);
    const old = s.cells.get(key(row, col));
    s.cells.set(key(row, col), { value, numberFormat: numberFormat ?? old?.numberFormat ?? "General" });
  }

  /** Merges cells in a workbook as opened (staff's Merge & Center): only the top-left cell keeps its value. */
  mergeCells(sheet: string, address: string): void {
    this.merge(this.sheet(sheet), address);
  }

  private merge(sheet: FakeSheet, address: string): void {
    const a = parseAddress(address);
    for (let r = a.row; r < a.row + a.rows; r++) {
      for (let c = a.col; c < a.col + a.cols; c++) {
        const cell = sheet.cells.get(key(r, c));
        // The value goes; the cell's format stays (it shows again when the cells are unmerged).
        if ((r !== a.row || c !== a.col) && cell)
          sheet.cells.set(key(r, c), { value: "", numberFormat: cell.numberFormat });
      }
    }
    sheet.merges.push(address);
  }

  /** `range.getMergedAreasOrNullObject()`: the merged areas meeting the range, whole, in one address. */
  private mergedAreas(sheet: FakeSheet, row: number, col: number, rows: number, cols: number): Shape<Excel.RangeAreas> {
    const meeting = sheet.merges
      .map((m) => ({ m, a: parseAddress(m) }))
      .filter(({ a }) => a.row < row + rows && row < a.row + a.rows && a.col < col + cols && col < a.col + a.cols);
    const areas = this.track<Shape<Excel.RangeAreas>>({
      address: meeting.map(({ m }) => `${quote(sheet.name)}!${m}`).join(", "),
      areaCount: meeting.length,
    });
    (areas as { isNullObject?: boolean }).isNullObject = meeting.length === 0;
    this.afterSyncSince("getMergedAreasOrNullObject", `range ${sheet.name}.getMergedAreasOrNullObject`, () => {
      if (meeting.length > MERGED_AREAS_LIMIT) {
        const { code, errorLocation } = this.mergedAreasRefusal;
        throw officeError(code, `${meeting.length} merged areas: over ${MERGED_AREAS_LIMIT}.`, errorLocation);
      }
    });
    return areas;
  }

  /** Every file Excel.createWorkbook opened as a new workbook (base64). */
  createdWorkbooks: string[] = [];

  /** Excel.createWorkbook (ExcelApi 1.8): opens a file in a new window; what is no .xlsx (base64 of a zip) is refused. */
  createWorkbook = async (base64: string): Promise<void> => {
    if (!/^UEsDB[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
      throw Object.assign(new Error("The argument is invalid or missing or has an incorrect format."), {
        code: "InvalidArgument",
      });
    }
    this.createdWorkbooks.push(base64);
  };

  /**
   * Staff typing into a cell: Excel reads typed text with the PC's regional settings (fakeInput.ts), stores what it
   * read and raises the change event (if events are on).
   */
  edit(sheet: string, row: number, col: number, value: unknown): void {
    const step = emptyStep(`edit ${sheet} ${a1(row, col, 1, 1)}`);
    const old = this.cell(sheet, row, col);
    step.cells.set(this.sheet(sheet), new Map([[key(row, col), old && { ...old }]]));
    this.undoStack.push(step);
    if (typeof value === "string") {
      const typed = excelInput(value, this.cell(sheet, row, col)?.numberFormat ?? "General", this.locale);
      this.type(sheet, row, col, typed.value, typed.numberFormat);
    } else this.type(sheet, row, col, value);
    const s = this.sheet(sheet);
    this.calculation.cellsChanged(s, [{ row, col }]);
    this.raise(s, a1(row, col, 1, 1).replace(/:.*/, ""), "Unknown");
  }

  /**
   * Ctrl+Z: takes the last step off the stack and puts back what it changed, raising the change event for the cells
   * it put back as for a person's edit. What Excel gives as an undo's triggerSource is unverified ("Unknown" here, as
   * for an edit). Returns false when there was nothing to undo.
   */
  undo(): boolean {
    const step = this.undoStack.pop();
    if (!step) return false;
    for (const [sheet, cells] of restore(step, this)) {
      if (!this.sheets.includes(sheet)) continue;
      this.calculation.cellsChanged(sheet, cells);
      const rows = cells.map((c) => c.row);
      const cols = cells.map((c) => c.col);
      const [row, col] = [Math.min(...rows), Math.min(...cols)];
      const address = a1(row, col, Math.max(...rows) - row + 1, Math.max(...cols) - col + 1);
      this.raise(sheet, address.replace(/^([A-Z]+\d+):\1$/, "$1"), "Unknown");
    }
    return true;
  }

  /** Staff start typing in a cell: Excel is in cell edit mode until `endEdit`. */
  startEdit(): void {
    let end = () => undefined as void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.editing = { ended, end };
  }

  endEdit(): void {
    const editing = this.editing;
    this.editing = undefined;
    editing?.end();
  }

  /** Waits for every event handler that has been called to finish. */
  async settle(): Promise<void> {
    while (this.handlerRuns.length > 0) {
      const runs = this.handlerRuns;
      this.handlerRuns = [];
      await Promise.all(runs);
    }
  }

  private supports(version: string): boolean {
    return this.supported === undefined || this.supported.has(version);
  }

  /** Queues an operation that needs the requirement set of `member` (see SINCE): ApiNotFound at sync without it. */
  private afterSyncSince(member: string, label: string, apply: () => void): void {
    const version = SINCE[member];
    this.afterSync(label, () => {
      if (version !== undefined && !this.supports(version)) {
        throw officeError("ApiNotFound", `${label}: this Excel lacks ExcelApi ${version}`);
      }
      apply();
    });
  }

  /** Calls the handlers listening to a sheet, as Excel does after a change, unless events are off. */
  private raise(sheet: FakeSheet, address: string, triggerSource: "ThisLocalAddin" | "Unknown"): void {
    if (!this.eventsEnabled) return;
    const event: Partial<Excel.WorksheetChangedEventArgs> = {
      address,
      worksheetId: sheet.id,
      source: "Local",
      changeType: "RangeEdited",
      type: "WorksheetChanged",
      // Only ExcelApi 1.14 says who made the change.
      ...(this.supports("1.14") ? { triggerSource } : {}),
    };
    for (const handler of [...sheet.handlers, ...this.workbookHandlers]) {
      this.events.push(event);
      this.handlerRuns.push(handler(event));
    }
  }

  /** Excel.run, with the overloads the add-in uses: (batch), (options, batch), (context, batch). */
  run = <T>(first: Excel.RunOptions | Excel.RequestContext | Batch<T>, second?: Batch<T>): Promise<T> => {
    if (typeof first === "function") return this.runBatch({ delayForCellEdit: false, alive: true }, first);
    const batch = second as Batch<T>;
    const known = (first as { fakeRun?: RunState }).fakeRun;
    if (known) {
      // Excel.run(context, batch): the earlier run's context, usable again for this batch.
      known.alive = true;
      return batch(first as Excel.RequestContext).finally(() => (known.alive = false));
    }
    const options = first as Excel.RunOptions;
    return this.runBatch(
      { delayForCellEdit: options.delayForCellEdit === true, alive: true, mergeUndoGroup: options.mergeUndoGroup },
      batch
    );
  };

  private async runBatch<T>(state: RunState, batch: Batch<T>): Promise<T> {
    try {
      return await batch(this.context(state) as unknown as Excel.RequestContext);
    } finally {
      state.alive = false;
    }
  }

  /** The adapter's own host (src/excel/host.ts) over this fake's Excel.run and requirement sets. */
  host(): ExcelHost {
    return officeHost({
      run: this.run as ExcelRun,
      isSetSupported: (name, version) => name === "ExcelApi" && this.supports(version),
    });
  }

  private track<T extends object>(data: T): T {
    const proxy = new OfficeMockObject(data as Record<string, unknown>);
    this.proxies.push(proxy);
    return proxy as unknown as T;
  }

  /** Queues an operation for the next sync; `bytes` counts towards the request's size. */
  private afterSync(label: string, apply: () => void, bytes = 0): void {
    this.pending.push({ label, apply, bytes });
  }

  private drop(): void {
    this.proxies = [];
    this.pending = [];
    this.responseBytes = 0;
  }

  private async sync(state: RunState): Promise<void> {
    if (!state.alive) {
      this.drop();
      throw officeError("InvalidObjectPath", "The request context is no longer valid: its Excel.run has ended.");
    }
    this.syncs++;
    if (this.editing) {
      if (!state.delayForCellEdit) {
        this.drop();
        throw officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      }
      await this.editing.ended;
    }
    if (this.failNextSync?.after) {
      this.failNextSync.after--;
    } else if (this.failNextSync) {
      const { code, message, errorLocation } = this.failNextSync;
      this.failNextSync = undefined;
      this.drop();
      throw officeError(code, message, errorLocation);
    }
    const request = this.pending.reduce((n, op) => n + op.bytes, 0);
    const response = this.responseBytes;
    this.largest = {
      request: Math.max(this.largest.request, request),
      response: Math.max(this.largest.response, response),
    };
    if (request > this.payloadLimit || response > this.payloadLimit) {
      this.drop();
      // Each direction has its own code (Office.js error-handling reference).
      throw officeError(
        request > this.payloadLimit ? "RequestPayloadSizeLimitExceeded" : "ResponsePayloadSizeLimitExceeded",
        `The request or response (${request} / ${response} bytes) is over the ${this.payloadLimit}-byte limit.`
      );
    }
    const remote = this.remoteChange;
    if (remote && this.pending.some((op) => remote.before.test(op.label))) {
      this.remoteChange = undefined;
      remote.apply();
    }
    const proxies = this.proxies;
    const pending = this.pending;
    this.drop();
    for (const p of proxies) await p.sync();
    const edits = pending.filter((op) => isEdit(op.label)).map((op) => op.label);
    const before = edits.length > 0 ? snapshot(this) : undefined;
    const merged = state.mergeUndoGroup === true && this.supports("1.20");
    try {
      for (const op of pending) {
        const fail = this.failOperation;
        if (fail && (typeof fail.match === "string" ? op.label.includes(fail.match) : fail.match.test(op.label))) {
          this.failOperation = undefined;
          throw officeError(fail.code, fail.message, fail.errorLocation);
        }
        if (merged && !isUndoable(op.label)) {
          throw officeError("UndoNotSupported", `${op.label} cannot be undone, so it cannot be in an undo group.`);
        }
        op.apply();
        this.operations.push(op.label);
      }
    } finally {
      if (before) this.undoStep(state, edits, before);
    }
  }

  /** The undo stack after a sync that wrote (see fakeUndo.ts). */
  private undoStep(state: RunState, edits: string[], before: UndoState): void {
    if (!this.supports("1.20") || edits.some((label) => !isUndoable(label))) {
      this.undoStack = [];
      state.step = undefined;
      return;
    }
    let step = state.mergeUndoGroup && state.step && this.undoStack.includes(state.step) ? state.step : undefined;
    if (!step) {
      step = emptyStep(edits.join("; "));
      this.undoStack.push(step);
      if (state.mergeUndoGroup) state.step = step;
    }
    record(step, before, this);
  }

  context(state: RunState = { delayForCellEdit: false, alive: true }): Shape<Excel.RequestContext> {
    const self = this;
    const runtime = {} as { enableEvents?: boolean };
    Object.defineProperty(runtime, "enableEvents", {
      set: (v: boolean) => {
        self.afterSync(`runtime.enableEvents ${v}`, () => {
          self.enableEvents.push(v);
          self.eventsEnabled = v;
        });
      },
      get: () => self.eventsEnabled,
    });
    const context = {
      workbook: this.workbook(),
      runtime: runtime as Shape<Excel.Runtime>,
      sync: () => self.sync(state),
    };
    // How Excel.run(context, …) recognises a context it made.
    Object.defineProperty(context, "fakeRun", { value: state, enumerable: false });
    this.currentContext = context;
    return context;
  }

  private workbook(): Shape<Excel.Workbook> {
    const self = this;
    const data: Shape<Excel.Workbook> = {
      readOnly: this.readOnly,
      protection: { protected: this.structureProtected },
      worksheets: this.worksheets(),
      names: this.namesCollection(),
      settings: {
        getItemOrNullObject: (name: string) => {
          const has = self.settings.has(name);
          const proxy = self.track<Shape<Excel.Setting>>({
            key: name,
            value: has ? self.settings.get(name) : undefined,
          });
          (proxy as { isNullObject?: boolean }).isNullObject = !has;
          return proxy;
        },
        add: (name: string, value: unknown) => {
          self.afterSync(`settings.add ${name}`, () => self.settings.set(name, value));
          return {};
        },
      },
    };
    const workbook = this.track(data);
    // Added after tracking: office-addin-mock would make a plain copy of the application's own proxy.
    const application = this.calculation.application({
      track: (d) => self.track(d),
      queue: (member, label, apply) => self.afterSyncSince(member, label, apply),
    });
    Object.defineProperty(workbook, "application", { value: application });
    return workbook;
  }

  /** A collection whose `load("items/a,items/b")` loads a,b on each item, available after sync. */
  private collection<T>(label: string, makeItems: () => T[], itemKeys: (item: T) => OfficeMockObject) {
    const self = this;
    const holder: { items?: T[]; load: (props: string) => unknown } = {
      load(this: { items?: T[] }, props: string) {
        self.loads.push(`${label}: ${props}`);
        const items = makeItems();
        const scalar = props
          .split(",")
          .map((p) => p.trim().replace(/^items\//, ""))
          .join(",");
        for (const item of items) itemKeys(item).load(scalar);
        // `this` is the mock office-addin-mock made of this object, which is what the code holds.
        const target = this;
        self.afterSync(`${label}.load`, () => {
          target.items = items;
        });
        return target;
      },
    };
    return holder;
  }

  private onChanged(handlers: () => FakeHandler[], label: string) {
    const self = this;
    return {
      add: (handler: (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>) => {
        const h = handler as FakeHandler;
        // Registered at sync; a handler of a sheet deleted since goes with the sheet.
        self.afterSync(`${label}.onChanged.add`, () => handlers().push(h));
        return {
          remove: () =>
            self.afterSync(`${label}.onChanged.remove`, () => {
              const list = handlers();
              const at = list.indexOf(h);
              if (at >= 0) list.splice(at, 1);
            }),
          // The context of the run that added it: removing it needs Excel.run(thatContext, …).
          context: self.currentContext as OfficeExtension.ClientRequestContext,
        };
      },
    };
  }

  private worksheets(): Shape<Excel.WorksheetCollection> {
    const self = this;
    const collection = this.collection(
      "worksheets",
      () => self.sheets.map((s) => self.worksheet(s.name)),
      (w) => w as unknown as OfficeMockObject
    );
    const methods: Shape<Excel.WorksheetCollection> = {
      getItem: (key: string) => self.worksheet(self.sheet(key).name),
      getItemOrNullObject: (name: string) => {
        // Excel's sheet names ignore case.
        const found = self.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
        if (found) return self.worksheet(found.name);
        // Excel's null object: loads work, anything else fails at sync (so code must check isNullObject first).
        const fail = () =>
          self.afterSync(`worksheets.getItemOrNullObject(${name}) used`, () => {
            throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), { code: "ItemNotFound" });
          });
        const none = self.track<Shape<Excel.Worksheet>>({
          name: "",
          getUsedRangeOrNullObject: () => (fail(), {}) as Shape<Excel.Range>,
          getRangeByIndexes: () => (fail(), {}) as Shape<Excel.Range>,
        });
        (none as { isNullObject?: boolean }).isNullObject = true;
        return none;
      },
      getActiveWorksheet: () => self.worksheet(self.activeSheet),
      add: (name?: string) => {
        const sheetName = name ?? `Sheet${self.sheets.length + 1}`;
        // Like every write, the sheet appears at the next sync (and a taken name fails there).
        const sheet = self.newSheet(sheetName);
        self.afterSync(`worksheets.add ${sheetName}`, () => {
          self.refuseIfStructureProtected();
          if (self.sheets.some((s) => s.name.toLowerCase() === sheet.name.toLowerCase())) {
            throw officeError("ItemAlreadyExists", "A sheet with that name exists");
          }
          self.sheets.push(sheet);
          if (!self.activeSheet) self.activeSheet = sheet.name;
        });
        return self.worksheet(sheet);
      },
      onChanged: this.onChanged(() => self.workbookHandlers, "worksheets") as Shape<
        Excel.WorksheetCollection["onChanged"]
      >,
    };
    return Object.assign(collection, methods) as Shape<Excel.WorksheetCollection>;
  }

  private namesCollection(): Shape<Excel.NamedItemCollection> {
    const self = this;
    const collection = this.collection(
      "names",
      () =>
        self.names.map((n) =>
          self.track<Shape<Excel.NamedItem>>({
            name: n.name,
            formula: n.formula,
            comment: n.comment ?? "",
            type: "Range",
          })
        ),
      (n) => n as unknown as OfficeMockObject
    );
    const methods: Shape<Excel.NamedItemCollection> = {
      add: (name: string, reference: Excel.Range | string, comment?: string) => {
        // Read the address at sync, as Excel resolves it: after any rename queued before it.
        const address = () =>
          typeof reference === "string" ? reference : (reference as unknown as { fakeAddress: string }).fakeAddress;
        self.afterSync(`names.add ${name}`, () => self.names.push({ name, formula: `=${address()}`, comment }));
        return {};
      },
      getItem: (name: string): Shape<Excel.NamedItem> => ({
        delete: () =>
          self.afterSync(`names.delete ${name}`, () => {
            if (!self.names.some((n) => n.name === name)) throw officeError("ItemNotFound", `No name ${name}`);
            self.names = self.names.filter((n) => n.name !== name);
          }),
      }),
    };
    return Object.assign(collection, methods) as Shape<Excel.NamedItemCollection>;
  }

  /** A worksheet proxy, by name or for a sheet object (one added in this batch is not in the workbook yet). */
  worksheet(nameOrSheet: string | FakeSheet): Shape<Excel.Worksheet> {
    const self = this;
    const fakeSheet = typeof nameOrSheet === "string" ? this.sheet(nameOrSheet) : nameOrSheet;
    const name = fakeSheet.name;
    const sheet = () => fakeSheet;
    const label = () => `worksheet ${fakeSheet.name}`;
    const data: Shape<Excel.Worksheet> = {
      id: fakeSheet.id,
      name,
      visibility: "Visible",
      protection: { protected: fakeSheet.protected },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        self.range(fakeSheet, row, col, rows, cols),
      getRange: (address?: string) => {
        if (address === undefined) return self.wholeSheet(fakeSheet);
        const a = parseAddress(address);
        return self.range(fakeSheet, a.row, a.col, a.rows, a.cols);
      },
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => self.usedRange(fakeSheet, valuesOnly ?? false),
      activate: () => self.afterSync(`${label()}.activate`, () => (self.activeSheet = fakeSheet.name)),
      delete: () =>
        self.afterSync(`${label()}.delete`, () => {
          self.refuseIfStructureProtected();
          if (!self.sheets.includes(fakeSheet)) throw officeError("ItemNotFound", `No sheet ${fakeSheet.name}`);
          self.sheets = self.sheets.filter((s) => s !== fakeSheet);
          // As in Excel, a name that referred to the sheet is kept, its reference now =#REF!$A$1.
          for (const n of self.names) n.formula = renameInFormula(n.formula, fakeSheet.name, "#REF");
          // Its handlers and rules go with it.
          fakeSheet.handlers = [];
          for (const h of self.highlights) if (h.sheet === fakeSheet.name) h.deleted = true;
        }),
      freezePanes: {
        freezeRows: (count?: number) => self.afterSync(`${label()}.freezeRows`, () => (sheet().frozenRows = count)),
      },
      pageLayout: {
        setPrintTitleRows: (rows: Excel.Range | string) =>
          self.afterSyncSince(
            "pageLayout",
            `${label()}.setPrintTitleRows`,
            () => (sheet().pageLayout.printTitleRows = rows)
          ),
      },
      horizontalPageBreaks: {
        add: (at: Excel.Range | string) => {
          const address = typeof at === "string" ? at : (at as unknown as { fakeAddress: string }).fakeAddress;
          self.afterSyncSince("horizontalPageBreaks", `${label()}.horizontalPageBreaks.add`, () =>
            sheet().pageBreaks.push(parseAddress(address).row)
          );
          return {};
        },
      },
      charts: {
        add: (type: Excel.ChartType | string, source: Excel.Range, seriesBy?: Excel.ChartSeriesBy | string) =>
          self.chart(fakeSheet, String(type), source, seriesBy === undefined ? "Auto" : String(seriesBy)),
      } as Shape<Excel.ChartCollection>,
      autoFilter: {
        enabled: fakeSheet.autoFilter.enabled,
        apply: (range: Excel.Range | string, columnIndex?: number, criteria?: Excel.FilterCriteria) =>
          self.afterSync(`${label()}.autoFilter.apply`, () => {
            self.refuseIfProtected(sheet());
            sheet().autoFilter = {
              enabled: true,
              column: columnIndex,
              criterion: criteria?.criterion1,
              range: (range as unknown as { fakeAddress: string }).fakeAddress,
            };
          }),
        clearCriteria: () =>
          self.afterSync(`${label()}.autoFilter.clearCriteria`, () => {
            self.refuseIfProtected(sheet());
            sheet().autoFilter = { enabled: true };
          }),
      },
      onChanged: this.onChanged(() => fakeSheet.handlers, `worksheet ${name}`) as Shape<Excel.Worksheet["onChanged"]>,
    };
    const proxy = this.track(data);
    // Renaming and page setup are writes Office.js applies at sync.
    return new Proxy(proxy, {
      set(target, prop, value) {
        // office-addin-mock writes its own "Error, …" markers while loading; only real assignments count.
        if (prop === "name" && !isMockMarker(value)) {
          self.afterSync(`${label()}.name = ${String(value)}`, () => {
            self.refuseIfStructureProtected();
            const old = fakeSheet.name;
            if (self.activeSheet === old) self.activeSheet = value;
            for (const h of self.highlights) if (h.sheet === old) h.sheet = value;
            // A name's reference follows the renamed sheet, as in Excel.
            for (const n of self.names) n.formula = renameInFormula(n.formula, old, sheetRef(value));
            fakeSheet.name = value;
          });
          return true;
        }
        return Reflect.set(target, prop, value);
      },
      get(target, prop) {
        if (prop === "pageLayout") {
          const layout = Reflect.get(target, prop) as Record<string, unknown>;
          return new Proxy(layout, {
            set(_t, p, v) {
              self.afterSyncSince(
                "pageLayout",
                `${label()}.pageLayout.${String(p)}`,
                () => (sheet().pageLayout[String(p)] = v)
              );
              return true;
            },
          });
        }
        return Reflect.get(target, prop);
      },
    });
  }

  /**
   * `worksheet.charts.add`: the chart appears at sync (ItemNotFound if its sheet is gone by then),
   * with one series per column of the source (or per row with seriesBy "Rows"). Every property
   * set on it, its series, axes and legend is a write applied at sync, in order.
   */
  private chart(sheet: FakeSheet, type: string, source: Excel.Range, seriesBy: string): Shape<Excel.Chart> {
    const self = this;
    const sourceAddress = (source as unknown as { fakeAddress: string }).fakeAddress;
    const chart: FakeChart = {
      name: `Chart ${this.nextId}`,
      type,
      source: sourceAddress,
      legend: {},
      valueAxis: {},
      categoryAxis: {},
      series: [],
    };
    const label = `chart on ${sheet.name}`;
    const area = parseAddress(sourceAddress);
    const sheetPart = sourceAddress.replace(/!.*/, "");
    const byRows = seriesBy === "Rows";
    for (let i = 0; i < (byRows ? area.rows : area.cols); i++) {
      const at = byRows ? a1(area.row + i, area.col, 1, area.cols) : a1(area.row, area.col + i, area.rows, 1);
      // Absolute, as Excel writes a series' reference (and as fakeAddress gives a range's).
      chart.series.push({ values: `${sheetPart}!${at.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}` });
    }
    this.afterSync(`${label}.charts.add ${type}`, () => {
      if (!self.sheets.includes(sheet)) throw officeError("ItemNotFound", `No sheet ${sheet.name} for the chart`);
      sheet.charts.push(chart);
    });
    /** An object whose every assignment is a write at sync, recorded as `record[key]` by `put`. */
    const writes = <T extends object>(part: string, put: (key: string, value: unknown) => void): T =>
      new Proxy({} as T, {
        set(_t, prop, value) {
          self.afterSyncSince(`${part}.${String(prop)}`, `${label}.${part}.${String(prop)}`, () =>
            put(String(prop), value)
          );
          return true;
        },
      });
    const address = (r: Excel.Range | string) =>
      typeof r === "string" ? r : (r as unknown as { fakeAddress: string }).fakeAddress;
    const oneLine = (r: Excel.Range | string) => {
      const a = parseAddress(address(r));
      if (a.rows > 1 && a.cols > 1)
        throw officeError("InvalidArgument", `A series reads one row or column, not ${address(r)}`);
      return address(r);
    };
    const seriesProxy = (find: () => FakeChartSeries): Shape<Excel.ChartSeries> => {
      const series = writes<Shape<Excel.ChartSeries>>("series", (k, v) => {
        const target = find();
        if (k === "name") target.name = String(v);
        else (target as Record<string, unknown>)[k] = v;
      });
      const methods: Shape<Excel.ChartSeries> = {
        setValues: (r: Excel.Range) =>
          self.afterSyncSince("series.setValues", `${label}.series.setValues`, () => (find().values = oneLine(r))),
        setXAxisValues: (r: Excel.Range) =>
          self.afterSyncSince(
            "series.setXAxisValues",
            `${label}.series.setXAxisValues`,
            () => (find().categories = oneLine(r))
          ),
        format: {
          fill: {
            setSolidColor: (color: string) =>
              self.afterSync(`${label}.series.fill.setSolidColor`, () => (find().fill = color)),
          },
          line: writes<Shape<Excel.ChartLineFormat>>("line", (k, v) => {
            if (k === "color") find().lineColor = String(v);
            else if (k === "lineStyle") find().lineStyle = String(v);
          }),
        },
      };
      // Methods are read from the object itself; everything assigned goes through `writes`.
      return new Proxy(series, {
        get: (target, prop) => (prop in methods ? methods[prop as keyof typeof methods] : Reflect.get(target, prop)),
      });
    };
    const data = writes<Shape<Excel.Chart>>("chart", (k, v) => {
      if (k === "name") chart.name = String(v);
    });
    const members: Shape<Excel.Chart> = {
      title: writes<Shape<Excel.ChartTitle>>("title", (k, v) => k === "text" && (chart.title = String(v))),
      legend: writes<Shape<Excel.ChartLegend>>("legend", (k, v) => ((chart.legend as Record<string, unknown>)[k] = v)),
      axes: {
        valueAxis: writes<Shape<Excel.ChartAxis>>(
          "valueAxis",
          (k, v) => ((chart.valueAxis as Record<string, unknown>)[k] = v)
        ),
        categoryAxis: writes<Shape<Excel.ChartAxis>>(
          "categoryAxis",
          (k, v) => ((chart.categoryAxis as Record<string, unknown>)[k] = v)
        ),
      },
      setPosition: (start: Excel.Range | string, end?: Excel.Range | string) =>
        self.afterSync(
          `${label}.setPosition`,
          () => (chart.position = { start: address(start), end: end === undefined ? undefined : address(end) })
        ),
      series: {
        getItemAt: (index: number) =>
          seriesProxy(() => {
            const found = chart.series[index];
            if (!found) throw officeError("ItemNotFound", `No series ${index} in ${chart.name}`);
            return found;
          }),
        add: (name?: string) => {
          const added: FakeChartSeries = { name };
          self.afterSyncSince("series.add", `${label}.series.add`, () => chart.series.push(added));
          return seriesProxy(() => added);
        },
      },
    };
    return new Proxy(data, {
      get: (target, prop) => (prop in members ? members[prop as keyof typeof members] : Reflect.get(target, prop)),
    });
  }

  /** The used range; with `valuesOnly`, cells that only carry a format do not count (as in Excel). */
  private usedRange(sheet: FakeSheet, valuesOnly: boolean): Shape<Excel.Range> {
    let maxRow = -1;
    let maxCol = -1;
    let minRow = Infinity;
    let minCol = Infinity;
    for (const [k, cell] of sheet.cells) {
      const empty = cell.value === "" || cell.value === null || cell.value === undefined;
      if (empty && cell.formula === undefined && (valuesOnly || cell.numberFormat === "General")) continue;
      const [r, c] = k.split(",").map(Number);
      maxRow = Math.max(maxRow, r);
      maxCol = Math.max(maxCol, c);
      minRow = Math.min(minRow, r);
      minCol = Math.min(minCol, c);
    }
    if (maxRow < 0) {
      // A null object accepts the same loads as a range; its properties are never read.
      const empty = this.track<Shape<Excel.Range>>({
        values: [],
        numberFormat: [],
        formulas: [],
        rowIndex: 0,
        columnIndex: 0,
        rowCount: 0,
        columnCount: 0,
        address: "",
      });
      (empty as { isNullObject?: boolean }).isNullObject = true;
      return empty;
    }
    const range = this.range(sheet, minRow, minCol, maxRow - minRow + 1, maxCol - minCol + 1);
    (range as { isNullObject?: boolean }).isNullObject = false;
    return range;
  }

  /**
   * A sheet's (or a range's) conditional formats. Loaded items are bound by their position in the
   * collection when they are used, as in Excel: after item 0 is deleted, "item 1" is the old item 2.
   */
  private conditionalFormats(sheet: FakeSheet, area?: FakeHighlight["address"]) {
    const self = this;
    const overlaps = (h: FakeHighlight) =>
      !area ||
      (h.address.row < area.row + area.rows &&
        area.row < h.address.row + h.address.rows &&
        h.address.col < area.col + area.cols &&
        area.col < h.address.col + h.address.cols);
    const live = () => self.highlights.filter((h) => h.sheet === sheet.name && !h.deleted && overlaps(h));
    for (const h of self.highlights) h.id ??= self.newId();
    const formats = this.collection(
      "conditionalFormats",
      () =>
        live().map((h, index) => {
          const item = self.track<Shape<Excel.ConditionalFormat>>({
            id: h.id,
            type: h.type as Excel.ConditionalFormatType,
            customOrNullObject: {
              rule: { formula: h.formula ?? "" },
              format: { fill: { color: h.fill ?? "" }, font: { color: h.fontColor ?? "" } },
            },
            // ExcelApi 1.6; a format over several areas gives a null object (the fake's have one area).
            getRangeOrNullObject: () => {
              const { row, col, rows, cols } = h.address;
              const range = self.track<Shape<Excel.Range>>({
                address: `${quote(h.sheet)}!${a1(row, col, rows, cols)}`,
              });
              (range as { isNullObject?: boolean }).isNullObject = false;
              return range;
            },
            delete: () =>
              self.afterSync(`conditionalFormats.items[${index}].delete`, () => {
                const now = live()[index];
                if (!now) throw officeError("ItemNotFound", `No conditional format at ${index}`);
                now.deleted = true;
              }),
          });
          (item.customOrNullObject as { isNullObject?: boolean }).isNullObject = h.type !== "Custom";
          return item;
        }),
      (f) => f as unknown as OfficeMockObject
    );
    const methods: Shape<Excel.ConditionalFormatCollection> = {
      getItem: (id: string): Shape<Excel.ConditionalFormat> => ({
        delete: () =>
          self.afterSync(`conditionalFormats.getItem(${id}).delete`, () => {
            const found = self.highlights.find((h) => h.id === id && h.sheet === sheet.name && !h.deleted);
            if (!found) throw officeError("ItemNotFound", `No conditional format ${id}`);
            found.deleted = true;
          }),
      }),
    };
    return Object.assign(formats, methods) as Shape<Excel.ConditionalFormatCollection>;
  }

  /** Inserts `count` whole columns at `at`, moving and growing what Excel moves and grows (see the header). */
  private insertColumns(sheet: FakeSheet, at: number, count: number): void {
    const moved = (c: number) => (c >= at ? c + count : c);
    const area = (a: { row: number; col: number; rows: number; cols: number }) => {
      const col = moved(a.col);
      return { ...a, col, cols: moved(a.col + a.cols - 1) - col + 1 };
    };
    const address = (text: string) => {
      const a = area(parseAddress(text));
      return a1(a.row, a.col, a.rows, a.cols);
    };
    const cells = new Map<string, FakeCell>();
    for (const [k, cell] of sheet.cells) {
      const [r, c] = k.split(",").map(Number);
      cells.set(key(r, moved(c)), cell);
    }
    sheet.cells = cells;
    for (const s of this.sheets) {
      for (const cell of s.cells.values()) {
        if (cell.formula !== undefined) cell.formula = shiftFormula(cell.formula, sheet.name, at, count, s === sheet);
      }
    }
    for (const name of this.names) name.formula = shiftFormula(name.formula, sheet.name, at, count, false);
    sheet.merges = sheet.merges.map(address);
    sheet.validations = sheet.validations.map((v) => ({ ...v, address: address(v.address) }));
    for (const h of this.highlights) if (h.sheet === sheet.name && !h.deleted) h.address = area(h.address);
    if (sheet.autoFilter.range)
      sheet.autoFilter.range = shiftFormula(sheet.autoFilter.range, sheet.name, at, count, true);
    // Widths and cell formats: "Format Same As Left", Excel's default for an inserted column.
    const widths = new Map<number, number>();
    for (const [c, w] of sheet.columnWidths) widths.set(moved(c), w);
    const left = sheet.columnWidths.get(at - 1);
    if (left !== undefined) for (let c = at; c < at + count; c++) widths.set(c, left);
    sheet.columnWidths = widths;
    for (const line of sheet.cellProperties ?? []) {
      if (line && line.length > at) line.splice(at, 0, ...Array.from({ length: count }, () => line[at - 1]));
    }
    this.raise(sheet, `${columnLetters(at)}:${columnLetters(at + count - 1)}`, "ThisLocalAddin");
  }

  private wholeSheet(sheet: FakeSheet): Shape<Excel.Range> {
    return { conditionalFormats: this.conditionalFormats(sheet) };
  }

  private setLocked(sheet: FakeSheet, row: number, col: number, locked: boolean): void {
    if (locked) sheet.unlocked.delete(key(row, col));
    else sheet.unlocked.add(key(row, col));
  }

  /** Whether a cell is locked: Excel's default, until a format unlocks it. */
  locked(sheet: FakeSheet, row: number, col: number): boolean {
    return !sheet.unlocked.has(key(row, col));
  }

  /** What a protected sheet says to a change it does not allow (see the header). */
  private refuseIfProtected(sheet: FakeSheet): void {
    if (sheet.protected) {
      throw officeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
    }
  }

  /** What a workbook with a protected structure says to adding, deleting or renaming a sheet. */
  private refuseIfStructureProtected(): void {
    if (this.structureProtected) throw officeError("AccessDenied", "You cannot perform the requested operation.");
  }

  private setWrap(sheet: FakeSheet, row: number, col: number, wrap: boolean): void {
    if (wrap) sheet.wrapped.add(key(row, col));
    else sheet.wrapped.delete(key(row, col));
  }

  /** Lines a cell's text takes: wrapped, as many as its column's width needs (a character a unit); else one. */
  private linesOf(sheet: FakeSheet, row: number, col: number): number {
    const text = String(sheet.cells.get(key(row, col))?.value ?? "");
    if (text === "" || !sheet.wrapped.has(key(row, col))) return 1;
    const perLine = Math.max(
      1,
      Math.floor((sheet.columnWidths.get(col) ?? STANDARD_WIDTH_POINTS) / POINTS_PER_CHARACTER)
    );
    return Math.ceil(text.length / perLine);
  }

  /** Excel's row autofit: each row as tall as the most lines any cell of the range takes (unwrapped text, one). */
  private autofit(sheet: FakeSheet, row: number, col: number, rows: number, cols: number): void {
    for (let r = row; r < row + rows; r++) {
      let lines = 1;
      for (let c = col; c < col + cols; c++) lines = Math.max(lines, this.linesOf(sheet, r, c));
      sheet.rowHeights.set(r, lines * FAKE_LINE_POINTS);
    }
  }

  /**
   * Whether a cell's whole text shows: wrapped, in a row tall enough for its lines; unwrapped, within its column
   * (the next column of a template row is filled, so Excel cuts the text at the edge rather than spill it).
   */
  shows(sheetName: string, row: number, col: number): boolean {
    const sheet = this.sheet(sheetName);
    const text = String(sheet.cells.get(key(row, col))?.value ?? "");
    const width = Math.floor((sheet.columnWidths.get(col) ?? STANDARD_WIDTH_POINTS) / POINTS_PER_CHARACTER);
    if (!sheet.wrapped.has(key(row, col))) return text.length <= width;
    return this.linesOf(sheet, row, col) * FAKE_LINE_POINTS <= (sheet.rowHeights.get(row) ?? FAKE_LINE_POINTS);
  }

  /** A range proxy holding the cells' current contents; writes to it apply at the next sync. */
  range(sheet: FakeSheet, row: number, col: number, rows: number, cols: number): Shape<Excel.Range> {
    const self = this;
    const grid = <T>(pick: (cell: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => pick(sheet.cells.get(key(row + r, col + c))))
      );
    const address = a1(row, col, rows, cols);
    const label = () => `range ${sheet.name}!${address}`;
    // Whole columns or rows are for inserting and formatting: their million cells are never loaded.
    const huge = rows * cols > 1_000_000;
    const values = huge ? [] : grid((c) => c?.value ?? "");
    const formulas = huge ? [] : grid((c) => c?.formula ?? c?.value ?? "");
    const numberFormat = huge ? [] : grid((c) => c?.numberFormat ?? "General");
    const data: Shape<Excel.Range> = {
      address: `${quote(sheet.name)}!${address}`,
      rowIndex: row,
      columnIndex: col,
      rowCount: rows,
      columnCount: cols,
      values,
      formulas,
      numberFormat,
      format: {
        font: {},
        fill: {},
        protection: {},
        borders: { getItem: (): Shape<Excel.RangeBorder> => ({}) },
        autofitRows: () =>
          self.afterSync(`${label()}.format.autofitRows`, () => self.autofit(sheet, row, col, rows, cols)),
      },
      merge: () => self.afterSync(`${label()}.merge`, () => self.merge(sheet, address)),
      getMergedAreasOrNullObject: () => self.mergedAreas(sheet, row, col, rows, cols),
      select: () => self.afterSync(`${label()}.select`, () => self.selections.push(`${sheet.name}!${address}`)),
      setCellProperties: (properties: Excel.SettableCellProperties[][]) =>
        self.afterSync(
          `${label()}.setCellProperties`,
          () => {
            // Each cell of the range gets its own properties; cells outside it keep theirs.
            const grid = (sheet.cellProperties ??= []);
            properties.forEach((line, r) =>
              line.forEach((p, c) => {
                grid[row + r] ??= [];
                grid[row + r][col + c] = p;
                const wrap = p.format?.wrapText;
                if (wrap !== undefined) self.setWrap(sheet, row + r, col + c, wrap);
                const locked = p.format?.protection?.locked;
                if (locked !== undefined) self.setLocked(sheet, row + r, col + c, locked);
              })
            );
          },
          payloadBytes(properties)
        ),
      insert: (shift: Excel.InsertShiftDirection | "Down" | "Right") => {
        self.afterSync(`${label()}.insert ${shift}`, () => {
          self.refuseIfProtected(sheet);
          if (shift !== "Right" || row !== 0 || rows !== SHEET_ROWS) {
            throw new Error(`fake Excel: only whole columns shifted right are modelled, not ${address} ${shift}`);
          }
          self.insertColumns(sheet, col, cols);
        });
        return self.range(sheet, row, col, rows, cols);
      },
      dataValidation: {
        clear: () => undefined,
      },
    };
    const proxy = this.track(data) as Shape<Excel.Range> & { fakeAddress: string };
    // Like a name's formula in Excel, the address follows the sheet when it is renamed.
    Object.defineProperty(proxy, "fakeAddress", {
      get: () =>
        `${quote(sheet.name)}!$${columnLetters(col)}$${row + 1}:$${columnLetters(col + cols - 1)}$${row + rows}`,
    });
    const formats = this.conditionalFormats(sheet, { row, col, rows, cols }) as Record<string, unknown>;
    formats.add = (type: Parameters<Excel.ConditionalFormatCollection["add"]>[0]) => {
      const highlight: FakeHighlight = {
        id: self.newId(),
        sheet: sheet.name,
        address: { row, col, rows, cols },
        type,
        deleted: false,
      };
      const rule: { formula?: string } = {};
      const fill: { color?: string } = {};
      const font: { color?: string } = {};
      self.afterSync(`${label()}.conditionalFormats.add`, () => {
        highlight.sheet = sheet.name;
        highlight.formula = rule.formula;
        highlight.fill = fill.color;
        highlight.fontColor = font.color;
        self.highlights.push(highlight);
      });
      const format: Shape<Excel.ConditionalFormat> = { custom: { rule, format: { fill, font } } };
      return format;
    };
    (proxy as Record<string, unknown>).conditionalFormats = formats;
    // Wrapping and column widths are kept on the sheet, for autofitRows to measure (reading them back gives what was set).
    const format = proxy.format as Record<string, unknown>;
    const set: Record<string, unknown> = {};
    // `format.load("wrapText")`: at sync, the range's wrap as Excel gives it (true, false, or null when mixed).
    let wrapRead: unknown;
    const loadFormat = format.load as (props: string) => unknown;
    format.load = (props: string) => {
      const rest = props.split(",").filter((p) => p.trim() !== "wrapText");
      if (rest.length < props.split(",").length) {
        wrapRead = "Error, context.sync() was not called";
        self.afterSync(`${label()}.format.load`, () => {
          const wraps = new Set<boolean>();
          for (let r = row; r < row + rows; r++)
            for (let c = col; c < col + cols; c++) wraps.add(sheet.wrapped.has(key(r, c)));
          wrapRead = wraps.size === 1 ? [...wraps][0] : null;
        });
      }
      if (rest.length > 0) loadFormat.call(format, rest.join(","));
      return format;
    };
    for (const prop of ["wrapText", "columnWidth"] as const) {
      Object.defineProperty(format, prop, {
        set: (v) => {
          set[prop] = v;
          if (isMockMarker(v)) return;
          self.afterSync(`${label()}.format.${prop}`, () => {
            for (let c = col; c < col + cols; c++) {
              if (prop === "columnWidth") sheet.columnWidths.set(c, Number(v));
              else for (let r = row; r < row + rows; r++) self.setWrap(sheet, r, c, Boolean(v));
            }
          });
        },
        get: () => (prop === "wrapText" && wrapRead !== undefined ? wrapRead : set[prop]),
      });
    }
    const protection = format.protection as Record<string, unknown>;
    let locked: unknown;
    Object.defineProperty(protection, "locked", {
      set: (v) => {
        locked = v;
        if (isMockMarker(v)) return;
        self.afterSync(`${label()}.format.protection.locked`, () => {
          for (let r = row; r < row + rows; r++)
            for (let c = col; c < col + cols; c++) self.setLocked(sheet, r, c, Boolean(v));
        });
      },
      get: () => locked,
    });
    const validation = proxy.dataValidation as Record<string, unknown>;
    const record: FakeSheet["validations"][number] = { address };
    for (const prop of ["rule", "errorAlert", "prompt"] as const) {
      Object.defineProperty(validation, prop, {
        set: (v) => {
          record[prop] = v;
          if (prop === "rule") self.afterSync(`${label()}.dataValidation`, () => sheet.validations.push(record));
        },
        get: () => record[prop],
      });
    }
    const sizes: Record<string, () => number> = {
      values: () => payloadBytes(values),
      formulas: () => payloadBytes(formulas),
      numberFormat: () => payloadBytes(numberFormat),
    };
    const wrapped = new Proxy(proxy, {
      get(target, prop) {
        if (prop === "load") {
          // What a load will bring back counts towards the response of the next sync.
          return (props?: string | string[]) => {
            const list = typeof props === "string" ? props.split(",") : (props ?? []);
            for (const p of list) self.responseBytes += sizes[p.trim()]?.() ?? 16;
            return (target as unknown as { load: (p: unknown) => unknown }).load(props);
          };
        }
        return Reflect.get(target, prop);
      },
      set(target, prop, value) {
        if ((prop === "values" || prop === "formulas" || prop === "numberFormat") && Array.isArray(value)) {
          const written = value as unknown[][];
          self.writes.push({ sheet: sheet.name, row, col, property: prop, data: written });
          self.afterSync(
            `${label()}.${prop}`,
            () => {
              // Formats are refused on any protected cell; values and formulas on a locked one.
              if (
                prop === "numberFormat" ||
                written.some((line, r) => line.some((_, c) => self.locked(sheet, row + r, col + c)))
              )
                self.refuseIfProtected(sheet);
              written.forEach((line, r) =>
                line.forEach((v, c) => {
                  const k = key(row + r, col + c);
                  const old = sheet.cells.get(k) ?? { value: "", numberFormat: "General" };
                  if (prop === "numberFormat") sheet.cells.set(k, { ...old, numberFormat: String(v) });
                  else if (typeof v === "string") {
                    const typed = parseAsTyped(v, old.numberFormat);
                    sheet.cells.set(k, { ...typed, numberFormat: old.numberFormat });
                  } else sheet.cells.set(k, { value: v, numberFormat: old.numberFormat });
                })
              );
              if (prop !== "numberFormat") {
                const cells = written.flatMap((line, r) => line.map((_, c) => ({ row: row + r, col: col + c })));
                self.calculation.cellsChanged(sheet, cells);
              }
              if (prop !== "numberFormat") self.raise(sheet, address, "ThisLocalAddin");
            },
            payloadBytes(written)
          );
          return true;
        }
        if (prop === "rowHidden" && !isMockMarker(value)) {
          self.afterSync(`${label()}.rowHidden`, () => {
            self.refuseIfProtected(sheet);
            for (let r = row; r < row + rows; r++) {
              if (value) sheet.hiddenRows.add(r);
              else sheet.hiddenRows.delete(r);
            }
          });
          return true;
        }
        return Reflect.set(target, prop, value);
      },
    });
    this.ranges.push({ sheet: sheet.name, row, col, rows, cols, proxy: wrapped });
    return wrapped;
  }
}
