/**
 * A newer file from an agency that leaves blank a cell the consolidated workbook holds from that agency's earlier
 * merge (the log says who sent it). The figure stays, since a blank often means "not filled", but it is said, with how
 * to remove it if the agency withdrew it: a withdrawn figure was still reported, unsaid (trial 25).
 */

import { hasPercentUnit, type Catalogue, type LeadAgency } from "../core";
import type { FileOutcome } from "./fileResult";
import { cellKey, latestLines } from "./mergeLog";
import { roundFinding, type MergedColumn, type RoundFinding } from "./messages";
import { percentFormat } from "./mergeWrite";
import { cellAt, formatAt, isBlank, MERGED_COLUMNS, sameFigure, type RoundSheet } from "./sheet";

/** A file admitted to the merge, with its agency and the outcome its counts go to. */
export interface AdmittedFile {
  source: { file: string };
  sheet: RoundSheet;
  agency: LeadAgency;
  outcome: FileOutcome;
}

/**
 * One `merge.emptied` per cell (the first file saying it, counted in its `emptied`): a cell of a row the file's agency
 * leads, blank in the file, that no file of this merge offers a value for (`offered`, by cellKey), holding the figure
 * the log's last line for it says that agency sent. A figure typed by hand since is nobody's to withdraw; a file
 * holding no figure at all is said as such already (`merge.noFigures`). A co-led figure the log says a co-lead sent too
 * is that co-lead's still; otherwise the co-leads are named, since one may have sent it unlogged (an equal figure).
 */
export function emptiedCells(
  catalogue: Catalogue,
  target: RoundSheet,
  files: readonly AdmittedFile[],
  offered: ReadonlySet<string>
): RoundFinding[] {
  const latest = latestLines(target.log ?? []);
  const findings: RoundFinding[] = [];
  const said = new Set<string>();
  for (const { source, sheet, agency, outcome } of files) {
    if (outcome.status !== "merged") continue;
    for (const [code, row] of sheet.located.rows) {
      const indicator = catalogue.byCode.get(code);
      const targetRow = target.located.rows.get(code);
      if (!indicator || indicator.kind === "heading" || !indicator.lead.includes(agency) || targetRow === undefined)
        continue;
      for (const column of MERGED_COLUMNS as readonly MergedColumn[]) {
        const col = sheet.located.columns[column];
        const targetCol = target.located.columns[column];
        const key = cellKey(code, column);
        if (col === undefined || targetCol === undefined || offered.has(key) || said.has(key)) continue;
        if (!isBlank(cellAt(sheet.grid, row, col))) continue;
        const now = {
          value: cellAt(target.grid, targetRow, targetCol),
          format: formatAt(target.grid, targetRow, targetCol),
        };
        const last = latest.get(key);
        if (isBlank(now.value) || !last || last.notMerged || !last.agencies.includes(agency)) continue;
        if (!sameFigure({ value: last.value }, now, hasPercentUnit(indicator), column !== "note")) continue;
        // A co-lead the log names sent it too and stands by it: nothing to withdraw (trial 25b, B7).
        const coLeads = indicator.lead.filter((a) => a !== agency);
        if (last.agencies.some((a) => coLeads.includes(a))) continue;
        said.add(key);
        outcome.emptied++;
        const format = percentFormat(now.value, now.format);
        findings.push(
          roundFinding("merge.emptied", "warning", {
            file: source.file,
            agency,
            code,
            column,
            value: now.value,
            ...(format ? { format } : {}),
            ...(coLeads.length > 0 ? { coLeads } : {}),
          })
        );
      }
    }
  }
  return findings;
}
