/** What is said about the reporting period cell, in Vietnamese and English. */

import { PERIOD_LABELS } from "./labels";
import { PERIOD_FORMS, REPORTING_PERIODS } from "./periods";
import type { Lang, ReportingPeriod } from "./types";

export interface PeriodUnreadableParams {
  sheet: string;
  text: string;
  labelFound: boolean;
}

/** The period cell names a year (`6 tháng năm 2023`) other than the catalogue's, whose targets judge the figures. */
export interface PeriodOtherYearParams {
  sheet: string;
  text: string;
  year: number;
  expected: number;
}

/** The person asked for a period (`--period`) other than the one the sheet's period cell names. */
export interface PeriodOverriddenParams {
  sheet: string;
  text: string;
  period: ReportingPeriod;
}

const q = (s: string) => `“${s}”`;

/** Every accepted form of every period, for messages: `Quý I, quý 1, Q1, 3 tháng; 6 tháng, …`. */
export function periodForms(lang: Lang): string {
  return REPORTING_PERIODS.map((p) => `${PERIOD_LABELS[lang][p]} (${PERIOD_FORMS[p].map(q).join(", ")})`).join("; ");
}

/** The messages about the period cell, for messages.ts' dictionaries. */
export const PERIOD_MESSAGES: Record<
  Lang,
  {
    "period.unreadable": (p: PeriodUnreadableParams) => string;
    "period.otherYear": (p: PeriodOtherYearParams) => string;
    "period.overridden": (p: PeriodOverriddenParams) => string;
  }
> = {
  vi: {
    "period.unreadable": (p) =>
      `${p.labelFound ? (p.text === "" ? `Trang ${q(p.sheet)}: ô kỳ báo cáo đang trống` : `Trang ${q(p.sheet)}: không đọc được kỳ báo cáo ${q(p.text)}`) : `Trang ${q(p.sheet)} không có ô “Kỳ báo cáo:”`}; ` +
      `số liệu được đánh giá như cả năm. Hãy chọn hoặc nhập một kỳ: ${periodForms("vi")}.`,
    "period.otherYear": (p) =>
      `Trang ${q(p.sheet)}: kỳ báo cáo ghi ${q(p.text)} (năm ${p.year}), nhưng số liệu được đánh giá theo chỉ tiêu năm ${p.expected}: ` +
      `kết quả không đúng cho năm ${p.year}. Nếu đây là báo cáo năm ${p.expected}, hãy sửa năm trong ô kỳ báo cáo; ` +
      `nếu là báo cáo năm ${p.year}, đừng dùng tệp này cho năm ${p.expected}.`,
    "period.overridden": (p) =>
      `Trang ${q(p.sheet)} ghi kỳ báo cáo ${q(p.text)}; số liệu được đánh giá theo kỳ ${PERIOD_LABELS.vi[p.period]} như lệnh yêu cầu (--period).`,
  },
  en: {
    "period.unreadable": (p) =>
      `${p.labelFound ? (p.text === "" ? `Sheet ${q(p.sheet)}: the reporting period cell is empty` : `Sheet ${q(p.sheet)}: the reporting period ${q(p.text)} cannot be read`) : `Sheet ${q(p.sheet)} has no “Kỳ báo cáo:” cell`}; ` +
      `the figures are judged as for the full year. Choose or type one of: ${periodForms("en")}.`,
    "period.otherYear": (p) =>
      `Sheet ${q(p.sheet)}: the reporting period says ${q(p.text)} (year ${p.year}), but the figures are judged against the ${p.expected} targets: ` +
      `the results do not hold for ${p.year}. If this is the ${p.expected} report, correct the year in the period cell; ` +
      `if it is the ${p.year} report, do not use this file for ${p.expected}.`,
    "period.overridden": (p) =>
      `Sheet ${q(p.sheet)} says the period is ${q(p.text)}; the figures are judged for ${PERIOD_LABELS.en[p.period]} as the command asked (--period).`,
  },
};
