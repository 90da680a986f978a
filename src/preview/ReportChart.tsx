/**
 * One of the report's charts drawn in SVG as Excel draws the native chart the report writes: the
 * title, series, colours and number format come from the chart's model only, so a wrong model shows.
 */

import type { ReportChart } from "../report";
import { formatCell } from "./numberFormat";

const FONT = 11;
/** About how wide a character of the chart's text is, in px (SVG text cannot be measured before it is drawn). */
const CHAR = FONT * 0.55;
const PAD = 10;
const TITLE = 26;
const LEGEND_LINE = 18;
const SWATCH = 9;

/**
 * A value axis from 0 (both doors set its minimum to 0) to a round top a little above the highest
 * value, in at most about 10 steps of 1, 2 or 5 (whole steps for a whole-number format), as Excel picks them.
 */
export function valueScale(max: number, format: string): { top: number; step: number } {
  const integral = !format.includes(".") && !format.includes("%");
  if (!(max > 0)) return { top: 1, step: integral ? 1 : 0.2 };
  const rough = max / 8;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  if (integral) step = Math.max(1, Math.round(step));
  const steps = Math.ceil((max * 1.05) / step - 1e-9);
  return { top: Number((steps * step).toPrecision(12)), step };
}

const numeric = (v: string | number | null | undefined): number =>
  typeof v === "number" && Number.isFinite(v) ? v : 0;

/** The legend's entries in rows that fit the width, centred as Excel centres a legend at the bottom. */
function legendRows(names: string[], width: number): { name: string; index: number; x: number; row: number }[] {
  const placed: { name: string; index: number; x: number; row: number }[] = [];
  const rows: { width: number; items: { name: string; index: number; w: number }[] }[] = [{ width: 0, items: [] }];
  names.forEach((name, index) => {
    const w = SWATCH + 4 + name.length * CHAR + 14;
    const last = rows[rows.length - 1];
    if (last.items.length > 0 && last.width + w > width) rows.push({ width: 0, items: [] });
    const row = rows[rows.length - 1];
    row.items.push({ name, index, w });
    row.width += w;
  });
  rows.forEach((row, r) => {
    let x = (width - row.width) / 2;
    for (const item of row.items) {
      placed.push({ name: item.name, index: item.index, x, row: r });
      x += item.w;
    }
  });
  return placed;
}

export function ReportChartView({ chart, width, height }: { chart: ReportChart; width: number; height: number }) {
  const categories = chart.categories.values.map(String);
  const n = categories.length;
  const legend = legendRows(
    chart.series.map((s) => s.name),
    width - 2 * PAD
  );
  const legendHeight = (Math.max(0, ...legend.map((l) => l.row)) + 1) * LEGEND_LINE;
  const horizontal = chart.kind === "stackedBar";
  const bars = chart.series.filter((s) => s.type === "bar");
  const marks = chart.series.filter((s) => s.type === "mark");

  // The highest value the axis must reach: the stacks' totals, or the highest column or mark.
  const max = horizontal
    ? Math.max(
        0,
        ...categories.map((_, i) => bars.reduce((sum, s) => sum + Math.max(0, numeric(s.values.values[i])), 0))
      )
    : Math.max(0, ...chart.series.flatMap((s) => s.values.values.map(numeric)));
  const { top, step } = valueScale(max, chart.numberFormat);
  // Below 0 where the chart's axis is not held at 0 (a fall, as Excel and the .xlsx draw it: review 24b).
  const lowest = Math.min(0, ...bars.flatMap((s) => s.values.values.map(numeric)));
  const bottom = horizontal || chart.minimum !== undefined ? 0 : -Math.ceil(-lowest / step) * step;
  const ticks = Array.from({ length: Math.round((top - bottom) / step) + 1 }, (_, i) => bottom + i * step);
  const tickLabels = ticks.map((t) => formatCell(t, chart.numberFormat));

  // Room for the category labels: beside the bars (long agency names), under the columns (codes, turned when crowded).
  const longest = Math.max(0, ...categories.map((c) => c.length)) * CHAR;
  const tickWidth = Math.max(...tickLabels.map((t) => t.length)) * CHAR + 6;
  const left = PAD + (horizontal ? Math.min(longest + 8, width * 0.4) : tickWidth);
  const right = width - PAD - (horizontal ? CHAR * 3 : 0);
  const plotTop = PAD + TITLE;
  const band0 = (right - left) / Math.max(1, n);
  const turned = !horizontal && longest + 4 > band0;
  const below = horizontal ? FONT + 8 : turned ? longest * 0.75 + 10 : FONT + 8;
  const plotBottom = height - PAD - legendHeight - below;

  const scale = (v: number) => (Math.min(Math.max(v, bottom), top) - bottom) / (top - bottom);
  const valueAt = horizontal
    ? (v: number) => left + scale(v) * (right - left)
    : (v: number) => plotBottom - scale(v) * (plotBottom - plotTop);
  const band = (horizontal ? plotBottom - plotTop : right - left) / Math.max(1, n);
  // gapWidth 50 (bars) and 80 (columns), as the doors set it: the gap is that share of a bar's thickness.
  const thickness = band / (horizontal ? 1.5 : 1.8);
  // Bars run top-down in the table's order (both doors reverse the category axis); columns left to right.
  const bandStart = (i: number) => (horizontal ? plotTop : left) + i * band;
  /** Stacked: series k's part of bar i starts where the ones before it end. */
  const stackedBox = (k: number, i: number, v: number) => {
    const before = bars.slice(0, k).reduce((sum, b) => sum + Math.max(0, numeric(b.values.values[i])), 0);
    const x = valueAt(before);
    return { x, y: bandStart(i) + (band - thickness) / 2, width: valueAt(before + v) - x, height: thickness };
  };
  /** Columns overlap fully (both doors set overlap 100): each indicator has one figure, in the series of its basis. */
  const columnBox = (i: number, v: number) => {
    const [y, zero] = [valueAt(v), valueAt(0)];
    return {
      x: bandStart(i) + (band - thickness) / 2,
      y: Math.min(y, zero),
      width: thickness,
      height: Math.abs(zero - y),
    };
  };

  return (
    <svg
      data-chart={chart.name}
      role="img"
      aria-label={chart.title}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily="Calibri, Carlito, 'Segoe UI', sans-serif"
      fontSize={FONT}
    >
      <rect x={0.5} y={0.5} width={width - 1} height={height - 1} fill="#fff" stroke="#d9d9d9" />
      <text data-title="" x={width / 2} y={PAD + 14} textAnchor="middle" fontSize={14} fontWeight={600}>
        {chart.title}
      </text>
      <g data-axis="value">
        {ticks.map((t, i) => {
          const at = valueAt(t);
          return (
            <g key={t}>
              {horizontal ? (
                <line x1={at} x2={at} y1={plotTop} y2={plotBottom} stroke="#d9d9d9" />
              ) : (
                <line x1={left} x2={right} y1={at} y2={at} stroke="#d9d9d9" />
              )}
              <text
                x={horizontal ? at : left - 4}
                y={horizontal ? plotBottom + FONT + 3 : at + FONT / 3}
                textAnchor={horizontal ? "middle" : "end"}
                fill="#595959"
              >
                {tickLabels[i]}
              </text>
            </g>
          );
        })}
      </g>
      <g data-axis="category">
        {categories.map((c, i) => {
          const mid = bandStart(i) + band / 2;
          if (horizontal)
            return (
              <text key={i} x={left - 4} y={mid + FONT / 3} textAnchor="end" fill="#404040">
                {c}
              </text>
            );
          return (
            <text
              key={i}
              x={mid}
              y={plotBottom + FONT + 2}
              textAnchor={turned ? "end" : "middle"}
              transform={turned ? `rotate(-45 ${mid} ${plotBottom + FONT + 2})` : undefined}
              fill="#404040"
            >
              {c}
            </text>
          );
        })}
      </g>
      {bars.map((s, k) => (
        <g key={s.name} data-series={s.name} data-type="bar">
          {categories.map((c, i) => {
            const v = numeric(s.values.values[i]);
            if (v === 0 || (horizontal && v < 0)) return null;
            const box = horizontal ? stackedBox(k, i, v) : columnBox(i, v);
            return <rect key={i} data-category={c} data-value={v} {...box} fill={s.fill} stroke={s.line} />;
          })}
        </g>
      ))}
      {marks.map((s) => (
        <g key={s.name} data-series={s.name} data-type="mark">
          {categories.map((c, i) => {
            const v = s.values.values[i];
            if (typeof v !== "number") return null;
            const at = valueAt(v);
            const mid = bandStart(i) + band / 2;
            return (
              <line
                key={i}
                data-category={c}
                data-value={v}
                x1={mid - thickness / 2}
                x2={mid + thickness / 2}
                y1={at}
                y2={at}
                stroke={s.line}
                strokeWidth={3}
              />
            );
          })}
        </g>
      ))}
      <line x1={left} x2={left} y1={plotTop} y2={plotBottom} stroke="#bfbfbf" />
      <line x1={left} x2={right} y1={plotBottom} y2={plotBottom} stroke="#bfbfbf" />
      <g data-legend="">
        {legend.map((l) => {
          const s = chart.series[l.index];
          const y = height - PAD - legendHeight + l.row * LEGEND_LINE + LEGEND_LINE / 2;
          return (
            <g key={l.index} data-legend-entry={s.name}>
              {s.type === "mark" ? (
                <line x1={PAD + l.x} x2={PAD + l.x + SWATCH} y1={y} y2={y} stroke={s.line} strokeWidth={3} />
              ) : (
                <rect x={PAD + l.x} y={y - SWATCH / 2} width={SWATCH} height={SWATCH} fill={s.fill} stroke={s.line} />
              )}
              <text x={PAD + l.x + SWATCH + 4} y={y + FONT / 3} fill="#404040">
                {s.name}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
