/** The preview shows numbers as a Vietnamese Excel shows them under the formats the template and the report write. */
import { formatCell } from "../../src/preview/numberFormat";

describe("formatCell", () => {
  test.each([
    [0.528, "0.0%", "52,8%"],
    [1.129, "0.0%", "112,9%"],
    [0.5, "0%", "50%"],
    [2150, "#,##0", "2.150"],
    [14040.8, "#,##0.0#", "14.040,8"],
    [6.25, "0.0#", "6,25"],
    [64, "0.0#", "64,0"],
    [7.1, "0.0#", "7,1"],
    [1.3, '+0.0" điểm %";-0.0" điểm %";0.0" điểm %"', "+1,3 điểm %"],
    [-0.4, '+0.0" điểm %";-0.0" điểm %";0.0" điểm %"', "-0,4 điểm %"],
    [0, '+0.0" points";-0.0" points";0.0" points"', "0,0 points"],
    [-3, "0.0", "-3,0"],
    [3, "0", "3"],
    [0.1 + 0.2, "General", "0,3"],
    [12345.5, "General", "12345,5"],
    [7, "[Red]0.0", "7,0"],
  ])("%p under %p shows %p", (value, format, expected) => {
    expect(formatCell(value, format)).toBe(expected);
  });
});
