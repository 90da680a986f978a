/** The reporting round inside Excel: read the template for planning, open new workbooks, apply a merge in one batch, write a note. */

import { DEFAULT_TOLERANCE, problem, type Catalogue, type CellValue } from "../core";
import {
  LOG_HEADER,
  LOG_SHEET,
  logRow,
  planMerge,
  readRoundSheet,
  type MergePlan,
  type MergeSource,
  type RoundSheet,
} from "../round";
import { tableColumns } from "../template";
import type { Outcome } from "../workbook/types";
import { attempt, KnownProblem, ownWrites, type ExcelHost } from "./host";
import type { LogRead } from "./log";
import { mustAddSheet, readTemplates, type TemplateRead, type WorkbookRead } from "./read";

/** How Excel opens a new workbook from a file (ExcelApi 1.8); the tests pass the fake's. */
export type CreateWorkbook = (base64: string) => Promise<void>;

export const officeCreateWorkbook: CreateWorkbook = (base64) => Excel.createWorkbook(base64);

/**
 * A value as range.values must receive it to store exactly what the agency typed: text gets Excel's
 * text prefix (an apostrophe), so `7,4` or `1.234` is not re-read in the user's locale and `=…` is no formula.
 */
export function cellInput(value: CellValue): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return `'${value.error}`;
  if (typeof value === "string") return `'${value}`;
  return value;
}

export class OfficeRound {
  constructor(
    private readonly catalogue: Catalogue,
    private readonly host: ExcelHost,
    private readonly createWorkbook: CreateWorkbook = officeCreateWorkbook
  ) {}

  /** The template, and with `log` the merge log (src/excel/log.ts: two syncs more when the workbook has one). */
  private async template(
    context: Excel.RequestContext,
    log = false
  ): Promise<{ book: WorkbookRead; template: TemplateRead; round: RoundSheet; log: LogRead }> {
    const book = await readTemplates(context, this.catalogue, { tolerance: DEFAULT_TOLERANCE, log });
    const template = book.templates[0];
    const round = template && readRoundSheet(template.grid, this.catalogue);
    if (!template || !round) throw new KnownProblem(problem("sheet.noTemplate", { sheets: book.sheetNames }));
    return { book, template, round, log: book.log ?? { lines: [], next: 0 } };
  }

  private writable(book: WorkbookRead, template: TemplateRead): void {
    if (book.readOnly) throw new KnownProblem(problem("excel.readOnly", {}));
    if (template.protected) throw new KnownProblem(problem("excel.protected", { sheet: template.name }));
  }

  readRound(): Promise<Outcome<RoundSheet>> {
    return attempt(this.host, async (context) => {
      const { round, log } = await this.template(context, true);
      return { ...round, log: log.lines };
    });
  }

  openNewWorkbook(base64: string): Promise<Outcome<void>> {
    return attempt(this.host, async () => this.createWorkbook(base64));
  }

  /** Reads the template and the log sheet (three syncs, five with a log), then writes everything in one sync. */
  applyMerge(
    sources: readonly MergeSource[],
    options: { keepExisting?: boolean; when: string }
  ): Promise<Outcome<MergePlan>> {
    return attempt(this.host, async (context) => {
      const { book, template, round, log } = await this.template(context, true);
      this.writable(book, template);
      const plan = planMerge(this.catalogue, { ...round, log: log.lines }, sources, options);
      // Without its log a merge loses its open conflicts, and later checks would judge those cells as fact.
      if (plan.log.length > 0 && !log.sheet) mustAddSheet(book);
      // A protected log sheet: said by its name before anything is written. Excel's AccessDenied at sync would point
      // at the template and the structure, neither protected. A merge with no line to log does not touch the sheet.
      if (plan.log.length > 0 && log.sheet?.protected) {
        throw new KnownProblem(problem("excel.protected", { sheet: log.sheet.name }));
      }

      // Events off in a sync of their own and back on whatever happens (before ExcelApi 1.14): see ownWrites.
      await ownWrites(this.host, context, async () => {
        // The log first: a batch is not a transaction, and a refused worksheets.add must stop the figures' writes
        // queued after it rather than follow them.
        if (plan.log.length > 0) {
          let sheet = log.sheet?.worksheet;
          let next = log.next;
          if (!sheet) {
            sheet = context.workbook.worksheets.add(LOG_SHEET);
            sheet.getRangeByIndexes(0, 0, 1, LOG_HEADER.length).values = [[...LOG_HEADER]];
            sheet.getRangeByIndexes(0, 0, 1, LOG_HEADER.length).format.font.bold = true;
            next = 1;
          }
          // Appended below what is there: earlier lines are never written again.
          const rows = plan.log.map((entry) => logRow(entry).map(cellInput));
          sheet.getRangeByIndexes(next, 0, rows.length, LOG_HEADER.length).values = rows;
        }
        const { firstCol, cols } = tableColumns(template.judged.located);
        for (const write of plan.writes) {
          const cell = template.sheet.getRangeByIndexes(write.row, write.col, 1, 1);
          if (write.numberFormat) cell.numberFormat = [[write.numberFormat]];
          cell.values = [[cellInput(write.value)]];
          if (!write.wrap) continue;
          // Co-leads' notes, a line each: wrapped, and the row fitted by Excel, which measures the text itself.
          cell.format.wrapText = true;
          template.sheet.getRangeByIndexes(write.row, firstCol, 1, cols).format.autofitRows();
        }
        await context.sync();
      });
      return plan;
    });
  }

  writeNote(code: string, text: string): Promise<Outcome<void>> {
    return attempt(this.host, async (context) => {
      const { book, template, round } = await this.template(context);
      this.writable(book, template);
      const row = round.located.rows.get(code);
      const col = round.located.columns.note;
      if (row === undefined) throw new KnownProblem(problem("sheet.missingRow", { sheet: template.name, code }));
      if (col === undefined) {
        throw new KnownProblem(problem("sheet.missingColumn", { sheet: template.name, column: "Ghi chú" }));
      }
      template.sheet.getRangeByIndexes(row, col, 1, 1).values = [[cellInput(text)]];
      await context.sync();
    });
  }
}
