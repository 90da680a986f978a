/** Inserting the template sheet inside Excel, beside the others or replacing the old templates, without losing a figure on failure. */

import type { Catalogue } from "../core";
import { buildTemplate, MARKER_PREFIX } from "../template";
import type { InsertMode, InsertResult } from "../workbook/types";
import { drawTemplate } from "./draw";
import type { ExcelHost } from "./host";
import { mustAddSheet, readWorkbook } from "./read";

/** Sheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
function uniqueSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * Draws the template (syncing as needed) and returns the outcome, with the new sheet (its id
 * loaded) when one was inserted, so that the caller can listen to it.
 */
export async function insertSheet(
  context: Excel.RequestContext,
  catalogue: Catalogue,
  host: ExcelHost,
  mode: InsertMode
): Promise<{ result: InsertResult; sheet?: Excel.Worksheet }> {
  const book = await readWorkbook(context);
  // Every mode adds a sheet: refused before asking whether to replace, as the answer could not be carried out.
  mustAddSheet(book);
  const template = buildTemplate(catalogue);
  const marked = [...new Set(book.markers.map((m) => m.sheet).filter((s): s is string => s !== undefined))];
  const existing = marked.filter((s) => book.sheetNames.includes(s));
  if (book.sheetNames.includes(template.name) && !existing.includes(template.name)) existing.push(template.name);
  if (existing.length > 0 && mode === "ask") return { result: { status: "exists", sheets: existing } };

  const sheets = context.workbook.worksheets;
  // Replace deletes only sheets that are templates (marked); any other sheet keeps its name and data.
  const replaced = mode === "replace" ? marked.filter((s) => book.sheetNames.includes(s)) : [];
  const remaining = book.sheetNames.filter((s) => !replaced.includes(s));
  const name = uniqueSheetName(template.name, remaining);
  const features = { cellProperties: host.supports("1.9"), pageLayout: host.supports("1.9") };

  // The new sheet is drawn and synced first, under a name of its own: a batch is not a
  // transaction, so had the old sheet been deleted in the same batch, a failure while drawing
  // would have lost the staff's figures. Now such a failure leaves the old sheet as it was.
  const sheet = sheets.add(uniqueSheetName(replaced.length > 0 ? `${name} mới` : name, book.sheetNames));
  sheet.load("id");
  const header = drawTemplate(sheet, { ...template, name }, features);
  if (replaced.length > 0) {
    try {
      await context.sync();
    } catch (error) {
      await discard(context, sheet);
      throw error;
    }
    for (const old of replaced) sheets.getItem(old).delete();
    sheet.name = name;
  }
  // Markers of replaced sheets, and markers whose sheet is gone (#REF!), go with them.
  const dropped = book.markers.filter((m) => m.sheet === undefined || replaced.includes(m.sheet));
  for (const marker of dropped) context.workbook.names.getItem(marker.name).delete();
  const used = new Set(book.markers.filter((m) => !dropped.includes(m)).map((m) => m.name));
  let n = 1;
  while (used.has(`${MARKER_PREFIX}_${n}`)) n++;
  context.workbook.names.add(`${MARKER_PREFIX}_${n}`, header, template.marker.comment);
  sheet.activate();
  sheet.getRangeByIndexes(template.periodCell.row, template.periodCell.col, 1, 1).select();
  try {
    await context.sync();
  } catch (error) {
    // Drawn in this same batch (nothing was replaced): a half-drawn sheet would pass for a template.
    if (replaced.length === 0) await discard(context, sheet);
    throw error;
  }
  return { result: { status: "inserted", sheet: name, printSetup: features.pageLayout }, sheet };
}

/** Deletes a sheet whose drawing failed; if even that fails, the error that matters is still the drawing's. */
async function discard(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<void> {
  try {
    sheet.delete();
    await context.sync();
  } catch {
    // Nothing more to do here: the caller reports the first failure.
  }
}
