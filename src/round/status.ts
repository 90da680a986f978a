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
  /** Of those, rows with a valid figure in `Thực hiện` or `Ước thực hiện cả năm` and no invalid one. */
  filled: number;
  /** Rows with no figure, except those whose figures the files disagreed on (`conflictCodes`): sent, not settled. */
  missingCodes: string[];
  /** Rows whose figures the agencies' files disagree on, as the merge log says and nobody has settled since. */
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

/**
 * The statuses of the rows an agency is asked for, so that they add up to `expected`: the summary's counts also hold
 * allOf rows (15.1, judged from its parts), which gave Sở GTVT `expected: 5` beside `missing: 6` (trial 20). A row
 * whose figures are in conflict is counted apart, as the text lists it: not as missing, though its cell is empty, nor
 * under the status of one side's figure (trial 23: Cục Hải quan `missing: 1` beside `missingCodes: []`). An invalid
 * figure stays invalid: it is still owed, as `invalidCodes` says.
 */
function askedCounts(
  evaluation: SheetEvaluation,
  asked: readonly string[],
  disputed: ReadonlySet<string>
): ProgressCounts {
  const counts: ProgressCounts = { ...emptyCounts(), conflict: 0 };
  for (const code of asked) {
    const status = evaluation.row(code)?.status ?? "missing";
    counts[disputed.has(code) && status !== "invalid" ? "conflict" : status]++;
  }
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
  const agencies = summaries.map(({ agency, codes }): AgencyProgress => {
    const asked = codes.filter((code) => catalogue.byCode.get(code)?.kind !== "allOf");
    const empty = (code: string) => (evaluation.row(code)?.status ?? "missing") === "missing";
    const emptyCodes = asked.filter(empty);
    const missingCodes = emptyCodes.filter((code) => !sentButDisputed.has(code));
    // A figure the core cannot read is not a submission: the agency still owes that row.
    const invalidCodes = asked.filter((code) => evaluation.row(code)?.status === "invalid");
    const owing = missingCodes.length + invalidCodes.length;
    return {
      agency,
      expected: asked.length,
      // Empty and invalid are two statuses: what is neither is filled.
      filled: asked.length - emptyCodes.length - invalidCodes.length,
      missingCodes,
      conflictCodes: asked.filter((code) => disputed.has(code)),
      invalidCodes,
      explanationsMissing: codes.filter((c) => owed.has(c)),
      toConfirmCodes: codes.filter((c) => toConfirm.has(c)),
      counts: askedCounts(evaluation, asked, sentButDisputed),
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
