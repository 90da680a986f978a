/** Plans one workbook per lead agency from the consolidated one: its rows, the headings they need, the figures entered. */

import type { Catalogue, CellValue, Indicator, LeadAgency } from "../core";
import { buildTemplate, COLUMNS, STYLES, type TemplateCell, type TemplateSheet } from "../template";
import {
  agencySlug,
  AGENCY_LABEL,
  AGENCY_NAME,
  cellAt,
  ENTRY_COLUMNS,
  formatAt,
  PERIOD_NAME,
  type RoundSheet,
} from "./sheet";

export interface DefinedCell {
  name: string;
  /** 0-based cell the name refers to, on the template sheet. */
  row: number;
  col: number;
}

export interface AgencyWorkbook {
  agency: LeadAgency;
  /** `so-tai-chinh.xlsx`: ASCII, no spaces, unique among the plan's files. */
  fileName: string;
  /** The sheet to write: the template for the agency's rows, with the agency line and the figures already entered. */
  template: TemplateSheet;
  /** The codes the agency leads (what it is asked to fill), in catalogue order. */
  codes: string[];
  /** Rows shown only for context: headings or parents of its rows that another agency leads. */
  contextCodes: string[];
  /** Names a program reads: the agency and the period cells. */
  names: DefinedCell[];
}

/** The indicators an agency's workbook holds: those it leads and every parent they hang under, in catalogue order. */
export function rowsForAgency(catalogue: Catalogue, agency: LeadAgency): { rows: Indicator[]; context: Set<string> } {
  const wanted = new Set<string>();
  const context = new Set<string>();
  for (const indicator of catalogue.indicators) {
    if (!indicator.lead.includes(agency)) continue;
    wanted.add(indicator.code);
    for (let parent = indicator.parent; parent !== undefined; parent = catalogue.byCode.get(parent)?.parent) {
      if (wanted.has(parent)) continue;
      wanted.add(parent);
      if (!catalogue.byCode.get(parent)?.lead.includes(agency)) context.add(parent);
    }
  }
  return { rows: catalogue.indicators.filter((i) => wanted.has(i.code)), context };
}

/** A cell value the template model can hold: text and numbers as they are, anything else as its text. */
function templateValue(value: CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value.error;
}

/**
 * One workbook per lead agency (or only those of `only`), in the order agencies first appear in the catalogue.
 * A row with several lead agencies goes into each of their workbooks.
 */
export function planSplit(
  catalogue: Catalogue,
  source: RoundSheet,
  options: { only?: LeadAgency | readonly LeadAgency[] } = {}
): AgencyWorkbook[] {
  const only = options.only === undefined || Array.isArray(options.only) ? options.only : [options.only];
  const agencies = catalogue.leadAgencies.filter((a) => only === undefined || only.includes(a));
  const used = new Set<string>();
  return agencies.map((agency) => {
    const { rows, context } = rowsForAgency(catalogue, agency);
    const template = buildTemplate({ ...catalogue, indicators: rows }, { period: source.located.period });
    const nameCol = COLUMNS.findIndex((c) => c.key === "name");
    // The blank line under the source line names the agency, label then name, as the period line does.
    const agencyRow = template.periodCell.row - 1;
    const line = template.cells[agencyRow];
    line[nameCol] = { value: AGENCY_LABEL, style: "periodLabel", numberFormat: "General" };
    line[template.periodCell.col] = { value: agency, style: "agency", numberFormat: "@" };
    fillFigures(template, source, context);

    let fileName = agencySlug(agency) || "co-quan";
    for (let n = 2; used.has(fileName); n++) fileName = `${agencySlug(agency)}-${n}`;
    used.add(fileName);
    return {
      agency,
      fileName: `${fileName}.xlsx`,
      template,
      codes: rows.filter((r) => !context.has(r.code) && r.kind !== "heading").map((r) => r.code),
      contextCodes: [...context],
      names: [
        { name: AGENCY_NAME, row: agencyRow, col: template.periodCell.col },
        { name: PERIOD_NAME, row: template.periodCell.row, col: template.periodCell.col },
      ],
    };
  });
}

/** Copies what staff entered in the consolidated sheet into the agency's rows; percent-formatted figures keep their format. */
function fillFigures(template: TemplateSheet, source: RoundSheet, context: ReadonlySet<string>): void {
  const { located, grid } = source;
  template.rowCodes.forEach((code, r) => {
    if (code === undefined) return;
    const from = located.rows.get(code);
    for (const key of ENTRY_COLUMNS) {
      const c = COLUMNS.findIndex((spec) => spec.key === key);
      const cell: TemplateCell = template.cells[r][c];
      if (context.has(code)) {
        // Another agency's row, shown for its heading: nothing to fill here.
        template.cells[r][c] = { ...cell, style: "itemWrap", value: null };
        continue;
      }
      const col = located.columns[key];
      // Only the cells staff fill (unlocked): a heading row's are the template's own.
      if (from === undefined || col === undefined || STYLES[cell.style].locked) continue;
      const value = templateValue(cellAt(grid, from, col));
      const format = formatAt(grid, from, col);
      template.cells[r][c] = {
        ...cell,
        value,
        numberFormat: typeof value === "number" && format?.includes("%") ? format : cell.numberFormat,
      };
    }
  });
}
