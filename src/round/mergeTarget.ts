/**
 * Whether the workbook given as the consolidated one is one: an agency's own file (the agency line a split writes)
 * holds that agency's rows alone, so a merge into it drops every other agency's figures while saying "không có gì
 * mới" (trial 25). It is refused before anything is read or written, in every door.
 */

import type { Catalogue } from "../core";
import { freshOutcome } from "./fileResult";
import type { MergePlan, MergeSource } from "./merge";
import { roundFinding, type RoundFinding } from "./messages";
import type { RoundSheet } from "./sheet";
import { sheetScope } from "./status";

/** Why `target` cannot be the consolidated workbook (`file`: its name, when the door knows it), or undefined. */
export function targetRefusal(catalogue: Catalogue, target: RoundSheet, file?: string): RoundFinding | undefined {
  const { agency } = sheetScope(catalogue, target);
  if (agency === undefined) return undefined;
  return roundFinding("merge.targetIsAgencyFile", "error", { ...(file === undefined ? {} : { file }), agency });
}

/** The plan of a refused merge: nothing written, nothing logged, every file refused with the one reason. */
export function refusedPlan(sources: readonly MergeSource[], refusal: RoundFinding): MergePlan {
  const files = sources.map((s) => ({ ...freshOutcome(s.file), status: "refused" as const }));
  return { writes: [], log: [], files, findings: [refusal], leftOut: true, unreadable: false, formulas: [] };
}
