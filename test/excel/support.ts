/** What the tests of the Office.js adapter share: the shipped catalogue, a fake workbook with the add-in, outcomes unwrapped. */

import shipped from "../../assets/catalogues/lang-son-2024.json";
import {
  describe as describeProblem,
  loadCatalogue,
  type Catalogue,
  type CatalogueFile,
  type Indicator,
} from "../../src/core";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { buildTemplate, COLUMNS } from "../../src/template";
import type { Outcome } from "../../src/workbook/types";
import { FakeExcel } from "./fakeExcel";

export function load(data: unknown): Catalogue {
  const r = loadCatalogue(data);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.catalogue;
}
export const catalogue = load(shipped);

/** A catalogue of `n` percent targets, to show that a door's syncs do not grow with the rows. */
export function bigCatalogue(n: number): Catalogue {
  const indicators: Indicator[] = [];
  for (let g = 0; g < n; g++) {
    indicators.push({
      code: `${10 + (g % 90)}.${g}`,
      name: { vi: `Chỉ tiêu ${g}`, en: `Indicator ${g}` },
      unit: { vi: "%", en: "%" },
      kind: "atLeast",
      target: { text: "50", min: 50, max: 50 },
      valueType: "percent",
      cumulative: false,
      lead: [`Sở ${g % 12}`],
      coordinating: [],
    });
  }
  return load({ ...(shipped as unknown as CatalogueFile), id: "big", indicators, rules: [] });
}
export const template = buildTemplate(catalogue);
export const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
export const SHEET = "Chỉ tiêu 2024";

export function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(describeProblem(outcome.error, "en"));
  return outcome.value;
}
export function error<T>(outcome: Outcome<T>, lang: "vi" | "en" = "vi"): string {
  if (outcome.ok) throw new Error("expected a failure");
  return describeProblem(outcome.error, lang);
}

/** Every ExcelApi version but 1.20: Excel 2021, or Microsoft 365 before add-ins' writes joined the undo stack. */
export const BEFORE_1_20 = Array.from({ length: 19 }, (_, i) => `1.${i + 1}`);

export interface Setup {
  supported?: string[];
  catalogue?: Catalogue;
  payloadLimit?: number;
}

/** A workbook with one empty sheet, and the add-in on it. */
export function setup(options: Setup = {}) {
  const excel = new FakeExcel({ payloadLimit: options.payloadLimit });
  excel.addSheet("Sheet1");
  if (options.supported) excel.supported = new Set(options.supported);
  const workbook = new OfficeWorkbook(options.catalogue ?? catalogue, excel.host());
  return { excel, workbook };
}

/** The same, with the template inserted and the counters reset. */
export async function inserted(options: Setup = {}) {
  const s = setup(options);
  value(await s.workbook.insertTemplate("ask"));
  s.excel.syncs = 0;
  s.excel.writes = [];
  s.excel.operations = [];
  return s;
}

export function rowOf(excel: FakeExcel, code: string, sheet = SHEET): number {
  for (const [k, cell] of excel.sheet(sheet).cells) {
    const [r, c] = k.split(",").map(Number);
    if (c === col("code") && cell.value === code) return r;
  }
  throw new Error(`no row ${code}`);
}

/** Lets promises that nobody awaits (handler removal) finish. */
export const flush = () => new Promise((resolve) => setImmediate(resolve));

/** A conditional format staff made themselves (blue above 100 in F11:F13): the add-in must never touch it. */
export function addUserRule(excel: FakeExcel): void {
  excel.highlights.push({
    sheet: SHEET,
    address: { row: 10, col: 5, rows: 3, cols: 1 },
    type: "Custom",
    formula: "=F11>100",
    fill: "#0000FF",
    deleted: false,
  });
}
