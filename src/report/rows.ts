/** The biểu số liệu's rows: each indicator's figures, comparison with last year, status and note, grouped by agency or by the decision's groups. */

import {
  hasPercentUnit,
  PERIOD_FRACTION,
  STATUS_LABELS,
  type Catalogue,
  type Indicator,
  type Lang,
  type ReportingPeriod,
  type RowEvaluation,
  type Status,
} from "../core";
import { REPORT_STRINGS } from "./strings";
import { planText } from "./wording";

/** What the sheet holds beside the figures the core judged (last year's figure among them): each row's note. */
export interface RowExtras {
  note?: string;
}

/** Comparison with the same period last year: a ratio for amounts and counts, a difference in points for rates. */
export type LastYearComparison = { kind: "ratio"; percent: number } | { kind: "points"; points: number };

export interface ReportRow {
  code: string;
  name: string;
  unit: string;
  /** The target as the decision writes it. */
  plan: string;
  actual?: number;
  estimate?: number;
  /** % of the annual plan (judged value ÷ the annual plan), as the core computed it. */
  percentOfPlan?: number;
  lastYear?: number;
  comparison?: LastYearComparison;
  /** Last year's figure is doubted or unreadable: not compared, and the table and the sentence say to check it. */
  lastYearToCheck?: boolean;
  status: Status;
  statusText: string;
  /** The tool doubts its figures: its status text and colour say to check them, whatever the core's status. */
  doubted?: boolean;
  /** For a doubted row, what was typed in its figure cells when it was text ("2,600"): shown as typed, not as read. */
  typed?: { actual?: string; estimate?: string };
  note: string;
  /** The unit is a percentage (figures are rates, comparisons are in points). */
  percentUnit: boolean;
  /** A count of communes or schools: shown without decimals. */
  count: boolean;
  /** A part of another row (07.1.1 under 07.1), indented in the table. */
  part: boolean;
}

export interface ReportGroup {
  title: string;
  rows: ReportRow[];
}

/** The period's figure against last year's: undefined without both, or when last year's is zero for a ratio. */
export function compareWithLastYear(
  indicator: Indicator,
  actual: number | undefined,
  lastYear: number | undefined
): LastYearComparison | undefined {
  if (actual === undefined || lastYear === undefined) return undefined;
  if (hasPercentUnit(indicator)) return { kind: "points", points: Number((actual - lastYear).toPrecision(12)) };
  if (lastYear === 0) return undefined;
  return { kind: "ratio", percent: (actual / lastYear) * 100 };
}

/** The share of the annual plan due by the end of the period for this row, in percent. */
export function dueMark(indicator: Indicator, row: RowEvaluation, period: ReportingPeriod): number {
  return indicator.cumulative && row.basis === "actual" ? PERIOD_FRACTION[period] * 100 : 100;
}

/**
 * One row of the table. Last year's figure is the core's reading (row.lastYear); one the core doubts
 * (`lastYearDoubted`: '4,500' read as 4,5, 62 ha for 6.200) is not compared: the warning at the top says what to
 * check, and the table and the sentence say it where the comparison would stand (trial 25: "bằng 10.000% so với cùng kỳ").
 */
export function reportRow(
  indicator: Indicator,
  row: RowEvaluation,
  extras: RowExtras | undefined,
  lang: Lang,
  lastYearDoubted: boolean
): ReportRow {
  const lastYear = lastYearDoubted ? undefined : row.lastYear;
  const comparison = compareWithLastYear(indicator, row.actual, lastYear);
  const percent = row.percentOfAnnualPlan;
  return {
    code: indicator.code,
    name: indicator.name[lang],
    unit: indicator.unit?.[lang] ?? "",
    plan: planText(indicator.target?.text ?? "", lang),
    actual: row.actual,
    estimate: row.estimate,
    percentOfPlan: percent !== undefined && Number.isFinite(percent) ? percent : undefined,
    lastYear,
    comparison,
    lastYearToCheck: lastYearDoubted || undefined,
    status: row.status,
    statusText: STATUS_LABELS[lang][row.status],
    note: extras?.note?.trim() ?? "",
    percentUnit: hasPercentUnit(indicator),
    count: indicator.valueType === "count",
    part: indicator.parent !== undefined && indicator.group === undefined,
  };
}

/**
 * Marks a row the tool doubts (report.toCheck): its status says to check the figures, and a figure typed as text
 * is shown as typed. Trial 21: "2,6" stood in the biểu for "2,600" with "0,064%" of plan beside it, a confident
 * wrong figure in the table the director reads, while the list above said to check it.
 */
export function markDoubted(row: ReportRow, evaluation: RowEvaluation | undefined, statusText: string): void {
  row.doubted = true;
  row.statusText = statusText;
  if (evaluation) showTyped(row, evaluation);
  // Compared with last year, "2,6" read for "2,600" printed "giảm 99,9%": no comparison from a doubted figure.
  row.comparison = undefined;
}

/**
 * Shows a row's figure cells typed as text as they were typed, for a row whose figures are not stated as facts (a
 * doubted or an invalid one), and an invalid cell's content even when it was no text (-3 schools). Trial 25, 4: the
 * invalid row 08 showed "~10" as a plain 10 beside "Số liệu không hợp lệ", and dropped "5 xã".
 */
export function showTyped(row: ReportRow, evaluation: RowEvaluation): void {
  // Office.js reads a blank cell as "": nothing was typed there, so nothing is quoted.
  const text = (t: string | undefined) => (t === "" ? undefined : t);
  const typed = { actual: text(evaluation.actualText), estimate: text(evaluation.estimateText) };
  for (const p of evaluation.problems)
    if (p.key === "row.invalidValue" && p.params.column !== "lastYear") typed[p.params.column] = p.params.text;
  row.typed = typed;
}

/**
 * The decision's groups: a row with a group number opens one. Only group 2 has a name in the
 * decision (its heading row); the others are named from the catalogue's facts, never invented: a
 * group of one indicator (with its parts) by that indicator, as the row it heads; a group of several
 * by the agencies that lead them, which the table grouped this way shows nowhere else.
 */
export function decisionGroups(catalogue: Catalogue, lang: Lang): { title: string; codes: string[] }[] {
  const t = REPORT_STRINGS[lang];
  const groups: { number: string; members: Indicator[] }[] = [];
  for (const indicator of catalogue.indicators) {
    if (indicator.group !== undefined || groups.length === 0)
      groups.push({ number: indicator.group ?? "", members: [] });
    groups[groups.length - 1].members.push(indicator);
  }
  return groups.map(({ number, members }) => {
    const codes = new Set(members.map((i) => i.code));
    const heading = members.find((i) => i.kind === "heading");
    // Parts (15.1.1 under 15.1, or "- Thu nội địa" under 07.1) belong to the indicator they follow.
    const main = members.filter(
      (i) => i.kind !== "heading" && !(i.parent !== undefined && codes.has(i.parent)) && !i.name.vi.startsWith("-")
    );
    const agencies = [...new Set(members.flatMap((i) => i.lead))];
    const subject = heading
      ? heading.name[lang]
      : main.length === 1
        ? main[0].name[lang]
        : agencies.length > 0
          ? t.groupLedBy(agencies)
          : undefined;
    return { title: t.group(number, subject), codes: members.filter((i) => i.kind !== "heading").map((i) => i.code) };
  });
}

/**
 * The rows by who leads them, each row once: a row led by several agencies is under all of them together
 * ("Sở Tài chính; Cục Thuế; Cục Hải quan"), after the group of the one among them listed first, not repeated
 * under each (trial 20, F15: 07.1–07.2 printed three times). Agencies with no row of their own have no group.
 */
export function agencyGroups(catalogue: Catalogue): { title: string; codes: string[] }[] {
  const order = new Map(catalogue.leadAgencies.map((a, i) => [a, i]));
  const groups = new Map<string, { title: string; codes: string[]; first: number; joint: boolean }>();
  for (const indicator of catalogue.indicators) {
    if (indicator.kind === "heading" || indicator.lead.length === 0) continue;
    const title = indicator.lead.join("; ");
    let group = groups.get(title);
    if (!group) {
      const first = Math.min(...indicator.lead.map((a) => order.get(a) ?? Infinity));
      group = { title, codes: [], first, joint: indicator.lead.length > 1 };
      groups.set(title, group);
    }
    group.codes.push(indicator.code);
  }
  // Stable: groups of one agency keep the catalogue's order of agencies; a joint group follows its first agency's.
  return [...groups.values()]
    .sort((a, b) => a.first - b.first || Number(a.joint) - Number(b.joint))
    .map(({ title, codes }) => ({ title, codes }));
}
