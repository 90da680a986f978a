/**
 * What must be seen first, at the top of the pane: a period that could not be read (with the forms
 * accepted and a way to pick one), formula results a workbook calculating by hand may not have updated, and a
 * template whose structure is broken; and, beside each row,
 * its "Kiểm tra lại" findings and its share of the annual plan.
 */

import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import {
  describe,
  findingKind,
  formatNumber,
  PERIOD_FRACTION,
  PERIOD_LABELS,
  REPORTING_PERIODS,
  type Lang,
  type ReportingPeriod,
  type RowEvaluation,
} from "../core";
import { STRINGS } from "../ui/strings";
import type { ValidationReport } from "../workbook/types";

const useStyles = makeStyles({
  bars: { display: "flex", flexDirection: "column", gap: "8px" },
  list: { margin: "4px 0 0", paddingLeft: "18px" },
  periods: { display: "flex", gap: "4px", flexWrap: "wrap", marginTop: "6px" },
  check: {
    display: "block",
    marginTop: "2px",
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  muted: { display: "block", color: tokens.colorNeutralForeground3, marginTop: "2px" },
});

export interface WarningBarProps {
  report: ValidationReport;
  lang: Lang;
  disabled: boolean;
  /** Validates again with this period written into the sheet's period cell. */
  onPickPeriod: (period: ReportingPeriod) => void;
  onGoTo: (code: string) => void;
}

/** Nothing when the period was read and the template is whole. */
export function WarningBar({ report, lang, disabled, onPickPeriod, onGoTo }: WarningBarProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const period = report.findings.filter((f) => findingKind(f) === "period");
  // Results a workbook calculating by hand may not have updated: not a fault of the template, a bar of its own.
  const stale = report.findings.filter((f) => findingKind(f) === "calculation");
  const structure = report.findings.filter((f) => findingKind(f) === "structure");
  if (period.length === 0 && structure.length === 0 && stale.length === 0) return null;
  return (
    <div className={styles.bars} data-testid="warning-bar">
      {period.map((f, i) => (
        <MessageBar key={`p${i}`} intent="warning" layout="multiline" data-kind="period">
          <MessageBarBody>
            <MessageBarTitle>{t.periodWarningTitle}</MessageBarTitle>
            {describe(f.problem, lang)}
            <div className={styles.periods} role="group" aria-label={t.pickPeriod}>
              {REPORTING_PERIODS.map((p) => (
                <Button key={p} size="small" disabledFocusable={disabled} onClick={() => onPickPeriod(p)}>
                  {PERIOD_LABELS[lang][p]}
                </Button>
              ))}
            </div>
          </MessageBarBody>
        </MessageBar>
      ))}
      {stale.map((f, i) => (
        <MessageBar key={`s${i}`} intent="warning" layout="multiline" data-kind="stale">
          <MessageBarBody>
            <MessageBarTitle>{t.staleWarningTitle}</MessageBarTitle>
            {describe(f.problem, lang)}
          </MessageBarBody>
        </MessageBar>
      ))}
      {structure.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-kind="structure">
          <MessageBarBody>
            <MessageBarTitle>{t.structureWarningTitle}</MessageBarTitle>
            <ul className={styles.list}>
              {structure.map((f, i) => (
                <li key={i}>
                  {describe(f.problem, lang)}{" "}
                  {f.codes[0] !== undefined && report.rowNumbers.has(f.codes[0]) && (
                    <Button
                      size="small"
                      appearance="transparent"
                      disabledFocusable={disabled}
                      onClick={() => onGoTo(f.codes[0])}
                    >
                      {t.goToRow(f.codes[0])}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/** "52,8% KH năm · cần 50% đến 6 tháng": the share of the annual plan, and what is due for a prorated row. */
export function annualPlanText(row: RowEvaluation, period: ReportingPeriod, lang: Lang): string | undefined {
  if (row.percentOfAnnualPlan === undefined || !Number.isFinite(row.percentOfAnnualPlan)) return undefined;
  const t = STRINGS[lang];
  const percent = `${formatNumber(row.percentOfAnnualPlan, lang, 1)}%`;
  if (!row.bounds?.prorated) return t.ofAnnualPlan(percent);
  const due = `${formatNumber(PERIOD_FRACTION[period] * 100, lang)}%`;
  return `${t.ofAnnualPlan(percent)} · ${t.dueByPeriod(due, PERIOD_LABELS[lang][period])}`;
}

/** A row's "Kiểm tra lại" findings, and whether its period was assumed, under its figures. */
export function RowChecks({ report, code, lang }: { report: ValidationReport; code: string; lang: Lang }) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const checks = report.findings.filter((f) => findingKind(f) === "plausibility" && f.codes[0] === code);
  const assumed = report.evaluation.row(code)?.periodAssumed === true;
  if (checks.length === 0 && !assumed) return null;
  return (
    <>
      {checks.map((f, i) => (
        <span key={i} className={styles.check} data-check={f.problem.key}>
          {describe(f.problem, lang)}
        </span>
      ))}
      {assumed && (
        <span className={styles.muted} data-assumed="true">
          {t.periodAssumed}
        </span>
      )}
    </>
  );
}
