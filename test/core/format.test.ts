import fc from "fast-check";
import shipped from "../../assets/catalogues/lang-son-2024.json";
import { formatNumber, formatTime } from "../../src/core/format";
import { SAMPLE_H1 } from "../../src/preview/sample";

/** What the pane wrote before it had its own formatter, and must still write. */
const intl = (value: number, lang: "vi" | "en", digits: number) =>
  new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: digits }).format(value);

const LANGS = ["vi", "en"] as const;
const DIGITS = [0, 1, 2, 3, 4];

describe("formatNumber writes what Intl.NumberFormat writes", () => {
  test.each([
    [1234.5, "vi", 4, "1.234,5"],
    [1234.5, "en", 4, "1,234.5"],
    [1234567, "vi", 4, "1.234.567"],
    [7.5, "vi", 4, "7,5"],
    [0.00005, "vi", 4, "0,0001"],
    [1.005, "en", 2, "1.01"],
    [2.5, "en", 0, "3"],
    [-2.5, "en", 0, "-3"],
    [999999.99999, "vi", 4, "1.000.000"],
    [-0, "vi", 4, "-0"],
    [-0.00001, "en", 4, "-0"],
    [999999999999999, "vi", 4, "999.999.999.999.999"],
  ] as const)("%p in %s to %i decimals is %s", (value, lang, digits, expected) => {
    expect(formatNumber(value, lang, digits)).toBe(expected);
    expect(intl(value, lang, digits)).toBe(expected);
  });

  // Halves, carries through nines, tiny and huge magnitudes, negative zero: where a formatter goes wrong.
  const edges = [
    0,
    -0,
    1,
    -1,
    0.5,
    1.5,
    2.5,
    -0.5,
    1.005,
    1.0005,
    0.00005,
    0.000049999,
    0.00015,
    9.99995,
    99.99995,
    0.99999,
    999.5,
    999999.99999,
    1e-7,
    1.5e-7,
    5e-5,
    1e-10,
    123456789.123456,
    123456789012345,
    999999999999999.9,
    5e-324,
    0.1 + 0.2,
    1 / 3,
    2 / 3,
    1234.5,
    7.5,
    65.3,
    14040.8,
    -14040.85,
  ];
  test.each(edges.flatMap((v) => [v, -v]))("%p, both languages, 0 to 4 decimals", (value) => {
    for (const lang of LANGS) for (const d of DIGITS) expect(formatNumber(value, lang, d)).toBe(intl(value, lang, d));
  });

  test("every number in the shipped catalogue and the preview's sample", () => {
    const numbers: number[] = [];
    const walk = (x: unknown): void => {
      if (typeof x === "number") numbers.push(x, x * 100, x / 100);
      else if (x && typeof x === "object") Object.values(x).forEach(walk);
    };
    walk(shipped);
    walk(SAMPLE_H1);
    expect(numbers.length).toBeGreaterThan(100);
    for (const value of numbers.filter((v) => Math.abs(v) < 1e15))
      for (const lang of LANGS) for (const d of DIGITS) expect(formatNumber(value, lang, d)).toBe(intl(value, lang, d));
  });

  test("any double, and any number typed with up to 6 decimals", () => {
    const typed = fc
      .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }))
      .map(([n, scale]) => n / 10 ** scale);
    fc.assert(
      fc.property(
        fc
          .oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), typed)
          .filter((v) => Math.abs(v) < 1e15),
        fc.constantFrom(...LANGS),
        fc.constantFrom(...DIGITS),
        (value, lang, d) => formatNumber(value, lang, d) === intl(value, lang, d)
      ),
      { numRuns: 20_000 }
    );
  });

  test.each([
    [1e15, "vi", "1 × 10^15"],
    [2 ** 53, "en", "9.01 × 10^15"],
    [9.99e300, "vi", "9,99 × 10^300"],
    [-1.7e308, "en", "-1.7 × 10^308"],
    [1e21, "vi", "1 × 10^21"],
  ] as const)("from 10^15 on, %p is shortened, never hundreds of digits: %s", (value, lang, expected) => {
    expect(formatNumber(value, lang)).toBe(expected);
  });

  test("not a finite number: written as JavaScript writes it", () => {
    expect(formatNumber(NaN, "vi")).toBe("NaN");
    expect(formatNumber(Infinity, "en")).toBe("Infinity");
  });
});

describe("formatTime writes what toLocaleTimeString writes", () => {
  test.each([
    [new Date(2024, 0, 5, 7, 3, 9), "07:03:09"],
    [new Date(2024, 0, 5, 0, 0, 0), "00:00:00"],
    [new Date(2024, 11, 31, 23, 59, 59), "23:59:59"],
    [new Date(2024, 5, 30, 12, 30, 5), "12:30:05"],
  ])("%p is %s", (date, expected) => {
    expect(formatTime(date)).toBe(expected);
    expect(date.toLocaleTimeString("vi-VN")).toBe(expected);
    expect(date.toLocaleTimeString("en-GB")).toBe(expected);
  });

  test("any moment of 2024–2026, both languages", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }), (ms) => {
        const date = new Date(ms);
        return (
          formatTime(date) === date.toLocaleTimeString("vi-VN") && formatTime(date) === date.toLocaleTimeString("en-GB")
        );
      }),
      { numRuns: 5_000 }
    );
  });
});
