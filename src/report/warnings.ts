/**
 * The report's "Lưu ý trước khi dùng số liệu", worded for the province's leaders who read it: what a figure means or
 * why it is doubted, never how to type it or which command option made it (trial 24, 3). The instructions stay in
 * validate's and the pane's messages (core/messages.ts), where the staff fix the data.
 */

import {
  describe,
  formatNumber,
  negativeChangeMeaning,
  type EntryColumn,
  type MessageParams,
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
    /** A formula the program that saved the file never calculated: no figure, and no advice on how to save it. */
    uncalculated: (code: string, column: string) => string;
    /** Parts that do not add up to their total, named by the report's own column. */
    sumMismatch: (column: string, parts: string, sum: string, expected: string) => string;
    lastYearFigures: string;
  }
> = {
  vi: {
    negativeChange: (code, column, meaning) => `Chỉ tiêu ${code}, cột ${q(column)}: ${meaning}.`,
    periodChosen: (sheet, text, period) =>
      `Trang ${q(sheet)} ghi kỳ báo cáo ${q(text)}; số liệu được đánh giá cho ${period}, là kỳ được chọn khi lập báo cáo này.`,
    uncalculated: (code, column) =>
      `Chỉ tiêu ${code}, cột ${q(column)}: ô có công thức nhưng chưa được tính khi lưu tệp, nên chưa có số để đánh giá.`,
    sumMismatch: (column, parts, sum, expected) => `Cột ${q(column)}: tổng ${parts} = ${sum}, lệch so với ${expected}.`,
    lastYearFigures: "Cùng kỳ năm trước",
  },
  en: {
    negativeChange: (code, column, meaning) => `Indicator ${code}, column ${q(column)}: ${meaning}.`,
    periodChosen: (sheet, text, period) =>
      `Sheet ${q(sheet)} says the period is ${q(text)}; the figures are judged for the ${period}, the period chosen when this report was made.`,
    uncalculated: (code, column) =>
      `Indicator ${code}, column ${q(column)}: the cell holds a formula that was not calculated when the file was saved, so there is no figure to judge.`,
    sumMismatch: (column, parts, sum, expected) =>
      `Column ${q(column)}: ${parts} = ${sum}, which does not match ${expected}.`,
    lastYearFigures: "Same period last year",
  },
};

function negativeChange(p: NegativeChangeParams, lang: Lang): string {
  const column = REPORT_STRINGS[lang].columns[p.column];
  return WARNINGS[lang].negativeChange(p.code, column, negativeChangeMeaning(p, lang));
}

function periodChosen(p: { sheet: string; text: string; period: ReportingPeriod }, lang: Lang, year: number): string {
  return WARNINGS[lang].periodChosen(p.sheet, p.text, REPORT_STRINGS[lang].periodPhrase(p.period, year));
}

/** An entry column by the report's own name (the template's in validate's messages). */
function columnName(column: EntryColumn, lang: Lang): string {
  return column === "lastYear" ? WARNINGS[lang].lastYearFigures : REPORT_STRINGS[lang].columns[column];
}

function sumMismatch(p: MessageParams["rule.sumMismatch"], lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang);
  const expected = p.expectedFrom === "" ? n(p.expected) : `${p.expectedFrom} = ${n(p.expected)}`;
  return WARNINGS[lang].sumMismatch(columnName(p.column, lang), p.codes.join(" + "), n(p.sum), expected);
}

/**
 * A finding as a line of the report's warnings: in the report's words where validate's say how to fix the data.
 * `year`: the catalogue's, which the report's period is named with.
 */
export function warningText(f: Finding, lang: Lang, year: number): string {
  const p = f.problem;
  if (p.key === "change.negative") return negativeChange(p.params, lang);
  if (p.key === "period.overridden") return periodChosen(p.params, lang, year);
  if (p.key === "sheet.uncalculated")
    return WARNINGS[lang].uncalculated(p.params.code, columnName(p.params.column, lang));
  if (p.key === "rule.sumMismatch") return sumMismatch(p.params, lang);
  return lastYearShort(f, lang) ?? describe(p, lang);
}
