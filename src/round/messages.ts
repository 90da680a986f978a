/** What the reporting round tells people (merge refusals, conflicts, changes, missing explanations), in Vietnamese and English. */

import {
  describe,
  formatNumber,
  isPercentFormat,
  PERIOD_LABELS,
  readNumber,
  SETTLE_IN_LOG,
  STATUS_LABELS,
  type CellValue,
  type Lang,
  type Problem,
  type ReportingPeriod,
} from "../core";
import { COLUMNS, type ColumnKey } from "../template";
import { clearedText, emptiedText, NOT_MERGED, notTemplateText, targetIsAgencyFileText } from "./collectMessages";
import { reasonsText } from "./mergeReview";

/** The entry columns a merge copies, named in both languages by their headers as the sheet shows them. */
export type MergedColumn = "actual" | "estimate" | "lastYear" | "note";

const HEADERS: Record<MergedColumn, string> = {
  actual: "Thực hiện",
  estimate: "Ước thực hiện cả năm",
  lastYear: "Cùng kỳ năm trước",
  note: "Ghi chú",
};
export const MERGED_COLUMN_LABELS: Record<Lang, Record<MergedColumn, string>> = { vi: HEADERS, en: HEADERS };

export interface Proposal {
  file: string;
  agency: string;
  value: CellValue;
  /** The number format when `value` is a percent-formatted number (0.975 shown as 97,5%). */
  format?: string;
  /** Not sent in this merge: `value` is the offer as the log's conflict line shows it ("3.950"), said as it is. */
  fromLog?: true;
}

/** One entry cell a merge wrote (`merge.changed`) or kept against a file's value (`merge.keptExisting`). */
export interface CellChange {
  /** The file that sent the value; when several sent the same value, all of them (`sentBy`): "a.xlsx; b.xlsx". */
  file: string;
  /** Its agency, or every agency that sent the value: "Sở Tài chính; Cục Thuế". */
  agency: string;
  code: string;
  column: MergedColumn;
  old: CellValue;
  value: CellValue;
  /** Number formats when old or value is a percent-formatted number. */
  oldFormat?: string;
  format?: string;
}

/** A value of one cell, in one agency's file (`merge.notLead`) or kept from it (`merge.emptied`). */
export interface AgencyValue {
  file: string;
  agency: string;
  code: string;
  column: MergedColumn;
  value: CellValue;
  format?: string;
}

/** The parameters of each round finding; the key set is every `code` the round reports (documented in docs/round.md). */
export interface RoundParams {
  /** The file could not be read as a template: `reason` is already in the reader's language. */
  "merge.unreadable": { file: string; reason: string };
  /** The file opened, and none of its sheets (`sheets`) holds the template; `agency`: the one its name names. */
  "merge.notTemplate": { file: string; sheets: string[]; agency?: string };
  /** The consolidated workbook given is one agency's own file (its agency line): nothing merged. No `file`: the open one. */
  "merge.targetIsAgencyFile": { file?: string; agency: string };
  "merge.otherPeriod": { file: string; period: ReportingPeriod; expected: ReportingPeriod };
  /** The file's period cell is empty or says no period (`text` as written). */
  "merge.periodUnreadable": { file: string; text: string; expected: ReportingPeriod };
  /** The consolidated workbook's own period cell is empty or says no period: no file is merged. */
  "merge.targetPeriodUnreadable": { text: string };
  "merge.otherYear": { file: string; year: number; expected: number };
  /** The file's period cell names another year (`6 tháng năm 2023`) than the consolidated workbook's. */
  "merge.periodOtherYear": { file: string; text: string; year: number; expected: number };
  "merge.otherCatalogue": { file: string; decision: string; expected: string };
  "merge.noAgency": { file: string };
  "merge.unknownAgency": { file: string; agency: string };
  "merge.notLead": AgencyValue;
  /** `percentUnit`: the row's figures are percentages, so text is read as such ("3.900" is 3,9). */
  "merge.conflict": { code: string; column: MergedColumn; proposals: Proposal[]; percentUnit?: boolean };
  /**
   * The note of a row whose figures the files disagree on: it waits with them (logged, not written). `overruled`: the
   * conflict is settled since, on another figure than the one the note's file sent, so the note explains what is not kept.
   */
  "merge.noteHeld": { code: string; column: MergedColumn; proposals: Proposal[]; overruled?: true };
  "merge.noTargetCell": { file: string; code: string; column: MergedColumn };
  /**
   * What validate says of the file's structure, for rows its agency leads (`codes`; none for an unknown code or a
   * whole-sheet problem): what is there is not merged.
   */
  "merge.structure": { file: string; agency: string; codes: string[]; problem: Problem };
  /** The file holds no figure in the rows its agency leads: sent unfilled, or filled somewhere the merge does not read. */
  "merge.noFigures": { file: string; agency: string };
  /** The file leaves blank a cell holding its agency's figure from an earlier merge (the log says so): `value` kept. */
  "merge.emptied": AgencyValue & { coLeads?: string[] };
  /** A figure a merge wrote from this agency, cleared by a person since, sent again: not written back, said. */
  "merge.cleared": CellChange;
  "merge.changed": CellChange;
  "merge.keptExisting": CellChange;
  /** A co-lead's note that the cell held before and that agency never sent: taken as carried by the split, not merged. */
  "merge.noteCarried": { file: string; agency: string; code: string; value: CellValue };
  /**
   * A value written exactly as typed, not as a number, because validate doubts how it reads or cannot read it
   * (`reasons`, core problems): the consolidated workbook then states the same doubt when it is checked.
   */
  "merge.review": CellChange & { reasons: Problem[] };
  /** The consolidated cell holds a formula: it is kept, the file's different value is not written. */
  "merge.formulaKept": CellChange & { formula: string };
  /** A formula reading a merged cell, recalculated from the new figures (`value`) as a plain sum or difference. */
  "merge.formulaRecalculated": FormulaCell & { value: number };
  /** A formula reading (or maybe reading) a merged cell that this cannot calculate: its stored value is not trusted. */
  "merge.formulaStale": FormulaCell;
  "explanation.missing": { code: string; agencies: string[]; status: "atRisk" | "offTrack" };
  /** At risk or off track on a figure the tool doubts: the figure is confirmed before an explanation is asked. */
  "figure.toCheck": { code: string; agencies: string[]; status: "atRisk" | "offTrack" };
  /** A conflict the merge log holds and nobody settled since (`offers` as the log wrote them). */
  "figure.conflict": { code: string; column: MergedColumn; agencies: string[]; offers: string };
}

/** A formula cell of the consolidated sheet, with its template row and column when it is in one. */
export interface FormulaCell {
  cell: string;
  formula: string;
  old: CellValue;
  code?: string;
  column?: ColumnKey;
}

export type RoundCode = keyof RoundParams;

export type RoundFinding = {
  [K in RoundCode]: {
    code: K;
    /** error: nothing of the file was used; warning: something was left out; info: applied, for the record. */
    severity: "error" | "warning" | "info";
    params: RoundParams[K];
  };
}[RoundCode];

export function roundFinding<K extends RoundCode>(
  code: K,
  severity: RoundFinding["severity"],
  params: RoundParams[K]
): RoundFinding {
  return { code, severity, params } as RoundFinding;
}

/** A percent-formatted number as people typed it: 0.975 is `97,5%`. */
export function percentText(stored: number, lang: Lang): string {
  return `${formatNumber(Number((stored * 100).toPrecision(12)), lang)}%`;
}

/** A cell as a person reads it in a message: numbers in their notation (percentages as such), text quoted, blanks named. */
export function showValue(value: CellValue, lang: Lang, format?: string): string {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === ""))
    return lang === "vi" ? "(trống)" : "(blank)";
  if (typeof value === "number" && format !== undefined && isPercentFormat(format)) return percentText(value, lang);
  if (typeof value === "number") return formatNumber(value, lang);
  if (typeof value === "string") return `“${value}”`;
  if (typeof value === "boolean") return String(value);
  return value.error;
}

/**
 * What each file offered for one cell: `so-y-te.xlsx (Sở Y tế) 97,5%; …`. A figure typed as text is shown as typed
 * and as it was read, since the comparison is of what was read: “3,900” (đọc là 3,9) against 3.900 (trial 23).
 */
const proposalsText = (proposals: readonly Proposal[], lang: Lang, column?: MergedColumn, percentUnit = false) =>
  proposals
    .map((x) => {
      const shown = x.fromLog ? String(x.value) : showValue(x.value, lang, x.format);
      return `${x.file} (${x.agency}) ${shown}${x.fromLog || column === "note" ? "" : readAs(x.value, lang, percentUnit)}`;
    })
    .join("; ");

/**
 * " (đọc là 3,9)" for text that reads as a number, read as the row reads it; nothing for a number, a blank, text that
 * reads as none, or text that reads as it is written ("3.900" is 3.900).
 */
function readAs(value: CellValue, lang: Lang, percentUnit: boolean): string {
  if (typeof value !== "string" || value.trim() === "") return "";
  const read = readNumber(value, undefined, { percentUnit });
  if (read.kind !== "number" || formatNumber(read.value, lang) === value.trim()) return "";
  return lang === "vi" ? ` (đọc là ${formatNumber(read.value, lang)})` : ` (read as ${formatNumber(read.value, lang)})`;
}

/** Every proposal is from one agency (two of its files disagree): the files are to be settled within it. */
const oneAgency = (proposals: readonly Proposal[]) => new Set(proposals.map((x) => x.agency)).size === 1;

/** The period as the sheet writes it, with its English name: “9 tháng” (nine months). */
const periodName = (period: ReportingPeriod) =>
  `“${PERIOD_LABELS.vi[period]}” (${PERIOD_LABELS.en[period].toLowerCase()})`;

/** What the period cell holds, when it holds no period. */
const periodCell = (text: string, lang: Lang) =>
  text.trim() === ""
    ? lang === "vi"
      ? "ô “Kỳ báo cáo:” để trống hoặc không có"
      : "the “Kỳ báo cáo:” cell is empty or missing"
    : lang === "vi"
      ? `ô “Kỳ báo cáo:” ghi “${text.trim()}”, không phải một kỳ báo cáo`
      : `the “Kỳ báo cáo:” cell says “${text.trim()}”, which is no reporting period`;

/** The periods a period cell may say, as the sheet writes them. */
const PERIOD_CHOICES = Object.values(PERIOD_LABELS.vi)
  .map((label) => `“${label}”`)
  .join(", ");

type Dictionary = { [K in RoundCode]: (p: RoundParams[K], lang: Lang) => string };

const cell = (code: string, column: MergedColumn, lang: Lang) =>
  lang === "vi"
    ? `chỉ tiêu ${code}, cột “${MERGED_COLUMN_LABELS.vi[column]}”`
    : `indicator ${code}, column “${MERGED_COLUMN_LABELS.en[column]}”`;

/** Where a formula is: its address, and its indicator and column when it is in the template. */
const formulaPlace = (p: FormulaCell, lang: Lang) => {
  const header = COLUMNS.find((c) => c.key === p.column)?.header;
  const where = [
    p.code === undefined ? undefined : `${lang === "vi" ? "chỉ tiêu" : "indicator"} ${p.code}`,
    header === undefined ? undefined : `${lang === "vi" ? "cột" : "column"} “${header}”`,
  ].filter((w) => w !== undefined);
  const cellName = lang === "vi" ? `Ô ${p.cell}` : `Cell ${p.cell}`;
  return where.length > 0 ? `${cellName} (${where.join(", ")})` : cellName;
};

const vi: Dictionary = {
  "merge.unreadable": (p) => `${p.file}: không đọc được (${p.reason}); tệp này không được gộp.`,
  "merge.notTemplate": (p) => `${p.file}: ${notTemplateText(p, "vi", NOT_MERGED.vi)}`,
  "merge.targetIsAgencyFile": (p) => targetIsAgencyFileText(p, "vi"),
  "merge.otherPeriod": (p) =>
    `${p.file}: là số liệu kỳ ${PERIOD_LABELS.vi[p.period]}, bảng tổng hợp là kỳ ${PERIOD_LABELS.vi[p.expected]}; tệp này không được gộp. Nếu tệp ghi nhầm kỳ, hãy sửa ô “Kỳ báo cáo:” của tệp thành “${PERIOD_LABELS.vi[p.expected]}” rồi gộp lại; nếu đúng là số liệu kỳ khác, hãy đề nghị cơ quan gửi lại số liệu kỳ ${PERIOD_LABELS.vi[p.expected]}.`,
  "merge.periodUnreadable": (p) =>
    `${p.file}: ${periodCell(p.text, "vi")}, nên không biết là số liệu kỳ nào (bảng tổng hợp là kỳ ${PERIOD_LABELS.vi[p.expected]}); tệp này không được gộp. Hãy ghi một trong: ${PERIOD_CHOICES}.`,
  "merge.targetPeriodUnreadable": (p) =>
    `Bảng tổng hợp: ${periodCell(p.text, "vi")}, nên không biết gộp số liệu kỳ nào; không tệp nào được gộp. Hãy ghi một trong: ${PERIOD_CHOICES}.`,
  "merge.otherYear": (p) =>
    `${p.file}: là biểu năm ${p.year}, bảng tổng hợp là năm ${p.expected}; tệp này không được gộp.`,
  "merge.periodOtherYear": (p) =>
    `${p.file}: kỳ báo cáo ghi “${p.text}” (năm ${p.year}), bảng tổng hợp là năm ${p.expected}; tệp này không được gộp. Nếu tệp ghi nhầm năm, hãy sửa ô “Kỳ báo cáo:” của tệp rồi gộp lại.`,
  "merge.otherCatalogue": (p) =>
    `${p.file}: theo Quyết định ${p.decision}, bảng tổng hợp theo Quyết định ${p.expected}; tệp này không được gộp.`,
  "merge.noAgency": (p) =>
    `${p.file}: không biết của cơ quan nào (không có dòng “Cơ quan chủ trì:” và tên tệp không phải tên một cơ quan chủ trì, ví dụ so-tai-chinh.xlsx); tệp này không được gộp.`,
  "merge.unknownAgency": (p) =>
    `${p.file}: “${p.agency}” không phải là cơ quan chủ trì chỉ tiêu nào; tệp này không được gộp.`,
  "merge.notLead": (p, lang) =>
    `${p.file}: ${p.agency} không chủ trì ${cell(p.code, p.column, "vi")}; giá trị ${showValue(p.value, lang, p.format)} không được gộp.`,
  "merge.conflict": (p, lang) =>
    `Các tệp cho giá trị khác nhau ở ${cell(p.code, p.column, "vi")}: ${proposalsText(p.proposals, lang, p.column, p.percentUnit)}. Không giá trị nào được gộp: ${oneAgency(p.proposals) ? `các tệp đều của ${p.proposals[0].agency}, hãy hỏi cơ quan này tệp nào đúng rồi chỉ gộp tệp đó, hoặc nhập số đúng vào bảng tổng hợp` : "hãy thống nhất số với các cơ quan rồi nhập vào bảng tổng hợp, hoặc sửa một tệp và gộp lại"}. ${SETTLE_IN_LOG.vi}`,
  "merge.noteHeld": (p, lang) =>
    (p.overruled
      ? `Ghi chú của chỉ tiêu ${p.code} chưa được gộp: số liệu đã thống nhất của chỉ tiêu này không phải số mà ghi chú đi theo: ${proposalsText(p.proposals, lang)}. Nếu ghi chú vẫn đúng với số đã thống nhất, hãy nhập ghi chú vào bảng tổng hợp.`
      : `Ghi chú của chỉ tiêu ${p.code} chưa được gộp vì số liệu của chỉ tiêu này đang xung đột: ${proposalsText(p.proposals, lang)}. Ghi chú đi theo số liệu của một bên; khi đã thống nhất số, hãy gộp lại tệp đã sửa hoặc nhập cả ghi chú vào bảng tổng hợp.`) +
    ` Khi đã xử lý xong ghi chú, ghi “Đã thống nhất” vào cột “Cần xem lại” ở dòng của ghi chú đó trong trang “Nhật ký cập nhật” để lần gộp sau không nêu lại.`,
  "merge.noTargetCell": (p) =>
    `${p.file}: bảng tổng hợp không có ô cho ${cell(p.code, p.column, "vi")}; giá trị không được gộp.`,
  "merge.structure": (p, lang) =>
    `${p.file} (${p.agency}): ${describe(p.problem, lang)} ${p.problem.key === "sheet.missingRow" ? "Không có số liệu của chỉ tiêu này để gộp" : "Số liệu ở đó không được gộp"}; hãy sửa tệp (hoặc đề nghị cơ quan gửi lại) rồi gộp lại.`,
  "merge.noFigures": (p) =>
    `${p.file} (${p.agency}): tệp không có số liệu nào ở các dòng ${p.agency} chủ trì; có thể cơ quan đã gửi tệp chưa điền. Hãy đề nghị cơ quan gửi lại tệp đã điền.`,
  "merge.emptied": (p, lang) => emptiedText(p, cell(p.code, p.column, "vi"), showValue(p.value, lang, p.format), "vi"),
  "merge.cleared": (p, lang) => clearedText(p, cell(p.code, p.column, "vi"), showValue(p.value, lang, p.format), "vi"),
  "merge.changed": (p, lang) =>
    `${p.file} (${p.agency}): ${cell(p.code, p.column, "vi")}: ${showValue(p.old, lang, p.oldFormat)} → ${showValue(p.value, lang, p.format)}.`,
  "merge.noteCarried": (p, lang) =>
    `${p.file} (${p.agency}): ghi chú của chỉ tiêu ${p.code} gửi về ${showValue(p.value, lang)}, là ghi chú ô này đã có trước đây (tệp được tách trước khi ghi chú đổi), nên không gộp. Nếu đó đúng là ghi chú của ${p.agency}, hãy gõ lại vào ô Ghi chú.`,
  "merge.keptExisting": (p, lang) =>
    `${p.file} (${p.agency}): ${cell(p.code, p.column, "vi")}: giữ ${showValue(p.old, lang, p.oldFormat)}, không thay bằng ${showValue(p.value, lang, p.format)}.`,
  "merge.review": (p, lang) =>
    `${p.file} (${p.agency}): ${cell(p.code, p.column, "vi")}: ${showValue(p.old, lang, p.oldFormat)} → ${showValue(p.value, lang, p.format)}, ghi đúng như đã gõ${typeof p.value === "string" ? " (không đổi thành số)" : ""}; cần xem lại: ${reasonsText(p.reasons, "vi")}.`,
  "merge.formulaKept": (p, lang) =>
    `${p.file} (${p.agency}): ${cell(p.code, p.column, "vi")}: ô trong bảng tổng hợp là công thức ${p.formula} (${showValue(p.old, lang, p.oldFormat)}); giữ công thức, giá trị ${showValue(p.value, lang, p.format)} không được gộp. Muốn thay thì xóa công thức rồi gộp lại.`,
  "merge.formulaRecalculated": (p, lang) =>
    `${formulaPlace(p, lang)} là công thức ${p.formula} dùng số vừa gộp: đã tính lại theo số mới, ${showValue(p.old, lang)} → ${showValue(p.value, lang)} (Excel cũng tính lại khi mở tệp).`,
  "merge.formulaStale": (p, lang) =>
    `${formulaPlace(p, lang)} là công thức ${p.formula} dùng (hoặc có thể dùng) số vừa gộp nhưng công cụ không tự tính được: giá trị đang lưu ${showValue(p.old, lang)} có thể đã cũ nên không được dùng để đánh giá; Excel sẽ tính lại khi mở tệp. Hãy mở bảng đã gộp trong Excel hoặc LibreOffice, lưu lại rồi kiểm tra lại.`,
  "explanation.missing": (p) =>
    `Cần giải trình: chỉ tiêu ${p.code} ${STATUS_LABELS.vi[p.status].toLowerCase()} và chưa có giải trình ở cột “Ghi chú” (${p.agencies.join("; ")}).`,
  "figure.conflict": (p) =>
    `Xung đột: ${p.code} (${p.offers})${p.column === "actual" ? "" : `, cột “${MERGED_COLUMN_LABELS.vi[p.column]}”`}: các tệp gửi số khác nhau nên chưa gộp (xem trang “Nhật ký cập nhật”). Hãy sửa một tệp rồi gộp lại, hoặc nhập số đã thống nhất vào bảng tổng hợp. ${SETTLE_IN_LOG.vi}`,
  "figure.toCheck": (p) =>
    `Cần kiểm tra lại số liệu: chỉ tiêu ${p.code} đang là “${STATUS_LABELS.vi[p.status].toLowerCase()}” theo một số liệu đáng ngờ (xem “Kiểm tra lại” khi kiểm tra tệp); hãy xác nhận số với ${p.agencies.join("; ")} trước khi đề nghị giải trình.`,
};

const en: Dictionary = {
  "merge.unreadable": (p) => `${p.file}: cannot be read (${p.reason}); this file is not merged.`,
  "merge.notTemplate": (p) => `${p.file}: ${notTemplateText(p, "en", NOT_MERGED.en)}`,
  "merge.targetIsAgencyFile": (p) => targetIsAgencyFileText(p, "en"),
  "merge.otherPeriod": (p) =>
    `${p.file}: holds the figures for ${periodName(p.period)}, the consolidated workbook those for ${periodName(p.expected)}; this file is not merged. If the file names the wrong period, change its “Kỳ báo cáo:” cell to “${PERIOD_LABELS.vi[p.expected]}” and merge again; if the figures really are another period's, ask the agency to send those for ${periodName(p.expected)}.`,
  "merge.periodUnreadable": (p) =>
    `${p.file}: ${periodCell(p.text, "en")}, so its period is unknown (the consolidated workbook is for ${periodName(p.expected)}); this file is not merged. Write one of: ${PERIOD_CHOICES}.`,
  "merge.targetPeriodUnreadable": (p) =>
    `The consolidated workbook: ${periodCell(p.text, "en")}, so which period to merge is unknown; no file is merged. Write one of: ${PERIOD_CHOICES}.`,
  "merge.otherYear": (p) =>
    `${p.file}: is a ${p.year} template, the consolidated workbook is for ${p.expected}; this file is not merged.`,
  "merge.periodOtherYear": (p) =>
    `${p.file}: the reporting period says “${p.text}” (year ${p.year}), the consolidated workbook is for ${p.expected}; this file is not merged. If the file names the wrong year, correct its “Kỳ báo cáo:” cell and merge again.`,
  "merge.otherCatalogue": (p) =>
    `${p.file}: follows Decision ${p.decision}, the consolidated workbook follows Decision ${p.expected}; this file is not merged.`,
  "merge.noAgency": (p) =>
    `${p.file}: no agency is named (no “Cơ quan chủ trì:” line, and the file name is not a lead agency's, e.g. so-tai-chinh.xlsx); this file is not merged.`,
  "merge.unknownAgency": (p) => `${p.file}: “${p.agency}” leads no indicator; this file is not merged.`,
  "merge.notLead": (p, lang) =>
    `${p.file}: ${p.agency} does not lead ${cell(p.code, p.column, "en")}; the value ${showValue(p.value, lang, p.format)} is left out.`,
  "merge.conflict": (p, lang) =>
    `Files disagree on ${cell(p.code, p.column, "en")}: ${proposalsText(p.proposals, lang, p.column, p.percentUnit)}. Neither is applied: ${oneAgency(p.proposals) ? `the files are all ${p.proposals[0].agency}'s: ask it which one is right and merge only that one, or type the right figure into the consolidated sheet` : "agree the figure with the agencies and type it into the consolidated sheet, or correct one file and merge again"}. ${SETTLE_IN_LOG.en}`,
  "merge.noteHeld": (p, lang) =>
    (p.overruled
      ? `The note of indicator ${p.code} is not merged: the figures are agreed, but not on the figure the note goes with: ${proposalsText(p.proposals, lang)}. If the note still holds for the agreed figure, type it into the consolidated sheet.`
      : `The note of indicator ${p.code} is not merged, since the files disagree on its figures: ${proposalsText(p.proposals, lang)}. A note goes with one side's figure; once the figure is agreed, merge the corrected file again or type the note into the consolidated sheet too.`) +
    ` Once the note is dealt with, write “Đã thống nhất” in the “Cần xem lại” column of its line in the “Nhật ký cập nhật” sheet, so that later merges no longer raise it.`,
  "merge.noTargetCell": (p) =>
    `${p.file}: the consolidated workbook has no cell for ${cell(p.code, p.column, "en")}; the value is left out.`,
  "merge.structure": (p, lang) =>
    `${p.file} (${p.agency}): ${describe(p.problem, lang)} ${p.problem.key === "sheet.missingRow" ? "No figure of this indicator is there to merge" : "The figures there are not merged"}; correct the file (or ask the agency to send it again) and merge again.`,
  "merge.noFigures": (p) =>
    `${p.file} (${p.agency}): the file holds no figure in the rows ${p.agency} leads; the agency may have sent the file unfilled. Ask it to send the filled file.`,
  "merge.emptied": (p, lang) => emptiedText(p, cell(p.code, p.column, "en"), showValue(p.value, lang, p.format), "en"),
  "merge.cleared": (p, lang) => clearedText(p, cell(p.code, p.column, "en"), showValue(p.value, lang, p.format), "en"),
  "merge.changed": (p, lang) =>
    `${p.file} (${p.agency}): ${cell(p.code, p.column, "en")}: ${showValue(p.old, lang, p.oldFormat)} → ${showValue(p.value, lang, p.format)}.`,
  "merge.noteCarried": (p, lang) =>
    `${p.file} (${p.agency}): the note of indicator ${p.code} came back as ${showValue(p.value, lang)}, a note this cell held before (the file was split before the note changed), so it is not merged. If it really is ${p.agency}'s note, type it into the Ghi chú cell.`,
  "merge.keptExisting": (p, lang) =>
    `${p.file} (${p.agency}): ${cell(p.code, p.column, "en")}: kept ${showValue(p.old, lang, p.oldFormat)} instead of ${showValue(p.value, lang, p.format)}.`,
  "merge.review": (p, lang) =>
    `${p.file} (${p.agency}): ${cell(p.code, p.column, "en")}: ${showValue(p.old, lang, p.oldFormat)} → ${showValue(p.value, lang, p.format)}, written exactly as typed${typeof p.value === "string" ? " (not as a number)" : ""}; to review: ${reasonsText(p.reasons, "en")}.`,
  "merge.formulaKept": (p, lang) =>
    `${p.file} (${p.agency}): ${cell(p.code, p.column, "en")}: the consolidated cell holds the formula ${p.formula} (${showValue(p.old, lang, p.oldFormat)}); the formula is kept and ${showValue(p.value, lang, p.format)} is left out. To replace it, clear the formula and merge again.`,
  "merge.formulaRecalculated": (p, lang) =>
    `${formulaPlace(p, lang)} holds the formula ${p.formula}, which reads merged figures: recalculated from the new figures, ${showValue(p.old, lang)} → ${showValue(p.value, lang)} (Excel recalculates it too when the file is opened).`,
  "merge.formulaStale": (p, lang) =>
    `${formulaPlace(p, lang)} holds the formula ${p.formula}, which reads (or may read) merged figures, and this tool cannot calculate it: its stored value ${showValue(p.old, lang)} may be out of date, so it is not used to judge; Excel recalculates it when the file is opened. Open the merged workbook in Excel or LibreOffice, save it and check again.`,
  "explanation.missing": (p) =>
    `Explanation needed: indicator ${p.code} is ${STATUS_LABELS.en[p.status].toLowerCase()} and has no explanation in “Ghi chú” (${p.agencies.join("; ")}).`,
  "figure.conflict": (p) =>
    `Conflict: ${p.code} (${p.offers})${p.column === "actual" ? "" : `, column “${MERGED_COLUMN_LABELS.en[p.column]}”`}: the files sent different figures, so neither was merged (see the “Nhật ký cập nhật” sheet). Correct one file and merge again, or type the agreed figure into the consolidated sheet. ${SETTLE_IN_LOG.en}`,
  "figure.toCheck": (p) =>
    `Check the figure: indicator ${p.code} is “${STATUS_LABELS.en[p.status].toLowerCase()}” on a doubtful figure (see “Check” when the file is validated); confirm it with ${p.agencies.join("; ")} before asking for an explanation.`,
};

const dictionaries: Record<Lang, Dictionary> = { vi, en };

export function describeRound(finding: RoundFinding, lang: Lang): string {
  const render = dictionaries[lang][finding.code] as (params: unknown, lang: Lang) => string;
  return render(finding.params, lang);
}

export function roundDictionaryKeys(lang: Lang): string[] {
  return Object.keys(dictionaries[lang]);
}
