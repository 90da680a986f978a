/**
 * The report sheet drawn as Excel shows it: its model's column widths, row heights, styles, fills,
 * borders and merges, and its charts over the cells they are anchored to (ReportChart.tsx).
 */

import type { CSSProperties } from "react";
import type { CellValue } from "../core";
import { REPORT_STYLES, type ReportChart, type ReportSheet } from "../report";
import { columnLetter, type Area } from "../template";
import type { MemorySheet } from "../workbook/memory";
import { formatCell } from "./numberFormat";
import { ReportChartView } from "./ReportChart";

/** Excel's column width unit (a character of the default font) and its points, in CSS pixels. */
const PX_PER_CHARACTER = 7;
const PX_PER_POINT = 4 / 3;
/** As src/excel/draw.ts borders a cell. */
const BORDER = "1px solid #A6A6A6";

const VERTICAL = { Top: "top", Center: "middle", Bottom: "bottom" } as const;

const inside = (a: Area, r: number, c: number) => r >= a.row && r < a.row + a.rows && c >= a.col && c < a.col + a.cols;

function cellStyle(report: ReportSheet, r: number, c: number): CSSProperties {
  const spec = report.cells[r]?.[c];
  if (!spec) return {};
  const style = REPORT_STYLES[spec.style];
  return {
    fontWeight: style.bold ? 700 : undefined,
    fontStyle: style.italic ? "italic" : undefined,
    fontSize: `${style.size}pt`,
    background: spec.fill ?? style.fill,
    color: spec.fontColor ?? style.color,
    textAlign: style.horizontal.toLowerCase() as CSSProperties["textAlign"],
    verticalAlign: VERTICAL[style.vertical],
    whiteSpace: style.wrap ? "pre-wrap" : "nowrap",
    overflow: "hidden",
    maxWidth: "none",
    border: style.border ? BORDER : undefined,
  };
}

function shown(value: CellValue | undefined, numberFormat = "General"): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatCell(value, numberFormat);
  return typeof value === "object" ? value.error : String(value);
}

export function ReportView({ sheet, selectedRow }: { sheet: MemorySheet; selectedRow?: number }) {
  const report = sheet.report as ReportSheet;
  const widths = report.columnWidths.map((w) => w * PX_PER_CHARACTER);
  const heights = sheet.cells.map((_, r) => (report.rowHeights[r] ?? 15) * PX_PER_POINT);
  // A chart or a merge is drawn from its top-left cell; the other cells it covers are not drawn.
  const startsAt = (a: Area, r: number, c: number) => a.row === r && a.col === c;
  const chartAt = (r: number, c: number): ReportChart | undefined =>
    report.charts.find((ch) => startsAt(ch.anchor, r, c));
  const mergeAt = (r: number, c: number) => report.merges.find((m) => startsAt(m, r, c));
  const covered = (r: number, c: number) =>
    report.charts.some((ch) => inside(ch.anchor, r, c)) || report.merges.some((m) => inside(m, r, c));
  const span = (sizes: number[], from: number, count: number) =>
    sizes.slice(from, from + count).reduce((s, x) => s + x, 0);

  return (
    <table
      className="grid"
      aria-label={sheet.name}
      style={{ tableLayout: "fixed", width: 32 + widths.reduce((s, w) => s + w, 0), fontFamily: report.font }}
    >
      <colgroup>
        <col style={{ width: 32 }} />
        {widths.map((w, c) => (
          <col key={c} style={{ width: w }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th aria-hidden="true"></th>
          {widths.map((_, c) => (
            <th key={c} scope="col">
              {columnLetter(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sheet.cells.map((row, r) => (
          <tr
            key={r}
            data-row={r + 1}
            className={selectedRow === r ? "selected" : undefined}
            style={{ height: heights[r] }}
          >
            <th scope="row">{r + 1}</th>
            {widths.map((_, c) => {
              const chart = chartAt(r, c);
              if (chart) {
                const { anchor } = chart;
                return (
                  <td
                    key={c}
                    data-cell={`${columnLetter(c)}${r + 1}`}
                    colSpan={anchor.cols}
                    rowSpan={anchor.rows}
                    style={{ position: "relative", padding: 0, maxWidth: "none" }}
                  >
                    {/* Floats over its cells as a chart in Excel does, so it never stretches the rows. */}
                    <div style={{ position: "absolute", inset: 2 }}>
                      <ReportChartView
                        chart={chart}
                        width={span(widths, anchor.col, anchor.cols) - 4}
                        height={span(heights, anchor.row, anchor.rows) - 4}
                      />
                    </div>
                  </td>
                );
              }
              const merge = mergeAt(r, c);
              if (!merge && covered(r, c)) return null;
              const value = row[c]?.value;
              return (
                <td
                  key={c}
                  data-cell={`${columnLetter(c)}${r + 1}`}
                  colSpan={merge?.cols}
                  rowSpan={merge?.rows}
                  style={cellStyle(report, r, c)}
                >
                  {shown(value, row[c]?.numberFormat)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
