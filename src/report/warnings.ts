/**
 * The report's "Lưu ý trước khi dùng số liệu", worded for the province's leaders who read it: what a figure means or
 * why it is doubted, never how to type it or which command option made it (trial 24, 3). The instructions stay in
 * validate's and the pane's messages (core/messages.ts), where the staff fix the data.
 */

import {
  describe,
  negativeChangeMeaning,
  type Finding,
  type Lang,
  type NegativeChangeParams,
  type ReportingPeriod,
} from "../core";
import { lastYearShort } from "./doubts";
import { REPORT_STRINGS } from "./strings";

const q = (s: string) => `“${s}”`;

const WARNINGS: Record<
  Lang,
  {
    /** A negative growth or reduction: what it means, named by the report's own column. */
    negativeChange: (code: string, column: string, meaning: string) => string;
    /** The period cell said one period and the report was made for another: the one chosen when it was made. */
    periodChosen: (sheet: string, text: string, period: string) => string;
  }
> = {
  vi: {
    negativeChange: (code, column, meaning) => `Chỉ tiêu ${code}, cột ${q(column)}: ${meaning}.`,
    periodChosen: (sheet, text, period) =>
      `Trang ${q(sheet)} ghi kỳ báo cáo ${q(text)}; số liệu được đánh giá cho ${period}, là kỳ được chọn khi lập báo cáo này.`,
  },
  en: {
    negativeChange: (code, column, meaning) => `Indicator ${code}, column ${q(column)}: ${meaning}.`,
    periodChosen: (sheet, text, period) =>
      `Sheet ${q(sheet)} says the period is ${q(text)}; the figures are judged for the ${period}, the period chosen when this report was made.`,
  },
};

function negativeChange(p: NegativeChangeParams, lang: Lang): string {
  const column = REPORT_STRINGS[lang].columns[p.column];
  return WARNINGS[lang].negativeChange(p.code, column, negativeChangeMeaning(p, lang));
}

function periodChosen(p: { sheet: string; text: string; period: ReportingPeriod }, lang: Lang, year: number): string {
  return WARNINGS[lang].periodChosen(p.sheet, p.text, REPORT_STRINGS[lang].periodPhrase(p.period, year));
}

/**
 * A finding as a line of the report's warnings: in the report's words where validate's say how to fix the data.
 * `year`: the catalogue's, which the report's period is named with.
 */
export function warningText(f: Finding, lang: Lang, year: number): string {
  const p = f.problem;
  if (p.key === "change.negative") return negativeChange(p.params, lang);
  if (p.key === "period.overridden") return periodChosen(p.params, lang, year);
  return lastYearShort(f, lang) ?? describe(p, lang);
}
