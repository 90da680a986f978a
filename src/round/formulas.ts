/**
 * Which formulas of the consolidated sheet a merge's writes make stale, and the new value of those that are a plain
 * sum or difference of cells (`=F20+F21`, `=SUM(F20:F21)`, `=F20-F21`), so that no one judges a total on the value
 * Excel stored before the merge. A formula this cannot read (another sheet, a name, INDIRECT…) may depend on anything.
 */

import type { CellValue } from "../core";
import { a1, COLUMNS, type SheetGrid } from "../template";
import { roundFinding, type RoundFinding } from "./messages";
import type { RoundSheet } from "./sheet";

/** A formula cell whose stored value the merge's writes make untrustworthy: recomputed (`value`) or left for Excel. */
export interface FormulaRecalc {
  /** 0-based, in the sheet. */
  row: number;
  col: number;
  /** A1 address. */
  cell: string;
  /** As the sheet holds it, with its `=`. */
  formula: string;
  /** The value stored before the merge (what Excel computed from the old figures). */
  old: CellValue;
  /** The value from the new figures, when the formula is a plain sum or difference of cells that hold numbers. */
  value?: number;
}

/** A rectangle of cells, 0-based and inclusive. */
interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface ReadFormula {
  row: number;
  col: number;
  formula: string;
  /** Every same-sheet cell or range it names. */
  areas: Area[];
  /** It names something this cannot follow: another sheet or workbook, a defined name, INDIRECT or OFFSET. */
  opaque: boolean;
  /** The terms of a plain sum or difference, when it is one. */
  terms?: { sign: 1 | -1; areas: Area[] }[];
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
/** Functions whose reference is built from text or numbers at run time: nothing can be said of what they read. */
const REFERENCE_BUILDERS = new Set(["INDIRECT", "OFFSET"]);
/** A sum over more cells than this is left for Excel rather than walked here. */
const MAX_SUMMED_CELLS = 100_000;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

function cellRef(text: string): { row: number; col: number } | undefined {
  const m = CELL.exec(text);
  if (!m) return undefined;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  return col <= MAX_COL && row >= 0 && row <= MAX_ROW ? { row, col } : undefined;
}

const areaOf = (a: { row: number; col: number }, b = a): Area => ({
  top: Math.min(a.row, b.row),
  left: Math.min(a.col, b.col),
  bottom: Math.max(a.row, b.row),
  right: Math.max(a.col, b.col),
});

/** The same-sheet references of a formula, and whether it names anything else; strings and error literals skipped. */
function scan(formula: string): { areas: Area[]; opaque: boolean } {
  const text = formula.replace(/^=/, "");
  const areas: Area[] = [];
  let opaque = false;
  let i = 0;
  const word = /^[A-Za-z_\\$][A-Za-z0-9_.$]*/;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i];
    if (ch === '"') {
      const end = /^"(?:[^"]|"")*"?/.exec(rest)![0];
      i += end.length;
    } else if (ch === "'" || ch === "[") {
      // A quoted sheet name or an external workbook / table reference.
      opaque = true;
      i += 1;
    } else if (ch === "#") {
      i += /^#[A-Za-z/0-9]+[!?]?/.exec(rest)?.[0].length ?? 1;
    } else if (/^\d/.test(rest)) {
      const rows = /^\$?(\d+):\$?(\d+)/.exec(rest);
      if (rows) {
        areas.push({ top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COL });
        i += rows[0].length;
      } else i += /^\d+(\.\d*)?([Ee][+-]?\d+)?/.exec(rest)![0].length;
    } else if (word.test(rest)) {
      const name = word.exec(rest)![0];
      const next = text[i + name.length];
      i += name.length;
      if (next === "(") {
        if (REFERENCE_BUILDERS.has(name.toUpperCase())) opaque = true;
        continue;
      }
      if (next === "!") {
        opaque = true;
        continue;
      }
      const range = /^:(\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}(?![A-Za-z0-9(]))/.exec(text.slice(i));
      const from = cellRef(name);
      const column = /^\$?([A-Za-z]{1,3})$/.exec(name);
      if (from && range && cellRef(range[1])) {
        areas.push(areaOf(from, cellRef(range[1])));
        i += range[0].length;
      } else if (from) areas.push(areaOf(from));
      else if (column && range && !cellRef(range[1])) {
        const [a, b] = [columnIndex(column[1]), columnIndex(range[1].replace(/\$/g, ""))];
        areas.push({ top: 0, bottom: MAX_ROW, left: Math.min(a, b), right: Math.max(a, b) });
        i += range[0].length;
      } else if (!/^(TRUE|FALSE)$/i.test(name)) opaque = true; // a defined name
    } else i += 1;
  }
  return { areas, opaque };
}

const REF = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?`;
const TERM = new RegExp(String.raw`^([+-])?(?:(${REF})|SUM\((${REF}(?:[,;]${REF})*)\))`, "i");

/** The terms of `=A1+B2-SUM(C3:C5,D6)`, or undefined when the formula is anything more. */
function plainSum(formula: string): { sign: 1 | -1; areas: Area[] }[] | undefined {
  let rest = formula.replace(/^=/, "").replace(/\s+/g, "");
  const terms: { sign: 1 | -1; areas: Area[] }[] = [];
  while (rest !== "") {
    const m = TERM.exec(rest);
    // A sign between terms is required; only the first may go without one.
    if (!m || (terms.length > 0 && m[1] === undefined)) return undefined;
    const refs = (m[2] ?? m[3]).split(/[,;]/).map((r) => r.split(":").map((c) => cellRef(c)));
    if (refs.some((r) => r.some((c) => c === undefined))) return undefined;
    terms.push({
      sign: m[1] === "-" ? -1 : 1,
      areas: refs.map(([a, b]) => areaOf(a as { row: number; col: number }, b ?? a)),
    });
    rest = rest.slice(m[0].length);
  }
  return terms.length > 0 ? terms : undefined;
}

const inside = (area: Area, row: number, col: number) =>
  row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;

/**
 * The formulas of `grid` made stale by `writes` (0-based cells with their new values), directly or through another
 * stale formula, in sheet order; each with its new value when it is a plain sum or difference of numbers and blanks.
 * A formula that names what cannot be followed counts as stale unless what it holds is text (a title, a label).
 */
export function planFormulas(
  grid: SheetGrid,
  writes: readonly { row: number; col: number; value: CellValue | string | number | boolean }[]
): FormulaRecalc[] {
  if (writes.length === 0 || !grid.formulas) return [];
  const key = (row: number, col: number) => `${row}:${col}`;
  const stored = (row: number, col: number): CellValue =>
    (grid.values[row - grid.rowOffset]?.[col - grid.colOffset] ?? null) as CellValue;
  const formulas: ReadFormula[] = [];
  grid.formulas.forEach((line, r) =>
    line?.forEach((f, c) => {
      if (typeof f !== "string" || !f.startsWith("=")) return;
      const [row, col] = [r + grid.rowOffset, c + grid.colOffset];
      formulas.push({ row, col, formula: f, ...scan(f), terms: plainSum(f) });
    })
  );
  const written = new Map(writes.map((w) => [key(w.row, w.col), w.value]));
  const stale = new Set<ReadFormula>();
  const dirty = [...writes.map((w) => ({ row: w.row, col: w.col }))];
  for (let grew = true; grew;) {
    grew = false;
    for (const f of formulas) {
      if (stale.has(f)) continue;
      const guessed = f.opaque && typeof stored(f.row, f.col) !== "string";
      if (guessed || dirty.some((d) => f.areas.some((a) => inside(a, d.row, d.col)))) {
        stale.add(f);
        dirty.push({ row: f.row, col: f.col });
        grew = true;
      }
    }
  }

  const byCell = new Map([...stale].map((f) => [key(f.row, f.col), f]));
  const computed = new Map<ReadFormula, number | undefined>();
  const visiting = new Set<ReadFormula>();
  /** A cell's number after the writes: 0 when blank, undefined when it holds anything else or cannot be known. */
  const numberAt = (row: number, col: number): number | undefined => {
    const f = byCell.get(key(row, col));
    if (f) return compute(f);
    const k = key(row, col);
    const value = written.has(k) ? written.get(k) : stored(row, col);
    if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return 0;
    return typeof value === "number" && Number.isFinite(value) ? value : undefined;
  };
  const compute = (f: ReadFormula): number | undefined => {
    if (computed.has(f)) return computed.get(f);
    // A formula reading itself, directly or in a loop, is Excel's circular reference: not computed here.
    if (visiting.has(f) || !f.terms) return undefined;
    const size = f.terms
      .flatMap((t) => t.areas)
      .reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
    if (size > MAX_SUMMED_CELLS) return undefined;
    visiting.add(f);
    let total: number | undefined = 0;
    for (const term of f.terms) {
      for (const area of term.areas) {
        for (let row = area.top; row <= area.bottom && total !== undefined; row++) {
          for (let col = area.left; col <= area.right && total !== undefined; col++) {
            const n = numberAt(row, col);
            total = n === undefined ? undefined : total + term.sign * n;
          }
        }
      }
    }
    visiting.delete(f);
    const value = total === undefined ? undefined : Number(total.toPrecision(15));
    computed.set(f, value);
    return value;
  };

  return [...stale]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((f) => {
      const value = compute(f);
      return {
        row: f.row,
        col: f.col,
        cell: a1(f.row, f.col),
        formula: f.formula,
        old: stored(f.row, f.col),
        ...(value === undefined ? {} : { value }),
      };
    });
}

/** What a stale formula is said as: recalculated, or not to be judged on its stored value. */
export function formulaFinding(target: RoundSheet, f: FormulaRecalc): RoundFinding {
  const code = [...target.located.rows].find(([, row]) => row === f.row)?.[0];
  const column = COLUMNS.find((c) => target.located.columns[c.key] === f.col)?.key;
  const place = {
    cell: f.cell,
    formula: f.formula,
    old: f.old,
    ...(code ? { code } : {}),
    ...(column ? { column } : {}),
  };
  return f.value === undefined
    ? roundFinding("merge.formulaStale", "warning", place)
    : roundFinding("merge.formulaRecalculated", "info", { ...place, value: f.value });
}
