/**
 * The headline's words, and the pane's words for rows whose figures must be checked before their status is taken as a
 * fact: doubted figures, and in the round, figures the agencies' files gave otherwise.
 */

import { SETTLE_IN_LOG, type Lang } from "../core";

export interface HeadlineCounts {
  total: number;
  onTrack: number;
  atRisk: number;
  offTrack: number;
  toCheck: number;
}

export interface CheckStrings {
  headline: (period: string, c: HeadlineCounts) => string;
  label: string;
  /** In the round's progress, under an agency: codes its files and a co-lead's gave otherwise, left unmerged. */
  conflicts: (codes: string) => string;
  /** In the round's progress, under an agency: codes whose figures it should confirm before explaining. */
  toCheckCodes: (codes: string) => string;
}

export const CHECK_STRINGS: Record<Lang, CheckStrings> = {
  vi: {
    headline: (period, c) =>
      `${period}: ${c.onTrack}/${c.total} chỉ tiêu đạt hoặc vượt kế hoạch, ${c.atRisk} có nguy cơ không đạt, ${c.offTrack} không đạt` +
      `${c.toCheck > 0 ? `, ${c.toCheck} cần kiểm tra lại số liệu` : ""}.`,
    label: "Cần kiểm tra lại số liệu",
    conflicts: (codes) =>
      `Xung đột (các tệp cho số khác nhau, chưa gộp; xem trang “Nhật ký cập nhật”): ${codes}. Hãy sửa một tệp rồi gộp lại, hoặc nhập số đã thống nhất. ${SETTLE_IN_LOG.vi}`,
    toCheckCodes: (codes) => `Cần xác nhận lại số liệu trước khi giải trình: ${codes}`,
  },
  en: {
    headline: (period, c) =>
      `${period}: ${c.onTrack} of ${c.total} targets met or exceeded, ${c.atRisk} at risk, ${c.offTrack} off track` +
      `${c.toCheck > 0 ? `, ${c.toCheck} whose figures must be checked` : ""}.`,
    label: "Figures to check",
    conflicts: (codes) =>
      `Conflicts (the files give different figures, not merged; see the “Nhật ký cập nhật” sheet): ${codes}. Correct one file and merge again, or type the agreed figure. ${SETTLE_IN_LOG.en}`,
    toCheckCodes: (codes) => `Figures to confirm before any explanation: ${codes}`,
  },
};
