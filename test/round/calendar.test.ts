import shipped from "../../assets/catalogues/lang-son-2024.json";
import { loadCatalogue, REPORTING_PERIODS } from "../../src/core";
import {
  addDays,
  calendarOf,
  calendarProblems,
  decreeCalendar,
  inWindow,
  isPastDue,
  periodCollectedOn,
  periodDates,
  todayInVietnam,
} from "../../src/round";
import { shippedCatalogue } from "./grids";

const catalogue = shippedCatalogue();

describe("the reporting calendar", () => {
  test("the shipped catalogue carries Decree 09/2019's windows, the same as the default for its year", () => {
    expect(catalogue.calendar).toBeDefined();
    expect(calendarOf(catalogue).periods).toEqual(decreeCalendar(2024).periods);
    expect(calendarProblems(calendarOf(catalogue))).toEqual([]);
  });

  test.each([
    ["Q1", "2023-12-15", "2024-03-14", "2024-03-17"],
    ["H1", "2023-12-15", "2024-06-14", "2024-06-17"],
    ["9M", "2023-12-15", "2024-09-14", "2024-09-17"],
    ["FY", "2023-12-15", "2024-12-14", "2024-12-17"],
  ] as const)("%s: data from %s to %s, due %s by default", (period, from, to, due) => {
    expect(periodDates(catalogue, period)).toEqual({ period, from, to, due, dueSet: false });
  });

  // Around each cut-off: the 14th is in the window, the 15th is not; 14/12 of the year before is not either.
  test.each([
    ["Q1", "2024-03-14", true],
    ["Q1", "2024-03-15", false],
    ["H1", "2024-06-14", true],
    ["H1", "2024-06-15", false],
    ["9M", "2024-09-14", true],
    ["9M", "2024-09-15", false],
    ["FY", "2024-12-14", true],
    ["FY", "2024-12-15", false],
    ["Q1", "2023-12-15", true],
    ["Q1", "2023-12-14", false],
    ["FY", "2023-12-14", false],
  ] as const)("%s: figures of %s are in the window: %s", (period, date, inside) => {
    expect(inWindow(periodDates(catalogue, period), date)).toBe(inside);
  });

  test.each([
    ["2024-01-02", "Q1"],
    ["2024-03-14", "Q1"],
    ["2024-03-17", "Q1"],
    ["2024-03-18", "H1"],
    ["2024-06-17", "H1"],
    ["2024-06-18", "9M"],
    ["2024-09-17", "9M"],
    ["2024-09-18", "FY"],
    ["2024-12-17", "FY"],
    ["2024-12-18", undefined],
  ] as const)("on %s staff collect %s", (today, period) => {
    expect(periodCollectedOn(catalogue, today)?.period).toBe(period);
  });

  test("the due day itself is on time, the next day is overdue", () => {
    const h1 = periodDates(catalogue, "H1");
    expect(isPastDue(h1, "2024-06-17")).toBe(false);
    expect(isPastDue(h1, "2024-06-18")).toBe(true);
  });

  test("a catalogue overrides one period's due date and the default for the others", () => {
    const data = structuredClone(shipped) as typeof shipped & {
      calendar: { periods: { FY: { due?: string } }; defaultDue: { daysAfterCutOff: number } };
    };
    data.calendar.periods.FY.due = "2024-12-10";
    data.calendar.defaultDue.daysAfterCutOff = 5;
    const loaded = loadCatalogue(data);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(periodDates(loaded.catalogue, "FY")).toMatchObject({ due: "2024-12-10", dueSet: true });
    expect(periodDates(loaded.catalogue, "Q1").due).toBe("2024-03-19");
    expect(calendarProblems(calendarOf(loaded.catalogue))).toEqual([
      { period: "FY", problem: "due before the cut-off" },
    ]);
  });

  test("the schema refuses a calendar that misses a period or writes a date another way", () => {
    const missing = structuredClone(shipped) as unknown as { calendar: { periods: Record<string, unknown> } };
    delete missing.calendar.periods["9M"];
    expect(loadCatalogue(missing).ok).toBe(false);
    const badDate = structuredClone(shipped) as unknown as { calendar: { periods: { Q1: { to: string } } } };
    badDate.calendar.periods.Q1.to = "14/03/2024";
    expect(loadCatalogue(badDate).ok).toBe(false);
  });

  test("a catalogue without a calendar gets Decree 09's windows for its year", () => {
    const data = structuredClone(shipped) as unknown as Record<string, unknown>;
    delete data.calendar;
    data.year = 2025;
    const loaded = loadCatalogue(data);
    if (!loaded.ok) throw new Error("loads");
    for (const p of REPORTING_PERIODS) expect(periodDates(loaded.catalogue, p).from).toBe("2024-12-15");
    expect(periodDates(loaded.catalogue, "9M")).toMatchObject({ to: "2025-09-14", due: "2025-09-17" });
  });

  test("days are counted on the calendar, across months and leap years", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-30", 3)).toBe("2025-01-02");
  });

  test("today is Vietnam's date: 17:00 UTC is already the next day there", () => {
    expect(todayInVietnam(new Date("2024-06-17T16:59:00Z"))).toBe("2024-06-17");
    expect(todayInVietnam(new Date("2024-06-17T17:00:00Z"))).toBe("2024-06-18");
  });
});
