/** The hint under a number field while its text reads: what the number means, its range and how it was read. */

import { formatNumber, type Lang } from "../core";
import { STRINGS } from "../ui/strings";

export function fieldHint(
  lang: Lang,
  field: { description?: string; min: number; max: number; unit: string },
  value: number
): string {
  const t = STRINGS[lang];
  const range = t.numberRange(formatNumber(field.min, lang), formatNumber(field.max, lang), field.unit);
  return [field.description, range, t.numberUnderstood(`${formatNumber(value, lang)}${field.unit}`)]
    .filter(Boolean)
    .join(" ");
}

/** The margin of tolerance's field, in percent: the settings and what stands in their place show the same range. */
export const TOLERANCE_FIELD = { min: 0, max: 99, unit: "%" } as const;
