/** The reporting calendar: each period's data window (Decree 09/2019/NĐ-CP) and the date agencies owe their figures. */

import { REPORTING_PERIODS, type Catalogue, type ReportingCalendar, type ReportingPeriod } from "../core";

/** An ISO date, yyyy-mm-dd; compared as text, which orders it as a date. */
export type IsoDate = string;

export interface PeriodDates {
  period: ReportingPeriod;
  /** First day of the data window (15/12 of the previous year). */
  from: IsoDate;
  /** The cut-off: last day whose figures the period's report holds. */
  to: IsoDate;
  /** The day agencies must send their figures by. */
  due: IsoDate;
  /** Whether `due` comes from the catalogue's own date rather than the default. */
  dueSet: boolean;
}

/** The last month of each period; Decree 09 cuts each window off on the 14th of that month. */
const LAST_MONTH: Record<ReportingPeriod, number> = { Q1: 3, H1: 6, "9M": 9, FY: 12 };

/** Days after the cut-off that agencies have, when a catalogue says nothing. */
export const DEFAULT_DUE_DAYS = 3;

const pad = (n: number) => String(n).padStart(2, "0");

/** Decree 09/2019's windows for a year: 15/12 of the year before up to the 14th of the period's last month. */
export function decreeCalendar(year: number): ReportingCalendar {
  const periods = Object.fromEntries(
    REPORTING_PERIODS.map((p) => [p, { from: `${year - 1}-12-15`, to: `${year}-${pad(LAST_MONTH[p])}-14` }])
  ) as ReportingCalendar["periods"];
  return { basis: "Nghị định 09/2019/NĐ-CP", periods, defaultDue: { daysAfterCutOff: DEFAULT_DUE_DAYS } };
}

/** A calendar date moved by whole days (UTC arithmetic on a date with no time, so no time zone shifts it). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number);
  const moved = new Date(Date.UTC(y, m - 1, d + days));
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/** The catalogue's calendar, or Decree 09's for its year when it has none. */
export function calendarOf(catalogue: Pick<Catalogue, "year" | "calendar">): ReportingCalendar {
  return catalogue.calendar ?? decreeCalendar(catalogue.year);
}

/** One period's window and due date. */
export function periodDates(catalogue: Pick<Catalogue, "year" | "calendar">, period: ReportingPeriod): PeriodDates {
  const calendar = calendarOf(catalogue);
  const window = calendar.periods[period];
  const due = window.due ?? addDays(window.to, calendar.defaultDue.daysAfterCutOff);
  return { period, from: window.from, to: window.to, due, dueSet: window.due !== undefined };
}

/** Whether figures dated `date` belong to the period's window (both ends included). */
export function inWindow(dates: PeriodDates, date: IsoDate): boolean {
  return date >= dates.from && date <= dates.to;
}

/** Overdue: the due date has passed (the due day itself is still on time). */
export function isPastDue(dates: PeriodDates, today: IsoDate): boolean {
  return today > dates.due;
}

/**
 * The period staff are collecting on a day: the first whose due date has not passed. After the
 * full year's due date, nothing is being collected for this catalogue's year (undefined).
 */
export function periodCollectedOn(
  catalogue: Pick<Catalogue, "year" | "calendar">,
  today: IsoDate
): PeriodDates | undefined {
  for (const period of REPORTING_PERIODS) {
    const dates = periodDates(catalogue, period);
    if (!isPastDue(dates, today)) return dates;
  }
  return undefined;
}

/** Today's date where the province is (UTC+7, no daylight saving), as an ISO date. */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Problems a schema cannot see in a calendar: windows that end before they start, due dates before the cut-off. */
export function calendarProblems(calendar: ReportingCalendar): { period: ReportingPeriod; problem: string }[] {
  const problems: { period: ReportingPeriod; problem: string }[] = [];
  for (const period of REPORTING_PERIODS) {
    const w = calendar.periods[period];
    if (w.to < w.from) problems.push({ period, problem: "window ends before it starts" });
    if (w.due !== undefined && w.due < w.to) problems.push({ period, problem: "due before the cut-off" });
  }
  return problems;
}

/** The moment in the province's time, as the merge log writes it: `2024-07-02 09:15:03`. */
export function timestampInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 19).replace("T", " ");
}
