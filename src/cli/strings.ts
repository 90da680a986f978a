/** Every text the command line prints, in Vietnamese and English. */

import type { Lang } from "../core";
import type { InputProblemCode } from "./inputs";
import type { OutputErrorCode } from "./output";

export interface CliStrings {
  help: string;
  helpTemplate: string;
  helpValidate: string;
  unknownCommand: (c: string) => string;
  badOption: (option: string) => string;
  unknownOption: (option: string, known: string[]) => string;
  optionNeedsValue: (option: string) => string;
  optionTakesNoValue: (option: string) => string;
  badPeriod: (p: string) => string;
  badTolerance: (t: string) => string;
  catalogueUnreadable: (file: string, detail: string) => string;
  catalogueInvalid: (file: string) => string;
  /** Why an output could not be written (the codes of src/cli/output.ts). */
  outputError: (code: OutputErrorCode, file: string, detail?: string) => string;
  wroteTemplate: (file: string, sheet: string) => string;
  noFiles: string;
  notFound: string;
  /** Why a path named or found cannot be read (see InputProblemCode in inputs.ts). */
  inputProblem: (code: InputProblemCode) => string;
  emptyFile: string;
  notXlsx: string;
  encrypted: string;
  corrupt: (detail: string) => string;
  tooLarge: (part: string, bytes: number, limit: number) => string;
  tooCompressed: (part: string, ratio: number, limit: number) => string;
  fileError: (file: string, why: string) => string;
  writeNeedsFolder: string;
  wrote: (file: string) => string;
  unknownAgency: (name: string, known: string[]) => string;
  file: (file: string) => string;
  sheetLine: (sheet: string, period: string, tolerance: string) => string;
  totalLine: (n: number, counts: string) => string;
  byAgency: string;
  agencyLine: (agency: string, n: number, counts: string) => string;
  findings: string;
  groupedFinding: (first: string, others: string, codes: string[], more: boolean) => string;
  noFindings: string;
  plan: string;
  fileWarning: (file: string, message: string) => string;
  periodAssumed: string;
  rowPeriodAssumed: string;
  checkFigure: string;
  combined: (files: number) => string;
  summary: (read: number, failed: number) => string;
  /** split, merge, status: the reporting round. */
  round: RoundStrings;
  /** report: the period's report sheet and Word draft. */
  report: ReportCliStrings;
}

export interface ReportCliStrings {
  help: string;
  needsOutput: string;
  severalInputs: string;
  badGroupBy: (value: string) => string;
  wroteReport: (file: string, sheet: string, charts: number, replaced: boolean) => string;
  wroteDocx: (file: string) => string;
  sameOutputs: (file: string) => string;
  badDate: (value: string) => string;
}

export interface RoundStrings {
  helpSplit: string;
  helpMerge: string;
  helpStatus: string;
  noWorkbook: string;
  noOut: string;
  noSources: string;
  badToday: (text: string) => string;
  split: (agency: string, rows: number, file: string) => string;
  splitDone: (files: number, folder: string) => string;
  header: [string, string, string, string, string, string, string];
  statusWord: Record<"merged" | "refused" | "unreadable", string>;
  findings: string;
  preview: string;
  wroteMerge: (file: string, cells: number, logLines: number) => string;
  nothingToApply: string;
  statusTitle: (period: string, due: string, today: string) => string;
  statusHeader: [string, string, string, string, string];
  overdue: string;
  onTime: string;
}

const megabytes = (bytes: number) => Math.ceil(bytes / 2 ** 20);

const vi: CliStrings = {
  help: `chi-tieu: mẫu và kiểm tra các chỉ tiêu kinh tế - xã hội năm 2024 (Quyết định 136/QĐ-UBND) trên tệp .xlsx

Cách dùng:
  chi-tieu template [--out TỆP] [--catalogue TỆP] [--force]
  chi-tieu validate TỆP_HOẶC_THƯ_MỤC... [--period KỲ] [--tolerance T] [--agency TÊN] [--json] [--write RA.xlsx [--force]]
  chi-tieu split TỔNG_HỢP.xlsx --out THƯ_MỤC [--agency TÊN] [--force] [--json]
  chi-tieu merge TỔNG_HỢP.xlsx TỆP_HOẶC_THƯ_MỤC... [--write RA.xlsx [--force]] [--keep-existing] [--json]
  chi-tieu status TỔNG_HỢP.xlsx [--today YYYY-MM-DD] [--json]
  chi-tieu report TỆP.xlsx [--write BÁO_CÁO.xlsx] [--docx BÁO_CÁO.docx] [--group-by agency|group] [--force]

Tùy chọn chung:
  --lang vi|en     ngôn ngữ (mặc định theo biến môi trường LANG, nếu không thì tiếng Việt)
  --help           trợ giúp của từng lệnh: chi-tieu template --help, chi-tieu validate --help`,
  helpTemplate: `chi-tieu template: ghi mẫu chỉ tiêu ra một tệp .xlsx, giống mẫu phần bổ trợ chèn vào Excel.

  --out TỆP         tệp ra (mặc định chi-tieu-2024.xlsx)
  --catalogue TỆP   danh mục chỉ tiêu khác (JSON, mặc định danh mục năm 2024)
  --period KỲ       kỳ báo cáo ghi sẵn: "Quý I", "6 tháng", "9 tháng", "Cả năm" (mặc định 6 tháng)
  --force           ghi đè nếu tệp ra đã có`,
  helpValidate: `chi-tieu validate: kiểm tra các tệp .xlsx đã điền số liệu, theo cơ quan chủ trì.

  TỆP_HOẶC_THƯ_MỤC  một hoặc nhiều tệp .xlsx, hoặc thư mục (đọc mọi tệp .xlsx bên trong)
  --period KỲ       đánh giá theo kỳ này thay cho ô "Kỳ báo cáo:" của tệp
  --tolerance T     ngưỡng "có nguy cơ không đạt", ví dụ 5 hoặc 5% hoặc 0,05 (mặc định 5%)
  --agency TÊN      chỉ in các chỉ tiêu của một cơ quan chủ trì (ví dụ "Sở Y tế")
  --json            in một tài liệu JSON thay cho báo cáo (cấu trúc trong README)
  --write RA.xlsx   lưu một bản sao có "% so với KH", "Đánh giá" và tô màu; với nhiều tệp, RA là thư mục
  --force           ghi đè tệp ra nếu đã có (không bao giờ ghi đè tệp đầu vào)
  --catalogue TỆP   danh mục chỉ tiêu khác (JSON)

Không bao giờ ghi vào tệp đầu vào. Mã thoát: 0 khi đọc được mọi tệp, 2 khi có tệp không dùng được, 1 khi sai tùy chọn.`,
  unknownCommand: (c) => `Không có lệnh “${c}”. Dùng: chi-tieu template | chi-tieu validate (chi-tieu --help).`,
  badOption: (o) => `Tùy chọn không hợp lệ: ${o}`,
  unknownOption: (o, known) => `Không có tùy chọn “${o}”. Lệnh này nhận: ${known.join(", ")}.`,
  optionNeedsValue: (o) => `Tùy chọn “${o}” cần một giá trị đi kèm, ví dụ ${o} GIÁ_TRỊ.`,
  optionTakesNoValue: (o) => `Tùy chọn “${o}” không nhận giá trị nào.`,
  badPeriod: (p) => `Kỳ báo cáo “${p}” không hợp lệ: hãy dùng "Quý I", "6 tháng", "9 tháng" hoặc "Cả năm".`,
  badTolerance: (t) => `Ngưỡng “${t}” không hợp lệ: hãy dùng một số từ 0 đến 100 (phần trăm), ví dụ 5.`,
  catalogueUnreadable: (f, d) => `Không đọc được danh mục ${f}: ${d}`,
  catalogueInvalid: (f) => `Danh mục ${f} không hợp lệ:`,
  outputError: (code, f, d) =>
    ({
      exists: `Tệp ${f} đã có; thêm --force để ghi đè.`,
      isInput: `Không ghi vào ${f}: đó là một tệp đầu vào (có thể qua một liên kết); không bao giờ ghi đè tệp đầu vào.`,
      isFolder: `Không ghi được ${f}: đó là một thư mục, không phải tệp.`,
      noFolder: `Không ghi được ${f}: thư mục chứa tệp này không tồn tại.`,
      permission: `Không ghi được ${f}: không có quyền ghi.`,
      io: `Không ghi được ${f}${d ? ` (${d})` : ""}.`,
    })[code],
  wroteTemplate: (f, s) => `Đã ghi mẫu (trang “${s}”) vào ${f}.`,
  noFiles: "Chưa chỉ ra tệp hoặc thư mục nào để kiểm tra.",
  notFound: "không tìm thấy tệp hoặc thư mục",
  inputProblem: (code) =>
    ({
      notFound: "không tìm thấy tệp hoặc thư mục",
      permission: "không có quyền đọc",
      linkLoop: "liên kết vòng (liên kết trỏ về chính nó hoặc về một thư mục cha)",
      danglingLink: "liên kết hỏng (tệp mà liên kết trỏ tới không còn)",
      noXlsx: "thư mục không có tệp .xlsx nào",
      xls: "tệp .xls cũ (Excel 97–2003): hãy mở trong Excel và lưu lại dạng Sổ làm việc Excel (.xlsx)",
      io: "lỗi khi đọc tệp",
    })[code],
  emptyFile: "tệp rỗng",
  notXlsx: "không phải tệp Excel .xlsx (có thể là tệp khác bị đổi đuôi thành .xlsx)",
  encrypted: "tệp được đặt mật khẩu (hoặc là tệp .xls cũ): hãy mở trong Excel, bỏ mật khẩu và lưu dạng .xlsx",
  corrupt: (d) => `tệp hỏng hoặc không đọc được (${d})`,
  tooLarge: (part, bytes, limit) =>
    `tệp lớn bất thường: phần ${part} bung ra ${megabytes(bytes)} MB, quá giới hạn ${megabytes(limit)} MB mà không mẫu thật nào cần tới. Hãy mở tệp trong Excel, xóa các dòng, cột thừa rồi lưu lại; nếu tệp đúng là lớn như vậy, đặt biến môi trường CHI_TIEU_MAX_PART_MB cao hơn.`,
  tooCompressed: (part, ratio, limit) =>
    `tệp lớn bất thường: phần ${part} bị nén ${ratio} lần (giới hạn ${limit} lần), dấu hiệu của một tệp “bom nén”. Hãy mở tệp trong Excel và lưu lại dưới tên khác, rồi kiểm tra tệp mới.`,
  fileError: (f, why) => `Lỗi: ${f}: ${why}`,
  writeNeedsFolder: "Với nhiều tệp, --write phải là một thư mục.",
  wrote: (f) => `  Đã lưu bản có kết quả: ${f}`,
  unknownAgency: (n, known) => `Không có cơ quan chủ trì nào khớp “${n}”. Các cơ quan: ${known.join("; ")}.`,
  file: (f) => `Tệp: ${f}`,
  sheetLine: (s, p, t) => `  Trang “${s}”, kỳ báo cáo ${p}, ngưỡng nguy cơ ${t}`,
  totalLine: (n, c) => `  Tổng: ${n} chỉ tiêu: ${c}`,
  byAgency: "  Theo cơ quan chủ trì:",
  agencyLine: (a, n, c) => `  ${a} (${n} chỉ tiêu): ${c}`,
  findings: "  Cảnh báo và lỗi cấu trúc:",
  noFindings: "  Không có cảnh báo.",
  groupedFinding: (first, others, codes, more) =>
    `${first} Cùng loại: ${others} trường hợp nữa${codes.length > 0 ? ` (mã ${codes.join(", ")}${more ? "…" : ""})` : ""}.`,
  plan: "KH",
  fileWarning: (file, message) => `${file}: cảnh báo: ${message}`,
  periodAssumed: " (không đọc được kỳ báo cáo: đánh giá như cả năm)",
  rowPeriodAssumed: "kỳ giả định là cả năm",
  checkFigure: "kiểm tra lại",
  combined: (n) => `Tổng hợp ${n} tệp theo cơ quan chủ trì:`,
  summary: (r, f) => `Đã đọc ${r} tệp${f > 0 ? `, ${f} tệp không dùng được` : ""}.`,
  round: {
    helpSplit: `chi-tieu split: tách bảng tổng hợp thành một tệp cho mỗi cơ quan chủ trì (chỉ các dòng cơ quan đó chủ trì).

  TỆP               bảng tổng hợp (.xlsx)
  --out THƯ_MỤC     thư mục ghi các tệp (so-tai-chinh.xlsx, …); tạo nếu chưa có
  --agency TÊN      chỉ tách cho cơ quan có tên chứa TÊN
  --force           ghi đè các tệp đã có
  --json            in kết quả dạng JSON`,
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
  --tolerance T     ngưỡng nguy cơ (phần trăm, mặc định 5)
  --json            in kết quả dạng JSON`,
    noWorkbook: "Chưa chỉ ra bảng tổng hợp (.xlsx).",
    noOut: "Cần --out THƯ_MỤC: thư mục ghi các tệp của các cơ quan.",
    noSources: "Chưa chỉ ra tệp hoặc thư mục số liệu của các cơ quan để gộp.",
    badToday: (d) => `Ngày “${d}” không hợp lệ: hãy viết YYYY-MM-DD, ví dụ 2024-06-17.`,
    split: (a, n, f) => `  ${a}: ${n} chỉ tiêu → ${f}`,
    splitDone: (n, d) => `Đã ghi ${n} tệp vào ${d}.`,
    header: ["Tệp", "Cơ quan", "Kết quả", "Điền mới", "Thay đổi", "Bỏ ra", "Xung đột"],
    statusWord: { merged: "đã gộp", refused: "từ chối", unreadable: "không đọc được" },
    findings: "Chi tiết:",
    preview: "Xem trước: chưa ghi gì (thêm --write RA.xlsx để ghi).",
    wroteMerge: (f, n, l) => `Đã ghi bảng đã gộp vào ${f}: ${n} ô, ${l} dòng nhật ký.`,
    nothingToApply: "Không có giá trị mới nào để gộp.",
    statusTitle: (p, d, t) => `Kỳ ${p}: hạn nộp ${d} (hôm nay ${t})`,
    statusHeader: ["Cơ quan chủ trì", "Đã có", "Còn thiếu", "Cần giải trình", "Hạn"],
    overdue: "QUÁ HẠN",
    onTime: "",
  },
  report: {
    help: `chi-tieu report: lập báo cáo kỳ từ một tệp .xlsx đã điền số liệu: trang báo cáo có biểu đồ, và bản thảo Word.

    TỆP.xlsx            tệp đã điền số liệu (không bao giờ bị ghi vào)
    --write BÁO_CÁO.xlsx  lưu một bản sao của tệp có thêm trang “Báo cáo <kỳ>”: tổng quan, biểu số liệu, biểu đồ
    --docx BÁO_CÁO.docx   lưu bản thảo báo cáo dạng Word (Times New Roman, khổ A4, lề theo Nghị định 30/2020/NĐ-CP)
    --group-by agency|group  biểu số liệu theo cơ quan chủ trì (mặc định) hoặc theo nhóm chỉ tiêu của Quyết định
    --period KỲ         lập báo cáo cho kỳ này thay cho ô “Kỳ báo cáo:” của tệp
    --tolerance T       ngưỡng “có nguy cơ không đạt” (mặc định 5%)
    --date NĂM-THÁNG-NGÀY  ngày ghi trên báo cáo (mặc định hôm nay)
    --force             ghi đè tệp ra nếu đã có
    --catalogue TỆP     danh mục chỉ tiêu khác (JSON)`,
    needsOutput: "Hãy chỉ ra ít nhất một tệp ra: --write BÁO_CÁO.xlsx hoặc --docx BÁO_CÁO.docx.",
    severalInputs: "Lệnh report lập báo cáo cho đúng một tệp .xlsx.",
    badGroupBy: (v) =>
      `--group-by “${v}” không hợp lệ: hãy dùng agency (theo cơ quan chủ trì) hoặc group (theo nhóm chỉ tiêu).`,
    wroteReport: (f, s, n, r) =>
      `Đã lưu báo cáo (trang “${s}”${n > 0 ? `, ${n} biểu đồ` : ", không có biểu đồ vì chưa có số liệu"}${r ? ", thay trang báo cáo cũ cùng kỳ" : ""}) vào ${f}.`,
    wroteDocx: (f) => `Đã lưu bản thảo Word vào ${f}.`,
    sameOutputs: (f) => `--write và --docx cùng chỉ tới ${f}: hãy dùng hai tệp khác nhau.`,
    badDate: (v) => `Ngày “${v}” không hợp lệ: hãy viết năm-tháng-ngày, ví dụ 2024-07-05.`,
  },
};

const en: CliStrings = {
  help: `chi-tieu: the 2024 socio-economic targets (Decision 136/QĐ-UBND) as a template and a check, on .xlsx files

Usage:
  chi-tieu template [--out FILE] [--catalogue FILE] [--force]
  chi-tieu validate FILE_OR_FOLDER... [--period P] [--tolerance T] [--agency NAME] [--json] [--write OUT.xlsx [--force]]
  chi-tieu split CONSOLIDATED.xlsx --out FOLDER [--agency NAME] [--force] [--json]
  chi-tieu merge CONSOLIDATED.xlsx FILE_OR_FOLDER... [--write OUT.xlsx [--force]] [--keep-existing] [--json]
  chi-tieu status CONSOLIDATED.xlsx [--today YYYY-MM-DD] [--json]
  chi-tieu report FILE.xlsx [--write REPORT.xlsx] [--docx REPORT.docx] [--group-by agency|group] [--force]

Common options:
  --lang vi|en     language (default from the LANG environment variable, else Vietnamese)
  --help           help on each command: chi-tieu template --help, chi-tieu validate --help`,
  helpTemplate: `chi-tieu template: writes the indicator template as an .xlsx file, the same sheet the add-in inserts in Excel.

  --out FILE        output file (default chi-tieu-2024.xlsx)
  --catalogue FILE  another indicator catalogue (JSON; default: the 2024 one)
  --period P        the reporting period filled in: "Quý I", "6 tháng", "9 tháng", "Cả năm" (default 6 tháng)
  --force           overwrite the output file if it exists`,
  helpValidate: `chi-tieu validate: checks filled .xlsx workbooks, by lead agency.

  FILE_OR_FOLDER    one or more .xlsx files, or folders (every .xlsx file inside is read)
  --period P        judge for this period instead of the file's "Kỳ báo cáo:" cell
  --tolerance T     the "at risk" margin, e.g. 5 or 5% or 0.05 (default 5%)
  --agency NAME     print only one lead agency's rows (e.g. "Sở Y tế")
  --json            print one JSON document instead of the report (its shape is in the README)
  --write OUT.xlsx  save a copy with "% so với KH", "Đánh giá" and the highlights; with several files, OUT is a folder
  --force           overwrite an existing output file (never an input file)
  --catalogue FILE  another indicator catalogue (JSON)

Input files are never written. Exit status: 0 when every file was read, 2 when a file could not be used, 1 for bad options.`,
  unknownCommand: (c) => `There is no command “${c}”. Use: chi-tieu template | chi-tieu validate (chi-tieu --help).`,
  badOption: (o) => `Invalid option: ${o}`,
  unknownOption: (o, known) => `There is no option “${o}”. This command takes: ${known.join(", ")}.`,
  optionNeedsValue: (o) => `The option “${o}” needs a value, e.g. ${o} VALUE.`,
  optionTakesNoValue: (o) => `The option “${o}” takes no value.`,
  badPeriod: (p) => `The period “${p}” is not valid: use "Quý I", "6 tháng", "9 tháng" or "Cả năm".`,
  badTolerance: (t) => `The tolerance “${t}” is not valid: use a number from 0 to 100 (percent), e.g. 5.`,
  catalogueUnreadable: (f, d) => `Cannot read the catalogue ${f}: ${d}`,
  catalogueInvalid: (f) => `The catalogue ${f} is not valid:`,
  outputError: (code, f, d) =>
    ({
      exists: `${f} already exists; add --force to overwrite it.`,
      isInput: `Not writing ${f}: it is an input file (perhaps through a link); input files are never overwritten.`,
      isFolder: `Cannot write ${f}: it is a folder, not a file.`,
      noFolder: `Cannot write ${f}: its folder does not exist.`,
      permission: `Cannot write ${f}: permission denied.`,
      io: `Cannot write ${f}${d ? ` (${d})` : ""}.`,
    })[code],
  wroteTemplate: (f, s) => `Wrote the template (sheet “${s}”) to ${f}.`,
  noFiles: "No file or folder to check was given.",
  notFound: "no such file or folder",
  inputProblem: (code) =>
    ({
      notFound: "no such file or folder",
      permission: "permission denied",
      linkLoop: "a link loop (a link that leads back to itself or to a parent folder)",
      danglingLink: "a dangling link (the file it points to is gone)",
      noXlsx: "the folder holds no .xlsx file",
      xls: "an old .xls file (Excel 97–2003): open it in Excel and save it as an Excel Workbook (.xlsx)",
      io: "an error while reading the file",
    })[code],
  emptyFile: "the file is empty",
  notXlsx: "not an Excel .xlsx file (perhaps another kind of file renamed .xlsx)",
  encrypted:
    "the file is password-protected (or an old .xls file): open it in Excel, remove the password and save it as .xlsx",
  corrupt: (d) => `the file is damaged or unreadable (${d})`,
  tooLarge: (part, bytes, limit) =>
    `the file is unusually large: its part ${part} unpacks to ${megabytes(bytes)} MB, above the ${megabytes(limit)} MB limit no real template comes near. Open it in Excel, delete the extra rows and columns and save it again; if it really is that large, set the CHI_TIEU_MAX_PART_MB environment variable higher.`,
  tooCompressed: (part, ratio, limit) =>
    `the file is unusually large: its part ${part} is compressed ${ratio} times (limit ${limit}), the mark of a "zip bomb". Open it in Excel, save it under another name and check the new file.`,
  fileError: (f, why) => `Error: ${f}: ${why}`,
  writeNeedsFolder: "With several files, --write must be a folder.",
  wrote: (f) => `  Saved a copy with the results: ${f}`,
  unknownAgency: (n, known) => `No lead agency matches “${n}”. The agencies: ${known.join("; ")}.`,
  file: (f) => `File: ${f}`,
  sheetLine: (s, p, t) => `  Sheet “${s}”, reporting period ${p}, at-risk margin ${t}`,
  totalLine: (n, c) => `  Total: ${n} indicators: ${c}`,
  byAgency: "  By lead agency:",
  agencyLine: (a, n, c) => `  ${a} (${n} indicators): ${c}`,
  findings: "  Warnings and structural problems:",
  noFindings: "  No warnings.",
  groupedFinding: (first, others, codes, more) =>
    `${first} ${others} more of the same kind${codes.length > 0 ? ` (codes ${codes.join(", ")}${more ? "…" : ""})` : ""}.`,
  plan: "plan",
  fileWarning: (file, message) => `${file}: warning: ${message}`,
  periodAssumed: " (the reporting period could not be read: judged as the full year)",
  rowPeriodAssumed: "period assumed to be the full year",
  checkFigure: "check this figure",
  combined: (n) => `All ${n} files, by lead agency:`,
  summary: (r, f) => `Read ${r} file(s)${f > 0 ? `; ${f} could not be used` : ""}.`,
  round: {
    helpSplit: `chi-tieu split: splits the consolidated workbook into one file per lead agency (only the rows it leads).

  FILE              the consolidated workbook (.xlsx)
  --out FOLDER      where to write the files (so-tai-chinh.xlsx, …); created if missing
  --agency NAME     only the agency whose name contains NAME
  --force           replace files already there
  --json            print the result as JSON`,
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
  --tolerance T     at-risk margin (percent, default 5)
  --json            print the result as JSON`,
    noWorkbook: "No consolidated workbook (.xlsx) was given.",
    noOut: "--out FOLDER is needed: where to write the agencies' files.",
    noSources: "No agency file or folder to merge was given.",
    badToday: (d) => `The date “${d}” is not valid: write YYYY-MM-DD, e.g. 2024-06-17.`,
    split: (a, n, f) => `  ${a}: ${n} indicators → ${f}`,
    splitDone: (n, d) => `Wrote ${n} files to ${d}.`,
    header: ["File", "Agency", "Result", "Filled", "Changed", "Left out", "Conflicts"],
    statusWord: { merged: "merged", refused: "refused", unreadable: "unreadable" },
    findings: "Details:",
    preview: "Preview: nothing written (add --write OUT.xlsx to write).",
    wroteMerge: (f, n, l) => `Wrote the merged workbook to ${f}: ${n} cells, ${l} log lines.`,
    nothingToApply: "No new value to merge.",
    statusTitle: (p, d, t) => `${p}: due ${d} (today ${t})`,
    statusHeader: ["Lead agency", "Filled", "Missing", "Explanations owed", "Due"],
    overdue: "OVERDUE",
    onTime: "",
  },
  report: {
    help: `chi-tieu report: the period's report from a filled .xlsx workbook: a report sheet with charts, and a Word draft.

    FILE.xlsx           the filled workbook (never written)
    --write REPORT.xlsx save a copy of the workbook with a “Báo cáo <period>” sheet: overview, table, charts
    --docx REPORT.docx  save the report's draft as a Word document (Times New Roman, A4, margins of Decree 30/2020/NĐ-CP)
    --group-by agency|group  the table by lead agency (default) or by the decision's groups
    --period P          report on this period instead of the file's “Kỳ báo cáo:” cell
    --tolerance T       the “at risk” margin (default 5%)
    --date YYYY-MM-DD   the date written on the report (default today)
    --force             overwrite an output file that exists
    --catalogue FILE    another indicator catalogue (JSON)`,
    needsOutput: "Name at least one output: --write REPORT.xlsx or --docx REPORT.docx.",
    severalInputs: "The report command reports on exactly one .xlsx file.",
    badGroupBy: (v) =>
      `--group-by “${v}” is not valid: use agency (by lead agency) or group (by the decision's groups).`,
    wroteReport: (f, s, n, r) =>
      `Saved the report (sheet “${s}”${n > 0 ? `, ${n} chart(s)` : ", no chart as there are no figures yet"}${r ? ", replacing the earlier report for this period" : ""}) to ${f}.`,
    wroteDocx: (f) => `Saved the Word draft to ${f}.`,
    sameOutputs: (f) => `--write and --docx both name ${f}: use two different files.`,
    badDate: (v) => `The date “${v}” is not valid: write year-month-day, e.g. 2024-07-05.`,
  },
};

export const CLI_STRINGS: Record<Lang, CliStrings> = { vi, en };
