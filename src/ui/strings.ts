/** Every text of the task pane and the ribbon commands, in Vietnamese and English (the core's messages are in core/messages). */

import type { Lang } from "../core";

export interface CountsText {
  total: number;
  exceeded: number;
  met: number;
  atRisk: number;
  offTrack: number;
  missing: number;
  invalid: number;
  warnings: number;
}

export interface Strings {
  inserted: (sheet: string, printSetup: boolean) => string;
  alreadyThere: (sheets: string[]) => string;
  validated: (sheet: string, period: string, c: CountsText) => string;
  dialogTitle: string;
  close: string;
}

const vi: Strings = {
  inserted: (sheet, printSetup) =>
    `Đã chèn mẫu vào trang “${sheet}”. Chọn kỳ báo cáo, nhập số liệu rồi bấm Kiểm tra.` +
    (printSetup ? "" : " Phiên bản Excel này chưa cho đặt trang in tự động: hãy chọn A4 ngang khi in."),
  alreadyThere: (sheets) =>
    `Sổ làm việc đã có mẫu ở trang ${sheets.map((s) => `“${s}”`).join(", ")}; không có gì bị thay đổi. ` +
    "Để thay thế hoặc thêm một bản mới, hãy mở ngăn Chỉ tiêu và bấm Chèn mẫu.",
  validated: (sheet, period, c) =>
    `Đã kiểm tra ${c.total} chỉ tiêu trên trang “${sheet}” (kỳ ${period}): ${c.exceeded} vượt kế hoạch, ${c.met} đạt, ` +
    `${c.atRisk} có nguy cơ không đạt, ${c.offTrack} không đạt, ${c.missing} chưa có số liệu, ${c.invalid} số liệu không hợp lệ` +
    (c.warnings > 0 ? `; ${c.warnings} cảnh báo (xem ngăn Chỉ tiêu).` : "."),
  dialogTitle: "Chỉ tiêu 2024",
  close: "Đóng",
};

const en: Strings = {
  inserted: (sheet, printSetup) =>
    `The template is in sheet “${sheet}”. Choose the reporting period, enter the figures, then press Validate.` +
    (printSetup ? "" : " This Excel cannot set up printing: choose A4 landscape when you print."),
  alreadyThere: (sheets) =>
    `The workbook already has the template in sheet ${sheets.map((s) => `“${s}”`).join(", ")}; nothing was changed. ` +
    "To replace it or add a new copy, open the Targets pane and press Insert template.",
  validated: (sheet, period, c) =>
    `Checked ${c.total} indicators in sheet “${sheet}” (${period}): ${c.exceeded} exceeded, ${c.met} met, ` +
    `${c.atRisk} at risk, ${c.offTrack} off track, ${c.missing} with no data, ${c.invalid} invalid` +
    (c.warnings > 0 ? `; ${c.warnings} warnings (see the Targets pane).` : "."),
  dialogTitle: "Targets 2024",
  close: "Close",
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

/** Vietnamese unless Office (or the browser) speaks English. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
}
