/**
 * Which template sheet a workbook is judged by when it holds several (a copy of the sheet, say): the one
 * the marker (`ChiTieu_Template_N`) points to, else the first; the others are named in a warning on it,
 * so that nobody reads the figures of one sheet believing they are another's.
 */

import { orderFindings, problem } from "../core";
import type { JudgedSheet } from "./judge";

/** The sheet a name's formula refers to: `='Chỉ tiêu 2024'!$A$6:$L$6` → `Chỉ tiêu 2024`; none for `=#REF!…`. */
export function sheetOfFormula(formula: unknown): string | undefined {
  if (typeof formula !== "string" || formula.includes("#REF!")) return undefined;
  const quoted = /^=?'((?:[^']|'')+)'!/.exec(formula);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^=?([^'!]+)!/.exec(formula);
  return plain ? plain[1] : undefined;
}

/** Why a template sheet was the one judged: the marker points to it, the person is looking at it, or it comes first. */
export type ChosenBy = "marker" | "active" | "first";

/**
 * The templates found, the one to judge first: the first sheet of the first rule that names a template found
 * (marked sheets, the active sheet), else the first found. With more than one, it carries `sheet.otherTemplate`.
 */
export function chooseTemplate<T extends { name: string; judged: JudgedSheet }>(
  found: readonly T[],
  rules: readonly { sheets: readonly string[]; by: Exclude<ChosenBy, "first"> }[]
): T[] {
  let chosen: T | undefined;
  let by: ChosenBy = "first";
  for (const rule of rules) {
    chosen = rule.sheets.map((name) => found.find((t) => t.name === name)).find((t) => t !== undefined);
    if (chosen) {
      by = rule.by;
      break;
    }
  }
  chosen ??= found[0];
  if (!chosen) return [];
  const ordered = [chosen, ...found.filter((t) => t !== chosen)];
  if (ordered.length > 1) {
    const { report } = chosen.judged;
    const others = ordered.slice(1).map((t) => t.name);
    const warning = problem("sheet.otherTemplate", { sheet: chosen.name, others, chosenBy: by });
    if (!report.findings.some((f) => f.problem.key === "sheet.otherTemplate")) {
      report.findings = orderFindings([...report.findings, { severity: "warning", codes: [], problem: warning }]);
    }
  }
  return ordered;
}
