/** One indicator as staff read it at a glance: its figure with unit and kind, the plan, a bullet bar, its status. */

import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { formatNumber, rowBounds, type Indicator, type Lang, type RowEvaluation, type ReportingPeriod } from "../core";
import { STRINGS } from "../ui/strings";
import type { ValidationReport } from "../workbook/types";
import { StatusBadge } from "./Status";
import { annualPlanText, RowChecks } from "./WarningBar";

const useStyles = makeStyles({
  row: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: "6px 0",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  title: { display: "flex", gap: "4px", alignItems: "baseline", flexWrap: "wrap", overflowWrap: "break-word" },
  code: { minWidth: "auto", padding: "0 2px", fontFamily: "inherit", whiteSpace: "nowrap", height: "auto" },
  name: { flex: "1 1 8em", minWidth: 0, color: tokens.colorNeutralForeground1 },
  figures: { display: "flex", flexWrap: "wrap", columnGap: "8px", color: tokens.colorNeutralForeground2 },
  // Lines break between words only: a number ("2.030", "05.1") never breaks.
  pair: { overflowWrap: "normal" },
  strong: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  foot: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap" },
  bar: {
    position: "relative",
    flex: "1 1 60px",
    minWidth: "40px",
    maxWidth: "160px",
    height: "10px",
    backgroundColor: tokens.colorNeutralBackground4,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
    "@media (forced-colors: active)": { border: "1px solid CanvasText" },
  },
  band: { position: "absolute", top: 0, bottom: 0, backgroundColor: tokens.colorNeutralStroke1 },
  value: {
    position: "absolute",
    top: "3px",
    height: "4px",
    left: 0,
    backgroundColor: tokens.colorNeutralForeground1,
    "@media (forced-colors: active)": { backgroundColor: "CanvasText" },
  },
  due: {
    position: "absolute",
    top: 0,
    bottom: 0,
    width: "2px",
    backgroundColor: tokens.colorBrandForeground1,
    "@media (forced-colors: active)": { backgroundColor: "Highlight" },
  },
});

/** Plan band (the annual plan), due mark (what was due by the period) and the figure, on one scale. */
function BulletBar({ row, indicator, period }: { row: RowEvaluation; indicator: Indicator; period: ReportingPeriod }) {
  const styles = useStyles();
  const bounds = rowBounds(indicator);
  if (!bounds || row.value === undefined || !Number.isFinite(row.value) || bounds.whole.max <= 0) return null;
  const due = bounds.byPeriod[period];
  const scale = Math.max(bounds.whole.max, row.value) * 1.1;
  const at = (v: number) => `${Math.max(0, Math.min(100, (v / scale) * 100))}%`;
  const bandWidth = Math.max(((bounds.whole.max - bounds.whole.min) / scale) * 100, 1.5);
  return (
    <span className={styles.bar} aria-hidden="true" data-bullet>
      <span className={styles.band} style={{ left: at(bounds.whole.min), width: `${bandWidth}%` }} />
      <span className={styles.value} style={{ width: at(row.value) }} />
      {due.prorated && <span className={styles.due} style={{ left: at(due.min) }} />}
    </span>
  );
}

export interface IndicatorRowProps {
  report: ValidationReport;
  row: RowEvaluation;
  indicator: Indicator;
  /** Its figures must be checked (core/doubted.ts): its status is shown, and beside it that it is not a fact yet. */
  toCheck: boolean;
  lang: Lang;
  disabled: boolean;
  onGoTo: (code: string) => void;
}

/** Memoized, so typing in a field or a notice does not draw every open row again. */
export const IndicatorRow = memo(function IndicatorRow({
  report,
  row,
  indicator,
  toCheck,
  lang,
  disabled,
  onGoTo,
}: IndicatorRowProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const number = (v: number | undefined, digits = 4) => (v === undefined ? "" : formatNumber(v, lang, digits));
  const unitText = indicator.unit ? (lang === "vi" ? indicator.unit.vi : indicator.unit.en) : "";
  // "76,1%" as the sheet's % columns and the rest of the pane write it; a word unit keeps its space.
  const unit = unitText === "" || unitText.startsWith("%") ? unitText : ` ${unitText}`;
  // The bounds judged against, or, with nothing judged yet, those a period's value would meet.
  const bounds = row.bounds ?? rowBounds(indicator)?.byPeriod[report.period];
  const plan = bounds
    ? `${number(bounds.min)}${bounds.max !== bounds.min ? `–${number(bounds.max)}` : ""}${bounds.prorated ? ` (${t.prorated})` : ""}`
    : "";
  const share = annualPlanText(row, report.period, lang);
  return (
    <li className={styles.row} data-code={row.code}>
      <span className={styles.title}>
        <Button
          className={styles.code}
          appearance="transparent"
          size="small"
          disabledFocusable={disabled}
          aria-label={t.goToRow(row.code)}
          title={t.goToRow(row.code)}
          onClick={() => onGoTo(row.code)}
        >
          {row.code}
        </Button>
        <span className={styles.name}>{lang === "vi" ? indicator.name.vi : indicator.name.en}</span>
      </span>
      <span className={styles.figures}>
        {row.value !== undefined && (
          <span className={styles.pair}>
            {row.basis === "estimate" ? t.estimate : t.value}:{" "}
            <span className={styles.strong}>
              {number(row.value)}
              {unit}
            </span>{" "}
            ·
          </span>
        )}
        <span className={styles.pair}>
          {t.target}: {plan}
        </span>
        {share !== undefined && <span className={styles.pair}>· {share}</span>}
      </span>
      <span className={styles.foot}>
        <StatusBadge status={row.status} lang={lang} />
        {toCheck && <StatusBadge status="toCheck" lang={lang} />}
        <BulletBar row={row} indicator={indicator} period={report.period} />
      </span>
      <RowChecks report={report} code={row.code} lang={lang} />
    </li>
  );
});
