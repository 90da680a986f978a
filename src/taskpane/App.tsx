/** The task pane: the state of the targets at a glance, by lead agency, with every action one click away. */

import { Button, FluentProvider, ProgressBar, webLightTheme } from "@fluentui/react-components";
import { useCallback, useDeferredValue, useEffect, useRef, useState } from "react";
import {
  DEFAULT_TOLERANCE,
  problem,
  formatTime,
  type Catalogue,
  type Lang,
  type Problem,
  type ReportingPeriod,
} from "../core";
import { STRINGS } from "../ui/strings";
import type { Outcome, ValidationReport, Workbook } from "../workbook/types";
import { Messages } from "./Messages";
import { SettingsPlaceholder } from "./SettingsPlaceholder";
import { startFirstRead, type FirstRead } from "./firstRead";
import { Totals } from "./Totals";
import { useAppStyles } from "./appStyles";
import { useLater } from "./useLater";
import { useAgencyOrder } from "./useAgencyOrder";
import { useAutoRecheck } from "./useAutoRecheck";
import { useOneAction } from "./useOneAction";
import { usePeriodChoice } from "./usePeriodChoice";
import { WarningBar } from "./WarningBar";
import { AddColumnOffer } from "./AddColumnOffer";

/** When the button pressed went away with what it acted on, focus goes to `target` instead of the page's body. */
const focusIfLost = (target: () => HTMLElement | null) => () => {
  const active = document.activeElement;
  if (!active || active === document.body) target()?.focus();
};

export interface AppProps {
  workbook: Workbook;
  catalogue: Catalogue;
  initialLang: Lang;
  /** Delay after the last edit before validating again. */
  autoValidateMs?: number;
  /** The first read, started before the pane is drawn (firstRead.ts); without it the pane starts its own. */
  firstRead?: FirstRead;
  /** How long a run may take before the pane says why it may be waiting (Excel in cell-edit mode). */
  slowNoticeMs?: number;
}

const percentOf = (tolerance: number) => Number((tolerance * 100).toPrecision(6));

export function App({ workbook, catalogue, initialLang, autoValidateMs = 800, firstRead, slowNoticeMs }: AppProps) {
  const styles = useAppStyles();
  // The first read's answer when it came before the pane's first drawing: that drawing shows it.
  const [ready] = useState(() => firstRead?.settled);
  const first = ready?.validation;
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = STRINGS[lang];
  const { busy, act, whenIdle, slow } = useOneAction(ready ? null : "start", slowNoticeMs);
  const [error, setError] = useState<Problem | undefined>(
    first && !first.ok && first.error.key !== "sheet.noTemplate" ? first.error : undefined
  );
  const [notice, setNotice] = useState<string | undefined>();
  const [hasTemplate, setHasTemplate] = useState<boolean | undefined>(
    first?.ok ? true : first?.error.key === "sheet.noTemplate" ? false : undefined
  );
  const [report, setReport] = useState<ValidationReport | undefined>(first?.ok ? first.value : undefined);
  const agencyOrder = useAgencyOrder(first?.ok ? first.value : undefined);
  const [validatedAt, setValidatedAt] = useState<Date | undefined>(first?.ok ? new Date() : undefined);
  /** The last validation failed: the results shown are older than the figures (no promise of re-checking). */
  const [stale, setStale] = useState(false);
  const { period, read: readPeriod, choose } = usePeriodChoice(first?.ok ? first.value.period : "H1", whenIdle);
  const [tolerancePercent, setTolerancePercent] = useState(percentOf(ready?.tolerance ?? DEFAULT_TOLERANCE));
  const [toleranceInvalid, setToleranceInvalid] = useState(false);
  const [askReplace, setAskReplace] = useState<string[] | undefined>();
  const [filter, setFilter] = useState<string | null>(null);
  const toleranceRef = useRef(ready?.tolerance ?? DEFAULT_TOLERANCE);
  const validateButton = useRef<HTMLButtonElement>(null);
  const insertButton = useRef<HTMLButtonElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  /** The agency list, the findings, the report, the round and the replace dialog: a second script (later.ts). */
  const rest = useLater((e) => setError(problem("pane.partNotLoaded", { detail: e.message })));

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  /** From the first validation on, edits in the sheet validate again by themselves; "Xóa" pauses that. */
  const recheck = useAutoRecheck(workbook, act, autoValidateMs, () => runValidation());
  const { watch, paused } = recheck;

  const show = useCallback(
    async (result: Outcome<ValidationReport>) => {
      if (!result.ok) {
        if (result.error.key === "sheet.noTemplate") {
          setHasTemplate(false);
          setReport(undefined);
        } else {
          setError(result.error);
          setStale(true);
        }
        return;
      }
      setError(undefined);
      setStale(false);
      setHasTemplate(true);
      setReport(result.value);
      agencyOrder.follow(result.value);
      readPeriod(result.value.period);
      setValidatedAt(new Date());
      await watch();
    },
    [watch, readPeriod, agencyOrder.follow]
  );

  const runValidation = useCallback(
    async (chosen?: ReportingPeriod) =>
      show(await workbook.validate({ tolerance: toleranceRef.current, period: chosen })),
    [workbook, show]
  );

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      // Drawn with the pane already: only the watching is left to start.
      if (ready) return void (ready.validation.ok && (await watch()));
      await act("validate", async () => {
        const { tolerance, validation } = await (firstRead ?? startFirstRead(workbook)).promise;
        if (tolerance !== undefined) {
          toleranceRef.current = tolerance;
          setTolerancePercent(percentOf(tolerance));
        }
        if (!cancelled) await show(validation);
      });
    })();
    return () => {
      cancelled = true;
    };
    // Once, when the pane opens.
  }, []);

  const focusNoticeIfLost = () => window.setTimeout(focusIfLost(() => noticeRef.current));

  const insert = (mode: "ask" | "replace" | "copy") =>
    act("insert", async () => {
      setAskReplace(undefined);
      const result = await workbook.insertTemplate(mode);
      if (!result.ok) return setError(result.error);
      if (result.value.status === "exists") return setAskReplace(result.value.sheets);
      setError(undefined);
      setHasTemplate(true);
      setReport(undefined);
      setNotice(t.inserted(result.value.sheet, result.value.printSetup));
      setFilter(null);
      focusNoticeIfLost();
    });

  const validate = async (chosen?: ReportingPeriod): Promise<void> =>
    void (await act("validate", async () => {
      setNotice(undefined);
      recheck.setPaused(false);
      agencyOrder.reorderNext();
      await runValidation(chosen);
    }));

  // The period list stays usable while the pane works (disabling it would drop the keyboard's focus): a period
  // chosen meanwhile is validated as soon as the action running ends.
  const pickPeriod = (chosen: ReportingPeriod) => choose(chosen, validate);

  const clear = () =>
    act("clear", async () => {
      // Paused first, and the re-check due after an edit just before forgotten (trial: it coloured the sheet again).
      recheck.pause();
      // The sheet as it was before any check: a filter to one agency goes too ("Hiện tất cả" goes with the report).
      const shown = filter === null ? { ok: true as const } : await workbook.filterByAgency(null);
      if (shown.ok) setFilter(null);
      const result = shown.ok ? await workbook.clearHighlights() : shown;
      if (!result.ok) {
        recheck.setPaused(paused);
        recheck.changed();
        return setError(result.error);
      }
      recheck.cleared();
      setReport(undefined);
      setNotice(filter === null ? t.cleared : `${t.cleared} ${t.clearedFilter}`);
    });

  // Stable across renders, so the memoized agency list and rows are not drawn again for every state change.
  const filterBy = useCallback(
    (agency: string | null) =>
      void act("filter", async () => {
        const result = await workbook.filterByAgency(agency);
        if (!result.ok) return setError(result.error);
        setFilter(agency);
        // "Hiện tất cả" disappears with the filter: focus goes to the list it was above.
        if (agency === null) window.setTimeout(focusIfLost(() => document.getElementById("agencies-heading")));
      }),
    [workbook, act]
  );

  const goTo = useCallback(
    (code: string) =>
      void act("select", async () => {
        // A row the agency filter hides cannot be shown: the filter goes first, and the pane says so (trial 24).
        const hidden = filter !== null && !catalogue.byCode.get(code)?.lead.includes(filter);
        const shown = hidden ? await workbook.filterByAgency(null) : { ok: true as const };
        const result = shown.ok ? await workbook.selectRow(code) : shown;
        if (!result.ok) return setError(result.error);
        if (hidden) {
          setFilter(null);
          setNotice(t.filterRemovedFor(code));
        }
      }),
    [workbook, act, filter, catalogue, t]
  );

  // NumberField passes on only what it has shown back; a refused text keeps the margin in force.
  const changeTolerance = (percent: number | undefined) => {
    setToleranceInvalid(percent === undefined);
    if (percent === undefined || percent / 100 === toleranceRef.current) return;
    toleranceRef.current = percent / 100;
    setTolerancePercent(percent);
    void workbook.saveTolerance(percent / 100);
    // The sheet's colours and the headline judge by the margin in force: a new one re-checks as an edit does (after
    // the same pause, so "15" typed is one re-check), unless results were cleared (trial 24: the report used 15 %
    // while the sheet and the pane still showed 5 %).
    agencyOrder.reorderNext();
    recheck.changed();
  };

  const date = catalogue.decision.date.split("-").reverse().join("/");
  /** While the pane works, buttons refuse presses but keep the keyboard's focus (disabledFocusable). */
  const disabled = busy !== null;
  const time = validatedAt && formatTime(validatedAt);
  // The headline shows as soon as a report arrives; the agency list and the findings (most of the
  // pane's elements) follow in a background render that yields to the person's clicks and keys.
  const later = useDeferredValue(report);

  return (
    <FluentProvider theme={webLightTheme} dir="ltr">
      <main className={styles.pane} aria-busy={disabled}>
        <header className={styles.header}>
          <div className={styles.heading}>
            <h1 className={styles.title}>{t.appTitle}</h1>
            <p className={styles.subtitle}>{t.decision(catalogue.decision.number, date)}</p>
          </div>
          <Button
            size="small"
            appearance="subtle"
            onClick={() => setLang(lang === "vi" ? "en" : "vi")}
            lang={lang === "vi" ? "en" : "vi"}
          >
            {t.switchLanguage}
          </Button>
        </header>

        {report && (
          <WarningBar
            report={report}
            lang={lang}
            disabled={disabled}
            onPickPeriod={(p) =>
              // The bar goes away once the period reads: focus goes to the new headline, not the page's body.
              void pickPeriod(p).then(() =>
                window.setTimeout(focusIfLost(() => document.getElementById("totals-heading")))
              )
            }
            onGoTo={goTo}
          />
        )}

        {rest ? (
          <rest.Settings
            lang={lang}
            period={period}
            hasTemplate={hasTemplate}
            tolerancePercent={tolerancePercent}
            onPeriod={(chosen) => void pickPeriod(chosen)}
            onTolerance={changeTolerance}
          />
        ) : (
          <SettingsPlaceholder lang={lang} period={period} tolerancePercent={tolerancePercent} />
        )}

        <div className={styles.actions}>
          <Button
            appearance="primary"
            ref={validateButton}
            disabled={!hasTemplate || toleranceInvalid}
            disabledFocusable={disabled}
            onClick={() => void validate()}
          >
            {t.validate}
          </Button>
          <Button ref={insertButton} disabledFocusable={disabled} onClick={() => void insert("ask")}>
            {t.insert}
          </Button>
          <Button disabled={!hasTemplate} disabledFocusable={disabled} onClick={() => void clear()}>
            {t.clear}
          </Button>
        </div>

        {/* A quiet indicator in space that is always reserved: automatic re-checks move nothing. */}
        <div className={styles.progress}>
          {busy !== null && <ProgressBar thickness="medium" aria-label={t.working} />}
        </div>
        <p className={styles.status} role="status">
          {busy !== null ? <span className={styles.visuallyHidden}>{t.working}</span> : null}
          {slow && <span className={styles.slow}>{t.slowAnswer}</span>}
          {recheck.sheetStale
            ? t.sheetStale
            : report
              ? stale
                ? t.resultsFrom(time ?? "")
                : `${t.validatedAt(report.sheet, time ?? "")} ${t.autoValidate}`
              : paused
                ? t.autoPaused
                : hasTemplate && busy === null
                  ? t.notValidatedYet
                  : null}
        </p>

        <Messages
          lang={lang}
          error={error}
          notice={notice}
          noTemplate={hasTemplate === false}
          disabled={disabled}
          noticeRef={noticeRef}
          onDismiss={() => {
            setError(undefined);
            // The bar and its button go away: focus returns to the pane's main action.
            (validateButton.current?.disabled ? insertButton : validateButton).current?.focus();
          }}
          onInsert={() => void insert("ask")}
        />

        <AddColumnOffer
          workbook={workbook}
          report={report}
          lang={lang}
          disabled={disabled}
          onAdded={() => void validate()}
          onError={setError}
        />

        {report && <Totals report={report} lang={lang} agency={filter} />}
        {report && later && rest && (
          <>
            <rest.Agencies
              report={later}
              catalogue={catalogue}
              lang={lang}
              filter={filter}
              order={agencyOrder.order}
              disabled={disabled}
              onFilter={filterBy}
              onGoTo={goTo}
            />
            <rest.Findings report={later} lang={lang} disabled={disabled} onGoTo={goTo} />
          </>
        )}

        {hasTemplate && rest && (
          <rest.Report workbook={workbook} lang={lang} tolerance={tolerancePercent / 100} disabled={disabled} />
        )}

        {hasTemplate && rest && (
          <rest.RoundHost
            workbook={workbook}
            catalogue={catalogue}
            lang={lang}
            report={report}
            disabled={disabled}
            onChanged={() => void validate()}
            onFilter={(a) => void filterBy(a)}
          />
        )}

        {rest && (
          <rest.ReplaceDialog
            lang={lang}
            sheets={askReplace}
            onChoose={(mode) => void insert(mode)}
            onCancel={() => setAskReplace(undefined)}
          />
        )}
      </main>
    </FluentProvider>
  );
}
