/** What a merged file gave, as the people who merge read it: "merged" only when something of it is applied. */

import type { Lang, LeadAgency } from "../core";

export type FileStatus = "merged" | "empty" | "refused" | "unreadable";

export interface FileOutcome {
  file: string;
  agency?: LeadAgency;
  status: FileStatus; // `empty`: read, but no figure in the rows its agency leads (mergeSource.ts)
  /** Cells that were blank and now hold the agency's figure. */
  filled: number;
  /** Cells whose different value was replaced. */
  changed: number;
  /** Cells kept as they were: keepExisting, or a formula in the consolidated cell. */
  kept: number;
  /** Values for rows the agency does not lead, left out. */
  notLead: number;
  /** Cells where this file disagrees with another one, applied to neither. */
  conflicts: number;
  unread: number; // rows of its agency the file's structure hides (a deleted row…), left out (mergeSource.ts)
  /** Values for a row or column the consolidated sheet lacks (`merge.noTargetCell`), left out. */
  noTarget: number;
  /** Cells the file leaves blank that hold its agency's figure from an earlier merge (`merge.emptied`): kept, said. */
  emptied: number;
}

/**
 * A file's result in the merge table, the command line's and the pane's: a file read and admitted ("merged") that
 * applies no cell is "notApplied" when it gave figures that were left out (conflicts, rows it does not lead, kept
 * values, rows its structure hides, cells the consolidated sheet lacks), "emptied" when all it did was leave blank
 * figures it sent before (kept: not "nothing new", trial 25), "unchanged" when all it gave was already there.
 */
export type FileResult = FileStatus | "notApplied" | "emptied" | "unchanged";

export function fileResult(f: FileOutcome): FileResult {
  if (f.status !== "merged" || f.filled + f.changed > 0) return f.status;
  if (f.conflicts + f.kept + leftOutCount(f) > 0) return "notApplied";
  return f.emptied > 0 ? "emptied" : "unchanged";
}

/**
 * The values of a file left out, as the tables' "Bỏ ra" counts them: rows it does not lead, rows its structure hides,
 * cells the consolidated sheet lacks (an agency's file given as the consolidated one once said "Bỏ ra 0", trial 25).
 */
export function leftOutCount(f: FileOutcome): number {
  return f.notLead + f.unread + f.noTarget;
}

/** A file's outcome before the merge has weighed anything of it. */
export function freshOutcome(file: string): FileOutcome {
  return {
    file,
    status: "merged",
    filled: 0,
    changed: 0,
    kept: 0,
    notLead: 0,
    conflicts: 0,
    unread: 0,
    noTarget: 0,
    emptied: 0,
  };
}

/**
 * A file's result as both merge tables say it, the command line's and the pane's. "merged" and "notApplied" are each
 * table's own: the pane's is a preview ("gộp được", "nothing to apply"), the command line's is done.
 */
export const FILE_RESULT_WORDS: Record<Lang, Record<Exclude<FileResult, "merged" | "notApplied">, string>> = {
  vi: {
    empty: "không có số liệu",
    refused: "từ chối",
    unreadable: "không đọc được",
    emptied: "để trống ô đã gộp trước",
    unchanged: "không có gì mới",
  },
  en: {
    empty: "holds no figures",
    refused: "refused",
    unreadable: "unreadable",
    emptied: "left merged cells blank",
    unchanged: "nothing new",
  },
};
