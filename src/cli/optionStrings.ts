/** What the command line says of an option's value it cannot take (--period, --tolerance), in Vietnamese and English. */

import type { Lang } from "../core";

export interface OptionStrings {
  badPeriod: (p: string) => string;
  /** --period names a year (`6 tháng năm 2023`) other than the catalogue's; `example`: the same period of its year. */
  periodOtherYear: (p: string, year: number, expected: number, example: string) => string;
  badTolerance: (t: string) => string;
}

export const OPTION_STRINGS: Record<Lang, OptionStrings> = {
  vi: {
    badPeriod: (p) => `Kỳ báo cáo “${p}” không hợp lệ: hãy dùng "Quý I", "6 tháng", "9 tháng" hoặc "Cả năm".`,
    periodOtherYear: (p, y, e, ex) =>
      `--period “${p}” là kỳ của năm ${y}, nhưng chỉ tiêu là của năm ${e}: số liệu chỉ được đánh giá theo chỉ tiêu năm ${e}. ` +
      `Hãy bỏ năm đi hoặc ghi năm ${e}, ví dụ --period "${ex}".`,
    badTolerance: (t) =>
      `--tolerance “${t}” không hợp lệ: biên độ cảnh báo là một số phần trăm từ 0 đến 99, ví dụ --tolerance 5 (năm phần trăm) hoặc --tolerance 0,5 (nửa phần trăm).`,
  },
  en: {
    badPeriod: (p) => `The period “${p}” is not valid: use "Quý I", "6 tháng", "9 tháng" or "Cả năm".`,
    periodOtherYear: (p, y, e, ex) =>
      `--period “${p}” is a ${y} period, but the targets are ${e}'s: the figures are judged against the ${e} targets only. ` +
      `Leave the year out or write ${e}, e.g. --period "${ex}".`,
    badTolerance: (t) =>
      `--tolerance “${t}” is not valid: the warning margin (“biên độ cảnh báo”) is a percentage from 0 to 99, e.g. --tolerance 5 (five percent) or --tolerance 0.5 (half a percent).`,
  },
};
