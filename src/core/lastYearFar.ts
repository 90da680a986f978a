/**
 * Last year's figure against this period's, which the report compares with it ("bằng 111,6% so với cùng kỳ"): a
 * figure too far from this period's to be last year's is doubted (plausibility.lastYearFar), never judged.
 */

import type { LastYearFarParams } from "./checkMessages";
import type { RowEvaluation } from "./evaluate";
import type { Indicator } from "./types";

/**
 * How far apart two figures for the same months a year apart may be before last year's is doubted. Thực hiện is
 * doubted below 10 % or above 300 % of its plan (plausibility.ts), a band wide at the bottom because a period's
 * figure may lag its plan. Last year's has no such reason to lag or lead: the same months measured the same thing,
 * so the band is symmetric, and the "% so với cùng kỳ" it leaves is 10 % to 1.000 %. A digit lost or added, a
 * decimal comma dropped (1180 for 11,80) or another unit (triệu for tỷ) puts the two ten times apart or more
 * (trial 25: 62 ha for 6.200, 1.180 doctors for 11,8), hence ten times exactly is doubted too.
 */
export const LAST_YEAR_FACTOR = 10;

/**
 * A rate (unit %) is compared in points. A share moves within 0–100 (a share above 100 is no figure at all:
 * plausibility.lastYearInvalid), and a growth rate or a reduction that moved more than 100 points in a year is a
 * count typed into the rate (512 crimes for 4,2 %) or a date pasted as a number (45565 for 30/09/2024).
 */
export const LAST_YEAR_POINTS = 100;

/**
 * The floor under the ten-times rule for a row that counts things (valueType "count": communes, schools). A count
 * of a few things moves by several in a year, so ten times apart is no sign of a slip there: 1 new school last
 * year and 12 this year is an ordinary year, and doubting it drops a true comparison from the report (review 25b,
 * finding 5). A digit added or lost is told apart only where it puts the two many things apart, as 7 communes
 * typed 70. So a count row is doubted only when its two figures are also this many apart: 1 against 12 or 2
 * against 20 is not doubted, 3 against 30 is. Amounts (ha, tỷ đồng, bác sỹ/10.000 dân) have no floor: 11,8 against
 * 1,18 is a moved comma whatever its size, and a rate (%) has its own floor, LAST_YEAR_POINTS.
 */
export const COUNT_GAP = 20;

// Float noise must not move a figure exactly ten times apart out of the band: 6.200 ÷ 620 reads as 10.
const EPSILON = 1e-9;

/**
 * The doubt about a row's last-year figure, or undefined when it is near enough this period's figure, or when either
 * is missing: only what the report would compare is checked. Zero or below has no scale to compare (0 ha last year),
 * and a few things counted have no scale either (COUNT_GAP).
 */
export function lastYearFar(
  row: RowEvaluation,
  indicator: Pick<Indicator, "valueType">,
  percentUnit: boolean
): LastYearFarParams | undefined {
  const { actual, lastYear } = row;
  if (actual === undefined || lastYear === undefined) return undefined;
  const base = { code: row.code, column: "lastYear" as const, value: lastYear, actual, text: row.lastYearText };
  if (percentUnit) {
    const points = Math.abs(actual - lastYear);
    return points > LAST_YEAR_POINTS ? { ...base, percentUnit, threshold: LAST_YEAR_POINTS } : undefined;
  }
  if (actual <= 0 || lastYear <= 0) return undefined;
  if (indicator.valueType === "count" && Math.abs(actual - lastYear) < COUNT_GAP) return undefined;
  const factor = Math.max(actual, lastYear) / Math.min(actual, lastYear);
  return factor >= LAST_YEAR_FACTOR * (1 - EPSILON) ? { ...base, percentUnit, threshold: LAST_YEAR_FACTOR } : undefined;
}
