/** Sheets as grids for the round's tests: the shipped template with figures, and split workbooks read back. */

import shipped from "../../assets/catalogues/lang-son-2024.json";
import { loadCatalogue, type Catalogue, type CellValue, type ReportingPeriod } from "../../src/core";
import { readRoundSheet, type RoundSheet } from "../../src/round";
import { buildTemplate, COLUMNS, type ColumnKey, type SheetGrid, type TemplateSheet } from "../../src/template";

export function shippedCatalogue(): Catalogue {
  const loaded = loadCatalogue(shipped);
  if (!loaded.ok) throw new Error("the shipped catalogue does not load");
  return loaded.catalogue;
}

export type Figures = Record<string, Partial<Record<ColumnKey, CellValue>>>;

export const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);

/** A grid of a template model's cells, as a door reads it. */
export function gridOfTemplate(template: TemplateSheet, formats = true): SheetGrid {
  return {
    sheet: template.name,
    values: template.cells.map((r) => r.map((c) => c.value)),
    numberFormats: formats ? template.cells.map((r) => r.map((c) => c.numberFormat)) : undefined,
    rowOffset: 0,
    colOffset: 0,
  };
}

/** The shipped template for a period with figures typed into it. */
export function filledGrid(catalogue: Catalogue, figures: Figures, period: ReportingPeriod = "H1"): SheetGrid {
  const template = buildTemplate(catalogue, { period });
  const grid = gridOfTemplate(template);
  const values = grid.values as CellValue[][];
  template.rowCodes.forEach((code, r) => {
    if (code === undefined || !figures[code]) return;
    for (const [key, value] of Object.entries(figures[code])) values[r][col(key as ColumnKey)] = value as CellValue;
  });
  return grid;
}

export function roundSheet(grid: SheetGrid, catalogue: Catalogue): RoundSheet {
  const sheet = readRoundSheet(grid, catalogue);
  if (!sheet) throw new Error("no template in the grid");
  return sheet;
}

/** Sets one cell of a grid by code and column (a person editing an agency's file). */
export function edit(sheet: RoundSheet, code: string, key: ColumnKey, value: CellValue): void {
  const row = sheet.located.rows.get(code) as number;
  const c = sheet.located.columns[key] as number;
  (sheet.grid.values as CellValue[][])[row][c] = value;
}

export function valueAt(sheet: RoundSheet, code: string, key: ColumnKey): CellValue {
  const row = sheet.located.rows.get(code) as number;
  return sheet.grid.values[row][sheet.located.columns[key] as number] as CellValue;
}
