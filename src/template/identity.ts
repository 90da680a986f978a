/**
 * Which year and decision a template sheet says it is for (its title, source line and `Kế hoạch NNNN`
 * header), and the warnings when they are not the catalogue's: a 2023 workbook judged against the
 * 2024 targets must say so before any figure. Also whose workbook it is: the agency line a split writes.
 */

import { foldText, problem, type Catalogue, type Finding, type LeadAgency } from "../core";
import type { LocatedTemplate, SheetGrid } from "./locate";

/** The label of the agency line a split writes under the source line; the agency's name is in the next filled cell. */
export const AGENCY_LABEL = "Cơ quan chủ trì:";
const FOLDED_AGENCY_LABEL = foldText(AGENCY_LABEL).replace(/:$/, "");

export interface TemplateIdentity {
  /** The year the template is for, read from `Kế hoạch NNNN` or the title. */
  year?: number;
  /** The decision number named in the source line (`136/QĐ-UBND`). */
  decision?: string;
  /** The agency line's text, when the sheet has one (an agency's own workbook, made by a split). */
  agencyText?: string;
  /** Its cell, 0-based and absolute. */
  agencyCell?: { row: number; col: number };
}

/** The lead agency a text names (case, accents and spacing ignored), if it names one. */
export function matchAgency(catalogue: Catalogue, text: string): LeadAgency | undefined {
  const folded = foldText(text);
  return catalogue.leadAgencies.find((a) => foldText(a) === folded);
}

const asText = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/** The year and decision the sheet names above its header (the header's `Kế hoạch NNNN` wins over the title). */
export function readIdentity(grid: SheetGrid, located: LocatedTemplate): TemplateIdentity {
  const identity: TemplateIdentity = {};
  const above = grid.values.slice(0, Math.max(0, located.headerRow - grid.rowOffset));
  for (const [r, row] of above.entries()) {
    for (const [c, value] of row.entries()) {
      const text = asText(value);
      if (text === "") continue;
      const folded = foldText(text);
      if (identity.agencyCell === undefined && folded.replace(/:$/, "") === FOLDED_AGENCY_LABEL) {
        for (let k = c + 1; k < Math.min(row.length, c + 4); k++) {
          const name = asText(row[k]).trim();
          if (name === "") continue;
          identity.agencyText = name;
          identity.agencyCell = { row: r + grid.rowOffset, col: k + grid.colOffset };
          break;
        }
      }
      // The number as written (`136/QĐ-UBND`): the first word with a slash after "Quyết định số".
      const decision = folded.includes("quyet dinh so") ? /(\d+\/[^\s,)]+)/.exec(text) : null;
      if (decision && identity.decision === undefined) identity.decision = decision[1];
      const year = /chu yeu phat trien kinh te - xa hoi nam (\d{4})/.exec(folded);
      if (year && identity.year === undefined) identity.year = Number(year[1]);
    }
  }
  if (located.columns.target !== undefined) {
    const cell = grid.values[located.headerRow - grid.rowOffset]?.[located.columns.target - grid.colOffset];
    const header = /(\d{4})/.exec(asText(cell));
    if (header) identity.year = Number(header[1]);
  }
  return identity;
}

/** A decision number compared as people retype it: case, accents and spaces ignored. */
export function sameDecision(a: string, b: string): boolean {
  const norm = (s: string) => foldText(s).replace(/\s+/g, "");
  return norm(a) === norm(b);
}

/** Warnings for a sheet made for another year or decision than the catalogue's (none when it names neither). */
export function identityFindings(identity: TemplateIdentity, sheet: string, catalogue: Catalogue): Finding[] {
  const findings: Finding[] = [];
  const expected = catalogue.decision.number;
  if (identity.decision !== undefined && !sameDecision(identity.decision, expected)) {
    findings.push({
      severity: "warning",
      codes: [],
      problem: problem("sheet.otherDecision", { sheet, decision: identity.decision, expected }),
    });
  }
  if (identity.year !== undefined && identity.year !== catalogue.year) {
    findings.push({
      severity: "warning",
      codes: [],
      problem: problem("sheet.otherYear", { sheet, year: identity.year, expected: catalogue.year }),
    });
  }
  return findings;
}
