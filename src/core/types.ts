/** The domain's vocabulary: catalogues, indicators, targets, periods and statuses. */

export type Lang = "vi" | "en";

/** A text in both languages the product speaks. */
export interface LocalizedText {
  vi: string;
  en: string;
}

export type IndicatorKind = "atLeast" | "atMost" | "within" | "allOf" | "heading";

/**
 * What values are valid: a share or coverage rate (0–100), a growth or reduction (any real),
 * a whole number of communes or schools (0 or more), any other amount (0 or more).
 */
export type ValueType = "percent" | "change" | "count" | "quantity";

export interface Target {
  /** As the decision writes it: `7 - 7,5`, `4.060`, `≥ 5`. */
  text: string;
  min: number;
  max: number;
}

export type LeadAgency = string;

export interface Indicator {
  code: string;
  group?: string;
  parent?: string;
  name: LocalizedText;
  unit?: LocalizedText;
  kind: IndicatorKind;
  target?: Target;
  valueType?: ValueType;
  cumulative?: boolean;
  lead: LeadAgency[];
  coordinating: string[];
  /** This row's own plausibility thresholds, where they differ from the catalogue's. */
  plausibility?: PlausibilityThresholds;
}

/**
 * When a valid figure is still flagged "Kiểm tra lại": a judged value below `farBelowPercent` % or
 * above `farAbovePercent` % of the plan for the period. Either may be left out to keep the default.
 */
export interface PlausibilityThresholds {
  farBelowPercent?: number;
  farAbovePercent?: number;
}

export interface SumRule {
  id: string;
  kind: "sum";
  of: string[];
  equals?: number;
  equalsCode?: string;
  tolerance?: number;
  relativeTolerance?: number;
}

export interface Decision {
  number: string;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  issuer: string;
}

/** A catalogue file as stored (see assets/catalogues/catalogue.schema.json). */
export interface CatalogueFile {
  id: string;
  year: number;
  title: LocalizedText;
  decision: Decision;
  indicators: Indicator[];
  rules: SumRule[];
  /** The reporting calendar (cut-offs and due dates); without it, Decree 09/2019's cut-offs apply. */
  calendar?: ReportingCalendar;
  /** Plausibility thresholds for every row (defaults: 10 % and 300 %). */
  plausibility?: PlausibilityThresholds;
}

/** One period's data window and, when set, the date agencies must send their figures by (ISO dates). */
export interface PeriodWindow {
  from: string;
  to: string;
  due?: string;
}

export interface ReportingCalendar {
  /** Where the cut-offs come from, for people reading the file. */
  basis: string;
  periods: Record<ReportingPeriod, PeriodWindow>;
  /** When a period names no due date: this many days after its cut-off. */
  defaultDue: { daysAfterCutOff: number };
}

/** A catalogue that passed every check, indexed for lookups. */
export interface Catalogue extends CatalogueFile {
  byCode: ReadonlyMap<string, Indicator>;
  /** The parts of each allOf row, and the items under each heading, in catalogue order. */
  children: ReadonlyMap<string, readonly Indicator[]>;
  /** Every lead agency, in order of first appearance. */
  leadAgencies: readonly LeadAgency[];
}

export type ReportingPeriod = "Q1" | "H1" | "9M" | "FY";

export type Status = "exceeded" | "met" | "atRisk" | "offTrack" | "missing" | "invalid";

export const STATUSES: readonly Status[] = ["exceeded", "met", "atRisk", "offTrack", "missing", "invalid"];

export type StatusCounts = Record<Status, number>;

export function emptyCounts(): StatusCounts {
  return { exceeded: 0, met: 0, atRisk: 0, offTrack: 0, missing: 0, invalid: 0 };
}
