/**
 * What Excel shows on a cell of the fake from the conditional formats over it: the fake evaluates the formula shapes
 * the add-in writes (a status word compared, a note searched for), as Excel does, and refuses any other, so that no
 * test passes on a rule nobody evaluated.
 */

import type { FakeExcel, FakeHighlight } from "./fakeExcel";

/** A column's 0-based index from its letters (A → 0, AA → 26). */
function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The text Excel compares for a reference in the rule, relative to the rule's top-left cell as Excel reads it. */
function referenced(excel: FakeExcel, rule: FakeHighlight, row: number, col: number, ref: string): string {
  const m = /^(\$?)([A-Z]+)(\$?)(\d+)$/.exec(ref);
  if (!m) throw new Error(`the fake reads no reference ${ref}`);
  const [, colFixed, letters, rowFixed, digits] = m;
  const c = colFixed ? columnIndex(letters) : columnIndex(letters) + col - rule.address.col;
  const r = rowFixed ? Number(digits) - 1 : Number(digits) - 1 + row - rule.address.row;
  const value = excel.cell(rule.sheet, r, c)?.value;
  return value === null || value === undefined ? "" : String(value);
}

/** Whether the rule's formula is true on the cell, for the shapes `=AND(<condition>,N("chi-tieu")=0)`. */
function holds(excel: FakeExcel, rule: FakeHighlight, row: number, col: number): boolean {
  const formula = rule.formula ?? "";
  const condition = /^=AND\((.+),N\("chi-tieu"\)=0\)$/.exec(formula)?.[1] ?? "";
  // `=` on text ignores case in Excel.
  const equals = /^(\$?[A-Z]+\$?\d+)="([^"]*)"$/.exec(condition);
  if (equals) return referenced(excel, rule, row, col, equals[1]).toLowerCase() === equals[2].toLowerCase();
  // SEARCH ignores case and reads ?, * and ~ as wildcards: a needle with them would need escaping.
  const search = /^ISNUMBER\(SEARCH\("([^"?*~]*)",(\$?[A-Z]+\$?\d+)\)\)$/.exec(condition);
  if (search) return referenced(excel, rule, row, col, search[2]).toLowerCase().includes(search[1].toLowerCase());
  throw new Error(`the fake does not evaluate the conditional format ${formula}`);
}

/** The fill and font a cell shows from the live conditional formats over it; two rules both colouring it fail. */
export function shownHighlight(
  excel: FakeExcel,
  sheet: string,
  row: number,
  col: number
): { fill?: string; fontColor?: string } | undefined {
  const over = excel.highlights.filter((h) => {
    const { address: a } = h;
    return (
      !h.deleted && h.sheet === sheet && row >= a.row && row < a.row + a.rows && col >= a.col && col < a.col + a.cols
    );
  });
  const shown = over.filter((h) => holds(excel, h, row, col));
  if (shown.length > 1) throw new Error(`two rules colour one cell: ${shown.map((h) => h.formula).join(" and ")}`);
  return shown[0] && { fill: shown[0].fill, fontColor: shown[0].fontColor };
}
