/**
 * What collecting the agencies' files says of a workbook given in the wrong place: an agency's own file given as the
 * consolidated one, a file that is not the template at all, a cell a newer file leaves blank. In the words of the
 * staff who collect the files, not the pane's ("Hãy chèn mẫu trước" means nothing to them: trial 25).
 */

import type { Catalogue, Lang } from "../core";
import { agencyFromFileName } from "./sheet";

/** Why a workbook is not the template: its sheets, none with the template's header row. */
function noHeaderRow(sheets: readonly string[], lang: Lang): string {
  const names = sheets.map((s) => `“${s}”`).join(", ");
  if (lang === "vi")
    return sheets.length === 0
      ? "tệp không có trang tính nào"
      : `không trang tính nào (${names}) có dòng tiêu đề của mẫu (“Mã”, “Thực hiện”, “Đánh giá”…)`;
  return sheets.length === 0
    ? "the file has no sheet"
    : `no sheet (${names}) has the template's header row (“Mã”, “Thực hiện”, “Đánh giá”…)`;
}

/** Whom to ask for the right file: the agency the file name names, else whichever agency sent it. */
function askAgain(agency: string | undefined, lang: Lang): string {
  if (lang === "vi")
    return agency
      ? `Hãy đề nghị ${agency} gửi lại đúng tệp biểu chỉ tiêu đã điền số liệu.`
      : "Nếu tệp do một cơ quan gửi về, hãy đề nghị cơ quan đó gửi lại đúng tệp biểu chỉ tiêu đã điền số liệu.";
  return agency
    ? `Ask ${agency} to send its filled indicator file again.`
    : "If an agency sent it, ask that agency to send its filled indicator file again.";
}

/**
 * An agency's file that is not the indicator template, for those who collect the files (validate, merge's sources):
 * what it is not, and whom to ask. `refused`: the merge's words for a file it leaves out.
 */
export function notTemplateText(p: { sheets: readonly string[]; agency?: string }, lang: Lang, refused = ""): string {
  const what = lang === "vi" ? "không phải biểu chỉ tiêu" : "not the indicator template";
  return `${what} (${noHeaderRow(p.sheets, lang)})${refused}. ${askAgain(p.agency, lang)}`;
}

/** The same for a file validate reads: the agency, if any, from its file name. */
export function notTemplateFile(catalogue: Catalogue, file: string, sheets: readonly string[], lang: Lang): string {
  return notTemplateText({ sheets, agency: agencyFromFileName(catalogue, file) }, lang);
}

/**
 * The consolidated workbook (merge's first file, status, split) that is not the template: no agency sent it, so the
 * staff are told to choose the right one, not to ask an agency (review 25b, finding 2).
 */
export function notConsolidatedText(sheets: readonly string[], lang: Lang): string {
  if (lang === "vi")
    return `không phải biểu chỉ tiêu (${noHeaderRow(sheets, lang)}). Hãy chọn đúng bảng tổng hợp: tệp tạo bằng lệnh “chi-tieu template” (có mọi chỉ tiêu) rồi điền số liệu.`;
  return `not the indicator template (${noHeaderRow(sheets, lang)}). Choose the consolidated workbook: the file made by “chi-tieu template” (with every indicator) and filled in.`;
}

export const NOT_MERGED: Record<Lang, string> = { vi: "; tệp này không được gộp", en: "; this file is not merged" };

/** One agency's own file (its `Cơ quan chủ trì:` line) given as the consolidated workbook: nothing is merged. */
export function targetIsAgencyFileText(p: { file?: string; agency: string }, lang: Lang): string {
  if (lang === "vi")
    return `${p.file ? `${p.file}: là` : "Sổ làm việc đang mở là"} tệp của ${p.agency} (chỉ có các chỉ tiêu cơ quan này chủ trì), không phải bảng tổng hợp; không gộp gì, không ghi gì. Hãy gộp vào bảng tổng hợp (bảng có mọi chỉ tiêu, đã dùng để tách tệp cho các cơ quan).`;
  return `${p.file ? `${p.file}: is` : "The open workbook is"} the file of ${p.agency} (only the indicators it leads), not the consolidated workbook; nothing is merged or written. Merge into the consolidated workbook (the one with every indicator, which the agencies' files were split from).`;
}

/** What is withdrawn, by column: a note is no figure (trial 25b, B8). */
const WITHDRAWN: Record<Lang, { figure: string; note: string }> = {
  vi: { figure: "số này", note: "ghi chú này" },
  en: { figure: "it", note: "the note" },
};

/**
 * A newer file leaves blank a cell its agency filled in an earlier merge: the figure (`kept`) stays, and how to drop
 * it. `coLeads`: the row's other co-leads, who may have sent the same figure unlogged (an equal figure writes no line):
 * the cell is cleared only if they do not report it either (trial 25b, B7).
 */
export function emptiedText(
  p: { file: string; agency: string; column: string; coLeads?: readonly string[] },
  cell: string,
  kept: string,
  lang: Lang
): string {
  const it = WITHDRAWN[lang][p.column === "note" ? "note" : "figure"];
  const others = p.coLeads ?? [];
  const and = lang === "vi" ? " và " : " and ";
  const list = (names: readonly string[]) =>
    names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")}${and}${names[names.length - 1]}`;
  const leads = list([p.agency, ...others]);
  if (lang === "vi")
    return `${p.file} (${p.agency}): ${cell} để trống, nhưng bảng tổng hợp đang có ${kept} do ${p.agency} gửi ở lần gộp trước; vẫn giữ ${kept}. ${
      others.length > 0
        ? `Chỉ tiêu này do ${leads} cùng chủ trì: nếu ${p.agency} đã rút ${it}, hãy hỏi ${list(others)}; chỉ xóa ô đó trong bảng tổng hợp khi không cơ quan nào còn báo ${it}.`
        : `Nếu cơ quan đã rút ${it}, hãy xóa ô đó trong bảng tổng hợp.`
    }`;
  return `${p.file} (${p.agency}): ${cell} is blank, but the consolidated workbook holds ${kept}, sent by ${p.agency} in an earlier merge; ${kept} is kept. ${
    others.length > 0
      ? `${leads} lead this indicator together: if ${p.agency} withdrew ${it}, ask ${list(others)}; clear that cell in the consolidated workbook only when none of them still reports ${it}.`
      : `If the agency withdrew ${it}, clear that cell in the consolidated workbook.`
  }`;
}

/** A figure a merge wrote and a person cleared since, sent again: not written back (trial 25b, B1). */
export function clearedText(p: { file: string; agency: string }, cell: string, value: string, lang: Lang): string {
  if (lang === "vi")
    return `${p.file} (${p.agency}): ${cell}: ${value} đã được gộp ở lần trước, sau đó ô này đã bị xóa trong bảng tổng hợp; không điền lại. Nếu cần giữ ${value}, hãy gõ lại vào ô đó.`;
  return `${p.file} (${p.agency}): ${cell}: ${value} was merged before, and the cell was cleared in the consolidated workbook since; it is not filled again. If ${value} is wanted, type it into that cell.`;
}
