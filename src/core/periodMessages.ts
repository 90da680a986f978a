/** What is said about the reporting period cell, in Vietnamese and English. */

import { PERIOD_LABELS } from "./labels";
import { PERIOD_CELL_TEXT, PERIOD_FORMS, REPORTING_PERIODS } from "./periods";
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

/**
 * A report is not made for the period cell (`cell`, its address; absent with no `Kỳ báo cáo:` label): its title would
 * name a period or a year the sheet does not say. `example` is what to type there, of the catalogue's year.
 */
export interface ReportPeriodParams {
  sheet: string;
  cell?: string;
  text: string;
  example: string;
}

/** The period cell names a year other than the catalogue's: a report of its figures would be titled with the wrong year. */
export interface ReportOtherYearParams extends ReportPeriodParams {
  cell: string;
  year: number;
  expected: number;
}

/** The problems about the period cell, for messages.ts' MessageParams. */
export interface PeriodParams {
  "period.unreadable": PeriodUnreadableParams;
  "period.otherYear": PeriodOtherYearParams;
  "period.overridden": PeriodOverriddenParams;
  "period.reportUnreadable": ReportPeriodParams;
  "period.reportOtherYear": ReportOtherYearParams;
}

const q = (s: string) => `“${s}”`;

/** The four periods as the template writes them: `Quý I, 6 tháng, 9 tháng, Cả năm`. */
const CELL_TEXTS = REPORTING_PERIODS.map((p) => PERIOD_CELL_TEXT[p]).join(", ");

/** Every accepted form of every period, for messages: `Quý I, quý 1, Q1, 3 tháng; 6 tháng, …`. */
export function periodForms(lang: Lang): string {
  return REPORTING_PERIODS.map((p) => `${PERIOD_LABELS[lang][p]} (${PERIOD_FORMS[p].map(q).join(", ")})`).join("; ");
}

/** The messages about the period cell, for messages.ts' dictionaries. */
export const PERIOD_MESSAGES: Record<Lang, { [K in keyof PeriodParams]: (p: PeriodParams[K]) => string }> = {
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
    "period.reportUnreadable": (p) =>
      `Chưa lập báo cáo: ${p.cell === undefined ? `trang ${q(p.sheet)} không có ô “Kỳ báo cáo:”` : `ô kỳ báo cáo ${p.cell} của trang ${q(p.sheet)} ${p.text === "" ? "đang trống" : `ghi ${q(p.text)}, không phải một kỳ báo cáo`}`}, ` +
      `nên không biết đây là báo cáo kỳ nào. ` +
      `${p.cell === undefined ? `Hãy ghi “Kỳ báo cáo:” vào một ô phía trên bảng và kỳ báo cáo vào ô bên phải nó` : `Hãy ghi kỳ báo cáo vào ô ${p.cell}`}, ` +
      `ví dụ ${q(p.example)} (các kỳ: ${CELL_TEXTS}), rồi lập lại báo cáo.`,
    "period.reportOtherYear": (p) =>
      `Chưa lập báo cáo: ô kỳ báo cáo ${p.cell} của trang ${q(p.sheet)} ghi ${q(p.text)}, là năm ${p.year}, nhưng chỉ tiêu là của năm ${p.expected}. ` +
      `Nếu đây là số liệu năm ${p.expected}, hãy sửa ô ${p.cell}, ví dụ thành ${q(p.example)}, rồi lập lại báo cáo; ` +
      `nếu là số liệu năm ${p.year}, đừng lập báo cáo năm ${p.expected} từ tệp này.`,
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
    "period.reportUnreadable": (p) =>
      `No report was made: ${p.cell === undefined ? `sheet ${q(p.sheet)} has no “Kỳ báo cáo:” cell` : `the reporting period cell ${p.cell} of sheet ${q(p.sheet)} ${p.text === "" ? "is empty" : `says ${q(p.text)}, which is not a reporting period`}`}, ` +
      `so which period the report is for is unknown. ` +
      `${p.cell === undefined ? `Write “Kỳ báo cáo:” in a cell above the table and the period in the cell to its right` : `Type the period in cell ${p.cell}`}, ` +
      `e.g. ${q(p.example)} (the periods: ${CELL_TEXTS}), then make the report again.`,
    "period.reportOtherYear": (p) =>
      `No report was made: the reporting period cell ${p.cell} of sheet ${q(p.sheet)} says ${q(p.text)}, a ${p.year} period, but the targets are ${p.expected}'s. ` +
      `If these are ${p.expected} figures, correct cell ${p.cell}, e.g. to ${q(p.example)}, then make the report again; ` +
      `if they are ${p.year} figures, do not make the ${p.expected} report from this file.`,
  },
};
