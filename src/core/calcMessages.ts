/** What is said about a workbook set to calculate by hand (Manual calculation), in Vietnamese and English. */

import type { Lang } from "./types";

/** Excel recalculated the workbook before it was read (the door asked it to): formula results are fresh. */
export interface RecalculatedParams {
  sheet: string;
}

/** The workbook calculates by hand and was not recalculated: the results stored in formula cells may be stale. */
export interface ManualCalculationParams {
  sheet: string;
  /** The template rows whose judged figures (`Thực hiện`, `Ước`) are formulas. */
  codes: string[];
  /** Read inside Excel, which could not recalculate (else a file, read as saved). */
  inExcel: boolean;
}

/** More codes than this are named by their count. */
const NAMED_CODES = 10;

function codeList(codes: readonly string[], lang: Lang): string {
  const named = codes.slice(0, NAMED_CODES).join(", ");
  const more = codes.length - NAMED_CODES;
  if (more <= 0) return named;
  return lang === "vi" ? `${named} và ${more} chỉ tiêu khác` : `${named} and ${more} more`;
}

/** The messages about manual calculation, for messages.ts' dictionaries (the pane carries them: kept short). */
export const CALC_MESSAGES: Record<
  Lang,
  {
    "calc.recalculated": (p: RecalculatedParams) => string;
    "sheet.manualCalculation": (p: ManualCalculationParams) => string;
  }
> = {
  vi: {
    "calc.recalculated": () =>
      "Bảng tính đặt tính thủ công: đã tính lại trước khi kiểm tra (như bấm Ctrl+Alt+F9), nên các ô công thức như tổng của chỉ tiêu được đánh giá theo số mới nhất.",
    "sheet.manualCalculation": (p) =>
      (p.inExcel
        ? "Bảng tính đặt tính thủ công và Excel không tính lại được"
        : "Tệp được lưu ở chế độ tính thủ công (Công thức › Tùy chọn Tính toán › Thủ công)") +
      `: giá trị các ô công thức ở chỉ tiêu ${codeList(p.codes, "vi")} có thể đã cũ (chưa tính lại sau khi sửa số), nên kết quả đánh giá các chỉ tiêu này có thể sai. ` +
      (p.inExcel
        ? "Hãy bấm Ctrl+Alt+F9 (hoặc chọn Công thức › Tùy chọn Tính toán › Tự động) rồi bấm Kiểm tra lại."
        : "Hãy mở tệp trong Excel, bấm Ctrl+Alt+F9 để tính lại, lưu rồi kiểm tra lại."),
  },
  en: {
    "calc.recalculated": () =>
      "The workbook is set to manual calculation: it was recalculated before checking (as Ctrl+Alt+F9 does), so formula cells such as an indicator's total are judged on the latest figures.",
    "sheet.manualCalculation": (p) =>
      (p.inExcel
        ? "The workbook is set to manual calculation and Excel could not recalculate it"
        : "The file was saved set to manual calculation (Formulas › Calculation Options › Manual)") +
      `: the formula cells of indicators ${codeList(p.codes, "en")} may hold out-of-date results (not recalculated after figures changed), so those indicators' results may be wrong. ` +
      (p.inExcel
        ? "Press Ctrl+Alt+F9 (or choose Formulas › Calculation Options › Automatic), then validate again."
        : "Open the file in Excel, press Ctrl+Alt+F9 to recalculate, save it and check again."),
  },
};
