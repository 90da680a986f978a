/**
 * The status colours of every door, in one table: the validated sheet's highlights (Office.js, the fake, the
 * command line), the report's `Đánh giá` cells and its charts. A director holding the checked workbook beside the
 * report reads one colour code.
 */

import type { ShownStatus } from "../core";

export interface StatusColors {
  /** A cell's fill and text: the sheet's highlight, the report's status cell. */
  fill: string;
  fontColor: string;
  /** A bar of the report's charts: a solid fill with an outline, hatched where `hatched` (the .xlsx draws it). */
  bar: { fill: string; line: string; hatched?: boolean };
}

/**
 * The worst status is the darkest: "Không đạt" a strong red with white text, "Số liệu không hợp lệ" a grey, so no
 * pale pink stands beside a stronger salmon (trial 20, F13); met and exceeded a quiet green; a pale grey for rows
 * without figures; a lilac, unlike any status, for rows whose figures are to be checked. Bars need a colour to be
 * seen and told apart in grey print: "Vượt kế hoạch" a mid green (its dark green printed as dark a grey as the red),
 * "Không đạt" outlined darker, "Số liệu không hợp lệ" hatched with dark lines; the others their cell's colours.
 */
export const STATUS_PALETTE: Record<ShownStatus, StatusColors> = {
  exceeded: { fill: "#E2EFDA", fontColor: "#375623", bar: { fill: "#70AD47", line: "#375623" } },
  met: { fill: "#E2EFDA", fontColor: "#375623", bar: { fill: "#E2EFDA", line: "#375623" } },
  atRisk: { fill: "#FFEB9C", fontColor: "#9C5700", bar: { fill: "#FFEB9C", line: "#9C5700" } },
  offTrack: { fill: "#C00000", fontColor: "#FFFFFF", bar: { fill: "#C00000", line: "#7F0000" } },
  missing: { fill: "#F0F0F0", fontColor: "#424242", bar: { fill: "#F0F0F0", line: "#424242" } },
  invalid: { fill: "#BFBFBF", fontColor: "#262626", bar: { fill: "#BFBFBF", line: "#404040", hatched: true } },
  toCheck: { fill: "#E4DFEC", fontColor: "#5B3F86", bar: { fill: "#E4DFEC", line: "#5B3F86" } },
};
