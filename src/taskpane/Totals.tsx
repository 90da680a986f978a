/** The headline of a validation: the period, how many targets stand where, and a compact bar of the same counts. */

import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { countsWithToCheck, PERIOD_LABELS, STATUSES, type Lang } from "../core";
import { CHECK_STRINGS } from "../ui/checkStrings";
import { STRINGS } from "../ui/strings";
import type { ValidationReport } from "../workbook/types";
import { useSectionStyles } from "./sectionStyles";
import { shownLabel, SIGNS, useStatusClasses } from "./Status";

const useStyles = makeStyles({
  headline: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  bar: {
    display: "flex",
    height: "8px",
    gap: "2px",
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
  },
  segment: { flexBasis: 0 },
  totals: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 130px), 1fr))",
    gap: "6px",
    margin: 0,
    padding: 0,
  },
  total: {
    listStyleType: "none",
    display: "flex",
    alignItems: "baseline",
    gap: "6px",
    padding: "4px 8px",
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  // Balanced lines break between words, not inside one: "Số liệu / không hợp lệ", never "Số liệu không hợp / lệ".
  totalLabel: { flex: "1 1 auto", minWidth: 0, textWrap: "balance" },
  count: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
});

/** The headline: the period, how many targets stand where, and a compact bar of the same counts. */
export const Totals = memo(function Totals({
  report,
  lang,
  agency,
}: {
  report: ValidationReport;
  lang: Lang;
  /** The agency the sheet is filtered to: its rows are counted, and the headline says so. */
  agency?: string | null;
}) {
  const styles = useStyles();
  const section = useSectionStyles();
  const status = useStatusClasses();
  const { summary } = report.evaluation;
  const chosen = agency ? summary.agencies.find((a) => a.agency === agency) : undefined;
  // A row whose figures must be checked is counted apart, as the report and the sheet state it.
  const totals = countsWithToCheck(
    chosen?.counts ?? summary.totals,
    chosen?.codes ?? report.evaluation.rows.map((r) => r.code),
    report.toCheck,
    (code) => report.evaluation.row(code)?.status
  );
  const total = STATUSES.reduce((n, s) => n + totals[s], totals.toCheck);
  const shown = totals.toCheck > 0 ? [...STATUSES, "toCheck" as const] : STATUSES;
  return (
    <section className={section.section} aria-labelledby="totals-heading">
      <h2 id="totals-heading" className={section.heading} tabIndex={-1}>
        {STRINGS[lang].totals}
      </h2>
      {report.agency && (
        <p className={section.muted} data-own-file={report.agency}>
          {STRINGS[lang].ownFile(report.agency)}
        </p>
      )}
      {chosen && (
        <p className={section.muted} data-agency={chosen.agency}>
          {STRINGS[lang].totalsFor(chosen.agency)}
        </p>
      )}
      <p className={styles.headline}>
        {CHECK_STRINGS[lang].headline(PERIOD_LABELS[lang][report.period], {
          total,
          onTrack: totals.exceeded + totals.met,
          atRisk: totals.atRisk,
          offTrack: totals.offTrack,
          toCheck: totals.toCheck,
        })}
      </p>
      <div className={styles.bar} aria-hidden="true">
        {shown
          .filter((s) => totals[s] > 0)
          .map((s) => (
            <span
              key={s}
              className={mergeClasses(styles.segment, status[s])}
              style={{ flexGrow: totals[s] }}
              data-status={s}
            />
          ))}
      </div>
      <ul className={styles.totals}>
        {shown.map((s) => (
          <li key={s} className={mergeClasses(styles.total, status[s])} data-status={s}>
            <span className={status.sign} aria-hidden="true">
              {SIGNS[s]}
            </span>
            <span className={styles.totalLabel}>{shownLabel(s, lang)}</span>
            <span className={styles.count}>{totals[s]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
});
