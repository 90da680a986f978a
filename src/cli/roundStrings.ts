/** The reporting round's command-line texts (split, merge, status), in Vietnamese and English. */

import { SETTLE_IN_LOG, type Lang } from "../core";
import type { FileResult } from "../round";
import { FILE_RESULT_WORDS } from "../round/fileResult";

export interface RoundStrings {
  helpSplit: string;
  helpMerge: string;
  helpStatus: string;
  noWorkbook: string;
  noOut: string;
  outIsFile: (folder: string) => string;
  outNoPermission: (folder: string) => string;
  outCannotCreate: (folder: string, detail: string) => string;
  noSources: string;
  /** After an agency's file was given as the consolidated workbook: the order merge takes its files in. */
  targetFirst: string;
  badToday: (text: string) => string;
  split: (agency: string, rows: number, file: string) => string;
  splitDone: (files: number, folder: string) => string;
  header: [string, string, string, string, string, string, string];
  /** A file's result in the merge table: merged only when something of it was applied. */
  statusWord: Record<FileResult, string>;
  findings: string;
  preview: string;
  wroteMerge: (file: string, cells: number, logLines: number) => string;
  nothingToApply: string;
  /** Formulas reading merged cells: recalculated from the new figures, or left for Excel (`written`: in the copy). */
  formulas: (recalculated: number, leftForExcel: number, written: boolean) => string;
  statusTitle: (period: string, due: string, today: string) => string;
  /** Status on one agency's own file (its agency line): its progress alone, not the consolidated workbook's. */
  statusOwnFile: (agency: string) => string;
  statusHeader: [string, string, string, string, string, string, string];
  /**
   * The cells the files disagreed on, left unmerged: where they are kept, and what to do. `logged` of them got a log
   * line in this merge; the others were in the log already (the same conflict merged again), so no line is claimed.
   */
  conflictsLeft: (cells: number, written: boolean, logged: number) => string;
  /** A date (YYYY-MM-DD) as the language writes it: 17/06/2024 in Vietnamese. */
  showDate: (iso: string) => string;
  overdue: string;
  onTime: string;
}

/** Where merge's conflicts are kept: logged now, already in the log from an earlier merge (no line added), or some of each. */
const loggedWhere: Record<Lang, (cells: number, logged: number) => string> = {
  vi: (n, logged) =>
    logged === n
      ? "đã ghi vào trang “Nhật ký cập nhật”"
      : logged === 0
        ? "đã có trong trang “Nhật ký cập nhật” từ lần gộp trước, lần này không ghi thêm dòng nào"
        : `${logged} ô vừa ghi vào trang “Nhật ký cập nhật”, ${n - logged} ô đã có ở đó từ lần gộp trước`,
  en: (n, logged) =>
    logged === n
      ? "written to the “Nhật ký cập nhật” sheet"
      : logged === 0
        ? "already in the “Nhật ký cập nhật” sheet from an earlier merge, no line added this time"
        : `${logged} newly written to the “Nhật ký cập nhật” sheet, ${n - logged} already there from an earlier merge`,
};

const vi: RoundStrings = {
  helpSplit: `chi-tieu split: tách bảng tổng hợp thành một tệp cho mỗi cơ quan chủ trì (chỉ các dòng cơ quan đó chủ trì).

  TỆP               bảng tổng hợp (.xlsx)
  --out THƯ_MỤC     thư mục ghi các tệp (so-tai-chinh.xlsx, …); tạo nếu chưa có
  --agency TÊN      chỉ tách cho các cơ quan có tên chứa TÊN (như validate --agency: “Cục” là mọi Cục)
  --force           ghi đè các tệp đã có
  --json            in kết quả dạng JSON
Mã thoát: 0 khi đã ghi mọi tệp, 1 khi sai tùy chọn hoặc tệp đã có (thiếu --force) hay --out là một tệp, 2 khi không đọc được bảng tổng hợp hoặc không ghi được.`,
  helpMerge: `chi-tieu merge: gộp số liệu các cơ quan vào bảng tổng hợp, theo Mã chỉ tiêu.

  TỔNG_HỢP          bảng tổng hợp (.xlsx); không bao giờ bị ghi đè
  TỆP_HOẶC_THƯ_MỤC  tệp của các cơ quan, hoặc thư mục chứa chúng
  --write RA.xlsx   ghi bảng đã gộp ra tệp này (thiếu: chỉ xem trước, không ghi gì)
  --keep-existing   giữ giá trị đã có trong bảng tổng hợp, không thay
  --force           ghi đè RA.xlsx nếu đã có
  --json            in kết quả dạng JSON
Mã thoát: 0 khi mọi giá trị được gộp, 1 khi có giá trị hoặc tệp bị bỏ ra (xung đột, không chủ trì, khác kỳ…), 2 khi có tệp không đọc được.`,
  helpStatus: `chi-tieu status: tiến độ nộp số liệu của từng cơ quan chủ trì, cơ quan chậm nhất trước.

  TỆP               bảng tổng hợp (.xlsx)
  --today NGÀY      tính quá hạn theo ngày này (YYYY-MM-DD), mặc định hôm nay
Một số liệu không hợp lệ (ví dụ “N/A”, 4.5 cho một số đếm) chưa được tính là đã nộp: cột “Không hợp lệ” nêu mã các dòng đó.
Mỗi dòng chỉ được tính ở một cột: dòng còn xung đột giữa các tệp nằm ở cột “Xung đột”, không tính là “Đã có”, kể cả khi một cột số liệu của dòng đã được gộp.
  --tolerance T     biên độ cảnh báo "có nguy cơ không đạt" (phần trăm, mặc định 5)
  --json            in kết quả dạng JSON`,
  noWorkbook: "Chưa chỉ ra bảng tổng hợp (.xlsx).",
  noOut: "Cần --out THƯ_MỤC: thư mục ghi các tệp của các cơ quan.",
  outIsFile: (f) =>
    `Không tạo được thư mục ${f}: đã có một tệp tên này. --out cần một thư mục để ghi các tệp của các cơ quan.`,
  outNoPermission: (f) =>
    `Không tạo được thư mục ${f}: ổ đĩa hoặc thư mục chỉ đọc, hoặc không có quyền ghi ở đó. Hãy chọn thư mục khác cho --out.`,
  outCannotCreate: (f, d) => `Không tạo được thư mục ${f} (mã lỗi ${d}). Hãy chọn thư mục khác cho --out.`,
  noSources: "Chưa chỉ ra tệp hoặc thư mục số liệu của các cơ quan để gộp.",
  targetFirst:
    "Lệnh đúng: chi-tieu merge TONG-HOP.xlsx THƯ_MỤC_TỆP_NỘP (bảng tổng hợp đứng trước, sau đó là các tệp hoặc thư mục của các cơ quan).",
  badToday: (d) => `Ngày “${d}” không hợp lệ: hãy viết YYYY-MM-DD, ví dụ 2024-06-17.`,
  split: (a, n, f) => `  ${a}: ${n} chỉ tiêu → ${f}`,
  splitDone: (n, d) => `Đã ghi ${n} tệp vào ${d}.`,
  header: ["Tệp", "Cơ quan", "Kết quả", "Điền mới", "Thay đổi", "Bỏ ra", "Xung đột"],
  statusWord: { ...FILE_RESULT_WORDS.vi, merged: "đã gộp", notApplied: "không gộp giá trị nào" },
  findings: "Chi tiết:",
  preview: "Xem trước: chưa ghi gì (thêm --write RA.xlsx để ghi).",
  wroteMerge: (f, n, l) => `Đã ghi bảng đã gộp vào ${f}: ${n} ô, ${l} dòng nhật ký.`,
  nothingToApply: "Không có giá trị mới nào để gộp.",
  formulas: (r, l, w) =>
    `Công thức dùng số vừa gộp: ${r} ô ${w ? "đã" : "sẽ"} được tính lại theo số mới, ${l} ô ${w ? "đã bỏ" : "sẽ bỏ"} giá trị cũ để Excel tính lại khi mở tệp${w ? "; bản ghi ra yêu cầu Excel tính lại mọi công thức khi mở" : ""}.`,
  statusTitle: (p, d, t) => `Kỳ ${p}: hạn nộp ${d} (hôm nay ${t})`,
  statusOwnFile: (a) =>
    `Tệp của ${a}: chỉ nêu tiến độ của cơ quan này. Tiến độ của mọi cơ quan xem trên bảng tổng hợp (sau khi gộp).`,
  statusHeader: ["Cơ quan chủ trì", "Đã có", "Còn thiếu", "Xung đột", "Không hợp lệ", "Cần giải trình", "Hạn"],
  conflictsLeft: (n, w, logged) =>
    `Còn ${n} ô các tệp cho giá trị khác nhau, chưa gộp${w ? ` (${loggedWhere.vi(n, logged)}; chi-tieu status nêu lại cho đến khi xử lý xong)` : ""}: hãy sửa một tệp rồi gộp lại, hoặc nhập số đã thống nhất vào bảng tổng hợp.${w ? ` ${SETTLE_IN_LOG.vi}` : ""}`,
  showDate: (iso) => iso.split("-").reverse().join("/"),
  overdue: "QUÁ HẠN",
  onTime: "",
};

const en: RoundStrings = {
  helpSplit: `chi-tieu split: splits the consolidated workbook into one file per lead agency (only the rows it leads).

  FILE              the consolidated workbook (.xlsx)
  --out FOLDER      where to write the files (so-tai-chinh.xlsx, …); created if missing
  --agency NAME     only the agencies whose names contain NAME (as validate --agency: “Cục” is every Cục)
  --force           replace files already there
  --json            print the result as JSON
Exit status: 0 when every file was written, 1 for bad options, files already there (no --force) or --out naming a file, 2 when the consolidated workbook cannot be read or a file cannot be written.`,
  helpMerge: `chi-tieu merge: merges the agencies' figures into the consolidated workbook, matched by code (Mã).

  CONSOLIDATED      the consolidated workbook (.xlsx); never written over
  FILE_OR_FOLDER    the agencies' files, or folders holding them
  --write OUT.xlsx  write the merged workbook there (without it: preview only, nothing written)
  --keep-existing   keep values already in the consolidated workbook
  --force           replace OUT.xlsx if it exists
  --json            print the result as JSON
Exit status: 0 when everything was applied, 1 when a value or a file was left out (conflict, not lead, other period…), 2 when a file could not be read.`,
  helpStatus: `chi-tieu status: each lead agency's progress for the period, the furthest behind first.

  FILE              the consolidated workbook (.xlsx)
  --today DATE      judge overdue as of this date (YYYY-MM-DD), default today
An invalid figure (e.g. “N/A”, 4.5 for a count) does not count as submitted: the “Invalid” column lists those rows.
Each row is counted in one column only: a row the files still disagree on is under “Conflict”, not “Filled”, even when one of its figures was merged.
  --tolerance T     at-risk margin (percent, default 5)
  --json            print the result as JSON`,
  noWorkbook: "No consolidated workbook (.xlsx) was given.",
  noOut: "--out FOLDER is needed: where to write the agencies' files.",
  outIsFile: (f) =>
    `Cannot create the folder ${f}: a file of that name exists. --out needs a folder for the agencies' files.`,
  outNoPermission: (f) =>
    `Cannot create the folder ${f}: the disk or folder is read-only, or you may not write there. Choose another folder for --out.`,
  outCannotCreate: (f, d) => `Cannot create the folder ${f} (error ${d}). Choose another folder for --out.`,
  noSources: "No agency file or folder to merge was given.",
  targetFirst:
    "The command is: chi-tieu merge TONG-HOP.xlsx REPLIES_FOLDER (the consolidated workbook first, then the agencies' files or folders).",
  badToday: (d) => `The date “${d}” is not valid: write YYYY-MM-DD, e.g. 2024-06-17.`,
  split: (a, n, f) => `  ${a}: ${n} indicators → ${f}`,
  splitDone: (n, d) => `Wrote ${n} files to ${d}.`,
  header: ["File", "Agency", "Result", "Filled", "Changed", "Left out", "Conflicts"],
  statusWord: { ...FILE_RESULT_WORDS.en, merged: "merged", notApplied: "nothing applied" },
  findings: "Details:",
  preview: "Preview: nothing written (add --write OUT.xlsx to write).",
  wroteMerge: (f, n, l) => `Wrote the merged workbook to ${f}: ${n} cells, ${l} log lines.`,
  nothingToApply: "No new value to merge.",
  formulas: (r, l, w) =>
    `Formulas reading merged figures: ${r} ${w ? "recalculated" : "to be recalculated"} from the new figures, ${l} ${w ? "cleared of their old value" : "to be cleared of their old value"} for Excel to calculate on opening${w ? "; the copy asks Excel to recalculate every formula when opened" : ""}.`,
  statusTitle: (p, d, t) => `${p}: due ${d} (today ${t})`,
  statusOwnFile: (a) =>
    `The file of ${a}: only this agency's progress is shown. Every agency's progress is on the consolidated workbook (after the merge).`,
  statusHeader: ["Lead agency", "Filled", "Missing", "Conflict", "Invalid", "Explanations owed", "Due"],
  conflictsLeft: (n, w, logged) =>
    `${n} ${n === 1 ? "cell the files disagree on is" : "cells the files disagree on are"} not merged${w ? ` (${loggedWhere.en(n, logged)}; chi-tieu status lists them until settled)` : ""}: correct one file and merge again, or type the agreed figure into the consolidated sheet.${w ? ` ${SETTLE_IN_LOG.en}` : ""}`,
  showDate: (iso) => iso,
  overdue: "OVERDUE",
  onTime: "",
};

export const ROUND_STRINGS: Record<Lang, RoundStrings> = { vi, en };
