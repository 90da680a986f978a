/** The results of a validation: totals by status, lead agencies worst first with their rows, and findings. */

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Link,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { memo } from "react";
import {
  describe,
  PERIOD_LABELS,
  STATUS_LABELS,
  STATUSES,
  type Catalogue,
  type Lang,
  type Status,
  type StatusCounts,
} from "../core";
import { STRINGS } from "../ui/strings";
import type { ValidationReport } from "../workbook/types";
import { IndicatorRow } from "./IndicatorRow";
import { StatusBadge, STATUS_SIGNS, useStatusClasses } from "./Status";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "6px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
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
  totalLabel: { flex: "1 1 auto", minWidth: 0 },
  count: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  chips: { display: "flex", gap: "4px", flexWrap: "wrap", marginTop: "2px" },
  agencyHeader: { display: "flex", flexDirection: "column", alignItems: "flex-start", textAlign: "left" },
  agencyName: { fontWeight: tokens.fontWeightSemibold },
  rows: { margin: 0, padding: 0 },
  filterBar: { display: "flex", gap: "6px", flexWrap: "wrap", margin: "6px 0" },
  findings: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", gap: "4px" },
  finding: { fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
});

/** Kept for components that show one status: the badge with its sign. */
export const StatusChip = StatusBadge;

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
  const status = useStatusClasses();
  const { summary } = report.evaluation;
  const chosen = agency ? summary.agencies.find((a) => a.agency === agency) : undefined;
  const totals = chosen?.counts ?? summary.totals;
  const total = STATUSES.reduce((n, s) => n + totals[s], 0);
  return (
    <section className={styles.section} aria-labelledby="totals-heading">
      <h2 id="totals-heading" className={styles.heading} tabIndex={-1}>
        {STRINGS[lang].totals}
      </h2>
      {chosen && (
        <p className={styles.muted} data-agency={chosen.agency}>
          {STRINGS[lang].totalsFor(chosen.agency)}
        </p>
      )}
      <p className={styles.headline}>
        {STRINGS[lang].headline(PERIOD_LABELS[lang][report.period], {
          total,
          onTrack: totals.exceeded + totals.met,
          atRisk: totals.atRisk,
          offTrack: totals.offTrack,
        })}
      </p>
      <div className={styles.bar} aria-hidden="true">
        {STATUSES.filter((s) => totals[s] > 0).map((s) => (
          <span
            key={s}
            className={mergeClasses(styles.segment, status[s])}
            style={{ flexGrow: totals[s] }}
            data-status={s}
          />
        ))}
      </div>
      <ul className={styles.totals}>
        {STATUSES.map((s) => (
          <li key={s} className={mergeClasses(styles.total, status[s])} data-status={s}>
            <span className={status.sign} aria-hidden="true">
              {STATUS_SIGNS[s]}
            </span>
            <span className={styles.totalLabel}>{STATUS_LABELS[lang][s]}</span>
            <span className={styles.count}>{totals[s]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
});

function Counts({ counts, lang }: { counts: StatusCounts; lang: Lang }) {
  const styles = useStyles();
  // Worst first, as the agencies are ordered.
  const order: Status[] = ["invalid", "offTrack", "atRisk", "missing", "met", "exceeded"];
  return (
    <span className={styles.chips}>
      {order
        .filter((s) => counts[s] > 0)
        .map((s) => (
          <StatusBadge key={s} status={s} lang={lang} count={counts[s]} />
        ))}
    </span>
  );
}

export interface AgenciesProps {
  report: ValidationReport;
  catalogue: Catalogue;
  lang: Lang;
  filter: string | null;
  disabled: boolean;
  onFilter: (agency: string | null) => void;
  onGoTo: (code: string) => void;
}

/** Memoized: drawn again only when its own props change, not on every state change of the pane. */
export const Agencies = memo(function Agencies({
  report,
  catalogue,
  lang,
  filter,
  disabled,
  onFilter,
  onGoTo,
}: AgenciesProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const { evaluation } = report;
  return (
    <section className={styles.section} aria-labelledby="agencies-heading">
      <h2 id="agencies-heading" className={styles.heading} tabIndex={-1}>
        {t.byAgency}
      </h2>
      {filter !== null && (
        <div className={styles.filterBar}>
          <span className={styles.muted}>{t.filteredTo(filter)}</span>
          <Button size="small" disabledFocusable={disabled} onClick={() => onFilter(null)}>
            {t.showAll}
          </Button>
        </div>
      )}
      <Accordion collapsible multiple>
        {evaluation.summary.agencies.map((agency) => (
          <AccordionItem key={agency.agency} value={agency.agency}>
            <AccordionHeader>
              <span className={styles.agencyHeader}>
                <span className={styles.agencyName}>{agency.agency}</span>
                <Counts counts={agency.counts} lang={lang} />
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <div className={styles.filterBar}>
                {/* One button that toggles, so focus stays where it was pressed. */}
                <Button
                  size="small"
                  disabledFocusable={disabled}
                  aria-pressed={filter === agency.agency}
                  onClick={() => onFilter(filter === agency.agency ? null : agency.agency)}
                >
                  {t.filterSheet}
                </Button>
              </div>
              <p className={styles.muted}>{t.agencyRows(agency.codes.length)}</p>
              <ul className={styles.rows}>
                {agency.codes.map((code) => {
                  const row = evaluation.row(code);
                  const indicator = catalogue.byCode.get(code);
                  if (!row || !indicator) return null;
                  return (
                    <IndicatorRow
                      key={code}
                      report={report}
                      row={row}
                      indicator={indicator}
                      lang={lang}
                      disabled={disabled}
                      onGoTo={onGoTo}
                    />
                  );
                })}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
});

export const Findings = memo(function Findings({
  report,
  lang,
  disabled,
  onGoTo,
}: {
  report: ValidationReport;
  lang: Lang;
  disabled: boolean;
  onGoTo: (code: string) => void;
}) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const items = [
    ...report.findings.map((f) => ({ code: f.codes[0], text: describe(f.problem, lang) })),
    ...report.evaluation.rows.flatMap((r) => r.problems.map((p) => ({ code: r.code, text: describe(p, lang) }))),
  ];
  return (
    <section className={styles.section} aria-labelledby="findings-heading">
      <h2 id="findings-heading" className={styles.heading}>
        {t.findings}
      </h2>
      {items.length === 0 ? (
        <p className={styles.muted}>{t.noFindings}</p>
      ) : (
        <ul className={styles.findings}>
          {items.map((item, i) => (
            <li key={i} className={styles.finding}>
              {item.text}{" "}
              {item.code && report.rowNumbers.has(item.code) && (
                <Link as="button" disabledFocusable={disabled} onClick={() => onGoTo(item.code)}>
                  {t.goToRow(item.code)}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
