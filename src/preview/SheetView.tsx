/** The in-memory workbook drawn as a sheet, with editable entry cells, for the preview page. */

import { useEffect, useReducer, useRef, useState, useSyncExternalStore } from "react";
import { formatNumber, isPercentFormat, type CellValue } from "../core";
import { columnLetter, COLUMNS, highlightApplies, STYLES } from "../template";
import type { MemoryWorkbook } from "../workbook/memory";
import type { ChangeCount } from "./changes";
import { EntryControl } from "./EntryControl";
import { ReportView } from "./ReportView";

function display(value: CellValue, numberFormat: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (isPercentFormat(numberFormat)) return `${formatNumber(value * 100, "vi", 1)}%`;
    return formatNumber(value, "vi");
  }
  if (typeof value === "object") return value.error;
  return String(value);
}

export function SheetView({ workbook, changes }: { workbook: MemoryWorkbook; changes: ChangeCount }) {
  // Drawn again when the workbook changed, including between the first render and the subscription,
  // and not one more time: a full redraw of the sheet is the preview's dearest render.
  useSyncExternalStore(changes.subscribe, changes.count);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [editing, setEditing] = useState<string | undefined>();
  const sheet = workbook.sheet(workbook.activeSheet) ?? workbook.sheets[0];
  const grid = useRef<HTMLDivElement>(null);
  const selected = workbook.selection ? `${workbook.selection.sheet}!${workbook.selection.row}` : undefined;
  // "Đến dòng" selects a row: scroll it into view as Excel does, once per new selection (not on every redraw).
  useEffect(() => {
    if (!selected) return;
    const row = grid.current?.querySelector<HTMLElement>("tr.selected");
    row?.scrollIntoView({ block: "center", inline: "nearest" });
  }, [selected]);
  const template = sheet.template;
  const statusOf = (row: number) => {
    for (const rule of sheet.highlights) {
      const { area } = rule;
      if (row < area.row || row >= area.row + area.rows) continue;
      const statusCell = sheet.cells[row]?.[COLUMNS.findIndex((c) => c.key === "status")];
      if (highlightApplies(rule, statusCell?.value) && area.cols > 1) return rule;
    }
    return undefined;
  };
  const statusCellRule = (row: number, col: number) =>
    sheet.highlights.find(
      (r) =>
        r.area.cols === 1 &&
        r.area.col === col &&
        row >= r.area.row &&
        row < r.area.row + r.area.rows &&
        highlightApplies(r, sheet.cells[row]?.[col]?.value)
    );

  /**
   * What a screen reader hears for an entry cell: below the header, the column's header and the row's code; above it
   * (the period cell), the label written beside it, never the header of the table further down.
   */
  const cellLabel = (r: number, c: number, id: string) => {
    if (template && r > template.headerRow) return `${id} ${COLUMNS[c].header} ${template.rowCodes[r] ?? ""}`.trim();
    const beside = sheet.cells[r]?.[c - 1]?.value;
    return typeof beside === "string" ? `${id} ${beside.replace(/:\s*$/, "")}` : id;
  };

  return (
    <section className="sheet" aria-label="Sổ làm việc mô phỏng / In-memory workbook">
      <nav className="tabs" aria-label="Trang tính / Sheets">
        {workbook.sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            aria-pressed={s.name === sheet.name}
            onClick={() => {
              workbook.activeSheet = s.name;
              redraw();
            }}
          >
            {s.name}
          </button>
        ))}
      </nav>
      <div className="grid-scroll" ref={grid}>
        {sheet.report ? (
          <ReportView
            sheet={sheet}
            selectedRow={workbook.selection?.sheet === sheet.name ? workbook.selection.row : undefined}
          />
        ) : (
          <table className="grid">
            <thead>
              <tr>
                <th aria-hidden="true"></th>
                {COLUMNS.map((c, i) => (
                  <th key={c.key} scope="col" style={{ minWidth: `${c.width * 7}px` }}>
                    {columnLetter(i)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.cells.map((row, r) => {
                if (sheet.hiddenRows.has(r)) return null;
                const rule = statusOf(r);
                const selected = workbook.selection?.sheet === sheet.name && workbook.selection.row === r;
                return (
                  <tr
                    key={r}
                    data-row={r + 1}
                    data-selected={selected || undefined}
                    className={selected ? "selected" : undefined}
                  >
                    <th scope="row">{r + 1}</th>
                    {COLUMNS.map((_, c) => {
                      const merge = template?.merges.find((m) => m.row === r && c >= m.col && c < m.col + m.cols);
                      if (merge && c > merge.col) return null;
                      const cell = row[c] ?? { value: null, numberFormat: "General" };
                      const spec = template?.cells[r]?.[c];
                      const style = spec ? STYLES[spec.style] : undefined;
                      const own = statusCellRule(r, c);
                      const colors = own ?? rule;
                      const id = `${columnLetter(c)}${r + 1}`;
                      const entry = style !== undefined && !style.locked;
                      return (
                        <td
                          key={c}
                          data-cell={id}
                          colSpan={merge?.cols}
                          style={{
                            background: colors?.fill ?? style?.fill,
                            color: colors?.fontColor,
                            fontWeight: style?.bold ? 600 : undefined,
                            textAlign: merge ? "center" : typeof cell.value === "number" ? "right" : undefined,
                          }}
                        >
                          {entry ? (
                            <EntryControl
                              label={cellLabel(r, c, id)}
                              multiline={style.wrap}
                              align={style.horizontal}
                              value={
                                editing !== undefined && editing.startsWith(`${id}=`)
                                  ? editing.slice(id.length + 1)
                                  : display(cell.value, cell.numberFormat)
                              }
                              onFocus={() => setEditing(`${id}=${display(cell.value, cell.numberFormat)}`)}
                              onChange={(text) => setEditing(`${id}=${text}`)}
                              onCommit={(text) => {
                                setEditing(undefined);
                                if (text !== display(cell.value, cell.numberFormat)) {
                                  // Typed text is stored as text, as Excel would keep "7,5" on a pasted cell.
                                  workbook.setCell(sheet.name, r, c, text === "" ? null : text, "General");
                                }
                              }}
                            />
                          ) : (
                            display(cell.value, cell.numberFormat)
                          )}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
