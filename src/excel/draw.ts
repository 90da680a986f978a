/** Draws the template model onto a new worksheet through Office.js, in one batch (no sync here). */

import { a1, COLUMN_COUNT, STYLES, type CellStyle, type TemplateSheet, type Validation } from "../template";

/** Points per character of column width: Times New Roman 12 shows about 7 px (5.25 pt) a character. */
export const POINTS_PER_CHARACTER = 6;
/** The table is about 1.070 pt wide; A4 landscape prints about 740 pt: 68 % fits one page wide. */
const PRINT_SCALE = 68;
const BORDER_COLOR = "#A6A6A6";
const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

export function cellProperties(style: CellStyle, font: string): Excel.SettableCellProperties {
  const line = { style: "Continuous", color: BORDER_COLOR } as Excel.CellBorder;
  return {
    format: {
      font: {
        name: font,
        size: style.size,
        bold: style.bold ?? false,
        italic: style.italic ?? false,
        color: style.color ?? "#000000",
      },
      ...(style.fill ? { fill: { color: style.fill } } : {}),
      horizontalAlignment: style.horizontal,
      verticalAlignment: style.vertical,
      wrapText: style.wrap,
      protection: { locked: style.locked },
      ...(style.border ? { borders: { top: line, bottom: line, left: line, right: line } } : {}),
    },
  };
}

/** The same styles, range by range, for Excel without setCellProperties (ExcelApi 1.9). */
export function applyStyle(range: Excel.Range, style: CellStyle, font: string): void {
  const format = range.format;
  format.font.name = font;
  format.font.size = style.size;
  format.font.bold = style.bold ?? false;
  format.font.italic = style.italic ?? false;
  if (style.color) format.font.color = style.color;
  if (style.fill) format.fill.color = style.fill;
  format.horizontalAlignment = style.horizontal;
  format.verticalAlignment = style.vertical;
  format.wrapText = style.wrap;
  format.protection.locked = style.locked;
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = BORDER_COLOR;
    }
  }
}

function validationRule(v: Validation): Excel.DataValidationRule {
  switch (v.rule.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: v.rule.items.join(",") } };
    case "whole":
      return { wholeNumber: { formula1: v.rule.min, operator: "GreaterThanOrEqualTo" } };
    case "decimal":
      return v.rule.max === undefined
        ? { decimal: { formula1: v.rule.min ?? 0, operator: "GreaterThanOrEqualTo" } }
        : { decimal: { formula1: v.rule.min ?? 0, formula2: v.rule.max, operator: "Between" } };
  }
}

/** Queues one of the template's data validations (replacing what the cells had). */
export function applyValidation(sheet: Excel.Worksheet, v: Validation): void {
  const validation = sheet.getRangeByIndexes(v.row, v.col, v.rows, v.cols).dataValidation;
  validation.clear();
  validation.rule = validationRule(v);
  // A warning that explains, not a hard stop: staff may paste what the figures really are.
  validation.errorAlert = { showAlert: true, style: "Warning", title: v.prompt.title, message: v.prompt.message };
  validation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
}

export interface DrawFeatures {
  /** ExcelApi 1.9: setCellProperties and page layout. */
  cellProperties: boolean;
  pageLayout: boolean;
}

/** Queues every write of the template onto `sheet`; the caller syncs once. */
export function drawTemplate(sheet: Excel.Worksheet, template: TemplateSheet, features: DrawFeatures): Excel.Range {
  const rows = template.cells.length;
  const all = sheet.getRangeByIndexes(0, 0, rows, COLUMN_COUNT);
  // Formats first: codes such as 02.1 must land in text cells, or Excel turns them into 2,1.
  all.numberFormat = template.cells.map((row) => row.map((c) => c.numberFormat));
  all.values = template.cells.map((row) => row.map((c) => c.value ?? ""));

  if (features.cellProperties) {
    all.setCellProperties(template.cells.map((row) => row.map((c) => cellProperties(STYLES[c.style], template.font))));
  } else {
    // One range per run of equal styles in a row: a few hundred proxies, still one sync.
    template.cells.forEach((row, r) => {
      let start = 0;
      for (let c = 1; c <= row.length; c++) {
        if (c === row.length || row[c].style !== row[start].style) {
          applyStyle(sheet.getRangeByIndexes(r, start, 1, c - start), STYLES[row[start].style], template.font);
          start = c;
        }
      }
    });
  }

  for (const m of template.merges) sheet.getRangeByIndexes(m.row, m.col, m.rows, m.cols).merge(false);
  template.columnWidths.forEach((width, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER;
  });
  for (const v of template.validations) applyValidation(sheet, v);
  sheet
    .getRangeByIndexes(template.firstDataRow, 0, template.lastDataRow - template.firstDataRow + 1, COLUMN_COUNT)
    .format.autofitRows();
  sheet.freezePanes.freezeRows(template.freezeRows);
  if (features.pageLayout) {
    const header = `$${template.headerRow + 1}:$${template.headerRow + 1}`;
    sheet.pageLayout.orientation = "Landscape";
    sheet.pageLayout.paperSize = "A4";
    sheet.pageLayout.zoom = { scale: PRINT_SCALE };
    sheet.pageLayout.setPrintTitleRows(header);
  }
  return sheet.getRange(a1(template.headerRow, 0, 1, COLUMN_COUNT));
}
