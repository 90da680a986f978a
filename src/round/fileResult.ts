/** What a merged file gave, as the people who merge read it: "merged" only when something of it is applied. */

import type { FileOutcome, FileStatus } from "./merge";

/**
 * A file's result in the merge table, the command line's and the pane's: a file read and admitted ("merged") that
 * applies no cell is "notApplied" when it gave figures that were left out (conflicts, rows it does not lead, kept
 * values, rows its structure hides), "unchanged" when all it gave was already there.
 */
export type FileResult = FileStatus | "notApplied" | "unchanged";

export function fileResult(f: FileOutcome): FileResult {
  if (f.status !== "merged" || f.filled + f.changed > 0) return f.status;
  return f.conflicts + f.notLead + f.kept + f.unread > 0 ? "notApplied" : "unchanged";
}
