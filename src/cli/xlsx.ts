/** The template and validation on .xlsx files through ExcelJS: the same model and rules as inside Excel. */

import ExcelJS from "exceljs";
import { manualCalculationOf } from "./calcMode";
import { setCellStyle } from "./cellStyle";
import { MAX_COLUMNS } from "./sheetXml";
import { chosenPeriodText, type Catalogue, type CellValue } from "../core";
import { disputesOf, isLogSheet, readLog, type LogLine } from "../round";
import {
  a1,
  columnLetter,
  COLUMN_COUNT,
  HIGHLIGHT_SIGNATURE,
  judgeSheet,
  MARKER_PREFIX,
  PERCENT_OF_PLAN_FORMAT,
  sheetOfFormula,
  STYLES,
  type Area,
  type CellStyle,
  type JudgedSheet,
  type SheetGrid,
  type StatusFit,
  type TemplateSheet,
  type Validation,
} from "../template";

export const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFA6A6A6" } },
  bottom: { style: "thin", color: { argb: "FFA6A6A6" } },
  left: { style: "thin", color: { argb: "FFA6A6A6" } },
  right: { style: "thin", color: { argb: "FFA6A6A6" } },
};

export function styleCell(cell: ExcelJS.Cell, style: CellStyle, font: string, numFmt?: string): void {
  setCellStyle(cell, {
    ...(numFmt === undefined ? {} : { numFmt }),
    font: {
      name: font,
      size: style.size,
      bold: style.bold ?? false,
      italic: style.italic ?? false,
      ...(style.color ? { color: { argb: argb(style.color) } } : {}),
    },
    ...(style.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } } : {}),
    alignment: {
      horizontal: style.horizontal.toLowerCase() as "left" | "center" | "right",
      vertical: style.vertical === "Center" ? "middle" : (style.vertical.toLowerCase() as "top" | "bottom"),
      wrapText: style.wrap,
    },
    protection: { locked: style.locked },
    ...(style.border ? { border: BORDER } : {}),
  });
}

function dataValidation(v: Validation): ExcelJS.DataValidation {
  const messages = {
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: v.prompt.title,
    error: v.prompt.message,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
    allowBlank: true,
  } as const;
  switch (v.rule.kind) {
    case "list":
      return { type: "list", formulae: [`"${v.rule.items.join(",")}"`], ...messages };
    case "whole":
      return { type: "whole", operator: "greaterThanOrEqual", formulae: [v.rule.min], ...messages };
    case "decimal":
      return v.rule.max === undefined
        ? { type: "decimal", operator: "greaterThanOrEqual", formulae: [v.rule.min ?? 0], ...messages }
        : { type: "decimal", operator: "between", formulae: [v.rule.min ?? 0, v.rule.max], ...messages };
  }
}

/** A4 landscape, fitted to the page's width, with a (0-based) header row repeated on every page. */
export function a4Landscape(headerRow: number): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow + 1}:${headerRow + 1}`,
  };
}

/** Adds the template sheet to a workbook, as the add-in inserts it. */
export function addTemplateSheet(workbook: ExcelJS.Workbook, template: TemplateSheet): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(template.name, {
    views: [{ state: "frozen", ySplit: template.freezeRows, xSplit: 0 }],
    pageSetup: a4Landscape(template.headerRow),
  });
  template.columnWidths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  template.rowHeights.forEach((height, r) => (sheet.getRow(r + 1).height = height));
  template.cells.forEach((row, r) => {
    row.forEach((spec, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      if (spec.value !== null) cell.value = spec.value;
      styleCell(cell, STYLES[spec.style], template.font, spec.numberFormat);
    });
  });
  for (const m of template.merges) sheet.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  // One rule an area, added by its range: given cell by cell, ExcelJS joins them in text order (F10 before F9)
  // and wrote F10:H12 beside F9:H12, every rule crossing row 10 twice over (trial 19, F3).
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  for (const v of template.validations) validations.add(a1(v.row, v.col, v.rows, v.cols), dataValidation(v));
  const quoted = `'${template.name.replace(/'/g, "''")}'`;
  workbook.definedNames.add(
    `${quoted}!$A$${template.headerRow + 1}:$${columnLetter(COLUMN_COUNT - 1)}$${template.headerRow + 1}`,
    `${template.marker.name}_1`
  );
  return sheet;
}

/** A cell's content as the core reads it: the result of a formula, text of rich text, errors as errors. */
export function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  // A date is handed on as Excel stores it, a serial read through its date format, as Office.js hands it over:
  // the core says "this figure cell holds a date" in every door alike (src/core/dateCells.ts).
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25569;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : cellValue(result as ExcelJS.CellValue);
  }
  if ("text" in value) return String(value.text);
  return String(value);
}

/**
 * The cells of a worksheet that hold a value, as a grid (0-based from A1) with number formats. Only existing cells
 * are visited, never the declared used range: a formatted bottom row or a lone cell at XFD1048576 costs nothing.
 */
export function gridOf(sheet: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const uncalculated: { row: number; col: number }[] = [];
  const calculation = manualCalculationOf(sheet.workbook);
  const formulaCells: { row: number; col: number }[] = [];
  sheet.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (c > MAX_COLUMNS) return;
      const raw = cell.value;
      const formula = raw !== null && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw);
      // The cell's own result: ExcelJS's copy of a formula value (cell.value) drops a result of 0.
      const result = formula ? (cell.result as ExcelJS.CellValue | undefined) : undefined;
      if (formula && result === undefined) uncalculated.push({ row: r - 1, col: c - 1 });
      if (formula && calculation) formulaCells.push({ row: r - 1, col: c - 1 });
      // A merged cell repeats its master's value; only the master holds it.
      const value = cell.isMerged && cell.master !== cell ? null : cellValue(formula ? (result ?? null) : cell.value);
      if (value === null || value === "") return;
      while (values.length < r) {
        values.push([]);
        numberFormats.push([]);
      }
      values[r - 1][c - 1] = value;
      numberFormats[r - 1][c - 1] = cell.numFmt ?? "General";
    });
  });
  return {
    sheet: sheet.name,
    values,
    numberFormats,
    rowOffset: 0,
    colOffset: 0,
    uncalculated,
    merged: mergesOf(sheet),
    ...(calculation && { calculation: { ...calculation, formulaCells } }),
  };
}

/** The sheet's merged ranges, 0-based. ExcelJS keeps them by top-left cell; `model.merges` would rebuild every row. */
function mergesOf(sheet: ExcelJS.Worksheet): Area[] {
  const merges = (
    sheet as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> }
  )._merges;
  return Object.values(merges ?? {}).map((m) => ({
    row: m.top - 1,
    col: m.left - 1,
    rows: m.bottom - m.top + 1,
    cols: m.right - m.left + 1,
  }));
}

export interface JudgedWorksheet {
  sheet: ExcelJS.Worksheet;
  judged: JudgedSheet;
}

/** The workbook's merge log (`Nhật ký cập nhật`) as read back: no log sheet, no lines. */
export function mergeLogOf(workbook: ExcelJS.Workbook): LogLine[] {
  const sheet = workbook.worksheets.find((ws) => isLogSheet(ws.name));
  return sheet ? readLog(gridOf(sheet).values) : [];
}

/** Every worksheet that holds the template, judged, its rows in an open conflict of the merge log to check. */
export function judgeWorkbook(
  workbook: ExcelJS.Workbook,
  catalogue: Catalogue,
  options: { tolerance: number; period?: JudgedSheet["report"]["period"]; sayPeriodOverride?: boolean }
): JudgedWorksheet[] {
  const found: JudgedWorksheet[] = [];
  const disputed = disputesOf(catalogue, mergeLogOf(workbook));
  workbook.eachSheet((sheet) => {
    const judged = judgeSheet(gridOf(sheet), catalogue, { ...options, disputed });
    if (judged) found.push({ sheet, judged });
  });
  return found;
}

/** The sheets the template markers (`ChiTieu_Template_N`) point to, in the workbook's order. */
export function markedSheets(workbook: ExcelJS.Workbook): string[] {
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? [];
  const marked = new Set(
    model.filter((n) => n.name.startsWith(MARKER_PREFIX)).flatMap((n) => n.ranges.map((r) => sheetOfFormula(r)))
  );
  return workbook.worksheets.map((s) => s.name).filter((name) => marked.has(name));
}

/**
 * `Đánh giá` shown whole (StatusFit): its cells wrap, and a row lower than its status needs is raised to the plan's
 * height. LibreOffice and Excel keep a height written in the file rather than measure the text, so it is set here.
 */
function fitStatus(sheet: ExcelJS.Worksheet, fit: StatusFit): void {
  for (const row of fit.rows) {
    const cell = sheet.getCell(row + 1, fit.col + 1);
    if (cell.isMerged && cell.master !== cell) continue;
    if (!cell.alignment?.wrapText) setCellStyle(cell, { alignment: { ...cell.alignment, wrapText: true } });
  }
  for (const { row, height } of fit.tall) {
    const line = sheet.getRow(row + 1);
    if ((line.height ?? 0) < height) line.height = height;
  }
}

/**
 * Writes `% so với KH năm`, `Đánh giá` and the highlights into a judged worksheet, as the add-in does; with `chosen`
 * (--period), the period cell too, in the year --period names, else the year the cell named.
 */
export function writeResults({ sheet, judged }: JudgedWorksheet, chosen: { year?: number } | undefined): void {
  const { located, report, writes } = judged;
  // The values the add-in writes, planned once in judgeSheet; only template rows are touched here, so
  // a row staff inserted keeps its formulas (ExcelJS reads their results, not the formulas).
  for (const [column, format] of [
    [writes.percent, PERCENT_OF_PLAN_FORMAT],
    [writes.status, undefined],
  ] as const) {
    if (!column) continue;
    for (const row of located.rows.values()) {
      const value = column.values[row - column.row][0];
      const cell = sheet.getCell(row + 1, column.col + 1);
      // ExcelJS writes a covered cell's value into its merge's top-left cell: the plan left it as it was.
      if (cell.isMerged && cell.master !== cell) continue;
      cell.value = value === "" ? null : value;
      if (format) setCellStyle(cell, { numFmt: format });
    }
  }
  if (writes.statusFit) fitStatus(sheet, writes.statusFit);
  // An old `% so với KH` header: the plan renames it with the values (template.md).
  if (writes.percent && writes.percent.row === located.headerRow) {
    sheet.getCell(located.headerRow + 1, writes.percent.col + 1).value = writes.percent.values[0][0];
  }
  if (chosen && located.periodCell) {
    sheet.getCell(located.periodCell.row + 1, located.periodCell.col + 1).value = chosenPeriodText(
      report.period,
      chosen.year ?? located.periodYear
    );
  }
  // Replace our own highlights, keep everyone else's.
  const model = sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
  model.conditionalFormattings = (model.conditionalFormattings ?? []).filter(
    (cf) =>
      !cf.rules.some(
        (rule) => "formulae" in rule && (rule.formulae ?? []).some((f) => String(f).includes(HIGHLIGHT_SIGNATURE))
      )
  );
  judged.highlights.forEach((rule, i) => {
    sheet.addConditionalFormatting({
      ref: a1(rule.area.row, rule.area.col, rule.area.rows, rule.area.cols),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [rule.formula.replace(/^=/, "")],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
            font: { color: { argb: argb(rule.fontColor) } },
          },
        },
      ],
    });
  });
}
