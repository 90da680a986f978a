/**
 * Whether the workbook given as the consolidated one is one: an agency's own file (the agency line a split writes)
 * holds that agency's rows alone, so a merge into it drops every other agency's figures while saying "không có gì
 * mới" (trial 25). It is refused before anything is read or written, in every door. Its agency line cleared or
 * deleted, it is still told by its rows: every one led by one agency (trial 25b, B6).
 */

import type { Catalogue, LeadAgency } from "../core";
import { freshOutcome } from "./fileResult";
import type { MergePlan, MergeSource } from "./merge";
import { roundFinding, type RoundFinding } from "./messages";
import { agencyFromFileName, type RoundSheet } from "./sheet";
import { sheetScope } from "./status";

/** Why `target` cannot be the consolidated workbook (`file`: its name, when the door knows it), or undefined. */
export function targetRefusal(catalogue: Catalogue, target: RoundSheet, file?: string): RoundFinding | undefined {
  const agency = sheetScope(catalogue, target).agency ?? rowsOfOneAgency(catalogue, target, file);
  if (agency === undefined) return undefined;
  return roundFinding("merge.targetIsAgencyFile", "error", { ...(file === undefined ? {} : { file }), agency });
}

/** The plan of a refused merge: nothing written, nothing logged, every file refused with the one reason. */
export function refusedPlan(sources: readonly MergeSource[], refusal: RoundFinding): MergePlan {
  const files = sources.map((s) => ({ ...freshOutcome(s.file), status: "refused" as const }));
  return { writes: [], log: [], files, findings: [refusal], leftOut: true, unreadable: false, formulas: [] };
}

/**
 * The agency whose own rows are all the sheet holds: every indicator row it has is led by that agency, and they are
 * fewer than the catalogue's. A consolidated workbook has every agency's rows; staff deleting some still leave several
 * agencies', so it is never taken for one agency's file. Several agencies leading every row (a file of co-led rows
 * only): the one the file name names, else those leading the fewest rows, all named when they lead the same.
 */
function rowsOfOneAgency(catalogue: Catalogue, sheet: RoundSheet, file?: string): string | undefined {
  const indicators = catalogue.indicators.filter((i) => i.kind !== "heading");
  const rows = indicators.filter((i) => sheet.located.rows.has(i.code));
  if (rows.length === 0 || rows.length >= indicators.length) return undefined;
  const common = catalogue.leadAgencies.filter((a) => rows.every((i) => i.lead.includes(a)));
  const named = file === undefined ? undefined : agencyFromFileName(catalogue, file);
  if (named !== undefined && common.includes(named)) return named;
  const led = (a: LeadAgency) => indicators.filter((i) => i.lead.includes(a)).length;
  const fewest = Math.min(...common.map(led));
  // Co-leads of the very same rows (Sở Tài chính, Cục Thuế, Cục Hải quan) split alike: each is named.
  const candidates = common.filter((a) => led(a) === fewest);
  return candidates.length === 0 ? undefined : candidates.join(" / ");
}
