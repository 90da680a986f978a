/**
 * The fake Excel's calculation (`workbook.application`): formulas whose results follow their parts in Automatic mode
 * and stay stale in Manual mode until `calculate`, as the Office.js reference describes Excel.Application:
 * - `calculationMode` ("Automatic", "AutomaticExceptTables", "Manual"): read since ExcelApi 1.1, set since 1.8;
 * - `calculate(type)` (ExcelApi 1.1): "Recalculate" (F9) calculates the cells Excel marked as dirty, the dependents
 *   of cells changed since the last calculation; "Full" and "FullRebuild" (Ctrl+Alt+F9) calculate every formula.
 *   A workbook as opened (`FakeExcel.type`) carries its stored results: nothing in it is dirty, so a stale stored
 *   total stays stale after "Recalculate" and only a full calculation corrects it;
 * - a formula written or typed is calculated at once in every mode (Excel calculates the cell entered); its dependents
 *   follow only in Automatic mode. A calculation raises no change event (Excel's is `onCalculated`, not `onChanged`).
 * Formulas of + - * /, parentheses, numbers, A1 references (with a sheet name or not) and SUM over ranges are
 * calculated; any other formula keeps the value it holds. A part holding text gives #VALUE!, as in Excel.
 */

import { parseAddress, type FakeCell, type FakeSheet, type Shape } from "./fakeExcel";

export type CalculationMode = "Automatic" | "AutomaticExceptTables" | "Manual";
export type CalculationType = "Recalculate" | "Full" | "FullRebuild";

/** A reference inside a formula: the sheet it names (undefined: the formula's own) and its 0-based area. */
interface Reference {
  sheet?: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const REFERENCE = /^(?:('(?:[^']|'')+'|[A-Za-z0-9_]+)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/;
const TOKEN = /^\s*(?:(\d+(?:\.\d+)?(?:e[+-]?\d+)?)|([A-Z]+)\(|([-+*/(),]))/i;

function reference(text: string): { ref: Reference; length: number } | undefined {
  const m = REFERENCE.exec(text);
  if (!m) return undefined;
  const sheet = m[1] === undefined ? undefined : m[1].replace(/^'|'$/g, "").replace(/''/g, "'");
  return { ref: { sheet, ...parseAddress(m[2].replace(/\$/g, "")) }, length: m[0].length };
}

/** Every reference a formula makes (for dirty marking); none when it is not a formula. */
export function referencesOf(formula: string): Reference[] {
  const refs: Reference[] = [];
  const body = formula.replace(/^=/, "").replace(/"[^"]*"/g, "");
  for (let i = 0; i < body.length; i++) {
    if (i > 0 && /[\w.$']/.test(body[i - 1])) continue;
    const found = reference(body.slice(i));
    if (!found) continue;
    refs.push(found.ref);
    i += found.length - 1;
  }
  return refs;
}

type Value = number | string;

/**
 * A formula's result, or undefined when the fake does not calculate that formula (it then keeps its value).
 * `cell` gives a referenced cell of a sheet (undefined: the formula's own sheet).
 */
export function evaluate(formula: string, cell: (sheet: string | undefined, row: number, col: number) => unknown) {
  let rest = formula.replace(/^=/, "");
  const fail = (): never => {
    throw new Unsupported();
  };
  const peek = () => TOKEN.exec(rest);
  const take = (symbol: string) => {
    const m = peek();
    if (m?.[3] !== symbol) fail();
    rest = rest.slice((m as RegExpExecArray)[0].length);
  };
  const number = (v: unknown): Value => {
    if (v === "" || v === null || v === undefined) return 0;
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    return "#VALUE!";
  };
  const arithmetic = (a: Value, b: Value, op: string): Value => {
    if (typeof a === "string") return a;
    if (typeof b === "string") return b;
    if (op === "/" && b === 0) return "#DIV/0!";
    return op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;
  };
  const cells = (ref: Reference) =>
    Array.from({ length: ref.rows * ref.cols }, (_, i) =>
      cell(ref.sheet, ref.row + Math.floor(i / ref.cols), ref.col + (i % ref.cols))
    );
  const factor = (): Value => {
    rest = rest.trimStart();
    const ref = reference(rest);
    if (ref) {
      rest = rest.slice(ref.length);
      if (ref.ref.rows * ref.ref.cols !== 1) fail();
      return number(cells(ref.ref)[0]);
    }
    const m = peek() ?? fail();
    rest = rest.slice(m[0].length);
    if (m[1] !== undefined) return Number(m[1]);
    if (m[3] === "-") return arithmetic(0, factor(), "-");
    if (m[3] === "+") return factor();
    if (m[3] === "(") {
      const inner = expression();
      take(")");
      return inner;
    }
    if (m[2]?.toUpperCase() !== "SUM") fail();
    // SUM adds the numbers of its ranges and leaves text and blanks out, as Excel's does.
    let sum: Value = 0;
    for (;;) {
      rest = rest.trimStart();
      const range = reference(rest);
      if (range) {
        rest = rest.slice(range.length);
        for (const v of cells(range.ref)) if (typeof v === "number") sum = arithmetic(sum, v, "+");
      } else sum = arithmetic(sum, expression(), "+");
      const next = peek();
      if (next?.[3] === ")") break;
      take(",");
    }
    take(")");
    return sum;
  };
  const chain = (operand: () => Value, ops: string): (() => Value) => {
    return () => {
      let value = operand();
      for (let m = peek(); m?.[3] !== undefined && ops.includes(m[3]); m = peek()) {
        rest = rest.slice(m[0].length);
        value = arithmetic(value, operand(), m[3]);
      }
      return value;
    };
  };
  const expression: () => Value = chain(chain(factor, "*/"), "+-");
  try {
    const value = expression();
    return rest.trim() === "" ? value : undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

class Unsupported extends Error {}

/** The calculation state of one fake workbook: its mode, what changed since the last calculation, what was asked. */
export class FakeCalculation {
  mode: CalculationMode = "Automatic";
  /** Every calculate(type) applied, in order. */
  calculations: CalculationType[] = [];
  /** Cells changed since the last calculation, "sheet id|row,col": what "Recalculate" starts from. */
  private changed = new Set<string>();

  constructor(private readonly sheets: () => FakeSheet[]) {}

  /**
   * Cells whose contents changed by an edit or a write: a formula among them is calculated at once, and the
   * formulas depending on them too when Excel calculates by itself.
   */
  cellsChanged(sheet: FakeSheet, cells: { row: number; col: number }[]): void {
    for (const { row, col } of cells) {
      const cell = sheet.cells.get(`${row},${col}`);
      if (cell?.formula !== undefined) this.calculateCell(sheet, cell);
      this.changed.add(`${sheet.id}|${row},${col}`);
    }
    if (this.mode !== "Manual") this.calculate("Recalculate", false);
  }

  /** `application.calculate(type)`; `asked` is false for Excel's own automatic calculation. */
  calculate(type: CalculationType, asked = true): void {
    if (asked) this.calculations.push(type);
    const formulas = this.sheets().flatMap((sheet) =>
      [...sheet.cells].filter(([, c]) => c.formula !== undefined).map(([k, cell]) => ({ sheet, k, cell }))
    );
    const dirty = new Set(type === "Recalculate" ? [] : formulas.map((f) => `${f.sheet.id}|${f.k}`));
    // Dependents of the changed cells, and theirs, are dirty; a bounded number of passes settles a chain.
    for (let pass = 0; pass < formulas.length + 1; pass++) {
      let more = false;
      for (const f of formulas) {
        const id = `${f.sheet.id}|${f.k}`;
        if (dirty.has(id) || !this.dependsOn(f.sheet, f.cell, (s) => this.changed.has(s) || dirty.has(s))) continue;
        dirty.add(id);
        more = true;
      }
      if (!more) break;
    }
    for (let pass = 0; pass < formulas.length + 1; pass++) {
      for (const f of formulas) if (dirty.has(`${f.sheet.id}|${f.k}`)) this.calculateCell(f.sheet, f.cell);
    }
    this.changed.clear();
  }

  private sheetOf(own: FakeSheet, name: string | undefined): FakeSheet | undefined {
    return name === undefined ? own : this.sheets().find((s) => s.name === name);
  }

  private dependsOn(sheet: FakeSheet, cell: FakeCell, marked: (id: string) => boolean): boolean {
    return referencesOf(cell.formula ?? "").some((ref) => {
      const target = this.sheetOf(sheet, ref.sheet);
      if (!target) return false;
      for (let r = ref.row; r < ref.row + ref.rows; r++) {
        for (let c = ref.col; c < ref.col + ref.cols; c++) if (marked(`${target.id}|${r},${c}`)) return true;
      }
      return false;
    });
  }

  private calculateCell(sheet: FakeSheet, cell: FakeCell): void {
    const result = evaluate(cell.formula ?? "", (name, row, col) => {
      const target = this.sheetOf(sheet, name);
      return target === undefined ? "#REF!" : target.cells.get(`${row},${col}`)?.value;
    });
    if (result !== undefined) cell.value = result;
  }

  /**
   * `workbook.application`: its calculation mode loads like any property; setting it and `calculate` are queued and
   * applied at sync (each refused there with ApiNotFound without its requirement set, through `queue`).
   */
  application(helpers: {
    track: <T extends object>(data: T) => T;
    queue: (member: string, label: string, apply: () => void) => void;
  }): Shape<Excel.Application> {
    const data: Shape<Excel.Application> = {
      calculationMode: this.mode,
      calculate: (type: Excel.CalculationType | CalculationType) =>
        helpers.queue("application.calculate", `application.calculate ${type}`, () =>
          this.calculate(type as CalculationType)
        ),
    };
    const proxy = helpers.track(data);
    return new Proxy(proxy, {
      set: (target, prop, value) => {
        // office-addin-mock writes its own "Error, …" markers while loading; only real assignments count.
        const marker = typeof value === "string" && value.startsWith("Error, ");
        if (prop !== "calculationMode" || marker) return Reflect.set(target, prop, value);
        helpers.queue("application.calculationMode", `application.calculationMode = ${String(value)}`, () => {
          this.mode = value as CalculationMode;
          // Back to automatic: Excel calculates what is pending.
          if (this.mode !== "Manual") this.calculate("Recalculate", false);
        });
        return true;
      },
    });
  }
}
