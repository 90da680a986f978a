/** Every text the command line prints, in Vietnamese and English. */

import type { Lang } from "../core";
import type { InputProblemCode } from "./inputs";
import type { OutputErrorCode } from "./output";
import type { PartDamage } from "./sheetXml";
import type { CopyLossCode, CopyRefusalCode } from "./xlsxCarry";
import { OPTION_STRINGS, type OptionStrings } from "./optionStrings";
import { REPORT_STRINGS, type ReportCliStrings } from "./reportStrings";
import { ROUND_STRINGS, type RoundStrings } from "./roundStrings";
import { WALK_STRINGS, type WalkStrings } from "./walkStrings";

export type { ReportCliStrings, RoundStrings };

export interface CliStrings extends OptionStrings {
  help: string;
  helpTemplate: string;
  helpValidate: string;
  unknownCommand: (c: string) => string;
  badOption: (option: string) => string;
  unknownOption: (option: string, known: string[]) => string;
  optionNeedsValue: (option: string) => string;
  optionTakesNoValue: (option: string) => string;
  catalogueUnreadable: (file: string, detail: string) => string;
  catalogueInvalid: (file: string) => string;
  /** Why an output could not be written (the codes of src/cli/output.ts). */
  outputError: (code: OutputErrorCode, file: string, detail?: string) => string;
  wroteTemplate: (file: string, sheet: string) => string;
  templateNotXlsx: (out: string, example: string) => string;
  /** A file cut short (a download or copy not finished): said in the user's language, not the zip's. */
  truncated: string;
  noFiles: string;
  notFound: string;
  /** Why a path named or found cannot be read (see InputProblemCode in inputs.ts). */
  /** The codes with a message of their own (notRegular in walk, otherFormat naming the format) are not here. */
  inputProblem: (code: Exclude<InputProblemCode, "notRegular" | "otherFormat">) => string;
  emptyFile: string;
  notXlsx: string;
  /** A text file (a .csv, or text named .xls/.xlsx), by its name's extension (".csv", lower case; "" for none). */
  textFile: (extension: string) => string;
  /** A file (or folder) given by more than one path: read once. */
  givenTwice: (file: string, times: number) => string;
  /** merge: the consolidated workbook given again among the agencies' files. */
  consolidatedAgain: (file: string) => string;
  /** A spreadsheet of another format found in a folder (".ods", ".csv", ".xlsx~"…): skipped, and said so. */
  otherFormat: (format: string) => string;
  encrypted: string;
  corrupt: (detail: string) => string;
  /** A part of the file is broken (its XML cut or mismatched, a cell naming a missing string): what to do. */
  brokenPart: (part: string, damage: PartDamage) => string;
  /** ExcelJS could not load a workbook whose parts are whole: said for any command (status writes nothing). */
  unsupported: string;
  /** An error nobody foresaw: a short message and what to do, never a stack trace. */
  unexpected: (detail: string) => string;
  /** What a copy loses (src/cli/xlsxCarry.ts), said before it is written. */
  copyLoses: (file: string, what: string) => string;
  copyLoss: (code: CopyLossCode, count: number) => string;
  /** Why no copy of a file is written (the file itself is still read and judged). */
  copyRefused: (code: CopyRefusalCode) => string;
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
  plan: (prorated: boolean) => string;
  fileWarning: (file: string, message: string) => string;
  periodAssumed: string;
  rowPeriodAssumed: string;
  checkFigure: string;
  uncalculatedFormula: string;
  summary: (read: number, failed: number) => string;
  /** split, merge, status: the reporting round. */
  round: RoundStrings;
  /** report: the period's report sheet and Word draft. */
  report: ReportCliStrings;
  walk: WalkStrings;
}

/** What each other spreadsheet format is, as the person knows it (the program that makes it). */
const FORMAT_NAMES: Record<string, string> = {
  ".xlsb": "sổ làm việc nhị phân Excel",
  ".xlt": "mẫu Excel 97–2003",
  ".xltx": "mẫu Excel",
  ".xltm": "mẫu Excel có macro",
  ".ods": "bảng tính LibreOffice/OpenOffice",
  ".ots": "mẫu LibreOffice/OpenOffice",
  ".fods": "bảng tính LibreOffice dạng XML phẳng",
  ".csv": "tệp văn bản",
  ".numbers": "bảng tính Apple Numbers",
};
const FORMAT_NAMES_EN: Record<string, string> = {
  ".xlsb": "an Excel binary workbook",
  ".xlt": "an Excel 97–2003 template",
  ".xltx": "an Excel template",
  ".xltm": "a macro-enabled Excel template",
  ".ods": "a LibreOffice/OpenOffice spreadsheet",
  ".ots": "a LibreOffice/OpenOffice template",
  ".fods": "a LibreOffice flat XML spreadsheet",
  ".csv": "a text file",
  ".numbers": "an Apple Numbers spreadsheet",
};

/** Bytes as the size messages say them: whole MB, rounded up (a part 1 byte over a 100 MB limit is 101 MB). */
export const megabytes = (bytes: number) => Math.ceil(bytes / 2 ** 20);
/** The same output name as an .xlsx file: what to write instead of an .xlsm. */
const xlsxName = (file: string) => file.replace(/\.\w+$/, ".xlsx");

const vi: CliStrings = {
  ...OPTION_STRINGS.vi,
  help: `chi-tieu: mẫu và kiểm tra các chỉ tiêu kinh tế - xã hội năm 2024 (Quyết định 136/QĐ-UBND) trên tệp .xlsx

Cách dùng:
  chi-tieu template [--out TỆP] [--period KỲ] [--catalogue TỆP] [--force]
  chi-tieu validate TỆP_HOẶC_THƯ_MỤC... [--period KỲ] [--tolerance T] [--agency TÊN] [--json] [--write RA.xlsx [--force]]
  chi-tieu split TỔNG_HỢP.xlsx --out THƯ_MỤC [--agency TÊN] [--force] [--json]
  chi-tieu merge TỔNG_HỢP.xlsx TỆP_HOẶC_THƯ_MỤC... [--write RA.xlsx [--force]] [--keep-existing] [--json]
  chi-tieu status TỔNG_HỢP.xlsx [--today YYYY-MM-DD] [--tolerance T] [--json]
  chi-tieu report TỆP.xlsx [--write BÁO_CÁO.xlsx] [--docx BÁO_CÁO.docx] [--group-by agency|group] [--issuer TÊN] [--period KỲ] [--date YYYY-MM-DD] [--tolerance T] [--force]

Tùy chọn chung:
  --lang vi|en     ngôn ngữ (mặc định theo biến môi trường LANG, nếu không thì tiếng Việt)
  --help           ý nghĩa mọi tùy chọn của một lệnh (kể cả --catalogue TỆP, nhận ở mọi lệnh): chi-tieu <lệnh> --help, ví dụ chi-tieu report --help`,
  helpTemplate: `chi-tieu template: ghi mẫu chỉ tiêu ra một tệp .xlsx, giống mẫu phần bổ trợ chèn vào Excel.

  --out TỆP         tệp ra (mặc định chi-tieu-2024.xlsx)
  --catalogue TỆP   danh mục chỉ tiêu khác (JSON, mặc định danh mục năm 2024)
  --period KỲ       kỳ báo cáo ghi sẵn: "Quý I", "6 tháng", "9 tháng", "Cả năm" (mặc định 6 tháng)
  --force           ghi đè nếu tệp ra đã có`,
  helpValidate: `chi-tieu validate: kiểm tra các tệp .xlsx đã điền số liệu, theo cơ quan chủ trì.

  TỆP_HOẶC_THƯ_MỤC  một hoặc nhiều tệp .xlsx, hoặc thư mục (đọc mọi tệp .xlsx bên trong)
  --period KỲ       đánh giá theo kỳ này thay cho ô "Kỳ báo cáo:" của tệp
  --tolerance T     biên độ cảnh báo "có nguy cơ không đạt", tính bằng phần trăm: 5 hoặc 5% là 5%, 0,5 là nửa phần trăm (mặc định 5)
  --agency TÊN      chỉ in các chỉ tiêu của một cơ quan chủ trì (ví dụ "Sở Y tế")
  --json            in một tài liệu JSON thay cho báo cáo (cấu trúc trong README)
  --write RA.xlsx   lưu một bản sao có "% so với KH năm", "Đánh giá" và tô màu; với nhiều tệp, RA là thư mục
  --force           ghi đè tệp ra nếu đã có (không bao giờ ghi đè tệp đầu vào)
  --catalogue TỆP   danh mục chỉ tiêu khác (JSON)

Không bao giờ ghi vào tệp đầu vào. Mã thoát: 0 khi đọc được mọi tệp, 2 khi có tệp không dùng được, 1 khi sai tùy chọn.`,
  unknownCommand: (c) => `Không có lệnh “${c}”. Dùng: chi-tieu template | chi-tieu validate (chi-tieu --help).`,
  badOption: (o) => `Tùy chọn không hợp lệ: ${o}`,
  unknownOption: (o, known) => `Không có tùy chọn “${o}”. Lệnh này nhận: ${known.join(", ")}.`,
  optionNeedsValue: (o) => `Tùy chọn “${o}” cần một giá trị đi kèm, ví dụ ${o} GIÁ_TRỊ.`,
  optionTakesNoValue: (o) => `Tùy chọn “${o}” không nhận giá trị nào.`,
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
      macroName: `Không ghi ra ${f}: chương trình chỉ ghi được sổ làm việc Excel .xlsx (không chứa macro), và Excel không mở một tệp như vậy dưới tên .xlsm. Hãy ghi ra tệp .xlsx (ví dụ ${xlsxName(f)}); macro không được giữ trong bản sao, tệp gốc vẫn còn nguyên.`,
    })[code],
  wroteTemplate: (f, s) => `Đã ghi mẫu (trang “${s}”) vào ${f}.`,
  templateNotXlsx: (o, e) =>
    `Tệp ra “${o}” phải có tên đuôi .xlsx (mẫu là một sổ làm việc Excel), ví dụ --out ${e}; để ghi vào một thư mục, hãy ghi cả tên tệp: --out thu-muc/${e}.`,
  truncated:
    "tệp bị cắt cụt, thiếu phần cuối (có thể do tải về hoặc sao chép chưa xong): hãy lấy lại tệp đầy đủ từ người gửi",
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
  givenTwice: (f, n) => `Lưu ý: ${f} được chỉ ra ${n} lần, chỉ tính một lần.`,
  consolidatedAgain: (f) =>
    `Lưu ý: ${f} là tệp tổng hợp, không gộp vào chính nó (bỏ qua trong danh sách tệp của các cơ quan).`,
  otherFormat: (f) =>
    f.endsWith("~")
      ? `bỏ qua, không đọc: đây là bản lưu dự phòng (tên kết thúc bằng ~); nếu đây là tệp cần đọc, hãy đổi tên cho đuôi là ${f.slice(0, -1)}`
      : `bỏ qua, không đọc: tệp ${f} (${FORMAT_NAMES[f] ?? "không phải .xlsx"}); hãy mở tệp và lưu dạng Sổ làm việc Excel (.xlsx)`,
  emptyFile: "tệp rỗng",
  notXlsx: "không phải tệp Excel .xlsx (có thể là tệp khác bị đổi đuôi thành .xlsx)",
  textFile: (e) =>
    `${e === ".csv" || e === ".txt" ? `tệp ${e} là tệp văn bản` : `đây là tệp văn bản (như .csv) dù mang đuôi ${e || "khác"}`}, không phải tệp Excel .xlsx: hãy mở tệp bằng Excel, lưu lại dạng Sổ làm việc Excel (.xlsx) rồi dùng tệp .xlsx đó`,
  encrypted: "tệp được đặt mật khẩu (hoặc là tệp .xls cũ): hãy mở trong Excel, bỏ mật khẩu và lưu dạng .xlsx",
  corrupt: (d) => `tệp hỏng hoặc không đọc được (chi tiết kỹ thuật, bằng tiếng Anh: ${d})`,
  brokenPart: (part, damage) =>
    `tệp bị hỏng (phần ${part} không đọc được: ${
      {
        cut: "bị cắt cụt, thiếu phần cuối",
        mismatch: "các thẻ XML không khớp nhau",
        malformed: "nội dung XML sai cấu trúc",
        sharedString: "có ô trỏ tới một chuỗi văn bản không có trong tệp",
      }[damage]
    }): hãy mở tệp trong Excel (Excel sẽ đề nghị sửa tệp) hoặc LibreOffice rồi lưu lại, hoặc xin lại tệp từ người gửi`,
  unsupported:
    "tệp mở được, nhưng thư viện xử lý tệp Excel mà lệnh này cần không hiểu một phần của tệp nên lệnh không làm tiếp được với tệp này (tệp không bị thay đổi; lệnh validate không có --write vẫn đọc được tệp). Hãy mở tệp trong Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi chạy lại lệnh.",
  unexpected: (d) =>
    `Lỗi không lường trước (${d}). Không tệp nào bị ghi dở. Hãy chạy lại lệnh; nếu vẫn lỗi, gửi lệnh đã chạy và tệp đầu vào cho người phụ trách phần mềm.`,
  copyLoses: (f, what) => `${f}: cảnh báo: bản sao sẽ không giữ được ${what} của tệp gốc (tệp gốc không đổi).`,
  copyRefused: () =>
    "tệp dạng Strict Open XML: chương trình đọc và kiểm tra được tệp này nhưng không ghi được bản sao giữ đủ ghi chú và hình vẽ của nó. Hãy mở tệp trong Excel, Lưu thành (Save As) dạng Sổ làm việc Excel (.xlsx) rồi chạy lại với tệp đó",
  copyLoss: (code, n) =>
    ({
      pivotTable: `${n} bảng tổng hợp (PivotTable)`,
      slicer: `${n} bộ lọc slicer hoặc dòng thời gian`,
      externalLink: `${n} liên kết tới sổ làm việc khác (công thức dùng chúng sẽ không cập nhật được)`,
      threadedComment: `${n} chuỗi bình luận (chỉ còn ghi chú)`,
      control: `${n} điều khiển biểu mẫu hoặc đối tượng nhúng`,
      sparkline: `biểu đồ thu nhỏ (sparkline) ở ${n} trang`,
      connection: `${n} kết nối dữ liệu hoặc truy vấn`,
      headerImage: `ảnh ở đầu hoặc chân trang của ${n} trang`,
      macro: "macro (VBA; bản sao là tệp .xlsx, không chứa macro)",
    })[code],
  tooLarge: (part, bytes, limit) =>
    `tệp lớn bất thường: phần ${part} bung ra ${megabytes(bytes)} MB, quá giới hạn ${megabytes(limit)} MB mà không mẫu thật nào cần tới. Hãy mở tệp trong Excel, xóa các dòng, cột thừa rồi lưu lại; nếu tệp đúng là lớn như vậy, đặt biến môi trường CHI_TIEU_MAX_PART_MB cao hơn.`,
  tooCompressed: (part, ratio, limit) =>
    `tệp lớn bất thường: phần ${part} bị nén ${ratio} lần (giới hạn ${limit} lần), dấu hiệu của một tệp “bom nén”. Hãy mở tệp trong Excel và lưu lại dưới tên khác, rồi kiểm tra tệp mới.`,
  fileError: (f, why) => `Lỗi: ${f}: ${why}`,
  writeNeedsFolder: "Với nhiều tệp, --write phải là một thư mục.",
  wrote: (f) => `  Đã lưu bản có kết quả: ${f}`,
  unknownAgency: (n, known) => `Không có cơ quan chủ trì nào khớp “${n}”. Các cơ quan: ${known.join("; ")}.`,
  file: (f) => `Tệp: ${f}`,
  sheetLine: (s, p, t) => `  Trang “${s}”, kỳ báo cáo ${p}, biên độ cảnh báo ${t}`,
  totalLine: (n, c) => `  Tổng: ${n} chỉ tiêu: ${c}`,
  byAgency: "  Theo cơ quan chủ trì (số liệu / KH hoặc số “cần” đạt đến hết kỳ · % KH năm · đánh giá):",
  agencyLine: (a, n, c) => `  ${a} (${n} chỉ tiêu): ${c}`,
  findings: "  Cảnh báo và lỗi cấu trúc:",
  noFindings: "  Không có cảnh báo.",
  groupedFinding: (first, others, codes, more) =>
    `${first} Cùng loại: ${others} trường hợp nữa${codes.length > 0 ? ` (mã ${codes.join(", ")}${more ? "…" : ""})` : ""}.`,
  plan: (prorated) => (prorated ? "cần" : "KH"),
  fileWarning: (file, message) => `${file}: cảnh báo: ${message}`,
  periodAssumed: " (không đọc được kỳ báo cáo: đánh giá như cả năm)",
  rowPeriodAssumed: "kỳ giả định là cả năm",
  checkFigure: "kiểm tra lại",
  uncalculatedFormula: "công thức chưa được tính",
  summary: (r, f) => `Đã đọc ${r} tệp${f > 0 ? `, ${f} tệp không dùng được` : ""}.`,
  round: ROUND_STRINGS.vi,
  report: REPORT_STRINGS.vi,
  walk: WALK_STRINGS.vi,
};

const en: CliStrings = {
  ...OPTION_STRINGS.en,
  help: `chi-tieu: the 2024 socio-economic targets (Decision 136/QĐ-UBND) as a template and a check, on .xlsx files

Usage:
  chi-tieu template [--out FILE] [--period P] [--catalogue FILE] [--force]
  chi-tieu validate FILE_OR_FOLDER... [--period P] [--tolerance T] [--agency NAME] [--json] [--write OUT.xlsx [--force]]
  chi-tieu split CONSOLIDATED.xlsx --out FOLDER [--agency NAME] [--force] [--json]
  chi-tieu merge CONSOLIDATED.xlsx FILE_OR_FOLDER... [--write OUT.xlsx [--force]] [--keep-existing] [--json]
  chi-tieu status CONSOLIDATED.xlsx [--today YYYY-MM-DD] [--tolerance T] [--json]
  chi-tieu report FILE.xlsx [--write REPORT.xlsx] [--docx REPORT.docx] [--group-by agency|group] [--issuer NAME] [--period P] [--date YYYY-MM-DD] [--tolerance T] [--force]

Common options:
  --lang vi|en     language (default from the LANG environment variable, else Vietnamese)
  --help           what every option of a command means (--catalogue FILE too, which every command takes): chi-tieu <command> --help, e.g. chi-tieu report --help`,
  helpTemplate: `chi-tieu template: writes the indicator template as an .xlsx file, the same sheet the add-in inserts in Excel.

  --out FILE        output file (default chi-tieu-2024.xlsx)
  --catalogue FILE  another indicator catalogue (JSON; default: the 2024 one)
  --period P        the reporting period filled in: "Quý I", "6 tháng", "9 tháng", "Cả năm" (default 6 tháng)
  --force           overwrite the output file if it exists`,
  helpValidate: `chi-tieu validate: checks filled .xlsx workbooks, by lead agency.

  FILE_OR_FOLDER    one or more .xlsx files, or folders (every .xlsx file inside is read)
  --period P        judge for this period instead of the file's "Kỳ báo cáo:" cell
  --tolerance T     the "at risk" margin in percent: 5 or 5% is 5%, 0.5 half a percent (default 5)
  --agency NAME     print only one lead agency's rows (e.g. "Sở Y tế")
  --json            print one JSON document instead of the report (its shape is in the README)
  --write OUT.xlsx  save a copy with "% so với KH năm", "Đánh giá" and the highlights; with several files, OUT is a folder
  --force           overwrite an existing output file (never an input file)
  --catalogue FILE  another indicator catalogue (JSON)

Input files are never written. Exit status: 0 when every file was read, 2 when a file could not be used, 1 for bad options.`,
  unknownCommand: (c) => `There is no command “${c}”. Use: chi-tieu template | chi-tieu validate (chi-tieu --help).`,
  badOption: (o) => `Invalid option: ${o}`,
  unknownOption: (o, known) => `There is no option “${o}”. This command takes: ${known.join(", ")}.`,
  optionNeedsValue: (o) => `The option “${o}” needs a value, e.g. ${o} VALUE.`,
  optionTakesNoValue: (o) => `The option “${o}” takes no value.`,
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
      macroName: `Not writing ${f}: the tool writes only Excel .xlsx workbooks (without macros), and Excel will not open one under an .xlsm name. Write an .xlsx file instead (e.g. ${xlsxName(f)}); the macros are not kept in the copy, the original keeps them.`,
    })[code],
  wroteTemplate: (f, s) => `Wrote the template (sheet “${s}”) to ${f}.`,
  templateNotXlsx: (o, e) =>
    `The output “${o}” must be named .xlsx (the template is an Excel workbook), e.g. --out ${e}; to write into a folder, give the file name too: --out folder/${e}.`,
  truncated:
    "the file is cut short, its end is missing (a download or copy that did not finish): get the whole file again from its sender",
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
  givenTwice: (f, n) => `Note: ${f} was given ${n} times; it is counted once.`,
  consolidatedAgain: (f) =>
    `Note: ${f} is the consolidated workbook; it is not merged into itself (left out of the agencies' files).`,
  otherFormat: (f) =>
    f.endsWith("~")
      ? `skipped, not read: an editor's backup copy (its name ends in ~); if it is the file to read, rename it to end in ${f.slice(0, -1)}`
      : `skipped, not read: a ${f} file (${FORMAT_NAMES_EN[f] ?? "not .xlsx"}); open it and save it as an Excel Workbook (.xlsx)`,
  emptyFile: "the file is empty",
  notXlsx: "not an Excel .xlsx file (perhaps another kind of file renamed .xlsx)",
  textFile: (e) =>
    `${e === ".csv" || e === ".txt" ? `a ${e} file is text` : `this is a text file (such as .csv) although named ${e || "without .xlsx"}`}, not an Excel .xlsx file: open it in Excel, save it as an Excel Workbook (.xlsx) and use that file`,
  encrypted:
    "the file is password-protected (or an old .xls file): open it in Excel, remove the password and save it as .xlsx",
  corrupt: (d) => `the file is damaged or unreadable (${d})`,
  brokenPart: (part, damage) =>
    `the file is damaged (part ${part} cannot be read: ${
      {
        cut: "it is cut short",
        mismatch: "its XML tags do not match",
        malformed: "its XML is malformed",
        sharedString: "a cell names a text string the file does not hold",
      }[damage]
    }): open the file in Excel (Excel offers to repair it) or LibreOffice and save it again, or ask the sender for the file again`,
  unsupported:
    "the file opens, but the Excel-file library this command needs does not understand a part of it, so the command cannot go on with this file (the file is unchanged; validate without --write can still read it). Open it in Excel or LibreOffice, save it as .xlsx and run the command again.",
  unexpected: (d) =>
    `Unexpected error (${d}). No file was left half-written. Run the command again; if it fails again, send the command and its input files to whoever looks after the software.`,
  copyLoses: (f, what) => `${f}: warning: the copy will not keep ${what} of the original (the original is unchanged).`,
  copyRefused: () =>
    "a Strict Open XML workbook: the tool reads and checks it, but cannot write a copy that keeps its notes and drawings. Open it in Excel, Save As an Excel Workbook (.xlsx) and run again on that file",
  copyLoss: (code, n) =>
    ({
      pivotTable: `${n} PivotTable(s)`,
      slicer: `${n} slicer(s) or timeline(s)`,
      externalLink: `${n} link(s) to other workbooks (formulas using them will not update)`,
      threadedComment: `${n} comment thread(s) (only the notes remain)`,
      control: `${n} form control(s) or embedded object(s)`,
      sparkline: `the sparklines of ${n} sheet(s)`,
      connection: `${n} data connection(s) or query(ies)`,
      headerImage: `the header or footer pictures of ${n} sheet(s)`,
      macro: "the macros (VBA; the copy is an .xlsx file, which holds none)",
    })[code],
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
  byAgency: "  By lead agency (figure / plan or what is “due” by the period's end · % of annual plan · assessment):",
  agencyLine: (a, n, c) => `  ${a} (${n} indicators): ${c}`,
  findings: "  Warnings and structural problems:",
  noFindings: "  No warnings.",
  groupedFinding: (first, others, codes, more) =>
    `${first} ${others} more of the same kind${codes.length > 0 ? ` (codes ${codes.join(", ")}${more ? "…" : ""})` : ""}.`,
  plan: (prorated) => (prorated ? "due" : "plan"),
  fileWarning: (file, message) => `${file}: warning: ${message}`,
  periodAssumed: " (the reporting period could not be read: judged as the full year)",
  rowPeriodAssumed: "period assumed to be the full year",
  checkFigure: "check this figure",
  uncalculatedFormula: "formula not calculated",
  summary: (r, f) => `Read ${r} file(s)${f > 0 ? `; ${f} could not be used` : ""}.`,
  round: ROUND_STRINGS.en,
  report: REPORT_STRINGS.en,
  walk: WALK_STRINGS.en,
};

export const CLI_STRINGS: Record<Lang, CliStrings> = { vi, en };
