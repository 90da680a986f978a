/** Every message the core can show a person, in Vietnamese and English, and the problems they describe. */

import type { Lang } from "./types";
import { fractionalCountText, notNumberAdvice } from "./numberAdvice";
import { CHECK_MESSAGES, lastYearInvalid, valueInvalid, type CheckParams, type RowDoubtParams } from "./checkMessages";
import { COLUMN_LABELS, formatNumber, PERIOD_LABELS, STATUS_LABELS, type EntryColumn } from "./labels";
import {
  MERGED_MESSAGES,
  type MergedCellParams,
  type MergedCellsParams,
  type MergedUnreadParams,
} from "./mergedMessages";
import { CALC_MESSAGES, type ManualCalculationParams, type RecalculatedParams } from "./calcMessages";
import { PERIOD_MESSAGES, type PeriodParams } from "./periodMessages";
import { EXCEL_MESSAGES, type ExcelRefusalParams } from "./excelMessages";

// Kept importable from here, where they used to live.
export { COLUMN_LABELS, formatNumber, PERIOD_LABELS, STATUS_LABELS, type EntryColumn };
export type { MergedCellParams, MergedCellsParams, MergedUnreadParams };

/** The parameters each problem carries; the key set is the list of everything the core can report. */
export interface MessageParams extends CheckParams, PeriodParams, ExcelRefusalParams {
  /** `unit`: the row's unit, when the reader knew it (the advice then names it, or converts to it). */
  "number.notNumber": { text: string; unit?: string };
  "number.tooManyDigits": { text: string; digits: number };
  "number.excelError": { text: string };
  "number.boolean": { text: string };
  "number.percentInNonPercentRow": { text: string; unit: string };
  "value.percentOutOfRange": { value: number };
  "value.negative": { value: number };
  "value.fractionalCount": { value: number };
  "row.invalidValue": { code: string; column: EntryColumn; text: string; reason: Problem };
  "row.allOfValueIgnored": { code: string };
  "row.mergedCell": MergedCellParams;
  "target.unparsable": { text: string };
  "target.reversedRange": { text: string };
  "catalogue.notJson": { detail: string };
  "catalogue.schema": { path: string; keyword: string; detail: string; argument: string };
  "catalogue.duplicateCode": { code: string };
  "catalogue.unknownParent": { code: string; parent: string };
  "catalogue.parentNotGroup": { code: string; parent: string };
  "catalogue.targetMismatch": {
    code: string;
    text: string;
    min: number;
    max: number;
    parsedMin: number;
    parsedMax: number;
  };
  "catalogue.targetKindMismatch": { code: string; text: string; kind: string };
  "catalogue.targetText": { code: string; reason: Problem };
  "catalogue.minAboveMax": { code: string; min: number; max: number };
  "catalogue.allOfWithoutParts": { code: string };
  "catalogue.ruleUnknownCode": { rule: string; code: string };
  "catalogue.duplicateRule": { rule: string };
  "catalogue.plausibilityOrder": { path: string; below: number; above: number };
  "rule.sumMismatch": {
    rule: string;
    column: EntryColumn;
    codes: string[];
    sum: number;
    expected: number;
    expectedFrom: string;
  };
  "plausibility.estimateBelowActual": { code: string; estimate: number; actual: number };
  "plausibility.farBelowPlan": PlausibilityParams;
  "plausibility.farAbovePlan": PlausibilityParams;
  "plausibility.ambiguous": {
    code: string;
    column: EntryColumn;
    text: string;
    read: number;
    other: number;
    type: string;
  };
  "plausibility.doubt": RowDoubtParams;
  "row.periodAssumed": { code: string };
  "sheet.noTemplate": { sheets: string[] };
  "sheet.missingColumn": { sheet: string; column: string };
  "sheet.unknownCode": { sheet: string; code: string; row: number };
  "sheet.duplicateCode": { sheet: string; code: string; row: number; firstRow: number };
  "sheet.missingRow": { sheet: string; code: string };
  "sheet.otherTemplate": { sheet: string; others: string[]; chosenBy: "marker" | "active" | "first" };
  "sheet.otherYear": { sheet: string; year: number; expected: number };
  "sheet.otherDecision": { sheet: string; decision: string; expected: string };
  "sheet.uncalculated": { sheet: string; code: string; row: number; column: EntryColumn };
  "sheet.mergedCells": MergedCellsParams;
  "sheet.mergedUnread": MergedUnreadParams;
  "sheet.manualCalculation": ManualCalculationParams;
  "calc.recalculated": RecalculatedParams;
  "excel.editMode": Record<string, never>;
  "excel.tooLarge": Record<string, never>;
  "excel.notInExcel": Record<string, never>;
  /** A script of the pane's own, loaded after it opened, did not arrive (the network, a proxy). */
  "pane.partNotLoaded": { detail: string };
  "excel.failed": { code: string; detail: string };
}

/** A judged value against the plan for its period: how far, and which threshold it crossed. */
export interface PlausibilityParams {
  code: string;
  column: EntryColumn;
  value: number;
  /** The plan it was compared with: prorated for a cumulative row's period value. */
  plan: number;
  prorated: boolean;
  /** value ÷ plan × 100. */
  percent: number;
  /** The threshold crossed, in % of the plan. */
  threshold: number;
}

export type MessageKey = keyof MessageParams;

/** Something to tell the user: which message, with what in it. Rendered late, in the user's language. */
export type Problem = { [K in MessageKey]: { key: K; params: MessageParams[K] } }[MessageKey];

/** An error as a value the UI can show. */
export interface UserMessage {
  code: MessageKey;
  message: string;
}

export function problem<K extends MessageKey>(key: K, params: MessageParams[K]): Problem {
  return { key, params } as Problem;
}

type Dictionary = { [K in MessageKey]: (p: MessageParams[K], lang: Lang) => string };

const q = (s: string) => `“${s}”`;

const vi: Dictionary = {
  "number.notNumber": (p) => `${q(p.text)} không phải là một số; ${notNumberAdvice(p.text, "vi", p.unit)}`,
  "number.tooManyDigits": (p) =>
    `${q(p.text)} có ${p.digits} chữ số có nghĩa, quá 15 chữ số mà Excel và máy tính giữ được chính xác`,
  "number.excelError": (p) => `ô có lỗi Excel ${p.text}`,
  "number.boolean": (p) => `${p.text} là giá trị đúng/sai, không phải là số`,
  "number.percentInNonPercentRow": (p) => `${q(p.text)} là tỷ lệ phần trăm, nhưng đơn vị của chỉ tiêu là ${q(p.unit)}`,
  "value.percentOutOfRange": (p) => `tỷ lệ ${formatNumber(p.value, "vi")} nằm ngoài khoảng 0–100`,
  "value.negative": (p) => `số lượng không thể âm (${formatNumber(p.value, "vi")})`,
  "value.fractionalCount": (p) => fractionalCountText(p.value, "vi"),
  "row.invalidValue": (p) => valueInvalid(p, describe(p.reason, "vi"), "vi"),
  "row.allOfValueIgnored": (p) =>
    `Chỉ tiêu ${p.code} được đánh giá theo các tiêu chí con; số liệu nhập ở dòng này không được dùng.`,
  "target.unparsable": (p) =>
    `Không hiểu được chỉ tiêu kế hoạch ${q(p.text)} (ví dụ cách viết đúng: “7 - 7,5”, “4.060”, “≥ 5”, “Dưới 3”).`,
  "target.reversedRange": (p) => `Khoảng kế hoạch ${q(p.text)} có cận dưới lớn hơn cận trên.`,
  "catalogue.notJson": (p) => `Tệp danh mục không phải là JSON hợp lệ: ${p.detail}`,
  "catalogue.schema": (p) => `Tệp danh mục sai cấu trúc tại ${p.path || "gốc"}: ${schemaDetail(p, "vi")}`,
  "catalogue.duplicateCode": (p) => `Mã chỉ tiêu ${q(p.code)} xuất hiện nhiều lần.`,
  "catalogue.unknownParent": (p) => `Chỉ tiêu ${p.code} thuộc chỉ tiêu cha ${q(p.parent)} không có trong danh mục.`,
  "catalogue.parentNotGroup": (p) =>
    `Chỉ tiêu cha ${q(p.parent)} của ${p.code} phải là dòng tiêu đề nhóm hoặc chỉ tiêu “đạt tất cả”.`,
  "catalogue.targetMismatch": (p) =>
    `Chỉ tiêu ${p.code}: kế hoạch ${q(p.text)} được hiểu là ${range(p.parsedMin, p.parsedMax, "vi")}, nhưng tệp ghi ${range(p.min, p.max, "vi")}.`,
  "catalogue.targetKindMismatch": (p) =>
    `Chỉ tiêu ${p.code}: kế hoạch ${q(p.text)} không khớp với loại chỉ tiêu ${q(p.kind)}.`,
  "catalogue.targetText": (p, lang) => `Chỉ tiêu ${p.code}: ${describe(p.reason, lang)}`,
  "catalogue.minAboveMax": (p) =>
    `Chỉ tiêu ${p.code}: cận dưới ${formatNumber(p.min, "vi")} lớn hơn cận trên ${formatNumber(p.max, "vi")}.`,
  "catalogue.allOfWithoutParts": (p) => `Chỉ tiêu ${p.code} loại “đạt tất cả” nhưng không có tiêu chí con nào.`,
  "catalogue.ruleUnknownCode": (p) => `Quy tắc ${q(p.rule)} nhắc đến mã ${q(p.code)} không có trong danh mục.`,
  "catalogue.duplicateRule": (p) => `Quy tắc ${q(p.rule)} xuất hiện nhiều lần.`,
  "catalogue.plausibilityOrder": (p) =>
    `Tệp danh mục tại ${p.path}: ngưỡng dưới ${formatNumber(p.below, "vi")}% phải nhỏ hơn ngưỡng trên ${formatNumber(p.above, "vi")}%.`,
  "rule.sumMismatch": (p) =>
    `Cột ${q(COLUMN_LABELS.vi[p.column])}: tổng ${p.codes.join(" + ")} = ${formatNumber(p.sum, "vi")}, ` +
    `lệch so với ${p.expectedFrom === "" ? formatNumber(p.expected, "vi") : `${p.expectedFrom} = ${formatNumber(p.expected, "vi")}`}.`,
  "plausibility.estimateBelowActual": (p) =>
    `Kiểm tra lại chỉ tiêu ${p.code}: ước cả năm ${formatNumber(p.estimate, "vi")} thấp hơn số đã thực hiện ${formatNumber(p.actual, "vi")}.`,
  "plausibility.farBelowPlan": (p) =>
    `Kiểm tra lại chỉ tiêu ${p.code}, cột ${q(COLUMN_LABELS.vi[p.column])}: ${formatNumber(p.value, "vi")} chỉ bằng ${formatNumber(p.percent, "vi", 1)}% ${planWords(p, "vi")}, dưới ngưỡng ${formatNumber(p.threshold, "vi")}%; có thể nhập nhầm số.`,
  "plausibility.farAbovePlan": (p) =>
    `Kiểm tra lại chỉ tiêu ${p.code}, cột ${q(COLUMN_LABELS.vi[p.column])}: ${formatNumber(p.value, "vi")} bằng ${formatNumber(p.percent, "vi", 1)}% ${planWords(p, "vi")}, trên ngưỡng ${formatNumber(p.threshold, "vi")}%; có thể nhập nhầm số.`,
  "plausibility.ambiguous": (p) =>
    `Kiểm tra lại chỉ tiêu ${p.code}, cột ${q(COLUMN_LABELS.vi[p.column])}: ${q(p.text)} đã hiểu là ${formatNumber(p.read, "vi")}; nếu ý là ${formatNumber(p.other, "vi")} hãy nhập ${p.type}.`,
  "row.periodAssumed": (p) => `Chỉ tiêu ${p.code}: không đọc được kỳ báo cáo nên số liệu được đánh giá như cả năm.`,
  "sheet.noTemplate": (p) =>
    p.sheets.length === 0
      ? "Sổ làm việc chưa có trang tính mẫu chỉ tiêu. Hãy chèn mẫu trước."
      : `Không trang tính nào (${p.sheets.map(q).join(", ")}) có dòng tiêu đề của mẫu chỉ tiêu (“Mã”, “Thực hiện”, “Đánh giá”…). Hãy chèn mẫu trước.`,
  "sheet.missingColumn": (p) =>
    `Trang ${q(p.sheet)} thiếu cột ${q(p.column)}: ${MISSING_COLUMN_BREAKS.vi[p.column] ?? "mẫu không đầy đủ"}. Hãy chèn lại cột có tiêu đề đúng ${q(p.column)} vào dòng tiêu đề, hoặc chèn lại mẫu.`,
  "sheet.unknownCode": (p) =>
    `Trang ${q(p.sheet)}, dòng ${p.row}: mã ${q(p.code)} không có trong danh mục chỉ tiêu nên dòng này không được kiểm tra. Hãy sửa lại mã cho đúng mẫu.`,
  "sheet.duplicateCode": (p) =>
    `Trang ${q(p.sheet)}, dòng ${p.row}: mã ${q(p.code)} đã có ở dòng ${p.firstRow}; chỉ dòng ${p.firstRow} được kiểm tra, số liệu ở dòng ${p.row} không được dùng. Hãy sửa lại mã hoặc xóa dòng thừa.`,
  "sheet.missingRow": (p) =>
    `Trang ${q(p.sheet)} không có dòng của chỉ tiêu ${p.code} nên chỉ tiêu này không được đánh giá. Hãy khôi phục dòng có mã ${p.code} (hoặc chèn lại mẫu).`,
  ...PERIOD_MESSAGES.vi,
  "sheet.otherTemplate": (p) =>
    `Sổ làm việc có ${p.others.length === 1 ? "thêm một trang" : `thêm ${p.others.length} trang`} mẫu chỉ tiêu (${p.others.map(q).join(", ")}); ` +
    (p.chosenBy === "active"
      ? `kết quả hiển thị là của trang ${q(p.sheet)} (trang đang mở); hãy mở trang kia để xem kết quả của nó.`
      : `chỉ trang ${q(p.sheet)}${p.chosenBy === "marker" ? " (trang mẫu được đánh dấu)" : " (trang đầu tiên)"} được kiểm tra. Nếu số liệu ở trang khác, hãy chép sang trang này hoặc xóa trang thừa.`),
  "sheet.otherYear": (p) =>
    `Trang ${q(p.sheet)} là mẫu của năm ${p.year}, nhưng số liệu được đánh giá theo chỉ tiêu năm ${p.expected}: kết quả có thể sai. Hãy dùng đúng danh mục của năm ${p.year} (--catalogue) hoặc chép số liệu sang mẫu năm ${p.expected}.`,
  "sheet.otherDecision": (p) =>
    `Trang ${q(p.sheet)} ghi theo Quyết định ${p.decision}, nhưng số liệu được đánh giá theo chỉ tiêu của Quyết định ${p.expected}: kết quả có thể sai. Hãy dùng đúng danh mục (--catalogue) hoặc chép số liệu sang mẫu của Quyết định ${p.expected}.`,
  "sheet.uncalculated": (p) =>
    `Trang ${q(p.sheet)}, dòng ${p.row}, chỉ tiêu ${p.code}, cột ${q(COLUMN_LABELS.vi[p.column])}: ô có công thức nhưng chưa được tính (tệp được ghi bởi một chương trình không tính công thức), nên chưa có số để ${p.column === "lastYear" ? "so sánh với cùng kỳ" : "đánh giá"}. Hãy mở tệp trong Excel hoặc LibreOffice, lưu lại rồi kiểm tra lại.`,
  ...MERGED_MESSAGES.vi,
  ...CALC_MESSAGES.vi,
  ...CHECK_MESSAGES.vi,
  "plausibility.lastYearInvalid": (p) => lastYearInvalid(p, describe(p.reason, "vi"), "vi"),
  ...EXCEL_MESSAGES.vi,
  "excel.editMode": () => "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để kết thúc việc nhập rồi thử lại.",
  "excel.tooLarge": () =>
    "Sổ làm việc quá lớn để Excel trên web trao đổi trong một lần (giới hạn 5 MB). Hãy mở tệp bằng Excel cho máy tính, hoặc chuyển các trang số liệu lớn khác sang một tệp riêng rồi thử lại.",
  "excel.notInExcel": () => "Phần bổ trợ chưa kết nối được với Excel. Hãy mở lại ngăn tác vụ từ thẻ Trang đầu.",
  "pane.partNotLoaded": (p) =>
    `Chưa tải được một phần của ngăn tác vụ (${p.detail}). Hãy kiểm tra kết nối mạng, rồi đóng và mở lại ngăn tác vụ.`,
  "excel.failed": (p) => `Excel báo lỗi (${p.code}): ${p.detail}`,
};

const en: Dictionary = {
  "number.notNumber": (p) => `${q(p.text)} is not a number; ${notNumberAdvice(p.text, "en", p.unit)}`,
  "number.tooManyDigits": (p) =>
    `${q(p.text)} has ${p.digits} significant digits, more than the 15 Excel and a computer hold exactly`,
  "number.excelError": (p) => `the cell holds the Excel error ${p.text}`,
  "number.boolean": (p) => `${p.text} is a true/false value, not a number`,
  "number.percentInNonPercentRow": (p) => `${q(p.text)} is a percentage, but the indicator's unit is ${q(p.unit)}`,
  "value.percentOutOfRange": (p) => `the rate ${formatNumber(p.value, "en")} is outside 0–100`,
  "value.negative": (p) => `an amount cannot be negative (${formatNumber(p.value, "en")})`,
  "value.fractionalCount": (p) => fractionalCountText(p.value, "en"),
  "row.invalidValue": (p) => valueInvalid(p, describe(p.reason, "en"), "en"),
  "row.allOfValueIgnored": (p) =>
    `Indicator ${p.code} is judged by its parts; the value entered on its own row is not used.`,
  "target.unparsable": (p) =>
    `Cannot read the target ${q(p.text)} (written for example as “7 - 7,5”, “4.060”, “≥ 5”, “Dưới 3”).`,
  "target.reversedRange": (p) => `The target range ${q(p.text)} has its lower bound above its upper bound.`,
  "catalogue.notJson": (p) => `The catalogue file is not valid JSON: ${p.detail}`,
  "catalogue.schema": (p) => `The catalogue file is malformed at ${p.path || "its root"}: ${schemaDetail(p, "en")}`,
  "catalogue.duplicateCode": (p) => `The indicator code ${q(p.code)} appears more than once.`,
  "catalogue.unknownParent": (p) => `Indicator ${p.code} names a parent ${q(p.parent)} that is not in the catalogue.`,
  "catalogue.parentNotGroup": (p) =>
    `The parent ${q(p.parent)} of ${p.code} must be a group heading or an “all of” indicator.`,
  "catalogue.targetMismatch": (p) =>
    `Indicator ${p.code}: the target ${q(p.text)} reads as ${range(p.parsedMin, p.parsedMax, "en")}, but the file stores ${range(p.min, p.max, "en")}.`,
  "catalogue.targetKindMismatch": (p) =>
    `Indicator ${p.code}: the target ${q(p.text)} does not fit the kind ${q(p.kind)}.`,
  "catalogue.targetText": (p, lang) => `Indicator ${p.code}: ${describe(p.reason, lang)}`,
  "catalogue.minAboveMax": (p) =>
    `Indicator ${p.code}: the lower bound ${formatNumber(p.min, "en")} is above the upper bound ${formatNumber(p.max, "en")}.`,
  "catalogue.allOfWithoutParts": (p) => `Indicator ${p.code} is “all of” its parts but has none.`,
  "catalogue.ruleUnknownCode": (p) =>
    `The rule ${q(p.rule)} names the code ${q(p.code)}, which is not in the catalogue.`,
  "catalogue.duplicateRule": (p) => `The rule ${q(p.rule)} appears more than once.`,
  "catalogue.plausibilityOrder": (p) =>
    `The catalogue file at ${p.path}: the lower threshold ${formatNumber(p.below, "en")}% must be below the upper threshold ${formatNumber(p.above, "en")}%.`,
  "rule.sumMismatch": (p) =>
    `Column ${q(COLUMN_LABELS.en[p.column])}: ${p.codes.join(" + ")} = ${formatNumber(p.sum, "en")}, ` +
    `which does not match ${p.expectedFrom === "" ? formatNumber(p.expected, "en") : `${p.expectedFrom} = ${formatNumber(p.expected, "en")}`}.`,
  "plausibility.estimateBelowActual": (p) =>
    `Check indicator ${p.code}: the full-year estimate ${formatNumber(p.estimate, "en")} is below the value already reached, ${formatNumber(p.actual, "en")}.`,
  "plausibility.farBelowPlan": (p) =>
    `Check indicator ${p.code}, column ${q(COLUMN_LABELS.en[p.column])}: ${formatNumber(p.value, "en")} is only ${formatNumber(p.percent, "en", 1)}% of ${planWords(p, "en")}, below the ${formatNumber(p.threshold, "en")}% threshold; it may be a typing mistake.`,
  "plausibility.farAbovePlan": (p) =>
    `Check indicator ${p.code}, column ${q(COLUMN_LABELS.en[p.column])}: ${formatNumber(p.value, "en")} is ${formatNumber(p.percent, "en", 1)}% of ${planWords(p, "en")}, above the ${formatNumber(p.threshold, "en")}% threshold; it may be a typing mistake.`,
  "plausibility.ambiguous": (p) =>
    `Check indicator ${p.code}, column ${q(COLUMN_LABELS.en[p.column])}: ${q(p.text)} was read as ${formatNumber(p.read, "en")}; if you meant ${formatNumber(p.other, "en")}, type ${p.type}.`,
  "row.periodAssumed": (p) =>
    `Indicator ${p.code}: the reporting period could not be read, so the figures are judged as for the full year.`,
  "sheet.noTemplate": (p) =>
    p.sheets.length === 0
      ? "The workbook has no indicator template sheet yet. Insert the template first."
      : `No sheet (${p.sheets.map(q).join(", ")}) has the template's header row (“Mã”, “Thực hiện”, “Đánh giá”…). Insert the template first.`,
  "sheet.missingColumn": (p) =>
    `Sheet ${q(p.sheet)} has no column ${q(p.column)}: ${MISSING_COLUMN_BREAKS.en[p.column] ?? "the template is incomplete"}. Insert a column headed exactly ${q(p.column)} back into the header row, or insert the template again.`,
  "sheet.unknownCode": (p) =>
    `Sheet ${q(p.sheet)}, row ${p.row}: the code ${q(p.code)} is not in the catalogue, so this row is not checked. Correct the code as the template has it.`,
  "sheet.duplicateCode": (p) =>
    `Sheet ${q(p.sheet)}, row ${p.row}: the code ${q(p.code)} is already on row ${p.firstRow}; only row ${p.firstRow} is checked and the figures on row ${p.row} are not used. Correct the code or delete the extra row.`,
  "sheet.missingRow": (p) =>
    `Sheet ${q(p.sheet)} has no row for indicator ${p.code}, so it is not judged. Restore the row with the code ${p.code} (or insert the template again).`,
  ...PERIOD_MESSAGES.en,
  "sheet.otherTemplate": (p) =>
    `The workbook has ${p.others.length === 1 ? "another template sheet" : `${p.others.length} other template sheets`} (${p.others.map(q).join(", ")}); ` +
    (p.chosenBy === "active"
      ? `the results shown are those of ${q(p.sheet)} (the sheet open); open the other one to see its results.`
      : `only ${q(p.sheet)}${p.chosenBy === "marker" ? " (the marked template sheet)" : " (the first one)"} is checked. If the figures are on another sheet, copy them to this one or delete the extra sheet.`),
  "sheet.otherYear": (p) =>
    `Sheet ${q(p.sheet)} is a template for ${p.year}, but its figures are judged against the ${p.expected} targets: the results may be wrong. Use the catalogue for ${p.year} (--catalogue) or copy the figures into a ${p.expected} template.`,
  "sheet.otherDecision": (p) =>
    `Sheet ${q(p.sheet)} names Decision ${p.decision}, but its figures are judged against the targets of Decision ${p.expected}: the results may be wrong. Use the right catalogue (--catalogue) or copy the figures into a template of Decision ${p.expected}.`,
  "sheet.uncalculated": (p) =>
    `Sheet ${q(p.sheet)}, row ${p.row}, indicator ${p.code}, column ${q(COLUMN_LABELS.en[p.column])}: the cell holds a formula that has not been calculated (the file was written by a program that does not calculate formulas), so there is no figure to ${p.column === "lastYear" ? "compare with" : "judge"}. Open the file in Excel or LibreOffice, save it and check again.`,
  ...MERGED_MESSAGES.en,
  ...CALC_MESSAGES.en,
  ...CHECK_MESSAGES.en,
  "plausibility.lastYearInvalid": (p) => lastYearInvalid(p, describe(p.reason, "en"), "en"),
  ...EXCEL_MESSAGES.en,
  "excel.editMode": () => "Excel is editing a cell. Press Enter or Esc to finish, then try again.",
  "excel.tooLarge": () =>
    "The workbook is too large for Excel on the web to exchange at once (a 5 MB limit). Open the file in desktop Excel, or move other large sheets of data to a file of their own, then try again.",
  "excel.notInExcel": () => "The add-in is not connected to Excel. Open the task pane again from the Home tab.",
  "pane.partNotLoaded": (p) =>
    `Part of the task pane could not be loaded (${p.detail}). Check the network connection, then close and open the task pane again.`,
  "excel.failed": (p) => `Excel reported an error (${p.code}): ${p.detail}`,
};

const dictionaries: Record<Lang, Dictionary> = { vi, en };

/** What each missing column breaks, keyed by its header. */
const MISSING_COLUMN_BREAKS: Record<Lang, Record<string, string>> = {
  vi: {
    Mã: "không nhận ra được dòng nào nên không chỉ tiêu nào được đánh giá",
    "Thực hiện": "không đọc được số liệu thực hiện của kỳ",
    "Ước thực hiện cả năm": "không đọc được số ước cả năm",
    "% so với KH năm": "không ghi được tỷ lệ so với kế hoạch năm",
    "Đánh giá": "không ghi được kết quả đánh giá và không tô màu được các dòng, dù số tổng vẫn hiện",
  },
  en: {
    Mã: "no row can be recognised, so no indicator is judged",
    "Thực hiện": "the period's values cannot be read",
    "Ước thực hiện cả năm": "the full-year estimates cannot be read",
    "% so với KH năm": "the percent of the annual plan cannot be written",
    "Đánh giá": "the statuses cannot be written and no row is highlighted, although the totals still show",
  },
};

function planWords(p: PlausibilityParams, lang: Lang): string {
  const plan = formatNumber(p.plan, lang);
  if (lang === "vi") return p.prorated ? `kế hoạch của kỳ (${plan})` : `kế hoạch (${plan})`;
  return p.prorated ? `the plan for the period (${plan})` : `the plan (${plan})`;
}

function range(min: number, max: number, lang: Lang): string {
  return min === max ? formatNumber(min, lang) : `${formatNumber(min, lang)} – ${formatNumber(max, lang)}`;
}

const SCHEMA_WORDS: Record<Lang, Record<string, (arg: string) => string>> = {
  vi: {
    required: (a) => `thiếu trường ${q(a)}`,
    additionalProperties: (a) => `có trường lạ ${q(a)}`,
    type: (a) => `phải có kiểu ${a}`,
    enum: (a) => `phải là một trong: ${a}`,
    const: (a) => `phải là ${a}`,
    pattern: () => "sai định dạng",
    minItems: (a) => `phải có ít nhất ${a} phần tử`,
    minLength: () => "không được để trống",
    minimum: (a) => `không được nhỏ hơn ${a}`,
    maximum: (a) => `không được lớn hơn ${a}`,
    not: () => "có trường không được phép ở đây",
    oneOf: () => "phải có đúng một trong hai trường “equals” hoặc “equalsCode”",
    anyOf: () => "thiếu sai số cho phép (“tolerance” hoặc “relativeTolerance”)",
  },
  en: {
    required: (a) => `the field ${q(a)} is missing`,
    additionalProperties: (a) => `unknown field ${q(a)}`,
    type: (a) => `must be of type ${a}`,
    enum: (a) => `must be one of: ${a}`,
    const: (a) => `must be ${a}`,
    pattern: () => "is not in the expected form",
    minItems: (a) => `must have at least ${a} items`,
    minLength: () => "must not be empty",
    minimum: (a) => `must not be below ${a}`,
    maximum: (a) => `must not be above ${a}`,
    not: () => "has a field that is not allowed here",
    oneOf: () => "needs exactly one of “equals” or “equalsCode”",
    anyOf: () => "needs a tolerance (“tolerance” or “relativeTolerance”)",
  },
};

function schemaDetail(p: MessageParams["catalogue.schema"], lang: Lang): string {
  const word = SCHEMA_WORDS[lang][p.keyword];
  return word ? word(p.argument) : p.detail;
}

/** The problem as a sentence in the given language. */
export function describe(p: Problem, lang: Lang): string {
  const render = dictionaries[lang][p.key] as (params: unknown, lang: Lang) => string;
  return render(p.params, lang);
}

export function toUserMessage(p: Problem, lang: Lang): UserMessage {
  return { code: p.key, message: describe(p, lang) };
}

/** Every key each language defines; a test checks both hold the full set. */
export function dictionaryKeys(lang: Lang): string[] {
  return Object.keys(dictionaries[lang]);
}
