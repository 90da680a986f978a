/** Every text the command line prints, in Vietnamese and English. */

import type { Lang } from "../core";
import type { OutputErrorCode } from "./output";

export interface CliStrings {
  help: string;
  helpTemplate: string;
  helpValidate: string;
  unknownCommand: (c: string) => string;
  badOption: (detail: string) => string;
  badPeriod: (p: string) => string;
  badTolerance: (t: string) => string;
  catalogueUnreadable: (file: string, detail: string) => string;
  catalogueInvalid: (file: string) => string;
  /** Why an output could not be written (the codes of src/cli/output.ts). */
  outputError: (code: OutputErrorCode, file: string, detail?: string) => string;
  wroteTemplate: (file: string, sheet: string) => string;
  noFiles: string;
  notFound: string;
  emptyFile: string;
  notXlsx: string;
  encrypted: string;
  corrupt: (detail: string) => string;
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
  noFindings: string;
  plan: string;
  combined: (files: number) => string;
  summary: (read: number, failed: number) => string;
}

const vi: CliStrings = {
  help: `chi-tieu: mẫu và kiểm tra các chỉ tiêu kinh tế - xã hội năm 2024 (Quyết định 136/QĐ-UBND) trên tệp .xlsx

Cách dùng:
  chi-tieu template [--out TỆP] [--catalogue TỆP] [--force]
  chi-tieu validate TỆP_HOẶC_THƯ_MỤC... [--period KỲ] [--tolerance T] [--agency TÊN] [--json] [--write RA.xlsx [--force]]

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
  badOption: (d) => `Tùy chọn không hợp lệ: ${d}`,
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
  emptyFile: "tệp rỗng",
  notXlsx: "không phải tệp Excel .xlsx (có thể là tệp khác bị đổi đuôi thành .xlsx)",
  encrypted: "tệp được đặt mật khẩu (hoặc là tệp .xls cũ): hãy mở trong Excel, bỏ mật khẩu và lưu dạng .xlsx",
  corrupt: (d) => `tệp hỏng hoặc không đọc được (${d})`,
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
  plan: "KH",
  combined: (n) => `Tổng hợp ${n} tệp theo cơ quan chủ trì:`,
  summary: (r, f) => `Đã đọc ${r} tệp${f > 0 ? `, ${f} tệp không dùng được` : ""}.`,
};

const en: CliStrings = {
  help: `chi-tieu: the 2024 socio-economic targets (Decision 136/QĐ-UBND) as a template and a check, on .xlsx files

Usage:
  chi-tieu template [--out FILE] [--catalogue FILE] [--force]
  chi-tieu validate FILE_OR_FOLDER... [--period P] [--tolerance T] [--agency NAME] [--json] [--write OUT.xlsx [--force]]

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
  badOption: (d) => `Invalid option: ${d}`,
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
  emptyFile: "the file is empty",
  notXlsx: "not an Excel .xlsx file (perhaps another kind of file renamed .xlsx)",
  encrypted:
    "the file is password-protected (or an old .xls file): open it in Excel, remove the password and save it as .xlsx",
  corrupt: (d) => `the file is damaged or unreadable (${d})`,
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
  plan: "plan",
  combined: (n) => `All ${n} files, by lead agency:`,
  summary: (r, f) => `Read ${r} file(s)${f > 0 ? `; ${f} could not be used` : ""}.`,
};

export const CLI_STRINGS: Record<Lang, CliStrings> = { vi, en };
