/**
 * A small Excel for tests: workbook state held in memory, reached through office-addin-mock
 * proxies that keep Office.js' rules (a property read before load and sync is an error string).
 * Every proxy's shape is typed against @types/office-js, so a misspelt method or property in the
 * mock fails the type check instead of passing a test that proves nothing.
 */

import { OfficeMockObject } from "office-addin-mock";
import type { ExcelHost } from "../../src/excel/host";

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
  sheet: string;
  address: { row: number; col: number; rows: number; cols: number };
  formula?: string;
  fill?: string;
  fontColor?: string;
  type: string;
  deleted: boolean;
}

export interface FakeSheet {
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
  cellProperties?: unknown[][];
  handlers: ((event: Partial<Excel.WorksheetChangedEventArgs>) => Promise<unknown>)[];
}

export interface FakeWrite {
  sheet: string;
  row: number;
  col: number;
  property: "values" | "formulas" | "numberFormat";
  data: unknown[][];
}

const key = (r: number, c: number) => `${r},${c}`;

/** office-addin-mock's markers for a property not loaded or not synced yet. */
function isMockMarker(value: unknown): boolean {
  return typeof value === "string" && value.startsWith("Error, ");
}

export interface FakeRange {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  proxy: Shape<Excel.Range>;
}

export function letterIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** 0-based area of an A1 address such as `B3` or `A6:L6`. */
export function parseAddress(address: string): { row: number; col: number; rows: number; cols: number } {
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

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names: { name: string; formula: string; comment?: string }[] = [];
  settings = new Map<string, unknown>();
  highlights: FakeHighlight[] = [];
  readOnly = false;
  activeSheet = "";
  syncs = 0;
  writes: FakeWrite[] = [];
  /** Every value enableEvents took, in order. */
  enableEvents: boolean[] = [];
  selections: string[] = [];
  /** ExcelApi versions reported as supported (all when undefined). */
  supported?: Set<string>;
  /** An error the next sync throws (Office.js errors carry a code). */
  failNextSync?: { code: string; message: string };
  /** Every load call: "object: properties". */
  loads: string[] = [];
  /** Every range proxy handed out, to inspect what was set on it. */
  ranges: FakeRange[] = [];

  private pending: (() => void)[] = [];
  private proxies: OfficeMockObject[] = [];

  addSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      name,
      cells: new Map(),
      protected: false,
      hiddenRows: new Set(),
      autoFilter: { enabled: false },
      merges: [],
      columnWidths: new Map(),
      validations: [],
      pageLayout: {},
      handlers: [],
    };
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet)
      throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), { code: "ItemNotFound" });
    return sheet;
  }

  cell(sheet: string, row: number, col: number): FakeCell | undefined {
    return this.sheet(sheet).cells.get(key(row, col));
  }

  /** Staff typing or pasting: sets a cell's value as Excel would store it. */
  type(sheet: string, row: number, col: number, value: unknown, numberFormat?: string): void {
    const s = this.sheet(sheet);
    const old = s.cells.get(key(row, col));
    s.cells.set(key(row, col), { value, numberFormat: numberFormat ?? old?.numberFormat ?? "General" });
  }

  host(): ExcelHost {
    return {
      run: async (batch) => batch(this.context() as unknown as Excel.RequestContext),
      supports: (version) => this.supported === undefined || this.supported.has(version),
    };
  }

  private track<T extends object>(data: T): T {
    const proxy = new OfficeMockObject(data as Record<string, unknown>);
    this.proxies.push(proxy);
    return proxy as unknown as T;
  }

  private afterSync(fn: () => void): void {
    this.pending.push(fn);
  }

  context(): Shape<Excel.RequestContext> {
    const self = this;
    const runtime = {} as { enableEvents?: boolean };
    Object.defineProperty(runtime, "enableEvents", {
      set: (v: boolean) => {
        self.enableEvents.push(v);
      },
      get: () => self.enableEvents[self.enableEvents.length - 1] ?? true,
    });
    return {
      workbook: this.workbook(),
      runtime: runtime as Shape<Excel.Runtime>,
      sync: async () => {
        self.syncs++;
        if (self.failNextSync) {
          const error = Object.assign(new Error(self.failNextSync.message), { code: self.failNextSync.code });
          self.failNextSync = undefined;
          self.proxies = [];
          self.pending = [];
          throw error;
        }
        const proxies = self.proxies;
        self.proxies = [];
        for (const p of proxies) await p.sync();
        const pending = self.pending;
        self.pending = [];
        for (const fn of pending) fn();
      },
    };
  }

  private workbook(): Shape<Excel.Workbook> {
    const self = this;
    const data: Shape<Excel.Workbook> = {
      readOnly: this.readOnly,
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
          self.afterSync(() => self.settings.set(name, value));
          return {};
        },
      },
    };
    return this.track(data);
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
        self.afterSync(() => {
          target.items = items;
        });
        return target;
      },
    };
    return holder;
  }

  private worksheets(): Shape<Excel.WorksheetCollection> {
    const self = this;
    const collection = this.collection(
      "worksheets",
      () => self.sheets.map((s) => self.worksheet(s.name)),
      (w) => w as unknown as OfficeMockObject
    );
    const methods: Shape<Excel.WorksheetCollection> = {
      getItem: (name: string) => self.worksheet(self.sheet(name).name),
      getActiveWorksheet: () => self.worksheet(self.activeSheet),
      add: (name?: string) => {
        const sheetName = name ?? `Sheet${self.sheets.length + 1}`;
        if (self.sheets.some((s) => s.name.toLowerCase() === sheetName.toLowerCase())) {
          throw Object.assign(new Error("A sheet with that name exists"), { code: "ItemAlreadyExists" });
        }
        self.addSheet(sheetName);
        return self.worksheet(sheetName);
      },
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
        self.afterSync(() => self.names.push({ name, formula: `=${address()}`, comment }));
        return {};
      },
      getItem: (name: string): Shape<Excel.NamedItem> => ({
        delete: () => self.afterSync(() => (self.names = self.names.filter((n) => n.name !== name))),
      }),
    };
    return Object.assign(collection, methods) as Shape<Excel.NamedItemCollection>;
  }

  worksheet(name: string): Shape<Excel.Worksheet> {
    const self = this;
    const fakeSheet = this.sheet(name);
    const sheet = () => fakeSheet;
    const data: Shape<Excel.Worksheet> = {
      name,
      visibility: "Visible",
      protection: { protected: this.sheet(name).protected },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        self.range(fakeSheet, row, col, rows, cols),
      getRange: (address?: string) => {
        if (address === undefined) return self.wholeSheet(fakeSheet);
        const a = parseAddress(address);
        return self.range(fakeSheet, a.row, a.col, a.rows, a.cols);
      },
      getUsedRangeOrNullObject: () => self.usedRange(fakeSheet),
      activate: () => self.afterSync(() => (self.activeSheet = fakeSheet.name)),
      delete: () => self.afterSync(() => (self.sheets = self.sheets.filter((s) => s !== fakeSheet))),
      freezePanes: { freezeRows: (count?: number) => self.afterSync(() => (sheet().frozenRows = count)) },
      pageLayout: {
        setPrintTitleRows: (rows: Excel.Range | string) =>
          self.afterSync(() => (sheet().pageLayout.printTitleRows = rows)),
      },
      autoFilter: {
        enabled: this.sheet(name).autoFilter.enabled,
        apply: (range: Excel.Range | string, columnIndex?: number, criteria?: Excel.FilterCriteria) =>
          self.afterSync(() => {
            sheet().autoFilter = {
              enabled: true,
              column: columnIndex,
              criterion: criteria?.criterion1,
              range: (range as unknown as { fakeAddress: string }).fakeAddress,
            };
          }),
        clearCriteria: () => self.afterSync(() => (sheet().autoFilter = { enabled: true })),
      },
      onChanged: {
        add: (handler: (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>) => {
          sheet().handlers.push(handler as FakeSheet["handlers"][number]);
          return {
            remove: () => {
              sheet().handlers = sheet().handlers.filter((h) => h !== handler);
            },
            context: { sync: async () => undefined },
          };
        },
      },
    };
    const proxy = this.track(data);
    // Renaming and page setup are writes Office.js applies at sync.
    return new Proxy(proxy, {
      set(target, prop, value) {
        // office-addin-mock writes its own "Error, …" markers while loading; only real assignments count.
        if (prop === "name" && !isMockMarker(value)) {
          self.afterSync(() => {
            if (self.activeSheet === fakeSheet.name) self.activeSheet = value;
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
              self.afterSync(() => (sheet().pageLayout[String(p)] = v));
              return true;
            },
          });
        }
        return Reflect.get(target, prop);
      },
    });
  }

  private usedRange(sheet: FakeSheet): Shape<Excel.Range> {
    let maxRow = -1;
    let maxCol = -1;
    let minRow = Infinity;
    let minCol = Infinity;
    for (const [k, cell] of sheet.cells) {
      if (cell.value === "" || cell.value === null || cell.value === undefined) continue;
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
      });
      (empty as { isNullObject?: boolean }).isNullObject = true;
      return empty;
    }
    return this.range(sheet, minRow, minCol, maxRow - minRow + 1, maxCol - minCol + 1);
  }

  private wholeSheet(sheet: FakeSheet): Shape<Excel.Range> {
    const self = this;
    const formats = this.collection(
      "conditionalFormats",
      () =>
        self.highlights
          .filter((h) => h.sheet === sheet.name && !h.deleted)
          .map((h) => {
            const item = self.track<Shape<Excel.ConditionalFormat>>({
              type: h.type as Excel.ConditionalFormatType,
              customOrNullObject: { rule: { formula: h.formula ?? "" } },
              delete: () => self.afterSync(() => (h.deleted = true)),
            });
            (item.customOrNullObject as { isNullObject?: boolean }).isNullObject = h.type !== "Custom";
            return item;
          }),
      (f) => f as unknown as OfficeMockObject
    );
    return { conditionalFormats: formats as Shape<Excel.ConditionalFormatCollection> };
  }

  /** A range proxy holding the cells' current contents; writes to it apply at the next sync. */
  range(sheet: FakeSheet, row: number, col: number, rows: number, cols: number): Shape<Excel.Range> {
    const self = this;
    const name = sheet.name;
    const grid = <T>(pick: (cell: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => pick(sheet.cells.get(key(row + r, col + c))))
      );
    const address = `${columnLetters(col)}${row + 1}:${columnLetters(col + cols - 1)}${row + rows}`;
    const quote = (n: string) => (/^[A-Za-z0-9_]+$/.test(n) ? n : `'${n.replace(/'/g, "''")}'`);
    const quoted = quote(name);
    const data: Shape<Excel.Range> = {
      address: `${quoted}!${address}`,
      rowIndex: row,
      columnIndex: col,
      rowCount: rows,
      columnCount: cols,
      values: grid((c) => c?.value ?? ""),
      formulas: grid((c) => c?.formula ?? c?.value ?? ""),
      numberFormat: grid((c) => c?.numberFormat ?? "General"),
      format: {
        font: {},
        fill: {},
        protection: {},
        borders: { getItem: (): Shape<Excel.RangeBorder> => ({}) },
        autofitRows: () => undefined,
      },
      merge: () => self.afterSync(() => sheet.merges.push(address)),
      select: () => self.afterSync(() => self.selections.push(`${sheet.name}!${address}`)),
      setCellProperties: (properties: Excel.SettableCellProperties[][]) =>
        self.afterSync(() => (sheet.cellProperties = properties)),
      dataValidation: {
        clear: () => undefined,
      },
      conditionalFormats: {
        add: (type: Parameters<Excel.ConditionalFormatCollection["add"]>[0]) => {
          const highlight: FakeHighlight = {
            sheet: sheet.name,
            address: { row, col, rows, cols },
            type,
            deleted: false,
          };
          const rule: { formula?: string } = {};
          const fill: { color?: string } = {};
          const font: { color?: string } = {};
          self.afterSync(() => {
            highlight.formula = rule.formula;
            highlight.fill = fill.color;
            highlight.fontColor = font.color;
            self.highlights.push(highlight);
          });
          const format: Shape<Excel.ConditionalFormat> = { custom: { rule, format: { fill, font } } };
          return format;
        },
      },
    };
    const proxy = this.track(data) as Shape<Excel.Range> & { fakeAddress: string };
    // Like a name's formula in Excel, the address follows the sheet when it is renamed.
    Object.defineProperty(proxy, "fakeAddress", {
      get: () =>
        `${quote(sheet.name)}!$${columnLetters(col)}$${row + 1}:$${columnLetters(col + cols - 1)}$${row + rows}`,
    });
    const validation = proxy.dataValidation as Record<string, unknown>;
    const record: FakeSheet["validations"][number] = { address };
    for (const prop of ["rule", "errorAlert", "prompt"] as const) {
      Object.defineProperty(validation, prop, {
        set: (v) => {
          record[prop] = v;
          if (prop === "rule") self.afterSync(() => sheet.validations.push(record));
        },
        get: () => record[prop],
      });
    }
    const wrapped = new Proxy(proxy, {
      set(target, prop, value) {
        if ((prop === "values" || prop === "formulas" || prop === "numberFormat") && Array.isArray(value)) {
          const data = value as unknown[][];
          self.writes.push({ sheet: sheet.name, row, col, property: prop, data });
          self.afterSync(() => {
            data.forEach((line, r) =>
              line.forEach((v, c) => {
                const k = key(row + r, col + c);
                const old = sheet.cells.get(k) ?? { value: "", numberFormat: "General" };
                if (prop === "numberFormat") sheet.cells.set(k, { ...old, numberFormat: String(v) });
                else if (typeof v === "string" && v.startsWith("="))
                  sheet.cells.set(k, { ...old, formula: v, value: "" });
                else sheet.cells.set(k, { value: v, numberFormat: old.numberFormat });
              })
            );
          });
          return true;
        }
        if (prop === "rowHidden" && !isMockMarker(value)) {
          self.afterSync(() => {
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
