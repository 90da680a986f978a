/**
 * What an agency's file hides from a merge: the structure problems validate finds in it (a code retyped so that it
 * matches no row, a row deleted, a merged cell over a figure, the figures on another template sheet), carried
 * through for the rows that agency leads, and whether it holds any figure of its own at all.
 */

import { findingKind, type Catalogue, type Finding, type LeadAgency } from "../core";
import type { FileOutcome } from "./fileResult";
import type { MergeSource } from "./merge";
import { roundFinding, type RoundFinding } from "./messages";
import { cellAt, isBlank, MERGED_COLUMNS, type RoundSheet } from "./sheet";

/** What validate says of a file (the findings on the sheet it judged), as a door hands it to the merge. */
export type SourceStructure = readonly Finding[];

/** Judged elsewhere by the merge itself: the year and decision refuse the file, the period is compared. */
const SAID_BY_MERGE = new Set<string>(["sheet.otherYear", "sheet.otherDecision"]);

/** The row (0-based) holds something in a column a merge copies. */
function rowHoldsValue(sheet: RoundSheet, row: number): boolean {
  return MERGED_COLUMNS.some((key) => {
    const col = sheet.located.columns[key];
    return col !== undefined && !isBlank(cellAt(sheet.grid, row, col));
  });
}

/**
 * The rows of `agency` a structure finding leaves unread (none named when it cannot tell which: an unknown code, a
 * whole-sheet problem), or undefined when it leaves nothing of that agency's out: another agency's missing row is no
 * loss (an agency's file holds only its own), an unknown code on an empty row loses nothing.
 */
function rowsLeftOut(
  catalogue: Catalogue,
  sheet: RoundSheet,
  finding: Finding,
  agency: LeadAgency
): string[] | undefined {
  const leads = (code: string | undefined) => code !== undefined && catalogue.byCode.get(code)?.lead.includes(agency);
  const { problem } = finding;
  switch (problem.key) {
    case "sheet.unknownCode":
      return rowHoldsValue(sheet, problem.params.row - 1) ? [] : undefined;
    case "sheet.duplicateCode":
      return leads(problem.params.code) && rowHoldsValue(sheet, problem.params.row - 1)
        ? [problem.params.code]
        : undefined;
    case "sheet.missingRow":
    case "sheet.uncalculated":
      return leads(problem.params.code) ? [problem.params.code] : undefined;
    case "sheet.mergedCells": {
      const codes = problem.params.codes.filter(leads);
      return codes.length > 0 ? codes : undefined;
    }
    default:
      // A missing column, another template sheet: whichever rows they hide, the file is not read whole.
      return [];
  }
}

/** The file's figures in the rows its agency leads: none means the reply was sent unfilled (or filled elsewhere). */
function holdsFigures(catalogue: Catalogue, sheet: RoundSheet, agency: LeadAgency): boolean {
  for (const [code, row] of sheet.located.rows) {
    if (catalogue.byCode.get(code)?.lead.includes(agency) && rowHoldsValue(sheet, row)) return true;
  }
  return false;
}

/**
 * What a merge repeats of one admitted file's structure (`merge.structure`, each a left-out) and `merge.noFigures`,
 * from the findings a door judged the file with (`source.structure`, validate's own), added to `findings`; its
 * outcome gets the rows they leave out (`unread`) and the status `empty` when it holds no figure of its agency.
 * Whether something of the file is left out.
 */
export function readStructure(
  catalogue: Catalogue,
  source: MergeSource,
  { sheet, agency }: { sheet: RoundSheet; agency: LeadAgency },
  outcome: FileOutcome,
  findings: RoundFinding[]
): boolean {
  const file = source.file;
  // A code retyped as "2.1" is both an unknown code and a missing 02.1: its row is counted once, by the missing code.
  const unread = new Set<string>();
  let leftOut = false;
  for (const finding of source.structure ?? []) {
    if (findingKind(finding) !== "structure" || SAID_BY_MERGE.has(finding.problem.key)) continue;
    const codes = rowsLeftOut(catalogue, sheet, finding, agency);
    if (codes === undefined) continue;
    codes.forEach((code) => unread.add(code));
    findings.push(roundFinding("merge.structure", "warning", { file, agency, codes, problem: finding.problem }));
    leftOut = true;
  }
  outcome.unread = unread.size;
  if (!holdsFigures(catalogue, sheet, agency)) {
    outcome.status = "empty";
    findings.push(roundFinding("merge.noFigures", "warning", { file, agency }));
  }
  return leftOut;
}
