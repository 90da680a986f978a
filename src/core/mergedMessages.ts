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
  /** What the column is to validation: the rows' codes, figures it judges, last year's figures, or results it writes. */
  role: "code" | "judged" | "lastYear" | "result";
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
  first: string;
}

const q = (s: string) => `“${s}”`;

function viMerged(p: MergedCellsParams): string {
  const where = `Trang ${q(p.sheet)}: ô gộp ${p.range} ở cột ${q(p.column)}`;
  const firstOf = (word: string) => (p.firstCode === undefined ? "" : ` (${word}${p.firstCode})`);
  const rows = `${p.rows.length === 1 ? "dòng" : "các dòng"} ${p.rows.join(", ")}`;
  const codes = `chỉ tiêu ${p.codes.join(", ")}`;
  switch (p.role) {
    case "code":
      return `${where} chỉ giữ mã ở ô đầu ${p.first}${firstOf("")}; ${rows} không có mã riêng nên không được kiểm tra. Hãy bỏ gộp ô và nhập mã cho từng dòng.`;
    case "judged":
      return `${where} chỉ có số ở ô đầu ${p.first}${firstOf("chỉ tiêu ")}; ${p.codes.length > 0 ? `${codes} không có số riêng ở cột này nên không được đánh giá` : `${rows} được đọc là ô trống`}. Hãy bỏ gộp ô và nhập số cho từng dòng.`;
    case "lastYear":
      return `${where} chỉ có số ở ô đầu ${p.first}${firstOf("chỉ tiêu ")}; ${p.codes.length > 0 ? `${codes} không có số cùng kỳ riêng nên không so sánh được với cùng kỳ` : `${rows} được đọc là ô trống`}. Hãy bỏ gộp ô và nhập số cho từng dòng.`;
    case "result":
      return `${where}: kết quả kiểm tra chỉ ghi được vào ô đầu ${p.first}${firstOf("chỉ tiêu ")}${p.codes.length > 0 ? `; kết quả của ${codes} không hiện được ở cột này` : ""}. Hãy bỏ gộp ô.`;
  }
}

function enMerged(p: MergedCellsParams): string {
  const where = `Sheet ${q(p.sheet)}: the merged cell ${p.range} in column ${q(p.column)}`;
  const firstOf = (word: string) => (p.firstCode === undefined ? "" : ` (${word}${p.firstCode})`);
  // "row 31 has … its own and is", "rows 31, 32 have … their own and are".
  const subject = (noun: string, items: readonly (string | number)[]) =>
    items.length === 1
      ? { who: `${noun} ${items[0]}`, has: "has", its: "its", is: "is" }
      : { who: `${noun}s ${items.join(", ")}`, has: "have", its: "their", is: "are" };
  const rows = subject("row", p.rows);
  const codes = subject("indicator", p.codes);
  const unmerge = "Unmerge it (Home > Merge & Center)";
  switch (p.role) {
    case "code":
      return `${where} keeps a code only in its first cell ${p.first}${firstOf("")}; ${rows.who} ${rows.has} no code of ${rows.its} own and ${rows.is} not checked. ${unmerge} and type the code on every row.`;
    case "judged":
      return `${where} holds a figure only in its first cell ${p.first}${firstOf("indicator ")}; ${p.codes.length > 0 ? `${codes.who} ${codes.has} no figure of ${codes.its} own in this column and ${codes.is} not judged` : `${rows.who} ${rows.is} read as empty`}. ${unmerge} and type the figure on every row.`;
    case "lastYear":
      return `${where} holds a figure only in its first cell ${p.first}${firstOf("indicator ")}; ${p.codes.length > 0 ? `${codes.who} ${codes.has} no figure of last year of ${codes.its} own and ${codes.is} not compared with last year` : `${rows.who} ${rows.is} read as empty`}. ${unmerge} and type the figure on every row.`;
    case "result":
      return `${where}: the results can be written only into its first cell ${p.first}${firstOf("indicator ")}${p.codes.length > 0 ? `; the results of ${codes.who} cannot show in this column` : ""}. ${unmerge}.`;
  }
}

/** The two messages about merged cells, for messages.ts' dictionaries. */
export const MERGED_MESSAGES: Record<
  Lang,
  { "sheet.mergedCells": (p: MergedCellsParams) => string; "row.mergedCell": (p: MergedCellParams) => string }
> = {
  vi: {
    "sheet.mergedCells": viMerged,
    "row.mergedCell": (p) =>
      `Chỉ tiêu ${p.code}, cột ${q(COLUMN_LABELS.vi[p.column])}: ô nằm trong ô gộp ${p.range}, chỉ ô đầu ${p.first} có số, nên chỉ tiêu này không được đánh giá. Hãy bỏ gộp ô và nhập số cho dòng này.`,
  },
  en: {
    "sheet.mergedCells": enMerged,
    "row.mergedCell": (p) =>
      `Indicator ${p.code}, column ${q(COLUMN_LABELS.en[p.column])}: the cell is part of the merged cell ${p.range}, whose only figure is in its first cell ${p.first}, so this indicator is not judged. Unmerge it and type the figure on this row.`,
  },
};
