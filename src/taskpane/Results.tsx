/** The results of a validation: totals by status, lead agencies worst first with their rows, and findings. */

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Link,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  describe,
  formatNumber,
  rowBounds,
  STATUS_LABELS,
  STATUSES,
  type Catalogue,
  type Lang,
  type Status,
  type StatusCounts,
} from "../core";
import { HIGHLIGHT_COLORS } from "../template";
import { STRINGS } from "../ui/strings";
import type { ValidationReport } from "../workbook/types";
import { annualPlanText, RowChecks } from "./WarningBar";

/** The sheet's highlight colours, so the pane and the sheet speak alike; "missing" stays neutral. */
export const STATUS_COLORS: Record<Status, { fill: string; fontColor: string }> = {
  ...HIGHLIGHT_COLORS,
  missing: { fill: "#F0F0F0", fontColor: "#424242" },
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "6px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  totals: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: "6px",
    margin: 0,
    padding: 0,
  },
  total: {
    listStyleType: "none",
    display: "flex",
    justifyContent: "space-between",
    gap: "6px",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  count: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  chip: {
    display: "inline-block",
    whiteSpace: "normal",
    padding: "0 6px",
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  chips: { display: "flex", gap: "4px", flexWrap: "wrap", marginTop: "2px" },
  agencyHeader: { display: "flex", flexDirection: "column", alignItems: "flex-start", textAlign: "left" },
  agencyName: { fontWeight: tokens.fontWeightSemibold },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: "4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  td: { padding: "4px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, verticalAlign: "top" },
  figures: { display: "block", color: tokens.colorNeutralForeground3, marginTop: "2px" },
  rowButton: { minWidth: "auto", padding: "0 4px", fontFamily: "inherit" },
  filterBar: { display: "flex", gap: "6px", flexWrap: "wrap", margin: "6px 0" },
  findings: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", gap: "4px" },
  finding: { fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
});

export function StatusChip({ status, lang, count }: { status: Status; lang: Lang; count?: number }) {
  const styles = useStyles();
  const colors = STATUS_COLORS[status];
  return (
    <span className={styles.chip} style={{ background: colors.fill, color: colors.fontColor }} data-status={status}>
      {count === undefined ? STATUS_LABELS[lang][status] : `${count} ${STATUS_LABELS[lang][status].toLowerCase()}`}
    </span>
  );
}

export function Totals({ report, lang }: { report: ValidationReport; lang: Lang }) {
  const styles = useStyles();
  const totals = report.evaluation.summary.totals;
  return (
    <section className={styles.section} aria-labelledby="totals-heading">
      <h2 id="totals-heading" className={styles.heading}>
        {STRINGS[lang].totals}
      </h2>
      <ul className={styles.totals}>
        {STATUSES.map((status) => (
          <li
            key={status}
            className={styles.total}
            style={{ background: STATUS_COLORS[status].fill, color: STATUS_COLORS[status].fontColor }}
            data-status={status}
          >
            <span>{STATUS_LABELS[lang][status]}</span>
            <span className={styles.count}>{totals[status]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Counts({ counts, lang }: { counts: StatusCounts; lang: Lang }) {
  const styles = useStyles();
  // Worst first, as the agencies are ordered.
  const order: Status[] = ["invalid", "offTrack", "atRisk", "missing", "met", "exceeded"];
  return (
    <span className={styles.chips}>
      {order
        .filter((s) => counts[s] > 0)
        .map((s) => (
          <StatusChip key={s} status={s} lang={lang} count={counts[s]} />
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

export function Agencies({ report, catalogue, lang, filter, disabled, onFilter, onGoTo }: AgenciesProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const { evaluation } = report;
  const number = (v: number | undefined, digits = 4) => (v === undefined ? "" : formatNumber(v, lang, digits));
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
              <table className={styles.table}>
                <caption className={styles.muted} style={{ textAlign: "left" }}>
                  {agency.agency}: {t.agencyRows(agency.codes.length)}
                </caption>
                <thead>
                  <tr>
                    <th className={styles.th} scope="col">
                      {t.code}
                    </th>
                    <th className={styles.th} scope="col">
                      {t.indicator}
                    </th>
                    <th className={styles.th} scope="col">
                      {t.status}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {agency.codes.map((code) => {
                    const row = evaluation.row(code);
                    const indicator = catalogue.byCode.get(code);
                    if (!row || !indicator) return null;
                    // The bounds judged against, or, with nothing judged yet, those a period's value would meet.
                    const bounds = row.bounds ?? rowBounds(indicator)?.byPeriod[report.period];
                    const plan = bounds
                      ? `${number(bounds.min)}${bounds.max !== bounds.min ? `–${number(bounds.max)}` : ""}${bounds.prorated ? ` (${t.prorated})` : ""}`
                      : "";
                    return (
                      <tr key={code} data-code={code}>
                        <td className={styles.td}>
                          <Button
                            className={styles.rowButton}
                            appearance="transparent"
                            size="small"
                            disabledFocusable={disabled}
                            aria-label={t.goToRow(code)}
                            title={t.goToRow(code)}
                            onClick={() => onGoTo(code)}
                          >
                            {code}
                          </Button>
                        </td>
                        <td className={styles.td}>
                          {lang === "vi" ? indicator.name.vi : indicator.name.en}
                          <span className={styles.figures}>
                            {row.value !== undefined && (
                              <>
                                {row.basis === "estimate" ? t.estimate : t.value}: {number(row.value)} ·{" "}
                              </>
                            )}
                            {t.target}: {plan}
                            {annualPlanText(row, report.period, lang) !== undefined && (
                              <> · {annualPlanText(row, report.period, lang)}</>
                            )}
                          </span>
                          <RowChecks report={report} code={code} lang={lang} />
                        </td>
                        <td className={styles.td}>
                          <StatusChip status={row.status} lang={lang} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

export function Findings({
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
}
