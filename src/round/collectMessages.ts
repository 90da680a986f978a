/**
 * What collecting the agencies' files says of a workbook given in the wrong place: an agency's own file given as the
 * consolidated one, a file that is not the template at all, a cell a newer file leaves blank. In the words of the
 * staff who collect the files, not the pane's ("Hãy chèn mẫu trước" means nothing to them: trial 25).
 */

import type { Lang } from "../core";

/** One agency's own file (its `Cơ quan chủ trì:` line) given as the consolidated workbook: nothing is merged. */
export function targetIsAgencyFileText(p: { file?: string; agency: string }, lang: Lang): string {
  if (lang === "vi")
    return `${p.file ? `${p.file}: là` : "Sổ làm việc đang mở là"} tệp của ${p.agency} (chỉ có các chỉ tiêu cơ quan này chủ trì), không phải bảng tổng hợp; không gộp gì, không ghi gì. Hãy gộp vào bảng tổng hợp (bảng có mọi chỉ tiêu, đã dùng để tách tệp cho các cơ quan).`;
  return `${p.file ? `${p.file}: is` : "The open workbook is"} the file of ${p.agency} (only the indicators it leads), not the consolidated workbook; nothing is merged or written. Merge into the consolidated workbook (the one with every indicator, which the agencies' files were split from).`;
}
