/**
 * Figures typed in Excel reach the add-in as Excel read them with the PC's regional settings (review 25, finding 1):
 * the fake's `edit` reads them as Excel does (fakeInput.ts), and the add-in, which then sees only the number, still
 * never states a status as fact for a figure a slip of the separator made 1,000 times too small.
 */

import { excelInput } from "./fakeInput";
import { col, inserted, rowOf, SHEET, value } from "./support";

describe("what Excel stores for typed text (the fake's model)", () => {
  test.each([
    // typed, format, locale, stored
    ["2,600", "#,##0", "vi-VN", 2.6],
    ["2.100", "#,##0", "vi-VN", 2100],
    ["7,5", "0.0#", "vi-VN", 7.5],
    ["1.234,5", "#,##0.0#", "vi-VN", 1234.5],
    ["-3,5", "0.0#", "vi-VN", -3.5],
    [" 4,2 ", "0.0#", "vi-VN", 4.2],
    ["1,234.5", "#,##0.0#", "vi-VN", "1,234.5"],
    ["~5", "0.0#", "vi-VN", "~5"],
    ["khoảng 7", "0.0#", "vi-VN", "khoảng 7"],
    ["'2,600", "#,##0", "vi-VN", "2,600"],
    ["2,600", "@", "vi-VN", "2,600"],
    ["2.100", "#,##0", "en-US", 2.1],
    ["2,600", "#,##0", "en-US", 2600],
    ["1.234,5", "#,##0.0#", "en-US", "1.234,5"],
  ] as const)("%s in %s on a %s PC: %p", (typed, format, locale, stored) => {
    expect(excelInput(typed, format, locale).value).toBe(stored);
  });

  test("a typed percent is stored as a fraction, with a percent format where the cell had none", () => {
    expect(excelInput("12%", "General", "vi-VN")).toEqual({ value: 0.12, numberFormat: "0%" });
    expect(excelInput("76,1 %", "0.0#", "vi-VN")).toEqual({ value: 0.761, numberFormat: "0.0#" });
  });
});

describe("figures typed into the template, judged as Excel stored them", () => {
  async function typedAndChecked(locale: "vi-VN" | "en-US", figures: Record<string, string>) {
    const { excel, workbook } = await inserted();
    excel.locale = locale;
    for (const [code, typed] of Object.entries(figures)) excel.edit(SHEET, rowOf(excel, code), col("actual"), typed);
    value(await workbook.validate({ tolerance: 0.05, period: "H1" }));
    const cell = (code: string, key: string) => excel.cell(SHEET, rowOf(excel, code), col(key))?.value;
    return { cell };
  }

  test("a Vietnamese PC: “2.100” is 2100 and judged plainly; “2,600” is 2.6, and the row is held to be checked", async () => {
    const { cell } = await typedAndChecked("vi-VN", { "05.1": "2.100", "06.1": "2,600" });
    expect(cell("05.1", "actual")).toBe(2100);
    expect(cell("05.1", "status")).not.toMatch(/kiểm tra lại/);
    expect(cell("06.1", "actual")).toBe(2.6);
    expect(cell("06.1", "status")).toMatch(/\(cần kiểm tra lại số liệu\)$/);
  });

  test("an English (US) PC: “2.100” is 2.1, and the row is held to be checked, not called off track", async () => {
    const { cell } = await typedAndChecked("en-US", { "05.1": "2.100" });
    expect(cell("05.1", "actual")).toBe(2.1);
    expect(cell("05.1", "status")).toMatch(/\(cần kiểm tra lại số liệu\)$/);
  });
});
