/** The texts of the inputs' walk and of what the tool keeps before replacing a file, in Vietnamese and English. */

import type { Lang } from "../core";

export interface WalkStrings {
  /** A copy the tool wrote (`a.checked.xlsx`) found in a folder beside the file it was made from: not read. */
  ownCopySkipped: (file: string, of: string) => string;
  /**
   * The tool's merged copy or report found in a folder: it holds every agency's figures, not read. `unmarked`: a
   * merged copy written before the marker, known by its log sheet and no agency.
   */
  ownOutputSkipped: (file: string, kind: "merged" | "report", unmarked: boolean) => string;
  /** A command reading one workbook given a folder holding several: which to read cannot be told. */
  severalInFolder: (folder: string, count: number, names: string, example: string) => string;
  /** The file name in severalInFolder's example: a placeholder, so no real file is offered to copy without looking. */
  aFile: string;
  /** A named pipe, socket or device under a workbook's name: never opened (reading it would wait for ever). */
  notRegular: string;
  /** The words in the name of the old file kept beside a replaced one: `a (bản cũ 2026-12-02 14.05).xlsx`. */
  oldCopy: string;
  /** template --force over a workbook holding figures: the old one was kept under another name first. */
  keptOld: (file: string, kept: string) => string;
}

export const WALK_STRINGS: Record<Lang, WalkStrings> = {
  vi: {
    ownCopySkipped: (f, of) =>
      `Lưu ý: bỏ qua ${f}: đó là bản sao có kết quả do chương trình ghi (validate --write) từ ${of}; đọc cả hai thì mỗi cơ quan bị tính hai lần. Muốn đọc bản sao này, hãy chỉ ra tên tệp của nó trong lệnh.`,
    ownOutputSkipped: (f, kind, unmarked) =>
      kind === "report"
        ? `Lưu ý: bỏ qua ${f}: đây là bản báo cáo do chương trình ghi (report --write), chứa số liệu của tệp nó được lập từ; đọc nó như một tệp gửi về thì số liệu đó bị tính hai lần. Muốn đọc tệp này, hãy chỉ ra tên tệp của nó trong lệnh.`
        : `Lưu ý: bỏ qua ${f}: ${unmarked ? "tệp có trang “Nhật ký cập nhật” mà không ghi cơ quan chủ trì nào, nên đây là bảng tổng hợp đã gộp (merge)" : "đây là bảng tổng hợp do chương trình ghi (merge --write)"}, chứa số liệu của mọi cơ quan; đọc nó như một tệp gửi về thì mỗi cơ quan bị tính hai lần. Muốn đọc tệp này, hãy chỉ ra tên tệp của nó trong lệnh.`,
    severalInFolder: (f, n, names, e) =>
      `${f} là một thư mục có ${n} tệp .xlsx (${names}), mà lệnh này chỉ đọc một tệp: hãy ghi tên tệp cần đọc, ví dụ ${e}.`,
    aFile: "TEN-TEP.xlsx",
    notRegular:
      "không phải tệp thông thường (mà là ống dẫn, socket hoặc thiết bị), bỏ qua: hãy chỉ ra chính tệp .xlsx (sao chép tệp về máy nếu cần)",
    oldCopy: "bản cũ",
    keptOld: (f, k) =>
      `${f} đã có số liệu: tệp đó được giữ nguyên dưới tên ${k} trước khi ghi mẫu trắng vào chỗ của nó. Nếu cần, hãy lấy số liệu từ ${k}.`,
  },
  en: {
    ownCopySkipped: (f, of) =>
      `Note: skipping ${f}: it is a copy with results the tool wrote (validate --write) from ${of}; reading both would count every agency twice. To read this copy, name the file itself on the command line.`,
    ownOutputSkipped: (f, kind, unmarked) =>
      kind === "report"
        ? `Note: skipping ${f}: it is a report the tool wrote (report --write), holding the figures of the workbook it was made from; read as one more reply, those figures would count twice. To read it, name the file itself on the command line.`
        : `Note: skipping ${f}: ${unmarked ? "it has the “Nhật ký cập nhật” log sheet and names no lead agency, so it is a merged consolidated workbook (merge)" : "it is a consolidated workbook the tool wrote (merge --write)"}, holding every agency's figures; read as one more reply, every agency would count twice. To read it, name the file itself on the command line.`,
    severalInFolder: (f, n, names, e) =>
      `${f} is a folder holding ${n} .xlsx files (${names}), and this command reads one: name the file to read, e.g. ${e}.`,
    aFile: "FILE.xlsx",
    notRegular:
      "not a regular file (a named pipe, socket or device), skipped: name the .xlsx file itself (copy it to this computer if need be)",
    oldCopy: "old copy",
    keptOld: (f, k) =>
      `${f} held figures: it was kept unchanged as ${k} before the blank template was written in its place. Take the figures from ${k} if you need them.`,
  },
};
