/** The headline's words, and the pane's words for rows whose figures must be checked before their status is taken as a fact. */

import type { Lang } from "../core";

export interface HeadlineCounts {
  total: number;
  onTrack: number;
  atRisk: number;
  offTrack: number;
  toCheck: number;
}

export const CHECK_STRINGS: Record<Lang, { headline: (period: string, c: HeadlineCounts) => string; label: string }> = {
  vi: {
    headline: (period, c) =>
      `${period}: ${c.onTrack}/${c.total} chỉ tiêu đạt hoặc vượt kế hoạch, ${c.atRisk} có nguy cơ không đạt, ${c.offTrack} không đạt` +
      `${c.toCheck > 0 ? `, ${c.toCheck} cần kiểm tra lại số liệu` : ""}.`,
    label: "Cần kiểm tra lại số liệu",
  },
  en: {
    headline: (period, c) =>
      `${period}: ${c.onTrack} of ${c.total} targets met or exceeded, ${c.atRisk} at risk, ${c.offTrack} off track` +
      `${c.toCheck > 0 ? `, ${c.toCheck} whose figures must be checked` : ""}.`,
    label: "Figures to check",
  },
};
