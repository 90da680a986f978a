/** The report's own words, in Vietnamese and English: labels, headings and the sentences facts are written in. */

import type { Lang, ReportingPeriod, Status, StatusCounts } from "../core";

export interface ReportStrings {
  /** "BÁO CÁO … 6 THÁNG ĐẦU NĂM 2024". */
  title: (period: ReportingPeriod, year: number) => string;
  /** How a report names its period inside a sentence: "6 tháng đầu năm 2024". */
  periodPhrase: (period: ReportingPeriod, year: number) => string;
  source: (decision: string, date: string, issuer: string) => string;
  /** The date the report was made, as documents write it. */
  date: (iso: string) => string;
  sheetName: (periodShort: string) => string;
  warningsTitle: string;
  headlineTitle: string;
  /** `counts` leave out the rows to check, which `toCheck` counts. */
  /** `agency`: the report is of that agency's own file, whose rows are the ones it leads. */
  headline: (counts: StatusCounts, total: number, share: string, toCheck: number, agency?: string) => string;
  noFigures: (total: number, agency?: string) => string;
  tableTitle: string;
  /**
   * Below the table: which figure each percentage is of (a reader could not tell from the headers), and the level
   * each row had to reach: `due` % of the annual plan for a cumulative row judged on the period's figure, 100 % for
   * the others, with the warning margin (`tolerance`, in %) that tells "at risk" from "off track" (trial 20, F9).
   */
  tableNote: (due: string, period: ReportingPeriod, tolerance: string) => string;
  achievedTitle: string;
  shortfallsTitle: string;
  noneAchieved: string;
  noneShort: string;
  /** Section III when no shortfall is stated but some rows are held back to be checked: not good news either. */
  noneShortToCheck: (n: number) => string;
  /** A doubted or invalid "Cùng kỳ năm trước", for a director: what was typed, and that it was not compared. */
  lastYearToCheck: (code: string, text: string) => string;
  missingList: (codes: string) => string;
  /** The heading above the targets whose figures must be checked before the report judges them. */
  toCheckTitle: string;
  /** "05.1 Tổng lượt khách du lịch: số liệu cần xác minh (“4,500”).": once, for a director, no typing advice. */
  toCheck: (name: string, reasons: string) => string;
  /** Why a row's figures are doubted, shortly: what was typed, not how to type it (validate says that). */
  doubt: {
    uncalculated: (column: string) => string;
    /** A formula's stored result in a workbook set to Manual calculation, not recalculated. */
    stale: string;
    /** Figures typed as text the tool read but doubts, each quoted: "“4,500”", "“~5”", "“≥ 64”", "“33,”". */
    typed: (texts: readonly string[]) => string;
    /** One of them, in a column other than the period's figure. */
    typedIn: (text: string, column: string) => string;
    farAbove: (value: string) => string;
    farBelow: (value: string) => string;
    estimateBelowActual: string;
    /** The texts typed in the row's invalid cells, if any. */
    invalid: (texts: readonly string[]) => string;
    parts: string;
    /** The agencies' files disagreed and the merge wrote neither figure: each one's (`column` named if not the period's). */
    conflict: (offers: string, column?: string) => string;
  };
  /** The table's assessment of such a row. */
  toCheckStatus: string;
  /** Sections II and III when no row has a figure: nothing was judged, which is not good news. */
  noFiguresYet: string;
  tasksTitle: string;
  tasksHint: string;
  explanation: (note: string) => string;
  noExplanation: string;
  /** "thực hiện 6 tháng đầu năm 2024" / "ước thực hiện cả năm": which figure a fact quotes. */
  basisActual: (periodPhrase: string) => string;
  basisEstimate: string;
  /** "thực hiện 6 tháng đầu năm 2024 đạt 3.950 tỷ đồng": a figure, named by the column it comes from. */
  reached: (basis: string, value: string) => string;
  /** A negative change said as what happened (`words`: "số người chết tăng 2%"), never "đạt -2%" (trial 24, 3). */
  changed: (basis: string, words: string) => string;
  ofAnnualPlan: (percent: string) => string;
  /** After the percent of a cumulative row: what was due by the end of the period. */
  due: (percent: string) => string;
  plan: (target: string) => string;
  ofLastYear: (percent: string) => string;
  /** A rate against last year's: `points` is the size of the difference, `sign` its direction. */
  pointsOnLastYear: (points: string, sign: number) => string;
  /** In a sentence, in place of the comparison, when last year's figure is doubted or unreadable. */
  lastYearNotCompared: string;
  /** In the table's "% so với cùng kỳ" column, for the same rows: short, the column is narrow. */
  lastYearCell: string;
  /** A share that must lie in a band and lies outside it: above or below. */
  outsideBand: (above: boolean) => string;
  byParts: string;
  columns: Record<ReportColumn, string>;
  groupByAgency: string;
  groupByGroup: string;
  group: (number: string, heading?: string) => string;
  /** A group of several indicators without a name in the decision: named by who leads it. */
  groupLedBy: (agencies: readonly string[]) => string;
  chartByAgency: string;
  chartPercent: string;
  chartMark: string;
  chartPercentSeries: string;
  pointsUnit: string;
  /** The status as the end of a fact: "vượt kế hoạch". */
  verdict: Record<Status, string>;
  /** The same for a figure judged against the share of the plan due by the period (a cumulative row). */
  verdictDue: Partial<Record<Status, string>>;
}

export type ReportColumn =
  "code" | "name" | "unit" | "plan" | "actual" | "estimate" | "percentOfPlan" | "lastYear" | "status" | "note";

export const REPORT_COLUMNS: readonly ReportColumn[] = [
  "code",
  "name",
  "unit",
  "plan",
  "actual",
  "estimate",
  "percentOfPlan",
  "lastYear",
  "status",
  "note",
];

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const VI_PERIOD: Record<ReportingPeriod, string> = {
  Q1: "quý I năm",
  H1: "6 tháng đầu năm",
  "9M": "9 tháng năm",
  FY: "năm",
};

const EN_PERIOD: Record<ReportingPeriod, (year: number) => string> = {
  Q1: (y) => `first quarter of ${y}`,
  H1: (y) => `first six months of ${y}`,
  "9M": (y) => `first nine months of ${y}`,
  FY: (y) => `year ${y}`,
};

/** When a cumulative row's share of the plan falls due, for the note below the table. */
const AFTER: Record<"vi" | "en", Record<ReportingPeriod, string>> = {
  vi: { Q1: "sau quý I", H1: "sau 6 tháng", "9M": "sau 9 tháng", FY: "cả năm" },
  en: { Q1: "after the first quarter", H1: "after six months", "9M": "after nine months", FY: "for the year" },
};

const isoParts = (iso: string) => iso.split("-").map(Number) as [number, number, number];

const vi: ReportStrings = {
  title: (p, y) =>
    `BÁO CÁO TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU PHÁT TRIỂN KINH TẾ - XÃ HỘI ${VI_PERIOD[p].toUpperCase()} ${y}`,
  periodPhrase: (p, y) => `${VI_PERIOD[p]} ${y}`,
  source: (n, d, i) => `(Theo Quyết định số ${n} ngày ${d} của ${i})`,
  date: (iso) => {
    const [y, m, d] = isoParts(iso);
    // Decree 30/2020/NĐ-CP, Appendix I: a leading zero only on days below 10 and on months 1 and 2.
    return `Ngày ${String(d).padStart(2, "0")} tháng ${m <= 2 ? String(m).padStart(2, "0") : m} năm ${y}`;
  },
  sheetName: (p) => `Báo cáo ${p}`,
  warningsTitle: "Lưu ý trước khi dùng số liệu",
  headlineTitle: "Tổng quan",
  headline: (c, total, share, toCheck, agency) => {
    const parts = [
      `Trong ${total} chỉ tiêu chủ yếu${agency ? ` do ${agency} chủ trì` : ""}, có ${c.met + c.exceeded} chỉ tiêu đạt và vượt kế hoạch (chiếm ${share})`,
    ];
    if (c.exceeded > 0) parts[0] += `, trong đó ${c.exceeded} chỉ tiêu vượt kế hoạch`;
    if (c.atRisk > 0) parts.push(`${c.atRisk} chỉ tiêu có nguy cơ không đạt`);
    if (c.offTrack > 0) parts.push(`${c.offTrack} chỉ tiêu không đạt`);
    if (c.missing > 0) parts.push(`${c.missing} chỉ tiêu chưa có số liệu`);
    if (c.invalid > 0) parts.push(`${c.invalid} chỉ tiêu có số liệu không hợp lệ`);
    if (toCheck > 0) parts.push(`${toCheck} chỉ tiêu cần kiểm tra lại số liệu`);
    return `${parts.join("; ")}.`;
  },
  noFigures: (total, agency) =>
    `Chưa có số liệu: chưa chỉ tiêu nào trong ${total} chỉ tiêu chủ yếu${agency ? ` do ${agency} chủ trì` : ""} được nhập số thực hiện hoặc ước thực hiện.`,
  tableTitle: "Biểu số liệu",
  tableNote: (due, period, tolerance) =>
    "Ghi chú: “% so với kế hoạch năm” là của số được đánh giá: ước thực hiện cả năm nếu đã có, nếu chưa có là số " +
    "thực hiện kỳ báo cáo. “% so với cùng kỳ” là số thực hiện kỳ báo cáo so với cùng kỳ năm trước; chỉ tiêu tính " +
    "bằng % thì ghi số điểm phần trăm tăng, giảm. " +
    (period === "FY"
      ? "Mức cần đạt là 100% kế hoạch năm"
      : `Mức cần đạt đến hết kỳ là ${due} kế hoạch năm đối với chỉ tiêu cộng dồn chưa có số ước thực hiện cả năm ` +
        `(${AFTER.vi[period]}), 100% kế hoạch năm đối với các chỉ tiêu khác`) +
    `; chưa đạt mức này nhưng trong biên độ cảnh báo ${tolerance} là “Có nguy cơ không đạt”, ngoài biên độ là “Không đạt”.`,
  achievedTitle: "Kết quả đạt được",
  shortfallsTitle: "Hạn chế, tồn tại",
  noneAchieved: "Chưa có chỉ tiêu nào đạt hoặc vượt kế hoạch.",
  noneShort: "Không có chỉ tiêu nào có nguy cơ không đạt hoặc không đạt.",
  noneShortToCheck: (n) =>
    `Theo số liệu đã xác nhận, không có chỉ tiêu nào có nguy cơ không đạt hoặc không đạt; ${n} chỉ tiêu cần kiểm tra lại số liệu trước khi đánh giá (xem danh sách ở trên).`,
  lastYearToCheck: (code, text) =>
    `Chỉ tiêu ${code}: số liệu cùng kỳ năm trước “${text}” cần xác minh; chưa so sánh với cùng kỳ.`,
  missingList: (codes) => `Các chỉ tiêu chưa có số liệu: ${codes}.`,
  toCheckTitle:
    "Các chỉ tiêu cần kiểm tra lại số liệu trước khi đánh giá (chưa tính vào kết quả đạt được hay hạn chế):",
  toCheck: (n, r) => `${n}: ${r}.`,
  doubt: {
    uncalculated: (c) => `ô “${c}” có công thức chưa được tính`,
    stale: "bảng tính đặt tính thủ công, kết quả công thức có thể đã cũ",
    typed: (t) => `số liệu cần xác minh (${t.join(", ")})`,
    typedIn: (t, c) => `“${t}” ở cột “${c}”`,
    farAbove: (v) => `số liệu ${v} cao bất thường so với kế hoạch, cần xác minh`,
    farBelow: (v) => `số liệu ${v} thấp bất thường so với kế hoạch, cần xác minh`,
    estimateBelowActual: "ước cả năm thấp hơn số thực hiện kỳ báo cáo",
    invalid: (t) =>
      t.length > 0 ? `số liệu không hợp lệ (${t.map((x) => `“${x}”`).join(", ")})` : "số liệu không hợp lệ",
    parts: "có tiêu chí con cần kiểm tra",
    conflict: (o, c) =>
      `các cơ quan gửi số khác nhau${c ? ` ở cột “${c}”` : ""} (${o}), chưa thống nhất — xem trang “Nhật ký cập nhật”`,
  },
  toCheckStatus: "Cần kiểm tra lại số liệu",
  noFiguresYet: "Chưa có số liệu để đánh giá.",
  tasksTitle: "Nhiệm vụ, giải pháp thời gian tới",
  tasksHint: "(Đơn vị soạn thảo bổ sung.)",
  explanation: (n) => `Giải trình: ${n}`,
  noExplanation: "Chưa có giải trình.",
  basisActual: (p) => `thực hiện ${p}`,
  basisEstimate: "ước thực hiện cả năm",
  reached: (b, v) => `${b} đạt ${v}`,
  changed: (b, w) => `${b}, ${w}`,
  ofAnnualPlan: (p) => `bằng ${p} kế hoạch năm`,
  due: (p) => ` (mức cần đạt đến kỳ báo cáo: ${p})`,
  plan: (t) => `kế hoạch năm ${t}`,
  ofLastYear: (p) => `bằng ${p} so với cùng kỳ`,
  lastYearNotCompared: "chưa so sánh với cùng kỳ vì số liệu cùng kỳ năm trước cần kiểm tra lại",
  lastYearCell: "Số cùng kỳ cần kiểm tra lại",
  pointsOnLastYear: (d, sign) =>
    sign === 0 ? "bằng cùng kỳ" : `${sign > 0 ? "tăng" : "giảm"} ${d} điểm phần trăm so với cùng kỳ`,
  outsideBand: (above) => (above ? "cao hơn khoảng kế hoạch" : "thấp hơn khoảng kế hoạch"),
  byParts: "đánh giá theo các tiêu chí con",
  columns: {
    code: "Mã",
    name: "Chỉ tiêu",
    unit: "Đơn vị",
    plan: "Kế hoạch năm",
    actual: "Thực hiện kỳ báo cáo",
    estimate: "Ước thực hiện cả năm",
    // Not the template's "% so với KH năm": a report sheet must never be taken for a template.
    percentOfPlan: "% so với kế hoạch năm",
    lastYear: "% so với cùng kỳ",
    status: "Đánh giá",
    note: "Giải trình (Ghi chú)",
  },
  groupByAgency: "Theo cơ quan chủ trì",
  groupByGroup: "Theo nhóm chỉ tiêu của Quyết định",
  group: (n, h) => (h ? `Nhóm ${n}: ${h}` : `Nhóm ${n}`),
  // Commas, not "và": agencies' names hold "và" themselves (Sở Tài nguyên và Môi trường).
  groupLedBy: (a) => `các chỉ tiêu do ${a.join(", ")} chủ trì`,
  chartByAgency: "Tình hình thực hiện theo cơ quan chủ trì (số chỉ tiêu)",
  chartPercent: "% so với kế hoạch năm, theo chỉ tiêu",
  // For a period's figure, the share due by the period; for an estimate, the whole plan.
  chartMark: "Mức cần đạt",
  chartPercentSeries: "% so với KH năm",
  pointsUnit: "điểm %",
  verdict: {
    exceeded: "vượt kế hoạch đề ra",
    met: "đạt kế hoạch đề ra",
    atRisk: "có nguy cơ không đạt kế hoạch",
    offTrack: "không đạt kế hoạch",
    missing: "chưa có số liệu",
    invalid: "số liệu không hợp lệ",
  },
  verdictDue: { exceeded: "vượt tiến độ kế hoạch", met: "đạt tiến độ kế hoạch" },
};

const en: ReportStrings = {
  title: (p, y) => `REPORT ON THE MAIN SOCIO-ECONOMIC DEVELOPMENT TARGETS: ${EN_PERIOD[p](y).toUpperCase()}`,
  periodPhrase: (p, y) => EN_PERIOD[p](y),
  source: (n, d, i) => `(Under Decision ${n} of ${d}, ${i})`,
  date: (iso) => {
    const [y, m, d] = isoParts(iso);
    return `${d} ${MONTHS_EN[m - 1]} ${y}`;
  },
  sheetName: (p) => `Report ${p}`,
  warningsTitle: "Check before using these figures",
  headlineTitle: "Overview",
  headline: (c, total, share, toCheck, agency) => {
    const parts = [
      `Of the ${total} main targets${agency ? ` led by ${agency}` : ""}, ${c.met + c.exceeded} are met or exceeded (${share})`,
    ];
    if (c.exceeded > 0) parts[0] += `, of which ${c.exceeded} exceeded`;
    if (c.atRisk > 0) parts.push(`${c.atRisk} at risk`);
    if (c.offTrack > 0) parts.push(`${c.offTrack} off track`);
    if (c.missing > 0) parts.push(`${c.missing} without figures`);
    if (c.invalid > 0) parts.push(`${c.invalid} with an invalid figure`);
    if (toCheck > 0) parts.push(`${toCheck} whose figures must be checked`);
    return `${parts.join("; ")}.`;
  },
  noFigures: (total, agency) =>
    `No figures yet: none of the ${total} main targets${agency ? ` led by ${agency}` : ""} has an actual figure or an estimate.`,
  tableTitle: "Table of indicators",
  tableNote: (due, period, tolerance) =>
    "Note: “% of annual plan” is of the figure judged: the full-year estimate where there is one, otherwise the " +
    "period's figure. “% of same period last year” compares the period's figure with last year's; for targets " +
    "measured in %, it is the change in percentage points. " +
    (period === "FY"
      ? "The level due is 100% of the annual plan"
      : `The level due by the end of the period is ${due} of the annual plan for a cumulative target without a ` +
        `full-year estimate (${AFTER.en[period]}), 100% of the annual plan for the others`) +
    `; short of it but within the warning margin of ${tolerance} is “At risk”, beyond the margin “Off track”.`,
  achievedTitle: "Achievements",
  shortfallsTitle: "Shortfalls",
  noneAchieved: "No target is met or exceeded yet.",
  noneShort: "No target is at risk or off track.",
  noneShortToCheck: (n) =>
    `On the confirmed figures no target is at risk or off track; ${n} must have their figures checked before they are judged (see the list above).`,
  lastYearToCheck: (code, text) =>
    `Indicator ${code}: last year's figure “${text}” must be checked; not compared with last year.`,
  missingList: (codes) => `Targets without figures: ${codes}.`,
  toCheckTitle:
    "Targets whose figures must be checked before they are judged (counted neither as achievements nor as shortfalls):",
  toCheck: (n, r) => `${n}: ${r}.`,
  doubt: {
    uncalculated: (c) => `the “${c}” cell holds a formula never calculated`,
    stale: "the workbook calculates by hand: the formula's result may be out of date",
    typed: (t) => `figure to be verified (${t.join(", ")})`,
    typedIn: (t, c) => `“${t}” in column “${c}”`,
    farAbove: (v) => `the figure ${v} is far above the plan, to be verified`,
    farBelow: (v) => `the figure ${v} is far below the plan, to be verified`,
    estimateBelowActual: "the full-year estimate is below the period's figure",
    invalid: (t) => (t.length > 0 ? `invalid figure (${t.map((x) => `“${x}”`).join(", ")})` : "invalid figure"),
    parts: "a part needs checking",
    conflict: (o, c) =>
      `the agencies sent different figures${c ? ` in column “${c}”` : ""} (${o}), not yet agreed — see the “Nhật ký cập nhật” sheet`,
  },
  toCheckStatus: "Check the figures",
  noFiguresYet: "No figures to judge yet.",
  tasksTitle: "Tasks ahead",
  tasksHint: "(To be written by the drafting office.)",
  explanation: (n) => `Explanation: ${n}`,
  noExplanation: "No explanation given.",
  basisActual: (p) => `the figure for the ${p}`,
  basisEstimate: "the full-year estimate",
  reached: (b, v) => `${b} is ${v}`,
  changed: (b, w) => `${b} shows that ${w}`,
  ofAnnualPlan: (p) => `${p} of the annual plan`,
  due: (p) => ` (${p} due by the end of the period)`,
  plan: (t) => `annual plan ${t}`,
  ofLastYear: (p) => `${p} of the same period last year`,
  lastYearNotCompared: "not compared with last year, whose figure must be checked",
  lastYearCell: "Last year's figure to be checked",
  pointsOnLastYear: (d, sign) =>
    sign === 0
      ? "the same as the same period last year"
      : `${sign > 0 ? "up" : "down"} ${d} percentage points on the same period last year`,
  outsideBand: (above) => (above ? "above the planned band" : "below the planned band"),
  byParts: "judged by its parts",
  columns: {
    code: "Code",
    name: "Indicator",
    unit: "Unit",
    plan: "Annual plan",
    actual: "Period figure",
    estimate: "Full-year estimate",
    percentOfPlan: "% of annual plan",
    lastYear: "% of same period last year",
    status: "Assessment",
    note: "Explanation (Ghi chú)",
  },
  groupByAgency: "By lead agency",
  groupByGroup: "By the decision's groups",
  group: (n, h) => (h ? `Group ${n}: ${h}` : `Group ${n}`),
  groupLedBy: (a) => `targets led by ${a.join(", ")}`,
  chartByAgency: "Targets by lead agency and status",
  chartPercent: "% of the annual plan, by indicator",
  chartMark: "Level due",
  chartPercentSeries: "% of annual plan",
  pointsUnit: "points",
  verdict: {
    exceeded: "exceeds the plan",
    met: "meets the plan",
    atRisk: "at risk of missing the plan",
    offTrack: "off track",
    missing: "no figure yet",
    invalid: "invalid figure",
  },
  verdictDue: { exceeded: "ahead of the plan due by now", met: "meets the plan due by now" },
};

export const REPORT_STRINGS: Record<Lang, ReportStrings> = { vi, en };
