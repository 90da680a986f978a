/** Who is missing: per lead agency, rows expected and filled, the missing codes, the due date, and explanations owed. */

import {
  agencyCatalogue,
  compareSeverity,
  emptyCounts,
  rowsToCheck,
  type Catalogue,
  type LeadAgency,
  type SheetEvaluation,
  type StatusCounts,
} from "../core";
import { isPastDue, periodDates, type IsoDate, type PeriodDates } from "./calendar";
import { openConflicts } from "./mergeConflicts";
import { roundFinding, type RoundFinding } from "./messages";
import { cellAt, isBlank, matchAgency, type RoundSheet } from "./sheet";

export interface AgencyProgress {
  agency: LeadAgency;
  /** Rows the agency is asked to fill (allOf rows are judged from their parts, so their parts are asked instead). */
  expected: number;
  /** Of those, rows with a valid figure in `Thực hiện` or `Ước thực hiện cả năm`, no invalid one and no open conflict. */
  filled: number;
  /** Rows with no figure, except those whose figures the files disagreed on (`conflictCodes`): sent, not settled. */
  missingCodes: string[];
  /**
   * Rows whose figures the agencies' files disagree on, as the merge log says and nobody has settled since; a row
   * still empty or invalid is listed as such instead (see `placeOf`).
   */
  conflictCodes: string[];
  /** Rows holding a figure that cannot be read or judged (`4.5` for a count, `N/A`): still owed. */
  invalidCodes: string[];
  /** Rows at risk or off track with nothing in `Ghi chú`. */
  explanationsMissing: string[];
  /** Rows at risk or off track by a doubted figure: the agency confirms the figure before it is asked to explain. */
  toConfirmCodes: string[];
  /**
   * The statuses of the rows asked (allOf rows left out, as in `expected`), a row of `conflictCodes` held back by its
   * conflict counted under `conflict` instead: they add up to `expected`, and `missing` is `missingCodes`.
   */
  counts: ProgressCounts;
  due: IsoDate;
  /** The due date has passed and rows are still empty or invalid. */
  overdue: boolean;
}

/** An agency's rows by status, as `chi-tieu status` counts them: the rows in conflict apart (sent, not agreed). */
export type ProgressCounts = StatusCounts & { conflict: number };

export interface Completeness {
  /** The sheet is one agency's own workbook (its agency line): only that agency's progress is told. */
  agency?: LeadAgency;
  dates: PeriodDates;
  today: IsoDate;
  /** Worst first: overdue, then most rows owed (missing or invalid), then most explanations owed, then most off track. */
  agencies: AgencyProgress[];
  /** One `figure.conflict` per open conflict, then one `explanation.missing` (or `figure.toCheck`) per row that owes one, in catalogue order. */
  findings: RoundFinding[];
}

/**
 * Rows at risk or off track whose `Ghi chú` is empty; a row whose figure is doubted is asked to be checked instead. An allOf row whose own parts are flagged is left to
 * them: the explanation belongs to the part that missed.
 */
export function explanationFindings(
  catalogue: Catalogue,
  sheet: RoundSheet,
  evaluation: SheetEvaluation
): RoundFinding[] {
  const noteCol = sheet.located.columns.note;
  const flagged = (code: string) => {
    const status = evaluation.row(code)?.status;
    return status === "atRisk" || status === "offTrack" ? status : undefined;
  };
  // A shortfall read from a doubted figure ("4,500" read as 4,5) may be no shortfall: the figure is checked first.
  // The same rows as the pane, the sheet and the report mark (core/doubted.ts): not a doubt about last year's figure.
  const doubted = rowsToCheck(evaluation.findings, evaluation.rows, catalogue);
  const findings: RoundFinding[] = [];
  for (const row of evaluation.rows) {
    const status = flagged(row.code);
    if (!status) continue;
    const indicator = catalogue.byCode.get(row.code);
    if (!indicator) continue;
    if (indicator.kind === "allOf" && (catalogue.children.get(row.code) ?? []).some((p) => flagged(p.code))) continue;
    if (doubted.has(row.code)) {
      findings.push(roundFinding("figure.toCheck", "warning", { code: row.code, agencies: indicator.lead, status }));
      continue;
    }
    const at = sheet.located.rows.get(row.code);
    const note = at === undefined || noteCol === undefined ? null : cellAt(sheet.grid, at, noteCol);
    if (!isBlank(note)) continue;
    findings.push(roundFinding("explanation.missing", "warning", { code: row.code, agencies: indicator.lead, status }));
  }
  return findings;
}

/** Where `status` counts a row asked of an agency: in one place only. */
type RowPlace = "invalid" | "missing" | "conflict" | "filled";

/**
 * The one place a row asked of an agency is counted, so that `filled`, `missingCodes`, `conflictCodes` and
 * `invalidCodes` add up to `expected`, in the text table, the pane and `--json` alike. Trial 25 (7): Sở Y tế's 12.2
 * had Thực hiện merged and an open conflict on Ước; counted both filled and in conflict, it read "3/5" beside 3
 * conflicts. The first that holds:
 * 1. invalid: a figure that cannot be read or judged is still owed;
 * 2. missing: no figure, and no conflict on Thực hiện or Ước holding one back (a conflict on last year's figure alone
 *    sends no figure of this year: the row is still owed);
 * 3. conflict: any open conflict on the row, even with a figure merged in its other column: not settled, not filled;
 * 4. filled.
 */
function placeOf(
  code: string,
  evaluation: SheetEvaluation,
  conflicts: { any: ReadonlySet<string>; onFigure: ReadonlySet<string> }
): RowPlace {
  const status = evaluation.row(code)?.status ?? "missing";
  if (status === "invalid") return "invalid";
  if (status === "missing" && !conflicts.onFigure.has(code)) return "missing";
  return conflicts.any.has(code) ? "conflict" : "filled";
}

/**
 * The statuses of the rows an agency is asked for, each in its one place (`placeOf`), so that they add up to
 * `expected`: the summary's counts also hold allOf rows (15.1, judged from its parts), which gave Sở GTVT
 * `expected: 5` beside `missing: 6` (trial 20). A row in conflict is under `conflict`, not under the status of one
 * side's figure (trial 23: Cục Hải quan `missing: 1` beside `missingCodes: []`).
 */
function askedCounts(
  evaluation: SheetEvaluation,
  asked: readonly string[],
  place: (code: string) => RowPlace
): ProgressCounts {
  const counts: ProgressCounts = { ...emptyCounts(), conflict: 0 };
  for (const code of asked)
    counts[place(code) === "conflict" ? "conflict" : (evaluation.row(code)?.status ?? "missing")]++;
  return counts;
}

/**
 * Whose own workbook a sheet is (its agency line, as a split writes it), and the catalogue it is judged on: that
 * agency's rows alone, as validate and report judge it. A consolidated workbook has no agency line: every row.
 */
export function sheetScope(catalogue: Catalogue, sheet: RoundSheet): { agency?: LeadAgency; catalogue: Catalogue } {
  const agency = sheet.agencyText === undefined ? undefined : matchAgency(catalogue, sheet.agencyText);
  return agency === undefined ? { catalogue } : { agency, catalogue: agencyCatalogue(catalogue, agency) };
}

/**
 * The completeness of a judged template for its period, as of `today`. On one agency's own workbook, that agency's
 * alone: the other agencies' rows are not in it, and they are not overdue for it (trial 23, 4).
 */
export function planCompleteness(
  catalogue: Catalogue,
  sheet: RoundSheet,
  evaluation: SheetEvaluation,
  today: IsoDate
): Completeness {
  const dates = periodDates(catalogue, sheet.located.period);
  // Both agencies sent 07.1, 3.950 and 3.900: the row is empty because they disagree, and is not asked for again.
  const conflicts = openConflicts(catalogue, sheet);
  const disputed = new Set(conflicts.map((c) => c.code));
  const sentButDisputed = new Set(conflicts.filter((c) => c.column !== "lastYear").map((c) => c.code));
  const findings = [
    ...conflicts.map(({ code, column, agencies, offers }) =>
      roundFinding("figure.conflict", "warning", { code, column, agencies, offers })
    ),
    ...explanationFindings(catalogue, sheet, evaluation),
  ];
  const owed = new Set(findings.flatMap((f) => (f.code === "explanation.missing" ? [f.params.code] : [])));
  const toConfirm = new Set(findings.flatMap((f) => (f.code === "figure.toCheck" ? [f.params.code] : [])));
  const pastDue = isPastDue(dates, today);
  const own = sheetScope(catalogue, sheet).agency;
  const summaries = evaluation.summary.agencies.filter((a) => own === undefined || a.agency === own);
  const place = (code: string) => placeOf(code, evaluation, { any: disputed, onFigure: sentButDisputed });
  const agencies = summaries.map(({ agency, codes }): AgencyProgress => {
    const asked = codes.filter((code) => catalogue.byCode.get(code)?.kind !== "allOf");
    const placed = (wanted: RowPlace) => asked.filter((code) => place(code) === wanted);
    const missingCodes = placed("missing");
    // A figure the core cannot read is not a submission: the agency still owes that row.
    const invalidCodes = placed("invalid");
    const owing = missingCodes.length + invalidCodes.length;
    return {
      agency,
      expected: asked.length,
      filled: placed("filled").length,
      missingCodes,
      conflictCodes: placed("conflict"),
      invalidCodes,
      explanationsMissing: codes.filter((c) => owed.has(c)),
      toConfirmCodes: codes.filter((c) => toConfirm.has(c)),
      counts: askedCounts(evaluation, asked, place),
      due: dates.due,
      overdue: pastDue && owing > 0,
    };
  });
  const owing = (a: AgencyProgress) => a.missingCodes.length + a.invalidCodes.length;
  agencies.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      owing(b) - owing(a) ||
      b.conflictCodes.length - a.conflictCodes.length ||
      b.explanationsMissing.length - a.explanationsMissing.length ||
      compareSeverity(a.counts, b.counts)
  );
  return { ...(own === undefined ? {} : { agency: own }), dates, today, agencies, findings };
}
