/** The texts of validate's summary of several files (strings.ts is full), in Vietnamese and English. */

import { PERIOD_LABELS, type Lang, type LeftOutReason, type ReportingPeriod } from "../core";
import { TO_CHECK_NOTE } from "../template";

export interface ValidateStrings {
  /** An agency's own file (its agency line, as split writes it): only its rows are judged, as the pane says. */
  ownFile: (agency: string) => string;
  /** The heading of the summary: how many files, the period it sums (when the files name one), how it counts. */
  combined: (files: number, period?: ReportingPeriod) => string;
  /** After files of another period were left out, and no `--period` asked: how to sum theirs (`example`, one of them). */
  otherPeriodHint: (example: ReportingPeriod) => string;
  /** An agency no file speaks for. */
  noFile: string;
  /** Codes on which the files counted for an agency (or the totals) give different figures. */
  differing: (codes: string[]) => string;
  /** The totals line: of how many codes, then the counts, the differing codes and those without a file. */
  totals: (codes: number, counts: string, differing: string[], noFile: number) => string;
  /** What each file holds for a code they disagree on: `so-tai-chinh.xlsx 3.900 (vượt kế hoạch)`. */
  differingDetail: (code: string, answers: string[]) => string;
  /** After the codes the files disagree on: what to do. */
  differingAdvice: string;
  /** After the status of a row whose figures are doubted: in Vietnamese, the note the sheet's Đánh giá writes. */
  toCheckNote: string;
  /** Counted apart in the totals and agencies' lines: `2 cần kiểm tra lại số liệu`. */
  toCheckCount: (n: number) => string;
  /** After the status of a row whose last-year figure (only compared with, never judged) is doubted. */
  lastYearToCheck: string;
  /** After the status of a row the sheet does not have (`sheet.missingRow`): not merely left empty. */
  missingRow: string;
  /** The files the summary leaves out (core/summaryScope.ts), each `name (why)`: merge would refuse them too. */
  leftOut: (files: string[]) => string;
  /** Why a file is left out of the summary, in a few words. */
  leftOutReason: (why: LeftOutReason) => string;
}

/** `Quý I` as `quý I`, `Cả năm` as `cả năm`: a period's label inside a sentence. */
const lowerFirst = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

export const VALIDATE_STRINGS: Record<Lang, ValidateStrings> = {
  vi: {
    ownFile: (a) => `  Tệp của ${a}: chỉ đánh giá các chỉ tiêu cơ quan này chủ trì.`,
    combined: (n, period) =>
      n === 0
        ? "Tổng hợp theo cơ quan chủ trì: không có tệp nào được tính."
        : `Tổng hợp ${n} tệp${period ? ` kỳ ${lowerFirst(PERIOD_LABELS.vi[period])}` : ""} theo cơ quan chủ trì (mỗi chỉ tiêu tính một lần, theo tệp của chính cơ quan nếu cơ quan đã gửi; chỉ tiêu cùng chủ trì mà tệp để trống thì lấy số trong tệp của cơ quan cùng chủ trì):`,
    otherPeriodHint: (p) =>
      `Để tổng hợp kỳ khác, hãy chạy lại lệnh với --period, ví dụ: --period "${PERIOD_LABELS.vi[p]}".`,
    noFile: "chưa có tệp",
    differing: (codes) => `${codes.join(", ")}: các tệp khác nhau`,
    totals: (n, counts, differing, noFile) =>
      `Tổng ${n} chỉ tiêu: ${[counts, differing.length > 0 ? `${differing.join(", ")}: các tệp khác nhau, chưa tính` : "", noFile > 0 ? `${noFile} chỉ tiêu chưa có tệp` : ""].filter((s) => s !== "").join("; ")}`,
    differingDetail: (code, answers) => `${code}: các tệp khác nhau: ${answers.join("; ")}.`,
    differingAdvice:
      "Hãy thống nhất số liệu với cơ quan chủ trì rồi sửa tệp sai, hoặc chỉ đưa vào lệnh một tệp cho mỗi cơ quan.",
    toCheckNote: TO_CHECK_NOTE,
    toCheckCount: (n) => `${n} cần kiểm tra lại số liệu`,
    lastYearToCheck: "số cùng kỳ cần kiểm tra lại",
    missingRow: "trang không có dòng này (dòng đã bị xóa hoặc sửa mã)",
    leftOut: (files) => `Không tính vào tổng hợp, vì lệnh gộp (merge) cũng không nhận: ${files.join("; ")}.`,
    leftOutReason: (w) => {
      switch (w.reason) {
        case "otherDecision":
          return `mẫu theo Quyết định ${w.decision}, không phải ${w.expected}`;
        case "otherYear":
          return `mẫu năm ${w.year}, không phải năm ${w.expected}`;
        case "periodOtherYear":
          return `kỳ báo cáo ghi “${w.text}”, là năm ${w.year}, không phải năm ${w.expected}`;
        case "periodUnreadable":
          return w.text === "" ? "không ghi kỳ báo cáo" : `không đọc được kỳ báo cáo “${w.text}”`;
        case "otherPeriod":
          return `kỳ báo cáo là ${PERIOD_LABELS.vi[w.period]}, không phải ${PERIOD_LABELS.vi[w.expected]}`;
      }
    },
  },
  en: {
    ownFile: (a) => `  The file of ${a}: only the indicators it leads are judged.`,
    combined: (n, period) =>
      n === 0
        ? "By lead agency: no file counted."
        : `${n === 1 ? "1 file" : `All ${n} files`}${period ? ` (${PERIOD_LABELS.en[period].toLowerCase()})` : ""}, by lead agency (each indicator counted once, from the agency's own file when it sent one; a jointly led row left blank there takes its co-lead's figure):`,
    otherPeriodHint: (p) =>
      `To sum another period, run the command again with --period, e.g. --period "${PERIOD_LABELS.vi[p]}".`,
    noFile: "no file yet",
    differing: (codes) => `${codes.join(", ")}: the files differ`,
    totals: (n, counts, differing, noFile) =>
      `All ${n} indicators: ${[counts, differing.length > 0 ? `${differing.join(", ")}: the files differ, not counted` : "", noFile > 0 ? `${noFile} with no file yet` : ""].filter((s) => s !== "").join("; ")}`,
    differingDetail: (code, answers) => `${code}: the files differ: ${answers.join("; ")}.`,
    differingAdvice: "Agree the figure with the lead agency and correct the wrong file, or name one file per agency.",
    toCheckNote: "(figures to check)",
    toCheckCount: (n) => `${n} whose figures must be checked`,
    lastYearToCheck: "last year's figure to check",
    missingRow: "the sheet has no such row (deleted, or its code changed)",
    leftOut: (files) => `Left out of the summary, as merge would refuse them too: ${files.join("; ")}.`,
    leftOutReason: (w) => {
      switch (w.reason) {
        case "otherDecision":
          return `a template of Decision ${w.decision}, not ${w.expected}`;
        case "otherYear":
          return `a ${w.year} template, not ${w.expected}`;
        case "periodOtherYear":
          return `its period says “${w.text}”, a ${w.year} period, not ${w.expected}`;
        case "periodUnreadable":
          return w.text === "" ? "no reporting period given" : `its period “${w.text}” cannot be read`;
        case "otherPeriod":
          return `its period is ${PERIOD_LABELS.en[w.period].toLowerCase()}, not ${PERIOD_LABELS.en[w.expected].toLowerCase()}`;
      }
    },
  },
};
