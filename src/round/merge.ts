/**
 * Plans bringing the agencies' figures back into the consolidated workbook: matched by `Mã`, each
 * file only for the rows its agency leads, conflicts applied to neither side, every change logged.
 */

import { hasPercentUnit, type Catalogue, type Indicator, type LeadAgency } from "../core";
import { a1, COLUMNS } from "../template";
import { formulaFinding, planFormulas, type FormulaRecalc } from "./formulas";
import { cellKey, latestLines, notMergedEntry, sentBy, type LogEntry } from "./mergeLog";
import { disputedRows, noteWait, overruledFiles, sameNotMerged, settledAlready } from "./mergeConflicts";
import { emptiedCells } from "./mergeEmptied";
import { judgeAgainstLog } from "./mergeHistory";
import { composeNote, notesDisagree } from "./mergeNotes";
import { reviewReasons } from "./mergeReview";
import { addBlankVersions, clearedSince, logIsHere } from "./mergeVersions";
import { figureWrite, oldPercent, percentFormat, wrapped } from "./mergeWrite";
import { readStructure, type SourceStructure } from "./mergeSource";
import { refusedPlan, targetRefusal } from "./mergeTarget";
import { freshOutcome, type FileOutcome } from "./fileResult";
import { roundFinding, type MergedColumn, type Proposal, type RoundFinding } from "./messages";
import {
  agencyFromFileName,
  catalogueOrder,
  cellAt,
  formatAt,
  formulaAt,
  isBlank,
  matchAgency,
  type FigureCell,
  MERGED_COLUMNS,
  sameDecision,
  sameFigure,
  type RoundSheet,
} from "./sheet";

/** One agency file as a door read it: its template, or why it could not be read (in the reader's language). */
export interface MergeSource {
  /** How the file is named to people (its path or name). */
  file: string;
  sheet?: RoundSheet;
  error?: string;
  /** The file opened, and none of these sheets holds the template: not our file at all (a salary list). */
  notTemplate?: string[];
  structure?: SourceStructure; // validate's findings on the file: the merge repeats those that hide figures
}

export interface MergeOptions {
  /** Keep a value already in the consolidated workbook instead of replacing it (`--keep-existing`). */
  keepExisting?: boolean;
  /** When the merge happens, as written in the log (the door's clock). */
  when: string;
  /** How the consolidated workbook is named to people, when the door knows (the command line's path). */
  targetFile?: string;
}

/**
 * One cell to write into the consolidated sheet (0-based). A percent format travels with a percent-formatted
 * figure, and a plain number written where a percent format was gets the file's format back, so that the
 * figure reads as the agency typed it.
 */
export interface CellWrite {
  row: number;
  col: number;
  value: string | number | boolean | null;
  numberFormat?: string;
  /** Text of several lines (co-leads' notes): the cell wraps, its row at least `height` points tall to show it all. */
  wrap?: { height: number };
}

export interface MergePlan {
  writes: CellWrite[];
  log: LogEntry[];
  files: FileOutcome[];
  findings: RoundFinding[];
  /** Something given was not applied: a file refused, a conflict, a value left out. */
  leftOut: boolean;
  /** A file could not be read at all. */
  unreadable: boolean;
  /** Formulas reading the cells written: recalculated from the new figures, or (no `value`) left for Excel. */
  formulas: FormulaRecalc[];
}

interface Accepted {
  source: MergeSource;
  sheet: RoundSheet;
  agency: LeadAgency;
  outcome: FileOutcome;
}

/** Why a file is refused as a whole, or its agency. */
function admit(
  catalogue: Catalogue,
  target: RoundSheet,
  source: MergeSource
): { agency: LeadAgency; sheet: RoundSheet } | { finding: RoundFinding; unreadable?: boolean; agency?: LeadAgency } {
  const file = source.file;
  if (!source.sheet) {
    // Named by its file name, when that is an agency's, so that the table and the message say whom to ask.
    const named = agencyFromFileName(catalogue, file);
    const byName = named ? { agency: named } : {};
    const finding = source.notTemplate
      ? roundFinding("merge.notTemplate", "error", { file, sheets: source.notTemplate, ...byName })
      : roundFinding("merge.unreadable", "error", { file, reason: source.error ?? "" });
    return { finding, unreadable: true, ...byName };
  }
  const sheet = source.sheet;
  // Whose file it is, known before any other check, so that a refused file still names its agency.
  const agency =
    sheet.agencyText !== undefined ? matchAgency(catalogue, sheet.agencyText) : agencyFromFileName(catalogue, file);
  const refuse = (finding: RoundFinding) => ({ finding, ...(agency ? { agency } : {}) });
  const expectedYear = target.year ?? catalogue.year;
  if (sheet.decision !== undefined && !sameDecision(sheet.decision, catalogue.decision.number)) {
    return refuse(
      roundFinding("merge.otherCatalogue", "error", {
        file,
        decision: sheet.decision,
        expected: catalogue.decision.number,
      })
    );
  }
  if (sheet.year !== undefined && sheet.year !== expectedYear) {
    return refuse(roundFinding("merge.otherYear", "error", { file, year: sheet.year, expected: expectedYear }));
  }
  const { periodYear, periodText } = sheet.located;
  if (periodYear !== undefined && periodYear !== expectedYear) {
    const params = { file, text: periodText, year: periodYear, expected: expectedYear };
    return refuse(roundFinding("merge.periodOtherYear", "error", params));
  }
  // An unreadable period is no period at all: it is not taken for the full year the core assumes when judging.
  // (When the consolidated workbook's own period is unreadable, planMerge says so once for every file.)
  if (target.located.periodUnreadable) return { agency: agency ?? "", sheet };
  if (sheet.located.periodUnreadable) {
    return refuse(
      roundFinding("merge.periodUnreadable", "error", {
        file,
        text: sheet.located.periodText,
        expected: target.located.period,
      })
    );
  }
  if (sheet.located.period !== target.located.period) {
    return refuse(
      roundFinding("merge.otherPeriod", "error", {
        file,
        period: sheet.located.period,
        expected: target.located.period,
      })
    );
  }
  if (sheet.agencyText !== undefined && !agency) {
    return refuse(roundFinding("merge.unknownAgency", "error", { file, agency: sheet.agencyText }));
  }
  if (!agency) return refuse(roundFinding("merge.noAgency", "error", { file }));
  return { agency, sheet };
}

/**
 * The merge of `sources` into `target`, planned without touching either: the writes to make in one
 * batch, the log lines to append, and what each file gave. A blank cell in a file never erases a figure.
 */
export function planMerge(
  catalogue: Catalogue,
  target: RoundSheet,
  sources: readonly MergeSource[],
  options: MergeOptions
): MergePlan {
  // An agency's own file given as the consolidated workbook: nothing of any file is weighed.
  const refusal = targetRefusal(catalogue, target, options.targetFile);
  if (refusal) return refusedPlan(sources, refusal);
  const findings: RoundFinding[] = [];
  const files: FileOutcome[] = [];
  const accepted: Accepted[] = [];
  let unreadable = false;
  let leftOut = false;
  // Without a readable period of its own, the consolidated workbook cannot say which files belong to it.
  if (target.located.periodUnreadable) {
    findings.push(roundFinding("merge.targetPeriodUnreadable", "error", { text: target.located.periodText }));
  }
  for (const source of sources) {
    const outcome = freshOutcome(source.file);
    files.push(outcome);
    const admitted = admit(catalogue, target, source);
    if ("finding" in admitted) {
      findings.push(admitted.finding);
      outcome.status = admitted.unreadable ? "unreadable" : "refused";
      if (admitted.agency) outcome.agency = admitted.agency;
      unreadable ||= admitted.unreadable === true;
      leftOut = true;
      continue;
    }
    if (target.located.periodUnreadable) {
      outcome.status = "refused";
      if (admitted.agency) outcome.agency = admitted.agency;
      leftOut = true;
      continue;
    }
    outcome.agency = admitted.agency;
    leftOut = readStructure(catalogue, source, admitted, outcome, findings) || leftOut;
    accepted.push({ source, sheet: admitted.sheet, agency: admitted.agency, outcome });
  }

  // Every value offered for each target cell, by the files whose agency leads the row.
  const offers = new Map<
    string,
    { code: string; column: MergedColumn; percentUnit: boolean; from: (Proposal & { accepted: Accepted })[] }
  >();
  for (const entry of accepted) {
    const { sheet, agency, outcome, source } = entry;
    for (const [code, row] of sheet.located.rows) {
      const indicator = catalogue.byCode.get(code);
      if (!indicator || indicator.kind === "heading") continue;
      const percentUnit = hasPercentUnit(indicator);
      for (const column of MERGED_COLUMNS as readonly MergedColumn[]) {
        const col = sheet.located.columns[column];
        if (col === undefined) continue;
        const value = cellAt(sheet.grid, row, col);
        if (isBlank(value)) continue;
        const format = percentFormat(value, formatAt(sheet.grid, row, col));
        const targetRow = target.located.rows.get(code);
        const targetCol = target.located.columns[column];
        const current =
          targetRow === undefined || targetCol === undefined
            ? { value: undefined }
            : { value: cellAt(target.grid, targetRow, targetCol), format: formatAt(target.grid, targetRow, targetCol) };
        if (!indicator.lead.includes(agency)) {
          // A full template carries other agencies' figures as it received them: only a different value is news.
          if (!sameFigure({ value, format }, current, percentUnit, column !== "note")) {
            findings.push(
              roundFinding("merge.notLead", "warning", {
                file: source.file,
                agency,
                code,
                column,
                value,
                ...(format ? { format } : {}),
              })
            );
            outcome.notLead++;
            leftOut = true;
          }
          continue;
        }
        if (targetRow === undefined || targetCol === undefined) {
          findings.push(roundFinding("merge.noTargetCell", "warning", { file: source.file, code, column }));
          outcome.noTarget++;
          leftOut = true;
          continue;
        }
        const key = cellKey(code, column);
        const offer = offers.get(key) ?? { code, column, percentUnit, from: [] };
        offer.from.push({ file: source.file, agency, value, ...(format ? { format } : {}), accepted: entry });
        offers.set(key, offer);
      }
    }
  }

  addBlankVersions(accepted, offers.values());
  findings.push(...emptiedCells(catalogue, target, accepted, new Set(offers.keys())));
  const writes: CellWrite[] = [];
  const log: LogEntry[] = [];
  // What the log last said of each cell: a conflict it already holds is not written again by the same merge redone,
  // and a figure one co-lead sent is not replaced by another's in a later merge (judgeAgainstLog).
  const latest = latestLines(target.log ?? []);
  const judged = [...offers.values()].map((offer) => {
    // Values are compared as read, so "7.200" and 7200 agree; notes are compared as text.
    const same = (a: FigureCell, b: FigureCell) => sameFigure(a, b, offer.percentUnit, offer.column !== "note");
    const leads = catalogue.byCode.get(offer.code)?.lead ?? [];
    // Co-leads' notes are each kept (mergeNotes.ts): only one agency's two different notes disagree.
    const coLedNote = offer.column === "note" && leads.length > 1;
    const conflict = coLedNote ? notesDisagree(offer.from) : offer.from.some((p) => !same(p, offer.from[0]));
    const row = target.located.rows.get(offer.code) as number;
    const col = target.located.columns[offer.column] as number;
    const now = { value: cellAt(target.grid, row, col), format: formatAt(target.grid, row, col) };
    const last = latest.get(cellKey(offer.code, offer.column));
    const verdict = judgeAgainstLog(last, now, { ...offer, leads, conflict });
    const disagree =
      verdict.kind === "conflict" || verdict.kind === "stillOpen" || (conflict && verdict.kind !== "agreed");
    // Offers the log holds count among the files in dispute: a note sent beside them explains one side only.
    const sides = "proposals" in verdict ? verdict.proposals : offer.from;
    return { ...offer, row, col, now, last, same, verdict, disagree, sides, noteLeads: coLedNote ? leads : undefined };
  });
  // A conflict settled since, sent again as it was, disputes nothing: its note waits only if it went with a figure not kept.
  const settled = judged.map((j) => ({ ...j, settled: j.verdict.kind === "noNews" }));
  const disputed = disputedRows(settled.map((j) => ({ ...j, conflict: j.disagree && !j.settled, from: j.sides })));
  const overruled = overruledFiles(settled);
  const mergedHere = logIsHere(catalogue, target);
  for (const { code, column, percentUnit, from, same, verdict, disagree, row, col, last, sides, noteLeads } of judged) {
    // A conflict settled since, sent again as it was: no news (the agreed figure stays).
    if (verdict.kind === "noNews") continue;
    const old = cellAt(target.grid, row, col);
    const oldFormat = formatAt(target.grid, row, col);
    const wait = !disagree && column === "note" ? noteWait(disputed.get(code), overruled.get(code), from) : undefined;
    if (disagree || wait) {
      const proposals = sides.map(({ file, agency, value, format, fromLog }) => ({
        file,
        agency,
        value,
        ...(format ? { format } : {}),
        ...(fromLog ? { fromLog } : {}),
      }));
      // The old figure as the cell reads it (12% through "0.0%", not 0.12), so that the line is found open again.
      const place = { when: options.when, code, column, cell: a1(row, col), old, ...oldPercent(old, oldFormat) };
      const overruledNote = wait === "overruled" ? { overruled: true as const } : {};
      const entry = { ...notMergedEntry(disagree ? "conflict" : "held", place, proposals), ...overruledNote };
      // Marked “Đã thống nhất” by staff: the cell holds the agreed figure, and the same disagreement is no news.
      if (settledAlready(last, entry)) continue;
      findings.push(
        disagree
          ? roundFinding("merge.conflict", "warning", { code, column, proposals, percentUnit })
          : roundFinding("merge.noteHeld", "warning", { code, column, proposals, ...overruledNote })
      );
      if (disagree) for (const p of from) p.accepted.outcome.conflicts++;
      leftOut = true;
      // An open conflict sent again unchanged by one side is still the line the log holds.
      if (verdict.kind !== "stillOpen" && !sameNotMerged(last, entry)) log.push(entry);
      continue;
    }
    // Several files agreeing on a value (07.1 sent alike by Sở Tài chính and Cục Thuế): the first one's value is
    // written, and every one of them is named and credited, so that no agency is chased for a figure it sent.
    // A co-led row's note: the cell with each co-lead's part, naming those whose note it takes.
    // The note's history is read only for a co-led note (mergeNotes.ts), not for every cell the files offer.
    const note =
      noteLeads &&
      composeNote(
        old,
        (target.log ?? []).filter((l) => l.code === code && l.column === "note"),
        from,
        noteLeads
      );
    for (const p of note ? note.carried : [])
      findings.push(
        roundFinding("merge.noteCarried", "info", { file: p.file, agency: p.agency, code, value: p.value })
      );
    const senders = note ? note.senders : from;
    if (senders.length === 0) continue;
    const offer = note ? note.cell : senders[0];
    const credit = (count: "filled" | "changed" | "kept") => senders.forEach((p) => p.accepted.outcome[count]++);
    const change = {
      ...sentBy(senders),
      code,
      column,
      old,
      value: offer.value,
      ...oldPercent(old, oldFormat),
      ...(offer.format ? { format: offer.format } : {}),
    };
    // An equal value is no change: nothing is written, so a formula giving that value stays a formula. Agreed on the
    // figure the cell holds, an open conflict still gets its applied line, naming the senders, to close it.
    if (same({ value: old, format: oldFormat }, offer)) {
      if (verdict.kind === "agreed") log.push({ when: options.when, cell: a1(row, col), ...change });
      continue;
    }
    // A formula is the consolidating staff's work (a sum, a link): a file's value never replaces it silently,
    // even when the formula shows nothing (a file saved by a program that does not calculate).
    const formula = formulaAt(target.grid, row, col);
    if (formula !== undefined) {
      findings.push(roundFinding("merge.formulaKept", "warning", { ...change, formula }));
      credit("kept");
      leftOut = true;
      continue;
    }
    // Cleared by a person since a merge wrote this same figure: not written back (trial 25b, B1).
    if (clearedSince(last, { value: old }, offer, senders, { percentUnit, column, mergedHere })) {
      findings.push(roundFinding("merge.cleared", "warning", change));
      credit("kept");
      leftOut = true;
      continue;
    }
    if (!isBlank(old) && options.keepExisting) {
      findings.push(roundFinding("merge.keptExisting", "info", change));
      credit("kept");
      continue;
    }
    const indicator = catalogue.byCode.get(code) as Indicator;
    const review = reviewReasons(catalogue, indicator, column, offer.value, offer.format, target.located.period);
    credit(isBlank(old) ? "filled" : "changed");
    // A doubted value is said as such, whether it fills a blank or replaces a figure.
    if (review.length > 0) findings.push(roundFinding("merge.review", "warning", { ...change, reasons: review }));
    else if (!isBlank(old)) findings.push(roundFinding("merge.changed", "info", change));
    const numeric = column !== "note" && review.length === 0;
    writes.push({ row, col, ...figureWrite(offer, oldFormat, percentUnit, numeric), ...wrapped(offer.value, column) });
    log.push({ when: options.when, cell: a1(row, col), ...change, ...(review.length > 0 ? { review } : {}) });
  }
  // Catalogue order, then column order, so the log reads like the sheet.
  const order = catalogueOrder(catalogue);
  const colOrder = (c: MergedColumn) => COLUMNS.findIndex((s) => s.key === c);
  log.sort((a, b) => order(a.code) - order(b.code) || colOrder(a.column) - colOrder(b.column));
  writes.sort((a, b) => a.row - b.row || a.col - b.col);
  const formulas = planFormulas(target.grid, writes);
  findings.push(...formulas.map((f) => formulaFinding(target, f)));
  return { writes, log, files, findings, leftOut, unreadable, formulas };
}
