/** The report command's texts (report sheet and Word draft), in Vietnamese and English. */

import type { Lang } from "../core";

export interface ReportCliStrings {
  help: string;
  needsOutput: string;
  severalInputs: string;
  badGroupBy: (value: string) => string;
  /** `taken`: a sheet of the person's bore the report's name; it is left as it was. */
  wroteReport: (file: string, sheet: string, charts: number, replaced: boolean, taken?: string) => string;
  wroteDocx: (file: string) => string;
  sameOutputs: (file: string) => string;
  badDate: (value: string) => string;
  emptyIssuer: string;
  notXlsxName: (file: string) => string;
  notDocxName: (file: string) => string;
  /** A workbook with no template sheet: what to give instead (not the pane's "insert the template first"). */
  notTemplate: (sheets: string[]) => string;
  moreWarnings: (count: number) => string;
  toCheck: (codes: string) => string;
  /** After the refusal of a period cell that says no period: the command line may name it. */
  periodOptionHint: string;
}

const vi: ReportCliStrings = {
  help: `chi-tieu report: lập báo cáo kỳ từ một tệp .xlsx đã điền số liệu: trang báo cáo có biểu đồ, và bản thảo Word.

    TỆP.xlsx            tệp đã điền số liệu (không bao giờ bị ghi vào)
    --write BÁO_CÁO.xlsx  lưu một bản sao của tệp có thêm trang “Báo cáo <kỳ>”: tổng quan, biểu số liệu, biểu đồ
    --docx BÁO_CÁO.docx   lưu bản thảo báo cáo dạng Word (Times New Roman, khổ A4, lề theo Nghị định 30/2020/NĐ-CP)
    --group-by agency|group  biểu số liệu theo cơ quan chủ trì (mặc định) hoặc theo nhóm chỉ tiêu của Quyết định
    --period KỲ         lập báo cáo cho kỳ này thay cho ô “Kỳ báo cáo:” của tệp
    --tolerance T       biên độ cảnh báo “có nguy cơ không đạt” (mặc định 5%)
    --date NĂM-THÁNG-NGÀY  ngày ghi trên báo cáo (mặc định hôm nay)
    --issuer TÊN        cơ quan lập báo cáo, ghi ở đầu bản thảo Word (mặc định Sở Tài chính;
                        tệp của một cơ quan: cơ quan đó)
    --lang en           báo cáo bằng tiếng Anh (mặc định tiếng Việt, dù máy đặt ngôn ngữ nào)
    --force             ghi đè tệp ra nếu đã có
    --catalogue TỆP     danh mục chỉ tiêu khác (JSON)`,
  needsOutput: "Hãy chỉ ra ít nhất một tệp ra: --write BÁO_CÁO.xlsx hoặc --docx BÁO_CÁO.docx.",
  severalInputs: "Lệnh report lập báo cáo cho đúng một tệp .xlsx.",
  badGroupBy: (v) =>
    `--group-by “${v}” không hợp lệ: hãy dùng agency (theo cơ quan chủ trì) hoặc group (theo nhóm chỉ tiêu).`,
  wroteReport: (f, s, n, r, k) =>
    `Đã lưu báo cáo (trang “${s}”${n > 0 ? `, ${n} biểu đồ` : ", không có biểu đồ vì chưa có số liệu"}${r ? ", thay trang báo cáo cũ cùng kỳ" : ""}) vào ${f}.` +
    (k
      ? ` Trang “${k}” đã có và không phải trang báo cáo do chi-tieu lập: giữ nguyên, báo cáo ghi vào trang “${s}”.`
      : ""),
  wroteDocx: (f) => `Đã lưu bản thảo Word vào ${f}.`,
  sameOutputs: (f) => `--write và --docx cùng chỉ tới ${f}: hãy dùng hai tệp khác nhau.`,
  badDate: (v) => `Ngày “${v}” không hợp lệ: hãy viết năm-tháng-ngày, ví dụ 2024-07-05.`,
  emptyIssuer: '--issuer cần tên cơ quan lập báo cáo, ví dụ --issuer "Sở Tài chính".',
  notXlsxName: (f) => `--write ghi tệp Excel: tên tệp phải có đuôi .xlsx (đang là ${f}). Bản thảo Word dùng --docx.`,
  notDocxName: (f) =>
    `--docx ghi bản thảo Word: tên tệp phải có đuôi .docx (đang là ${f}). Trang báo cáo Excel dùng --write.`,
  notTemplate: (sheets) =>
    `${sheets.length === 0 ? "tệp không có trang tính nào" : `không trang tính nào (${sheets.map((s) => `“${s}”`).join(", ")}) có dòng tiêu đề của mẫu chỉ tiêu (“Mã”, “Thực hiện”, “Đánh giá”…)`}. Báo cáo lập từ tệp biểu chỉ tiêu đã điền số liệu (thường là bảng tổng hợp): hãy chỉ ra tệp đó.`,
  moreWarnings: (n) => `và ${n} lưu ý khác, xem đầu báo cáo.`,
  toCheck: (c) =>
    `báo cáo chưa đánh giá các chỉ tiêu cần kiểm tra lại số liệu: ${c}; “chi-tieu validate” trên tệp này cho biết cách sửa từng ô.`,
  periodOptionHint: 'Hoặc chỉ ra kỳ khi lập báo cáo, ví dụ --period "6 tháng".',
};

const en: ReportCliStrings = {
  help: `chi-tieu report: the period's report from a filled .xlsx workbook: a report sheet with charts, and a Word draft.

    FILE.xlsx           the filled workbook (never written)
    --write REPORT.xlsx save a copy of the workbook with a “Báo cáo <period>” sheet: overview, table, charts
    --docx REPORT.docx  save the report's draft as a Word document (Times New Roman, A4, margins of Decree 30/2020/NĐ-CP)
    --group-by agency|group  the table by lead agency (default) or by the decision's groups
    --period P          report on this period instead of the file's “Kỳ báo cáo:” cell
    --tolerance T       the “at risk” margin (default 5%)
    --date YYYY-MM-DD   the date written on the report (default today)
    --issuer NAME       the agency issuing the report, at the top of the Word draft (default Sở Tài chính;
                        an agency's own file: that agency)
    --lang en           the report in English (Vietnamese by default, whatever the machine's language)
    --force             overwrite an output file that exists
    --catalogue FILE    another indicator catalogue (JSON)`,
  needsOutput: "Name at least one output: --write REPORT.xlsx or --docx REPORT.docx.",
  severalInputs: "The report command reports on exactly one .xlsx file.",
  badGroupBy: (v) => `--group-by “${v}” is not valid: use agency (by lead agency) or group (by the decision's groups).`,
  wroteReport: (f, s, n, r, k) =>
    `Saved the report (sheet “${s}”${n > 0 ? `, ${n} chart(s)` : ", no chart as there are no figures yet"}${r ? ", replacing the earlier report for this period" : ""}) to ${f}.` +
    (k ? ` The sheet “${k}” is there and is not a report chi-tieu made: it is kept, the report is in “${s}”.` : ""),
  wroteDocx: (f) => `Saved the Word draft to ${f}.`,
  sameOutputs: (f) => `--write and --docx both name ${f}: use two different files.`,
  badDate: (v) => `The date “${v}” is not valid: write year-month-day, e.g. 2024-07-05.`,
  emptyIssuer: '--issuer needs the name of the agency issuing the report, e.g. --issuer "Sở Tài chính".',
  notXlsxName: (f) => `--write saves an Excel file: its name must end in .xlsx (got ${f}). The Word draft is --docx.`,
  notDocxName: (f) => `--docx saves a Word draft: its name must end in .docx (got ${f}). The Excel report is --write.`,
  notTemplate: (sheets) =>
    `${sheets.length === 0 ? "the file has no sheet" : `no sheet (${sheets.map((s) => `“${s}”`).join(", ")}) has the indicator template's header row (“Mã”, “Thực hiện”, “Đánh giá”…)`}. A report is made from a filled indicator file (usually the consolidated workbook): give that file.`,
  moreWarnings: (n) => `and ${n} more, at the top of the report.`,
  toCheck: (c) =>
    `the report does not judge these targets until their figures are checked: ${c}; “chi-tieu validate” on this file says how to correct each cell.`,
  periodOptionHint: 'Or name the period for the report, e.g. --period "6 tháng".',
};

export const REPORT_STRINGS: Record<Lang, ReportCliStrings> = { vi, en };
