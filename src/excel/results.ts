/** Writing validation's results into a template sheet: the two result columns, the highlights, broken markers gone. */

import type { HighlightRule, ResultWrites } from "../template";
import type { Marker, TemplateRead } from "./read";

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

/**
 * Writes the two result columns as values, only on the template's own rows: a row staff inserted
 * is left as it is. Written back through `.formulas`, its text would be read as typed: `-` a
 * formula, `02.1` the number 2,1.
 */
export function writeColumns(template: TemplateRead, writes: ResultWrites): void {
  const { located } = template.judged;
  const ours = new Set(located.rows.values());
  for (const write of [writes.percent, writes.status]) {
    if (!write) continue;
    // A column write that starts at the header renames an old header: that cell is ours too.
    const rows = write.row === located.headerRow ? new Set([...ours, located.headerRow]) : ours;
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
