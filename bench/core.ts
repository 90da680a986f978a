/** Benchmark of the core: a large synthetic sheet of every kind, with messy typed values. */

import {
  evaluateSheet,
  loadCatalogue,
  readNumber,
  type CatalogueFile,
  type Indicator,
  type RowEntry,
} from "../src/core";
import { printFigure, time } from "./measure";

const AIM_ROWS_PER_SECOND = 1_000_000;

/** Values as staff type and paste them: numbers, both conventions, percent text, blanks, errors, junk. */
const VALUES: { value: string | number | null; numberFormat?: string }[] = [
  { value: 7.2 },
  { value: "7,5" },
  { value: "1.234,5" },
  { value: "1,234.5" },
  { value: "4 060" },
  { value: "4.060" },
  { value: "97,2%" },
  { value: 0.972, numberFormat: "0.0%" },
  { value: "≥ 5" },
  { value: null },
  { value: "" },
  { value: "#DIV/0!" },
  { value: "N/A" },
  { value: "-2,5" },
  { value: 23.5 },
  { value: "14.040,8" },
  { value: 6.9 },
  { value: "3,1" },
  { value: "22,5" },
];

export function syntheticCatalogue(groups: number): CatalogueFile {
  const indicators: Indicator[] = [];
  const lead = (i: number) => [`Cơ quan ${i % 40}`, ...(i % 7 === 0 ? ["Cơ quan chung"] : [])];
  const row = (code: string, i: number, fields: Partial<Indicator>): Indicator => ({
    code,
    name: { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}` },
    unit: { vi: "%", en: "%" },
    kind: "atLeast",
    target: { text: "7 - 7,5", min: 7, max: 7.5 },
    valueType: "change",
    cumulative: false,
    lead: lead(i),
    coordinating: [],
    ...fields,
  });
  for (let g = 0; g < groups; g++) {
    const c = `${10 + (g % 90)}.${g}`; // codes start with two digits
    indicators.push(row(`${c}.1`, g, {}));
    indicators.push(
      row(`${c}.2`, g, {
        unit: { vi: "Tỷ đồng", en: "billion VND" },
        target: { text: "4.060", min: 4060, max: 4060 },
        valueType: "quantity",
        cumulative: true,
      })
    );
    indicators.push(
      row(`${c}.3`, g, { kind: "within", target: { text: "23 - 24", min: 23, max: 24 }, valueType: "percent" })
    );
    indicators.push(row(`${c}.4`, g, { kind: "atMost", target: { text: "Dưới 3", min: 3, max: 3 } }));
    indicators.push(row(`${c}.5`, g, { kind: "allOf", target: { text: "≥ 5", min: 5, max: 5 } }));
    for (let p = 1; p <= 3; p++) {
      indicators.push(row(`${c}.5.${p}`, g, { parent: `${c}.5`, target: { text: "≥ 5", min: 5, max: 5 } }));
    }
  }
  return {
    id: "synthetic",
    year: 2024,
    title: { vi: "Tổng hợp", en: "Synthetic" },
    decision: { number: "1/QĐ", date: "2024-01-01", issuer: "UBND" },
    indicators,
    rules: [{ id: "sum", kind: "sum", of: ["10.0.3", "11.1.3", "12.2.3"], equals: 100, tolerance: 0.5 }],
  };
}

export function benchCore(): void {
  const file = syntheticCatalogue(12_500); // 8 rows a group: 100.000 rows
  const rows = file.indicators.length;
  const loaded = time(() => loadCatalogue(file), 3);
  if (!loaded.result.ok)
    throw new Error(`the synthetic catalogue does not load: ${JSON.stringify(loaded.result.problems[0])}`);
  const catalogue = loaded.result.catalogue;
  printFigure("catalogue load (schema + checks)", `${rows.toLocaleString("en")} rows`, loaded.ms, rows);

  const entries = new Map<string, RowEntry>();
  file.indicators.forEach((indicator, i) => {
    entries.set(indicator.code, {
      actual: VALUES[i % VALUES.length],
      estimate: i % 5 === 0 ? VALUES[(i * 7) % VALUES.length] : undefined,
    });
  });

  const cells = rows * 2;
  const reading = time(() => {
    let n = 0;
    for (let i = 0; i < cells; i++) {
      const v = VALUES[i % VALUES.length];
      if (readNumber(v.value, v.numberFormat, { percentUnit: i % 2 === 0 }).kind === "number") n++;
    }
    return n;
  }, 5);
  printFigure("readNumber (messy cells)", `${cells.toLocaleString("en")} cells`, reading.ms, cells);

  const sheet = time(() => evaluateSheet(catalogue, entries, { period: "H1", tolerance: 0.05 }), 9);
  const perSecond = printFigure(
    "evaluateSheet (rows, rules, summary)",
    `${rows.toLocaleString("en")} rows`,
    sheet.ms,
    rows
  );
  const counts = sheet.result.summary.totals;
  console.log(`  statuses: ${JSON.stringify(counts)}; agencies: ${sheet.result.summary.agencies.length}`);
  console.log(
    `  aim: ${AIM_ROWS_PER_SECOND.toLocaleString("en")} rows/s — ${perSecond >= AIM_ROWS_PER_SECOND ? "met" : "NOT met"}`
  );
}
