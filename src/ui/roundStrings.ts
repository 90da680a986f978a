/** The pane's words for the reporting round (src/taskpane/Round.tsx), in Vietnamese and English. */

import type { Lang } from "../core";
import type { FileResult } from "../round";
import { FILE_RESULT_WORDS } from "../round/fileResult";

export interface RoundStrings {
  title: string;
  splitAgency: string;
  allAgencies: string;
  split: string;
  splitDone: (n: number) => string;
  mergeTitle: string;
  chooseFiles: string;
  keepExisting: string;
  previewTitle: (files: number) => string;
  fileColumns: [string, string, string, string, string, string];
  /** A file's result in the preview (fileResult): what merging it would apply, as the command line's table says it. */
  fileStatus: Record<FileResult, string>;
  apply: (cells: number) => string;
  cancel: string;
  nothingToApply: string;
  merged: (cells: number, log: number) => string;
  /** A picked file above the size limit: the command line's refusal, with advice the pane's user can follow. */
  tooLarge: (part: string, megabytes: number, limit: number) => string;
  progressTitle: string;
  progressLine: (filled: number, expected: number) => string;
  missing: (codes: string) => string;
  explanationsOwed: (n: number) => string;
  due: (date: string) => string;
  overdue: string;
  explainTitle: string;
  explainLabel: (code: string, status: string) => string;
  saveExplanation: string;
  explanationSaved: (code: string) => string;
  noExplanationsOwed: string;
}

export const ROUND_STRINGS: Record<Lang, RoundStrings> = {
  vi: {
    title: "Kỳ báo cáo: gửi, nhận, tổng hợp",
    splitAgency: "Cơ quan chủ trì",
    allAgencies: "Tất cả cơ quan (mỗi cơ quan một sổ)",
    split: "Tách theo cơ quan",
    splitDone: (n) => `Đã mở ${n} sổ làm việc mới; hãy lưu hoặc gửi từng sổ cho cơ quan.`,
    mergeTitle: "Gộp số liệu từ tệp…",
    chooseFiles: "Chọn tệp của các cơ quan (.xlsx)",
    keepExisting: "Giữ giá trị đã có (không thay)",
    previewTitle: (n) => `Xem trước: ${n} tệp`,
    fileColumns: ["Tệp", "Cơ quan", "Kết quả", "Điền mới", "Thay đổi", "Bỏ ra / xung đột"],
    fileStatus: { ...FILE_RESULT_WORDS.vi, merged: "gộp được", notApplied: "không gộp giá trị nào" },
    apply: (n) => `Áp dụng ${n} thay đổi`,
    cancel: "Hủy",
    nothingToApply: "Không có giá trị mới nào để gộp.",
    merged: (n, l) => `Đã gộp ${n} ô; đã ghi ${l} dòng vào trang “Nhật ký cập nhật”.`,
    tooLarge: (part, mb, limit) =>
      `tệp lớn bất thường: phần ${part} bung ra ${mb} MB, quá giới hạn ${limit} MB mà không mẫu thật nào cần tới. Hãy mở tệp trong Excel, xóa các dòng, cột thừa, lưu lại rồi chọn lại tệp; nếu tệp đúng là lớn như vậy, hãy gộp nó bằng dòng lệnh (chi-tieu merge).`,
    progressTitle: "Tiến độ nộp số liệu",
    progressLine: (f, e) => `${f}/${e} chỉ tiêu có số liệu`,
    missing: (c) => `Còn thiếu: ${c}`,
    explanationsOwed: (n) => `${n} chỉ tiêu cần giải trình`,
    due: (d) => `Hạn nộp ${d}`,
    overdue: "Quá hạn",
    explainTitle: "Cần giải trình",
    explainLabel: (c, s) => `Giải trình chỉ tiêu ${c} (${s})`,
    saveExplanation: "Lưu vào cột Ghi chú",
    explanationSaved: (c) => `Đã lưu giải trình chỉ tiêu ${c} vào cột “Ghi chú”.`,
    noExplanationsOwed: "Không có chỉ tiêu nào cần giải trình.",
  },
  en: {
    title: "Reporting round: send, collect, consolidate",
    splitAgency: "Lead agency",
    allAgencies: "All agencies (one workbook each)",
    split: "Split by agency",
    splitDone: (n) => `Opened ${n} new workbook(s); save or send each to its agency.`,
    mergeTitle: "Merge figures from files…",
    chooseFiles: "Choose the agencies' files (.xlsx)",
    keepExisting: "Keep values already there",
    previewTitle: (n) => `Preview: ${n} file(s)`,
    fileColumns: ["File", "Agency", "Result", "Filled", "Changed", "Left out / conflicts"],
    fileStatus: { ...FILE_RESULT_WORDS.en, merged: "mergeable", notApplied: "nothing to apply" },
    apply: (n) => `Apply ${n} change(s)`,
    cancel: "Cancel",
    nothingToApply: "No new value to merge.",
    merged: (n, l) => `Merged ${n} cell(s); wrote ${l} line(s) to the “Nhật ký cập nhật” sheet.`,
    tooLarge: (part, mb, limit) =>
      `the file is unusually large: its part ${part} unpacks to ${mb} MB, above the ${limit} MB limit no real template comes near. Open it in Excel, delete the extra rows and columns, save it and pick it again; if it really is that large, merge it with the command line (chi-tieu merge).`,
    progressTitle: "Reporting progress",
    progressLine: (f, e) => `${f}/${e} indicators filled`,
    missing: (c) => `Missing: ${c}`,
    explanationsOwed: (n) => `${n} explanation(s) owed`,
    due: (d) => `Due ${d}`,
    overdue: "Overdue",
    explainTitle: "Explanations needed",
    explainLabel: (c, s) => `Explanation for ${c} (${s})`,
    saveExplanation: "Save to Ghi chú",
    explanationSaved: (c) => `Saved the explanation of ${c} to “Ghi chú”.`,
    noExplanationsOwed: "No indicator needs an explanation.",
  },
};
