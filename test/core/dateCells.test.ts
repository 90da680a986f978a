/**
 * A figure typed as "30/6" or "1/2" becomes a date in Excel: its serial shown through a date format. Every door hands
 * the core that serial and format; the core refuses it as a figure instead of judging 45.473 (trial 23, finding 12).
 */

import { dateText, describe as say, isDateFormat, readNumber, readValue } from "../../src/core";

describe("a number shown through a date or time format is no figure", () => {
  test.each([
    ["dd/mm/yyyy", true],
    ["d/m/yy", true],
    ["[$-42A]dd/mm/yyyy", true],
    ["h:mm", true],
    ["mm-dd-yy", true],
    ["General", false],
    ["#,##0.0", false],
    ["0.0%", false],
    ['#,##0 "tỷ đồng"', false],
    ["[Red]#,##0;[Blue]-#,##0", false],
    ["_-* #,##0\\ _₫_-", false],
  ])("%s: a date format? %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  test("30/06/2024 typed in 07.1's cell: refused, said as the cell shows it, in both languages", () => {
    const reading = readNumber(45473, "dd/mm/yyyy", { percentUnit: false });
    expect(reading.kind).toBe("invalid");
    if (reading.kind !== "invalid") return;
    expect(say(reading.problem, "vi")).toBe(
      "ô đang là ngày tháng (30/06/2024), không phải con số: Excel tự đổi những gì gõ như 30/6 hay 1/2 thành ngày; " +
        "hãy đặt định dạng ô là Số (Number) rồi gõ lại con số"
    );
    expect(say(reading.problem, "en")).toMatch(/^the cell holds a date \(30\/06\/2024\), not a figure/);
    // The fast path evaluation takes says the same.
    expect(readValue(45473, "dd/mm/yyyy", false, "Tỷ đồng")).toEqual(reading.problem);
  });

  test("a time of day alone, and the same serial under a number or percent format, as before", () => {
    expect(dateText(0.95)).toBe("22:48");
    expect(dateText(45473)).toBe("30/06/2024");
    expect(readNumber(45473, "#,##0", { percentUnit: false })).toMatchObject({ kind: "number", value: 45473 });
    expect(readValue(0.975, "0.0%", true, "%")).toBe(97.5);
  });
});
