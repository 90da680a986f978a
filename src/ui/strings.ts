/** Every text of the task pane and the ribbon commands, in Vietnamese and English (the core's messages are in core/messages). */

import type { Lang } from "../core";
import { ROUND_STRINGS, type RoundStrings } from "./roundStrings";

export type CountsText = Record<
  "total" | "exceeded" | "met" | "atRisk" | "offTrack" | "missing" | "invalid" | "toCheck" | "warnings",
  number
>;

export interface Strings {
  // the task pane
  appTitle: string;
  decision: (number: string, date: string) => string;
  period: string;
  tolerance: string;
  toleranceHint: string;
  insert: string;
  validate: string;
  clear: string;
  working: string;
  language: string;
  switchLanguage: string;
  autoValidate: string;
  autoPaused: string;
  /** Under the buttons when Excel has not answered for a while (cell-edit mode, a large workbook). */
  slowAnswer: string;
  noTemplateTitle: string;
  noTemplateBody: string;
  notValidatedYet: string;
  replaceTitle: string;
  replaceBody: (sheets: string[]) => string;
  replace: string;
  addCopy: string;
  cancel: string;
  totals: string;
  /** Above the headline: whose rows are counted (the agency filtered to; the agency of its own file, a split's). */
  totalsFor: (agency: string) => string;
  ownFile: (agency: string) => string;
  byAgency: string;
  agencyRows: (n: number) => string;
  filterSheet: string;
  showAll: string;
  filteredTo: (agency: string) => string;
  filterRemovedFor: (code: string) => string;
  code: string;
  indicator: string;
  value: string;
  estimate: string;
  target: string;
  percentOfPlan: string;
  status: string;
  goToRow: (code: string) => string;
  findings: string;
  noFindings: string;
  cleared: string;
  /** Added to `cleared` when the sheet was filtered to one agency: clearing restores it, every row shown again. */
  clearedFilter: string;
  validatedAt: (sheet: string, time: string) => string;
  /** The status line after a validation failed (an error bar shows): the results shown are from an earlier check. */
  resultsFrom: (time: string) => string;
  /** The status line after someone else than the add-in changed its result columns (Ctrl+Z of a re-check). */
  sheetStale: string;
  errorTitle: string;
  dismiss: string;
  prorated: string;
  // number fields (NumberField), the warning bar and the per-row checks (issue 11)
  numberRange: (min: string, max: string, unit: string) => string;
  numberUnderstood: (value: string) => string;
  numberNotNumber: (text: string, range: string) => string;
  numberOutOfRange: (value: string, range: string) => string;
  periodWarningTitle: string;
  pickPeriod: string;
  structureWarningTitle: string;
  /** Above a workbook set to Manual calculation that Excel could not recalculate. */
  staleWarningTitle: string;
  ofAnnualPlan: (percent: string) => string;
  dueByPeriod: (percent: string, period: string) => string;
  periodAssumed: string;
  // the ribbon
  inserted: (sheet: string, printSetup: boolean) => string;
  alreadyThere: (sheets: string[]) => string;
  validated: (sheet: string, period: string, c: CountsText) => string;
  dialogTitle: string;
  /** Said first in the next result dialog when a result could not be shown (blocked, or another failure). */
  resultNotShown: (blocked: boolean) => string;
  close: string;
  /** The reporting round's part of the pane (src/taskpane/Round.tsx). */
  round: RoundStrings;
  /** "Tạo báo cáo" in the pane (src/taskpane/Report.tsx) and on the ribbon. */
  report: ReportStrings;
}

export interface ReportStrings {
  make: string;
  groupBy: string;
  byAgency: string;
  byGroup: string;
  /** A report of the same period is there: replace it? */
  exists: (sheet: string) => string;
  replace: string;
  /** On the ribbon, which cannot ask: say how to replace it from the pane. */
  existsRibbon: (sheet: string) => string;
  /** What was written, and what this Excel could not do (charts: ExcelApi 1.7/1.8; print set-up: 1.9). */
  done: (r: {
    sheet: string;
    replaced: boolean;
    charts: number;
    chartsSkipped: boolean;
    printSetup: boolean;
  }) => string;
}

const vi: Strings = {
  appTitle: "Chỉ tiêu 2024",
  // "ngày" and its date on one line at 320 px (a no-break space).
  decision: (n, d) => `Quyết định ${n} ngày\u00a0${d}`,
  period: "Kỳ báo cáo",
  tolerance: "Biên độ cảnh báo (%)",
  toleranceHint: "Thấp hơn kế hoạch trong biên độ này: “có nguy cơ không đạt”; thấp hơn nữa: “không đạt”.",
  insert: "Chèn mẫu",
  validate: "Kiểm tra",
  clear: "Xóa kết quả kiểm tra",
  working: "Đang kiểm tra…",
  language: "Ngôn ngữ",
  switchLanguage: "English",
  autoValidate: "Số liệu thay đổi thì tự kiểm tra lại.",
  autoPaused: "Đã tạm dừng tự kiểm tra lại: sửa số liệu sẽ không tô màu trang tính cho đến khi bấm Kiểm tra.",
  slowAnswer:
    "Excel chưa trả lời. Nếu đang nhập dở một ô trên trang tính, hãy nhấn Enter hoặc Esc: ngăn Chỉ tiêu sẽ tự làm tiếp.",
  noTemplateTitle: "Chưa có mẫu chỉ tiêu",
  noTemplateBody: "Sổ làm việc này chưa có trang tính mẫu. Chèn mẫu để bắt đầu nhập số liệu.",
  notValidatedYet: "Nhập số liệu vào cột “Thực hiện” hoặc “Ước thực hiện cả năm” rồi bấm Kiểm tra.",
  replaceTitle: "Đã có mẫu chỉ tiêu",
  replaceBody: (sheets) =>
    `Sổ làm việc đã có mẫu ở trang ${sheets.map((x) => `“${x}”`).join(", ")}. Thay thế sẽ xóa số liệu đã nhập ở trang đó.`,
  replace: "Thay thế",
  addCopy: "Thêm bản mới",
  cancel: "Hủy",
  totals: "Tổng hợp",
  totalsFor: (a) => `Chỉ tính các chỉ tiêu của ${a} (cơ quan đang lọc trên trang tính).`,
  ownFile: (a) => `Tệp của ${a}: chỉ đánh giá các chỉ tiêu cơ quan này chủ trì.`,
  byAgency: "Theo cơ quan chủ trì",
  agencyRows: (n) => `${n} chỉ tiêu`,
  filterSheet: "Lọc trang tính theo cơ quan này",
  showAll: "Hiện tất cả",
  filteredTo: (a) => `Trang tính đang chỉ hiện chỉ tiêu của ${a}.`,
  filterRemovedFor: (c) => `Đã bỏ lọc theo cơ quan để hiện dòng ${c} trên trang tính.`,
  code: "Mã",
  indicator: "Chỉ tiêu",
  value: "Thực hiện",
  estimate: "Ước TH cả năm",
  target: "Kế hoạch",
  percentOfPlan: "% KH",
  status: "Đánh giá",
  goToRow: (c) => `Đến dòng ${c} trên trang tính`,
  findings: "Cảnh báo và lỗi mẫu biểu",
  noFindings: "Không có cảnh báo.",
  cleared: "Đã xóa kết quả kiểm tra (cột Đánh giá, % so với KH năm và tô màu). Số liệu đã nhập vẫn giữ nguyên.",
  clearedFilter: "Trang tính cũng đã bỏ lọc theo cơ quan, hiện lại mọi dòng.",
  validatedAt: (sheet, time) => `Đã kiểm tra trang “${sheet}” lúc ${time}.`,
  resultsFrom: (time) => `Kết quả của lần kiểm tra lúc ${time}.`,
  sheetStale:
    "Kết quả trên trang tính có thể không còn khớp số liệu (ví dụ sau khi Hoàn tác): bấm Kiểm tra để ghi lại.",
  errorTitle: "Không thực hiện được",
  dismiss: "Đóng thông báo",
  prorated: "theo kỳ",
  numberRange: (min, max, unit) => `Từ ${min} đến ${max}${unit}.`,
  numberUnderstood: (value) => `Đã hiểu là ${value}.`,
  numberNotNumber: (text, range) => `“${text}” không phải là một số. Hãy nhập một số ${range.toLowerCase()}`,
  numberOutOfRange: (value, range) => `${value} nằm ngoài khoảng cho phép. Hãy nhập một số ${range.toLowerCase()}`,
  periodWarningTitle: "Không đọc được kỳ báo cáo",
  pickPeriod: "Chọn kỳ báo cáo",
  structureWarningTitle: "Mẫu bị thiếu hoặc sai",
  staleWarningTitle: "Kết quả công thức có thể đã cũ",
  ofAnnualPlan: (p) => `${p} KH năm`,
  dueByPeriod: (p, period) => `cần ${p} đến ${period}`,
  periodAssumed: "kỳ báo cáo được giả định là cả năm",
  inserted: (sheet, printSetup) =>
    `Đã chèn mẫu vào trang “${sheet}”. Chọn kỳ báo cáo, nhập số liệu rồi bấm Kiểm tra.` +
    (printSetup ? "" : " Phiên bản Excel này chưa cho đặt trang in tự động: hãy chọn A4 ngang khi in."),
  alreadyThere: (sheets) =>
    `Sổ làm việc đã có mẫu ở trang ${sheets.map((s) => `“${s}”`).join(", ")}; không có gì bị thay đổi. ` +
    "Để thay thế hoặc thêm một bản mới, hãy mở ngăn Chỉ tiêu và bấm Chèn mẫu.",
  validated: (sheet, period, c) =>
    `Đã kiểm tra ${c.total} chỉ tiêu trên trang “${sheet}” (kỳ ${period}): ${c.exceeded} vượt kế hoạch, ${c.met} đạt, ` +
    `${c.atRisk} có nguy cơ không đạt, ${c.offTrack} không đạt, ${c.missing} chưa có số liệu, ${c.invalid} số liệu không hợp lệ${c.toCheck > 0 ? `, ${c.toCheck} cần kiểm tra lại số liệu` : ""}` +
    (c.warnings > 0 ? `; ${c.warnings} cảnh báo (xem ngăn Chỉ tiêu).` : "."),
  dialogTitle: "Chỉ tiêu 2024",
  resultNotShown: (blocked) =>
    blocked
      ? "Kết quả lần trước chưa hiển thị được vì hộp thoại bị chặn (hãy cho phép hộp thoại của phần bổ trợ):"
      : "Kết quả lần trước chưa hiển thị được:",
  close: "Đóng",
  round: ROUND_STRINGS.vi,
  report: {
    make: "Tạo báo cáo",
    groupBy: "Biểu số liệu theo",
    byAgency: "Cơ quan chủ trì",
    byGroup: "Nhóm chỉ tiêu của Quyết định",
    exists: (sheet) => `Đã có trang “${sheet}” của kỳ này. Thay bằng báo cáo mới?`,
    replace: "Thay báo cáo",
    existsRibbon: (sheet) =>
      `Đã có trang “${sheet}” của kỳ này; chưa thay gì. Để thay, mở ngăn Chỉ tiêu và bấm Tạo báo cáo.`,
    done: (r) =>
      `${r.replaced ? "Đã thay" : "Đã tạo"} trang “${r.sheet}”` +
      (r.charts > 0 ? ` với ${r.charts} biểu đồ.` : ".") +
      (r.chartsSkipped
        ? " Phiên bản Excel này không vẽ được biểu đồ (cần ExcelApi 1.8); lệnh chi-tieu report vẽ được."
        : "") +
      (r.printSetup ? "" : " Chưa đặt trang in (cần ExcelApi 1.9): chọn A4, khổ ngang, vừa một trang chiều rộng."),
  },
};

const en: Strings = {
  appTitle: "Targets 2024",
  decision: (n, d) => `Decision ${n} of\u00a0${d}`,
  period: "Reporting period",
  tolerance: "Warning margin (%)",
  toleranceHint: "Below plan by no more than this margin: “at risk”; further below: “off track”.",
  insert: "Insert template",
  validate: "Validate",
  clear: "Clear validation results",
  working: "Checking…",
  language: "Language",
  switchLanguage: "Tiếng Việt",
  autoValidate: "Checks again by itself when a figure changes.",
  autoPaused: "Automatic re-checking is paused: edits will not colour the sheet until you press Validate.",
  slowAnswer:
    "Excel has not answered yet. If you are typing in a cell of the sheet, press Enter or Esc: the pane carries on by itself.",
  noTemplateTitle: "No indicator template yet",
  noTemplateBody: "This workbook has no template sheet. Insert the template to start entering figures.",
  notValidatedYet: "Enter figures in “Thực hiện” or “Ước thực hiện cả năm”, then press Validate.",
  replaceTitle: "The template is already there",
  replaceBody: (sheets) =>
    `The workbook already has the template in sheet ${sheets.map((x) => `“${x}”`).join(", ")}. Replacing it deletes the figures entered there.`,
  replace: "Replace",
  addCopy: "Add a new copy",
  cancel: "Cancel",
  totals: "Totals",
  totalsFor: (a) => `Counting only the indicators of ${a} (the agency the sheet is filtered to).`,
  ownFile: (a) => `The file of ${a}: only the indicators it leads are judged.`,
  byAgency: "By lead agency",
  agencyRows: (n) => `${n} indicators`,
  filterSheet: "Filter the sheet to this agency",
  showAll: "Show all",
  filteredTo: (a) => `The sheet shows only the indicators of ${a}.`,
  filterRemovedFor: (c) => `The agency filter was removed to show row ${c} on the sheet.`,
  code: "Code",
  indicator: "Indicator",
  value: "Thực hiện (period figure)",
  estimate: "Ước TH (full-year estimate)",
  target: "Plan",
  percentOfPlan: "% plan",
  status: "Status",
  goToRow: (c) => `Go to row ${c} in the sheet`,
  findings: "Warnings and template problems",
  noFindings: "No warnings.",
  cleared:
    "Validation results are cleared (the Đánh giá and % so với KH năm columns and the colours). The figures entered are kept.",
  clearedFilter: "The agency filter is off too: every row of the sheet shows again.",
  validatedAt: (sheet, time) => `Validated sheet “${sheet}” at ${time}.`,
  resultsFrom: (time) => `Results of the check at ${time}.`,
  sheetStale:
    "The results on the sheet may no longer match the figures (after Undo, for instance): press Validate to write them again.",
  errorTitle: "Could not do that",
  dismiss: "Dismiss",
  prorated: "for the period",
  numberRange: (min, max, unit) => `From ${min} to ${max}${unit}.`,
  numberUnderstood: (value) => `Read as ${value}.`,
  numberNotNumber: (text, range) => `“${text}” is not a number. Enter a number ${range.toLowerCase()}`,
  numberOutOfRange: (value, range) => `${value} is out of range. Enter a number ${range.toLowerCase()}`,
  periodWarningTitle: "The reporting period cannot be read",
  pickPeriod: "Choose the reporting period",
  structureWarningTitle: "The template is incomplete or changed",
  staleWarningTitle: "Formula results may be out of date",
  ofAnnualPlan: (p) => `${p} of the annual plan`,
  dueByPeriod: (p, period) => `${p} due by ${period.toLowerCase()}`,
  periodAssumed: "period assumed to be the full year",
  inserted: (sheet, printSetup) =>
    `The template is in sheet “${sheet}”. Choose the reporting period, enter the figures, then press Validate.` +
    (printSetup ? "" : " This Excel cannot set up printing: choose A4 landscape when you print."),
  alreadyThere: (sheets) =>
    `The workbook already has the template in sheet ${sheets.map((s) => `“${s}”`).join(", ")}; nothing was changed. ` +
    "To replace it or add a new copy, open the Targets pane and press Insert template.",
  validated: (sheet, period, c) =>
    `Checked ${c.total} indicators in sheet “${sheet}” (${period}): ${c.exceeded} exceeded, ${c.met} met, ` +
    `${c.atRisk} at risk, ${c.offTrack} off track, ${c.missing} with no data, ${c.invalid} invalid${c.toCheck > 0 ? `, ${c.toCheck} whose figures must be checked` : ""}` +
    (c.warnings > 0 ? `; ${c.warnings} warnings (see the Targets pane).` : "."),
  dialogTitle: "Targets 2024",
  resultNotShown: (blocked) =>
    blocked
      ? "The previous result could not be shown because the dialog was blocked (allow the add-in's dialogs):"
      : "The previous result could not be shown:",
  close: "Close",
  round: ROUND_STRINGS.en,
  report: {
    make: "Make report",
    groupBy: "Table grouped by",
    byAgency: "Lead agency",
    byGroup: "The decision's groups",
    exists: (sheet) => `“${sheet}” for this period is already there. Replace it with a new report?`,
    replace: "Replace report",
    existsRibbon: (sheet) =>
      `“${sheet}” for this period is already there; nothing changed. To replace it, open the Targets pane and press Make report.`,
    done: (r) =>
      `${r.replaced ? "Replaced" : "Made"} the sheet “${r.sheet}”` +
      (r.charts > 0 ? ` with ${r.charts} charts.` : ".") +
      (r.chartsSkipped
        ? " This Excel cannot draw the charts (needs ExcelApi 1.8); the chi-tieu report command can."
        : "") +
      (r.printSetup
        ? ""
        : " Print setup not applied (needs ExcelApi 1.9): choose A4, landscape, fit to one page wide."),
  },
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

/** Vietnamese unless Office (or the browser) speaks English. */
export const languageOf = (displayLanguage: string | undefined): Lang =>
  displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";

/** The offer to add `Cùng kỳ năm trước` to a template made before it existed (src/taskpane/AddColumnOffer.tsx). */
export const COLUMN_OFFER_STRINGS: Record<Lang, { body: string; add: string }> = {
  vi: { body: "Mẫu cũ chưa có cột “Cùng kỳ năm trước”. Số liệu đã nhập được giữ nguyên.", add: "Thêm cột" },
  en: { body: "This older template has no “Cùng kỳ năm trước” column. Figures stay as entered.", add: "Add column" },
};
