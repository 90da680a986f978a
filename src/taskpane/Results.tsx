/**
 * The results of a validation after the headline (Totals.tsx): lead agencies worst first (as of the person's last
 * own check: useAgencyOrder.ts) with their rows, and the findings. Loaded after the pane's first paint (later.ts).
 */

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
import { memo } from "react";
import { countsWithToCheck, describe, type Catalogue, type CheckedCounts, type Lang, type ShownStatus } from "../core";
import { STRINGS } from "../ui/strings";
import type { ValidationReport } from "../workbook/types";
import { IndicatorRow } from "./IndicatorRow";
import { useSectionStyles } from "./sectionStyles";
import { inOrder } from "./useAgencyOrder";
import { StatusBadge } from "./Status";

const useStyles = makeStyles({
  chips: { display: "flex", gap: "4px", flexWrap: "wrap", marginTop: "2px" },
  agencyHeader: { display: "flex", flexDirection: "column", alignItems: "flex-start", textAlign: "left" },
  agencyName: { fontWeight: tokens.fontWeightSemibold },
  rows: { margin: 0, padding: 0 },
  filterBar: { display: "flex", gap: "6px", flexWrap: "wrap", margin: "6px 0" },
  findings: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", gap: "4px" },
  finding: { fontSize: tokens.fontSizeBase200 },
});

function Counts({ counts, lang }: { counts: CheckedCounts; lang: Lang }) {
  const styles = useStyles();
  // Worst first, as the agencies are ordered; a row to check is counted apart, as in the headline.
  const order: ShownStatus[] = ["invalid", "toCheck", "offTrack", "atRisk", "missing", "met", "exceeded"];
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
  /** The agencies' order to keep (useAgencyOrder.ts); the report's own (worst first) without it. */
  order?: readonly string[];
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
  order,
  disabled,
  onFilter,
  onGoTo,
}: AgenciesProps) {
  const styles = useStyles();
  const section = useSectionStyles();
  const t = STRINGS[lang];
  const { evaluation } = report;
  const { toCheck } = report;
  const statusOf = (code: string) => evaluation.row(code)?.status;
  return (
    <section className={section.section} aria-labelledby="agencies-heading">
      <h2 id="agencies-heading" className={section.heading} tabIndex={-1}>
        {t.byAgency}
      </h2>
      {filter !== null && (
        <div className={styles.filterBar}>
          <span className={section.muted}>{t.filteredTo(filter)}</span>
          <Button size="small" disabledFocusable={disabled} onClick={() => onFilter(null)}>
            {t.showAll}
          </Button>
        </div>
      )}
      <Accordion collapsible multiple>
        {inOrder(evaluation.summary.agencies, order).map((agency) => (
          <AccordionItem key={agency.agency} value={agency.agency}>
            <AccordionHeader>
              <span className={styles.agencyHeader}>
                <span className={styles.agencyName}>{agency.agency}</span>
                <Counts counts={countsWithToCheck(agency.counts, agency.codes, toCheck, statusOf)} lang={lang} />
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
              <p className={section.muted}>{t.agencyRows(agency.codes.length)}</p>
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
                      toCheck={toCheck.has(code)}
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
  const section = useSectionStyles();
  const t = STRINGS[lang];
  const items = [
    ...report.findings.map((f) => ({ code: f.codes[0], text: describe(f.problem, lang) })),
    ...report.evaluation.rows.flatMap((r) => r.problems.map((p) => ({ code: r.code, text: describe(p, lang) }))),
  ];
  return (
    <section className={section.section} aria-labelledby="findings-heading">
      <h2 id="findings-heading" className={section.heading}>
        {t.findings}
      </h2>
      {items.length === 0 ? (
        <p className={section.muted}>{t.noFindings}</p>
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
