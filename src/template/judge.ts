/** One validation pass over a read sheet, as every door runs it: locate, read, evaluate, plan the writes. */

import {
  agencyCatalogue,
  evaluateSheet,
  orderFindings,
  problem,
  rowsToCheck,
  type Catalogue,
  type ConflictParams,
  type Finding,
  type LeadAgency,
  type ReportingPeriod,
  type SheetEvaluation,
} from "../core";
import { calculationFindings } from "./calculation";
import { identityFindings, matchAgency, readIdentity } from "./identity";
import { locateTemplate, readEntries, type LocatedTemplate, type SheetGrid } from "./locate";
import { coveredCells, mergedFindings } from "./merged";
import { highlightRules, resultWrites, type HighlightRule, type ResultWrites } from "./results";

export interface ValidationReport {
  sheet: string;
  period: ReportingPeriod;
  /** The period cell could not be read: the rows are judged as the full year by assumption. */
  periodAssumed: boolean;
  tolerance: number;
  evaluation: SheetEvaluation;
  /** The unreadable period first, then structural problems, plausibility, consistency warnings. */
  findings: Finding[];
  /** The 1-based sheet row of each code found, for "go to". */
  rowNumbers: ReadonlyMap<string, number>;
  /**
   * The rows whose figures the tool doubts (core/doubted.ts's rowsToCheck, worked out once here): the sheet, the
   * pane, the ribbon, the terminal and the report all say "cần kiểm tra lại số liệu" for them and count them apart.
   */
  toCheck: ReadonlySet<string>;
  /**
   * What the sheet's own period cell says, whatever period the rows were judged for (`--period`): merge reads this
   * cell, so validate's summary leaves the file out as merge would. No `period` when the cell is empty or unreadable.
   */
  sheetPeriod: { text: string; period?: ReportingPeriod };
  /** The sheet has the optional `Cùng kỳ năm trước` (older templates do not; the pane offers to add it). */
  hasLastYearColumn: boolean;
  /**
   * An agency's own workbook (its agency line, as a split writes it): only the rows it leads are judged and
   * counted, and the other agencies' rows are not missing from it.
   */
  agency?: LeadAgency;
}

export interface JudgedSheet {
  located: LocatedTemplate;
  report: ValidationReport;
  /** What validation writes into `% so với KH năm` (renaming an old header) and `Đánh giá`. */
  writes: ResultWrites;
  /** What "clear highlights" writes there instead: the template's blanks. */
  clearWrites: ResultWrites;
  highlights: HighlightRule[];
}

/**
 * A figure cell the agencies' files disagreed on, whose conflict the merge log holds open (src/round's openConflicts:
 * the doors read the log, which this folder does not know).
 */
export type DisputedCell = ConflictParams;

export interface JudgeOptions {
  tolerance: number;
  /** Judge for this period instead of the one in the sheet's period cell (the caller writes it there). */
  period?: ReportingPeriod;
  /**
   * The caller leaves the sheet's period cell as it is (the command line's validate and report): when the cell names
   * another period than `period`, a line says which one was judged (`period.overridden`), not only the headline.
   */
  sayPeriodOverride?: boolean;
  /**
   * The sheet's open conflicts (src/round's disputesOf, from the merge log the door read), given the template this
   * function located so that it is not searched for twice: each makes its row one to check, naming the offers.
   */
  disputed?: Disputes;
}

/** A sheet's open conflicts, from its grid and its located template. */
export type Disputes = (grid: SheetGrid, located: LocatedTemplate) => readonly DisputedCell[];

const pick = ({ code, column, agencies, offers }: DisputedCell): DisputedCell => ({ code, column, agencies, offers });

/** An open conflict on a row judged: its cell holds no agreed figure, whatever it holds (nothing, or an old one). */
function disputedFindings(disputed: readonly DisputedCell[], judged: Catalogue, located: LocatedTemplate): Finding[] {
  return disputed
    .filter((d) => judged.byCode.has(d.code) && located.rows.has(d.code))
    .map((d) => ({ severity: "warning", codes: [d.code], problem: problem("plausibility.conflict", pick(d)) }));
}

/**
 * A figure cell holding a formula never calculated: said as such, not as a figure not yet entered. Last year's
 * figure too: blank as read, it would leave the row without its comparison in silence.
 */
function uncalculatedFindings(grid: SheetGrid, located: LocatedTemplate): Finding[] {
  if (!grid.uncalculated || grid.uncalculated.length === 0) return [];
  const cells = new Set(grid.uncalculated.map((c) => `${c.row}:${c.col}`));
  const findings: Finding[] = [];
  for (const [code, row] of located.rows) {
    for (const column of ["actual", "estimate", "lastYear"] as const) {
      const col = located.columns[column];
      if (col === undefined || !cells.has(`${row}:${col}`)) continue;
      findings.push({
        severity: "warning",
        codes: [code],
        problem: problem("sheet.uncalculated", { sheet: located.sheet, code, row: row + 1, column }),
      });
    }
  }
  return findings;
}

/** Judges the template in a grid, or undefined when the grid holds no template header. */
export function judgeSheet(grid: SheetGrid, catalogue: Catalogue, options: JudgeOptions): JudgedSheet | undefined {
  const located = locateTemplate(grid, catalogue);
  if (!located) return undefined;
  const sheetPeriod = { text: located.periodText, ...(located.periodUnreadable ? {} : { period: located.period }) };
  if (options.period !== undefined && options.period !== located.period) {
    if (options.sayPeriodOverride && !located.periodUnreadable) {
      const params = { sheet: located.sheet, text: located.periodText, period: options.period };
      located.findings.unshift({ severity: "warning", codes: [], problem: problem("period.overridden", params) });
    }
    located.period = options.period;
  }
  if (options.period !== undefined && located.periodUnreadable) {
    // The sheet's own period no longer matters: the caller writes this one into it.
    located.periodUnreadable = false;
    located.findings = located.findings.filter((f) => f.problem.key !== "period.unreadable");
  }
  const identity = readIdentity(grid, located);
  const agency = identity.agencyText === undefined ? undefined : matchAgency(catalogue, identity.agencyText);
  const judged = agency === undefined ? catalogue : agencyCatalogue(catalogue, agency);
  if (agency !== undefined) {
    located.findings = located.findings.filter(
      (f) => f.problem.key !== "sheet.missingRow" || judged.byCode.has(f.problem.params.code)
    );
  }
  const evaluation = evaluateSheet(judged, readEntries(grid, located), {
    period: located.period,
    tolerance: options.tolerance,
    periodAssumed: located.periodUnreadable,
  });
  const existing = (row: number, col: number): string | number => {
    const source = grid.formulas ?? grid.values;
    const v = source[row - grid.rowOffset]?.[col - grid.colOffset];
    return typeof v === "number" || typeof v === "string" ? v : "";
  };
  const rowNumbers = new Map<string, number>();
  for (const [code, row] of located.rows) rowNumbers.set(code, row + 1);
  // A result column's cell under a merge keeps what it holds: writing into it would write into its top-left cell.
  const covered = coveredCells(grid, located);
  const findings = orderFindings([
    ...identityFindings(identity, located.sheet, catalogue),
    ...uncalculatedFindings(grid, located),
    ...calculationFindings(grid, located),
    ...mergedFindings(grid, located),
    ...located.findings,
    ...disputedFindings(options.disputed?.(grid, located) ?? [], judged, located),
    ...evaluation.findings,
  ]);
  // The rows the report holds back and the terminal marks: the sheet says so beside their status (trial 20, 1).
  const toCheck = rowsToCheck(findings, evaluation.rows, catalogue);
  return {
    located,
    report: {
      sheet: located.sheet,
      period: located.period,
      periodAssumed: located.periodUnreadable,
      tolerance: options.tolerance,
      evaluation,
      findings,
      rowNumbers,
      toCheck,
      sheetPeriod,
      hasLastYearColumn: located.columns.lastYear !== undefined,
      ...(agency !== undefined ? { agency } : {}),
    },
    writes: resultWrites(located, evaluation, existing, covered, toCheck),
    clearWrites: resultWrites(located, undefined, existing, covered),
    highlights: highlightRules(located),
  };
}
