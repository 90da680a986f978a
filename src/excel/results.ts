/** Writing validation's results into a template sheet: the two result columns, the highlights, broken markers gone. */

import { a1, tableColumns, type HighlightRule, type ResultWrites, type StatusFit } from "../template";
import type { Marker, OwnRule, TemplateRead } from "./read";

/** Markers whose sheet was deleted (`=#REF!…`) name nothing: they go, so that none is taken for a template. */
export function dropBrokenMarkers(context: Excel.RequestContext, markers: readonly Marker[]): void {
  for (const marker of markers) {
    if (marker.sheet === undefined) context.workbook.names.getItem(marker.name).delete();
  }
}

/** Deletes the add-in's previous highlights by id (never by position: that shifts), then adds the new ones. */
export function replaceHighlights(template: TemplateRead, rules: HighlightRule[]): void {
  for (const id of template.ownHighlights) template.formats?.getItem(id).delete();
  for (const rule of rules) {
    const { row, col, rows, cols } = rule.area;
    const format = template.sheet.getRangeByIndexes(row, col, rows, cols).conditionalFormats.add("Custom");
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    format.custom.format.font.color = rule.fontColor;
  }
}

/** The rows of a column write that are the template's own (and the header, when the write renames it). */
function ownRows(template: TemplateRead, write: { row: number }): Set<number> {
  const { located } = template.judged;
  const ours = new Set(located.rows.values());
  return write.row === located.headerRow ? new Set([...ours, located.headerRow]) : ours;
}

const ruleKey = (r: OwnRule | HighlightRule) =>
  [
    r.formula,
    r.fill?.toUpperCase(),
    r.fontColor?.toUpperCase(),
    "area" in r && r.area ? a1(r.area.row, r.area.col, r.area.rows, r.area.cols) : "?",
  ].join("|");

type Writes = ResultWrites & { period?: { row: number; col: number; text: string } };

/**
 * Whether validation's writes would leave the cells and rules as they are (what the cells read can tell, without a
 * sync more; `statusWraps` is the rest): each own cell of the two result columns already holds what would be written
 * (as its formula: the value itself, not a formula that shows it), and the add-in's rules are these rules (formula,
 * colours, area). An automatic re-check after an edit that changes no result (a note, the same figure typed again)
 * then writes nothing. Before ExcelApi 1.20 any write of the add-in empties Ctrl+Z's stack (office-js#3788), so the
 * person could no longer undo their own edits; with 1.20 a write of the same values is still a step, and their next
 * Ctrl+Z would take back ours, not theirs.
 */
export function sameContents(template: TemplateRead, writes: Writes, rules: HighlightRule[]): boolean {
  const { grid } = template;
  // What a cell holds, not what it shows: a formula a person typed (`="Không đạt"`) shows the word validation would
  // write, yet is replaced by the value. A cell without a formula gives its value as its formula.
  const held = (row: number, col: number) => grid.formulas?.[row - grid.rowOffset]?.[col - grid.colOffset];
  const period = writes.period;
  if (period && held(period.row, period.col) !== period.text) return false;
  for (const write of [writes.percent, writes.status]) {
    if (!write) continue;
    const rows = ownRows(template, write);
    const same = write.values.every(([v], i) => !rows.has(write.row + i) || held(write.row + i, write.col) === v);
    if (!same) return false;
  }
  const now = template.ownRules.map(ruleKey).sort();
  const then = rules.map(ruleKey).sort();
  return now.length === then.length && now.every((k, i) => k === then[i]);
}

/**
 * Whether `Đánh giá` wraps on every row validation writes it (`template.statusWrap`, read by readStatusWrap): unread,
 * mixed or off counts as a change, so that Kiểm tra turns Wrap Text back on (fitStatus) when a person turned it off.
 */
export function statusWraps(template: TemplateRead): boolean {
  const fit = template.judged.writes.statusFit;
  if (!fit || fit.rows.length === 0) return true;
  return (template.statusWrap ?? [false]).every((w) => w === true);
}

/**
 * Writes the two result columns as values, only on the template's own rows: a row staff inserted
 * is left as it is. Written back through `.formulas`, its text would be read as typed: `-` a
 * formula, `02.1` the number 2,1.
 */
export function writeColumns(template: TemplateRead, writes: ResultWrites): void {
  for (const write of [writes.percent, writes.status]) {
    if (!write) continue;
    // A column write that starts at the header renames an old header: that cell is ours too.
    const rows = ownRows(template, write);
    let start = -1;
    for (let i = 0; i <= write.values.length; i++) {
      const own = i < write.values.length && rows.has(write.row + i);
      if (own && start < 0) start = i;
      if (!own && start >= 0) {
        template.sheet.getRangeByIndexes(write.row + start, write.col, i - start, 1).values = write.values.slice(
          start,
          i
        );
        start = -1;
      }
    }
  }
}

/** Consecutive rows as runs, `[first, count]`: one range each, so the proxies grow with the gaps, not the rows. */
export function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === row) last[1]++;
    else out.push([row, 1]);
  }
  return out;
}

/**
 * `Đánh giá` shown whole (StatusFit): its cells wrap, and the rows whose status needs more lines are autofitted
 * across the table, Excel measuring the text itself (ExcelApi 1.2), so that a status and its note are never cut.
 */
export function fitStatus(template: TemplateRead, fit: StatusFit | undefined): void {
  if (!fit) return;
  const { sheet } = template;
  for (const [row, count] of runs(fit.rows)) sheet.getRangeByIndexes(row, fit.col, count, 1).format.wrapText = true;
  const { firstCol, cols } = tableColumns(template.judged.located);
  // Only the rows whose status changed: one as the last check left it was fitted then, and Excel's AutoFit lowers a
  // height set by hand since, on every automatic re-check of the day.
  for (const [row, count] of runs(fit.tall.filter((t) => t.changed).map((t) => t.row))) {
    sheet.getRangeByIndexes(row, firstCol, count, cols).format.autofitRows();
  }
}
