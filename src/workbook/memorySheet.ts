/** The in-memory workbook's sheets and cells, and what its round and report parts may ask of it. */

import type { Catalogue, CellValue, Problem } from "../core";
import {
  LINE_HEIGHT,
  type Area,
  type Disputes,
  type HighlightRule,
  type JudgedSheet,
  type SheetGrid,
  type StatusFit,
  type TemplateSheet,
} from "../template";
import type { ReportSheet } from "../report";
import type { ValidateOptions } from "./types";

export interface MemoryCell {
  value: CellValue;
  numberFormat: string;
}

export interface MemorySheet {
  name: string;
  cells: MemoryCell[][];
  /** The template model it was inserted from (styles for drawing); undefined for other sheets. */
  template?: TemplateSheet;
  highlights: HighlightRule[];
  hiddenRows: Set<number>;
  protected: boolean;
  /** The report model it was written from (styles, merges, charts and print set-up for drawing and listing). */
  report?: ReportSheet;
  /** Cells staff merged (0-based; the template's own title merges are in `template`): read as Excel reads them. */
  merges?: Area[];
  /** Row heights in points the add-in set after the sheet was drawn, over the template's own. */
  rowHeights?: Map<number, number>;
  /** Cells (`row:col`, 0-based) the add-in made wrap their text, whatever the template's style says. */
  wrapped?: Set<string>;
}

/** A row's height in points: what the add-in set, else what the template drew, else one line. */
export function rowHeight(sheet: MemorySheet, row: number): number {
  return sheet.rowHeights?.get(row) ?? sheet.template?.rowHeights[row] ?? LINE_HEIGHT;
}

/** `Đánh giá` shown whole (StatusFit), as the Office door's wrap and autofit leave it: rows only ever grow. */
export function fitStatus(sheet: MemorySheet, fit: StatusFit | undefined): void {
  if (!fit) return;
  const wrapped = (sheet.wrapped ??= new Set());
  for (const row of fit.rows) wrapped.add(`${row}:${fit.col}`);
  const heights = (sheet.rowHeights ??= new Map());
  for (const { row, height } of fit.tall) heights.set(row, Math.max(rowHeight(sheet, row), height));
}

export const blank = (): MemoryCell => ({ value: null, numberFormat: "General" });

/** A sheet holding a template model as drawn (the preview and tests also draw older templates with it). */
export function memorySheet(template: TemplateSheet): MemorySheet {
  return {
    name: template.name,
    cells: template.cells.map((row) => row.map((c) => ({ value: c.value, numberFormat: c.numberFormat }))),
    template,
    highlights: [],
    hiddenRows: new Set(),
    protected: false,
  };
}

/** Writes one cell as the add-in does, growing the sheet as needed (no change event: only staff edits raise those). */
export function putCell(sheet: MemorySheet, row: number, col: number, value: CellValue, numberFormat?: string): void {
  while (sheet.cells.length <= row) sheet.cells.push([]);
  const line = sheet.cells[row];
  while (line.length <= col) line.push(blank());
  line[col] = { value, numberFormat: numberFormat ?? line[col].numberFormat };
}

/** The template sheets judged, the one the person is looking at first. */
export interface FoundTemplate {
  sheet: MemorySheet;
  judged: JudgedSheet;
}

/** What the round's and the report's parts use of the in-memory workbook (src/workbook/memory.ts). */
export interface JudgeAllOptions {
  tolerance: number;
  period?: ValidateOptions["period"];
  /** A sheet's open conflicts of the merge log (memoryRound.ts's disputesIn), judged as rows to check. */
  disputed?: Disputes;
}

export interface MemoryBook {
  readonly catalogue: Catalogue;
  sheets: MemorySheet[];
  activeSheet: string;
  selection: { sheet: string; row: number } | undefined;
  readOnly: boolean;
  sheet(name: string): MemorySheet | undefined;
  grid(sheet: MemorySheet): SheetGrid;
  judgeAll(options: JudgeAllOptions): FoundTemplate[];
  noTemplate(): Problem;
}
