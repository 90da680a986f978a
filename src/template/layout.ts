/**
 * The standard template sheet (template.md) as data: every cell's value, style and number format,
 * merges, validations, widths and print setup. The Office.js, in-memory and ExcelJS writers all
 * draw this one model, so the three doors insert the same sheet.
 */

import { PERIOD_CELL_TEXT, REPORTING_PERIODS, type Catalogue, type Indicator, type ReportingPeriod } from "../core";

export type ColumnKey =
  | "group"
  | "code"
  | "name"
  | "unit"
  | "target"
  | "actual"
  | "estimate"
  | "lastYear"
  | "percent"
  | "status"
  | "lead"
  | "coordinating"
  | "note";

export interface ColumnSpec {
  key: ColumnKey;
  /** The header text, exactly; readers find the header row by these texts. */
  header: string;
  /** Width in characters of the default font. */
  width: number;
  /** Staff fill it (unlocked, looks like an entry cell). */
  entry: boolean;
  /** Without it, validation cannot run. */
  required: boolean;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { key: "group", header: "STT", width: 5, entry: false, required: false },
  { key: "code", header: "Mã", width: 8, entry: false, required: true },
  { key: "name", header: "Chỉ tiêu", width: 46, entry: false, required: false },
  { key: "unit", header: "Đơn vị", width: 11, entry: false, required: false },
  { key: "target", header: "Kế hoạch 2024", width: 11, entry: false, required: false },
  { key: "actual", header: "Thực hiện", width: 12, entry: true, required: true },
  { key: "estimate", header: "Ước thực hiện cả năm", width: 13, entry: true, required: true },
  // Optional: a template without it is complete, and validating never adds it.
  { key: "lastYear", header: "Cùng kỳ năm trước", width: 12, entry: true, required: false },
  { key: "percent", header: "% so với KH năm", width: 10, entry: false, required: true },
  { key: "status", header: "Đánh giá", width: 16, entry: false, required: true },
  { key: "lead", header: "Cơ quan chủ trì", width: 24, entry: false, required: false },
  { key: "coordinating", header: "Cơ quan phối hợp", width: 30, entry: false, required: false },
  { key: "note", header: "Ghi chú", width: 18, entry: true, required: false },
];

export const COLUMN_COUNT = COLUMNS.length;

/** The percent column's header before it meant the annual plan; still read, renamed on validation. */
export const OLD_PERCENT_HEADER = "% so với KH";

export const PERIOD_LABEL = "Kỳ báo cáo:";
export const TEMPLATE_FONT = "Times New Roman";
/** The defined name that marks a template sheet; it refers to the header row, so it follows renames and moves. */
export const MARKER_PREFIX = "ChiTieu_Template";

export type StyleName =
  | "title"
  | "source"
  | "periodLabel"
  | "periodValue"
  | "header"
  | "heading"
  | "group"
  | "item"
  | "itemWrap"
  | "entry"
  | "note"
  | "computed"
  | "plain"
  | "agency";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size: number;
  /** Fill colour, #RRGGBB. */
  fill?: string;
  color?: string;
  horizontal: "Left" | "Center" | "Right";
  vertical: "Top" | "Center" | "Bottom";
  wrap: boolean;
  locked: boolean;
  border: boolean;
}

const base: CellStyle = { size: 12, horizontal: "Left", vertical: "Center", wrap: false, locked: true, border: false };

/** Entry cells are light yellow and unlocked, as forms in Excel usually mark what to fill. */
export const ENTRY_FILL = "#FFF9E1";

export const STYLES: Record<StyleName, CellStyle> = {
  title: { ...base, bold: true, size: 14, horizontal: "Center" },
  source: { ...base, italic: true, horizontal: "Center" },
  periodLabel: { ...base, bold: true, horizontal: "Right" },
  periodValue: { ...base, bold: true, fill: ENTRY_FILL, locked: false, border: true },
  header: { ...base, bold: true, fill: "#DDEBF7", horizontal: "Center", wrap: true, border: true },
  heading: { ...base, bold: true, wrap: true, border: true, vertical: "Top" },
  group: { ...base, bold: true, horizontal: "Center", border: true, vertical: "Top" },
  item: { ...base, border: true, horizontal: "Center", vertical: "Top" },
  itemWrap: { ...base, border: true, wrap: true, vertical: "Top" },
  entry: { ...base, fill: ENTRY_FILL, locked: false, border: true, horizontal: "Right", vertical: "Top" },
  /** An entry cell for words, not figures: read left to right and wrapped, so a long explanation prints whole. */
  note: { ...base, fill: ENTRY_FILL, locked: false, border: true, wrap: true, vertical: "Top" },
  computed: { ...base, border: true, horizontal: "Right", vertical: "Top" },
  plain: base,
  /** The lead agency a split workbook was made for, under the source line (read left to right after its label). */
  agency: { ...base, bold: true },
};

export type ValidationRule =
  { kind: "decimal"; min?: number; max?: number } | { kind: "whole"; min: number } | { kind: "list"; items: string[] };

export interface Validation {
  row: number;
  col: number;
  rows: number;
  cols: number;
  rule: ValidationRule;
  /** Shown when the cell is selected, and as the warning when a value breaks the rule. */
  prompt: { title: string; message: string };
}

export interface TemplateCell {
  value: string | number | null;
  style: StyleName;
  numberFormat: string;
}

export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface TemplateSheet {
  name: string;
  /** Rows × COLUMN_COUNT, 0-based; row 0 is the title. */
  cells: TemplateCell[][];
  merges: Area[];
  validations: Validation[];
  columnWidths: number[];
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  periodCell: { row: number; col: number };
  /** The catalogue code on each row, or undefined above the table. */
  rowCodes: (string | undefined)[];
  freezeRows: number;
  /** Row heights in points, estimated from wrapped text (Excel can autofit; other writers cannot). */
  rowHeights: number[];
  font: string;
  marker: { name: string; comment: string };
}

/** Number formats that show each unit's figures in the workbook's locale (`#,##0.0#` → 14.040,8). */
export function numberFormatFor(indicator: Indicator): string {
  switch (indicator.valueType) {
    case "count":
      return "#,##0";
    case "quantity":
      return "#,##0.0#";
    default:
      return "0.0#";
  }
}

export const PERCENT_OF_PLAN_FORMAT = "0.0%";
const TEXT = "@";

function validationFor(indicator: Indicator): Pick<Validation, "rule" | "prompt"> | undefined {
  const unit = indicator.unit?.vi ?? "";
  switch (indicator.valueType) {
    case "percent":
      return {
        rule: { kind: "decimal", min: 0, max: 100 },
        prompt: {
          title: "Tỷ lệ (%) / Rate (%)",
          message: "Nhập số từ 0 đến 100, ví dụ 97,2. / Enter 0–100, e.g. 97.2.",
        },
      };
    case "count":
      return {
        rule: { kind: "whole", min: 0 },
        prompt: {
          title: `Số nguyên (${unit})`,
          message: "Nhập số nguyên, không âm. / Enter a whole number, 0 or more.",
        },
      };
    case "quantity":
      return {
        rule: { kind: "decimal", min: 0 },
        prompt: { title: `Số lượng (${unit})`, message: "Nhập số không âm. / Enter a number, 0 or more." },
      };
    default:
      return undefined; // growth and reduction rates may be any number, negative included
  }
}

/** The 2024 template for a catalogue; `sheetName` when the default one is taken. */
export function buildTemplate(
  catalogue: Catalogue,
  options: { sheetName?: string; period?: ReportingPeriod } = {}
): TemplateSheet {
  const blank = (style: StyleName = "plain"): TemplateCell => ({ value: null, style, numberFormat: "General" });
  const row = (cells: Partial<Record<number, TemplateCell>>, fill: StyleName = "plain") =>
    Array.from({ length: COLUMN_COUNT }, (_, c) => cells[c] ?? blank(fill));
  const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);
  const { decision } = catalogue;
  const date = decision.date.split("-").reverse().join("/");

  const cells: TemplateCell[][] = [];
  const rowCodes: (string | undefined)[] = [];
  const push = (r: TemplateCell[], code?: string) => {
    cells.push(r);
    rowCodes.push(code);
  };
  push(row({ 0: { value: catalogue.title.vi.toUpperCase(), style: "title", numberFormat: "General" } }));
  push(
    row({
      0: {
        value: `(Kèm theo Quyết định số ${decision.number} ngày ${date} của ${decision.issuer})`,
        style: "source",
        numberFormat: "General",
      },
    })
  );
  push(row({}));
  const periodCell = { row: cells.length, col: col("name") + 1 };
  push(
    row({
      [col("name")]: { value: PERIOD_LABEL, style: "periodLabel", numberFormat: "General" },
      [periodCell.col]: { value: PERIOD_CELL_TEXT[options.period ?? "H1"], style: "periodValue", numberFormat: TEXT },
    })
  );
  push(row({}));
  const headerRow = cells.length;
  push(COLUMNS.map((c) => ({ value: c.header, style: "header", numberFormat: "General" })));

  const validations: Validation[] = [];
  for (const indicator of catalogue.indicators) {
    const r = cells.length;
    const heading = indicator.kind === "heading";
    const item = (value: string | number | null, style: StyleName, numberFormat = TEXT): TemplateCell => ({
      value,
      style: heading ? "heading" : style,
      numberFormat,
    });
    const format = heading ? "General" : numberFormatFor(indicator);
    push(
      [
        item(indicator.group ?? null, "group"),
        item(indicator.code, "item"),
        item(indicator.name.vi, heading || indicator.group !== undefined ? "heading" : "itemWrap"),
        item(indicator.unit?.vi ?? null, "item"),
        item(indicator.target?.text ?? null, "item"),
        heading ? item(null, "heading") : { value: null, style: "entry", numberFormat: format },
        heading ? item(null, "heading") : { value: null, style: "entry", numberFormat: format },
        heading ? item(null, "heading") : { value: null, style: "entry", numberFormat: format }, // last year's figure
        item(null, "computed", PERCENT_OF_PLAN_FORMAT),
        item(null, "itemWrap", "General"), // the status word, left-aligned like text
        item(indicator.lead.join("; "), "itemWrap"),
        item(indicator.coordinating.join("; "), "itemWrap"),
        { value: null, style: "note", numberFormat: "General" },
      ],
      indicator.code
    );
    const rule = heading ? undefined : validationFor(indicator);
    // Thực hiện, Ước thực hiện cả năm and Cùng kỳ năm trước: the same unit, the same rule.
    if (rule) validations.push({ row: r, col: col("actual"), rows: 1, cols: 3, ...rule });
  }
  validations.push({
    row: periodCell.row,
    col: periodCell.col,
    rows: 1,
    cols: 1,
    rule: { kind: "list", items: REPORTING_PERIODS.map((p) => PERIOD_CELL_TEXT[p]) },
    prompt: { title: "Kỳ báo cáo / Period", message: "Chọn kỳ báo cáo. / Choose the reporting period." },
  });

  const widths = COLUMNS.map((c) => c.width);
  return {
    name: options.sheetName ?? `Chỉ tiêu ${catalogue.year}`,
    cells,
    merges: [
      { row: 0, col: 0, rows: 1, cols: COLUMN_COUNT },
      { row: 1, col: 0, rows: 1, cols: COLUMN_COUNT },
    ],
    validations,
    columnWidths: COLUMNS.map((c) => c.width),
    headerRow,
    firstDataRow: headerRow + 1,
    lastDataRow: cells.length - 1,
    periodCell,
    rowCodes,
    freezeRows: headerRow + 1,
    rowHeights: cells.map((row) => estimatedHeight(row, widths)),
    font: TEMPLATE_FONT,
    marker: { name: MARKER_PREFIX, comment: `chi-tieu:${catalogue.id}` },
  };
}

/** The height of one line of the template's 12-point text, in points. */
export const LINE_HEIGHT = 16;

/**
 * Lines a text needs, wrapped in a column `width` characters wide, at about one character per unit of width: a little
 * more than Excel and LibreOffice need for Times New Roman, so that what is planned from it is never cut.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 0.95));
  return Math.max(1, Math.ceil(text.length / perLine));
}

/** Lines the row's tallest wrapped cell needs, times the line height. */
function estimatedHeight(row: TemplateCell[], widths: number[]): number {
  let lines = 1;
  row.forEach((cell, c) => {
    if (typeof cell.value !== "string" || !STYLES[cell.style].wrap) return;
    lines = Math.max(lines, wrappedLines(cell.value, widths[c]));
  });
  return lines * LINE_HEIGHT;
}

/** Column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based cell or area. */
export function a1(row: number, col: number, rows = 1, cols = 1): string {
  const start = `${columnLetter(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? start : `${start}:${columnLetter(col + cols - 1)}${row + rows}`;
}
