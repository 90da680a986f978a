/** What is said when Excel will not let the add-in write (read-only, protected sheet or workbook), in Vietnamese and English. */

import type { Lang } from "./types";

export interface ExcelRefusalParams {
  "excel.readOnly": Record<string, never>;
  "excel.protected": { sheet: string };
  /** Review › Protect Workbook (structure): no sheet can be added, deleted or renamed. */
  "excel.structureProtected": Record<string, never>;
  /**
   * Excel's AccessDenied: the one code it gives a read-only workbook, a protected sheet and a protected structure
   * alike ("Error handling with the application-specific JavaScript APIs"), so the message covers all three.
   */
  "excel.accessDenied": Record<string, never>;
  /**
   * Excel on the web after a long idle or a sleep: InvalidOrTimedOutSession (office-js#6585), or error 5012 "Your
   * Office Online session has expired or is invalid. To continue, refresh the page." (office-js-docs-pr#574).
   */
  "excel.sessionExpired": Record<string, never>;
}

const q = (s: string) => `“${s}”`;

export const EXCEL_MESSAGES: Record<Lang, { [K in keyof ExcelRefusalParams]: (p: ExcelRefusalParams[K]) => string }> = {
  vi: {
    "excel.readOnly": () =>
      "Sổ làm việc đang mở ở chế độ chỉ đọc nên không ghi được kết quả. Hãy mở để chỉnh sửa rồi thử lại.",
    "excel.protected": (p) =>
      `Trang ${q(p.sheet)} đang được bảo vệ nên không ghi được kết quả. Hãy bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.`,
    "excel.structureProtected": () =>
      "Sổ làm việc đang được bảo vệ cấu trúc nên không thêm được trang mới; chưa có gì được ghi. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ sổ làm việc, nhập mật khẩu nếu được hỏi) rồi thử lại.",
    "excel.accessDenied": () =>
      "Excel không cho ghi vào sổ làm việc này. Nếu sổ đang mở ở chế độ chỉ đọc, hãy mở để chỉnh sửa. Nếu trang mẫu được bảo vệ, hãy chọn Xem lại › Bỏ bảo vệ trang tính; nếu sổ được bảo vệ cấu trúc, hãy chọn Xem lại › Bỏ bảo vệ sổ làm việc. Sau đó thử lại.",
    "excel.sessionExpired": () =>
      "Phiên làm việc với Excel trên web đã hết hạn (máy ngủ hoặc để lâu không dùng): tải lại trang (F5) rồi mở lại ngăn Chỉ tiêu. Số liệu đã lưu không mất.",
  },
  en: {
    "excel.readOnly": () =>
      "The workbook is open read-only, so the results cannot be written. Open it for editing and try again.",
    "excel.protected": (p) =>
      `Sheet ${q(p.sheet)} is protected, so the results cannot be written. Unprotect it (Review > Unprotect Sheet) and try again.`,
    "excel.structureProtected": () =>
      "The workbook's structure is protected, so no sheet can be added; nothing was written. Unprotect it (Review › Unprotect Workbook, with its password if asked) and try again.",
    "excel.accessDenied": () =>
      "Excel does not allow writing to this workbook. If it is open read-only, open it for editing. If the template sheet is protected, choose Review › Unprotect Sheet; if the workbook's structure is protected, choose Review › Unprotect Workbook. Then try again.",
    "excel.sessionExpired": () =>
      "The session with Excel on the web has expired (the computer slept or was left idle a long time): reload the page (F5), then open the Chỉ tiêu pane again. Figures already saved are not lost.",
  },
};
