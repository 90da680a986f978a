/** What is said about merged cells over the template's codes, figures and results, in Vietnamese and English. */

import { COLUMN_LABELS, type EntryColumn } from "./labels";
import type { Lang } from "./types";

/**
 * A merged range over a template column below the header. Only its top-left cell holds a value (Excel keeps that
 * one only), although staff merge to mean "the same for every row": the other rows' cells read as empty.
 */
export interface MergedCellsParams {
  sheet: string;
  /** The merged range (`G36:G38`) and its top-left cell, the only one that holds a value. */
  range: string;
  first: string;
  /** The header of the template column it covers. */
  column: string;
  /** The code on the top-left cell's row, when that row is a template row. */
  firstCode?: string;
  /** Codes of the template rows whose cell in this column is covered (none can be known for the code column). */
  codes: string[];
  /** The covered cells' rows, 1-based. */
  rows: number[];
}

export interface MergedCellParams {
  code: string;
  column: EntryColumn;
  range: string;
}

/** Merged areas were asked for but Excel did not list them (most likely over its 512): merges went unchecked. */
export interface MergedUnreadParams {
  sheet: string;
}

const q = (s: string) => `“${s}”`;

/** The messages about merged cells, for messages.ts' dictionaries (the pane carries them: kept short). */
export const MERGED_MESSAGES: Record<
  Lang,
  {
    "sheet.mergedCells": (p: MergedCellsParams) => string;
    "sheet.mergedUnread": (p: MergedUnreadParams) => string;
    "row.mergedCell": (p: MergedCellParams) => string;
  }
> = {
  vi: {
    "sheet.mergedCells": (p) =>
      `Trang ${q(p.sheet)}: ô gộp ${p.range} ở cột ${q(p.column)} chỉ giữ giá trị ở ô đầu ${p.first}${p.firstCode ? ` (${p.firstCode})` : ""}; ` +
      `${p.codes.length > 0 ? `chỉ tiêu ${p.codes.join(", ")}` : `dòng ${p.rows.join(", ")}`} được đọc là ô trống. Hãy bỏ gộp ô và nhập cho từng dòng.`,
    "sheet.mergedUnread": (p) =>
      `Trang ${q(p.sheet)}: Excel không cho biết được các vùng ô gộp (thường do trang có trên 512 vùng ô gộp), nên các ô gộp không được kiểm tra: ` +
      "số liệu nằm dưới ô gộp có thể bị đọc là ô trống. Hãy bỏ gộp các ô trong vùng số liệu rồi bấm Kiểm tra lại.",
    "row.mergedCell": (p) =>
      `Chỉ tiêu ${p.code}, cột ${q(COLUMN_LABELS.vi[p.column])}: ô thuộc ô gộp ${p.range} nên không được đánh giá.`,
  },
  en: {
    "sheet.mergedCells": (p) =>
      `Sheet ${q(p.sheet)}: the merged cell ${p.range} in column ${q(p.column)} keeps a value only in its first cell ${p.first}${p.firstCode ? ` (${p.firstCode})` : ""}; ` +
      `${p.codes.length > 0 ? `indicators ${p.codes.join(", ")}` : `rows ${p.rows.join(", ")}`} read as empty. Unmerge it and fill in every row.`,
    "sheet.mergedUnread": (p) =>
      `Sheet ${q(p.sheet)}: Excel could not list its merged cells (usually because the sheet has more than 512 merged areas), so they were not checked: ` +
      "a figure under a merged cell may be read as empty. Unmerge the cells in the figures' area, then validate again.",
    "row.mergedCell": (p) =>
      `Indicator ${p.code}, column ${q(COLUMN_LABELS.en[p.column])}: the cell is part of the merged cell ${p.range}, so it is not judged.`,
  },
};
