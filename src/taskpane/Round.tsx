/** The reporting round in the pane: split by agency, merge the agencies' files after a preview, progress, explanations. */

import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { describe, problem, STATUS_LABELS, type Catalogue, type Lang, type LeadAgency, type Problem } from "../core";
import {
  fileResult,
  leftOutCount,
  planCompleteness,
  planMerge,
  targetRefusal,
  timestampInVietnam,
  type Completeness,
  type MergePlan,
  type MergeSource,
} from "../round";
import { CHECK_STRINGS } from "../ui/checkStrings";
import { STRINGS } from "../ui/strings";
import type { Outcome, ValidationReport, Workbook } from "../workbook/types";
import { loadAgencyFiles } from "./agencyFilesScript";

// Few, plain styles, and native controls where Fluent's would add to the pane's initial size (its budget).
const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: "6px", margin: 0, padding: 0, listStyleType: "none" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "flex-end" },
  cell: { textAlign: "left", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  small: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  grow: { flex: "1 1 200px", fontFamily: "inherit" },
});

export interface RoundProps {
  workbook: Workbook;
  catalogue: Catalogue;
  lang: Lang;
  /** The last validation: completeness and explanations follow it. */
  report: ValidationReport | undefined;
  disabled: boolean;
  /** After a merge or a saved explanation: validate again (the pane's own action). */
  onChanged: () => void;
  /** Shows only one agency's rows in the sheet. */
  onFilter: (agency: LeadAgency) => void;
}

interface Preview {
  sources: MergeSource[];
  plan: MergePlan;
  /** The findings' messages come with the .xlsx script, outside the pane's budget. */
  describe: (finding: MergePlan["findings"][number], lang: Lang) => string;
}

/** A stable ref callback: focuses its element once, when it appears. */
const focusOnMount = (element: HTMLElement | null) => element?.focus();

export function Round({ workbook, catalogue, lang, report, disabled, onChanged, onFilter }: RoundProps) {
  const styles = useStyles();
  const t = STRINGS[lang].round;
  const [busy, setBusy] = useState(false);
  // A string is a success; a refusal's text (from the .xlsx script's messages) is an error, as a Problem is.
  const [said, setSaid] = useState<Problem | string | { refusal: string } | undefined>();
  const [agency, setAgency] = useState("");
  const [keepExisting, setKeepExisting] = useState(false);
  const [preview, setPreview] = useState<Preview | undefined>();
  const [progress, setProgress] = useState<Completeness | undefined>();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const fileInput = useRef<HTMLInputElement>(null);
  const mergeButton = useRef<HTMLButtonElement>(null);
  const saidBar = useRef<HTMLDivElement>(null);
  const leaving = useRef(false);
  // Buttons refuse presses while anything works but keep the keyboard's focus (disabledFocusable), as the pane's do.
  const off = disabled || busy;

  /**
   * One step at a time; an error becomes the message bar, never a crash. When the control that was pressed went
   * away with what it acted on (the preview), or will (a saved explanation's box: `leaving`), focus goes to the
   * message every step ends with.
   */
  const step = async (work: () => Promise<string | void>, leaves = false) => {
    leaving.current = leaves;
    setBusy(true);
    setSaid(undefined);
    try {
      const notice = await work();
      if (notice) setSaid(notice);
    } catch (e) {
      setSaid(problem("excel.failed", { code: "Unknown", detail: String(e) }));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    if (said !== undefined && (leaving.current || document.activeElement === document.body)) saidBar.current?.focus();
  }, [said]);
  const ok = <T,>(outcome: Outcome<T>): outcome is { ok: true; value: T } => {
    if (!outcome.ok) setSaid(outcome.error);
    return outcome.ok;
  };

  useEffect(() => {
    let live = true;
    if (!report) return;
    void workbook.readRound().then((round) => {
      // Today in the province: the date part of the log's timestamp (one function less in the pane).
      if (live && round.ok)
        setProgress(planCompleteness(catalogue, round.value, report.evaluation, timestampInVietnam().slice(0, 10)));
    });
    return () => {
      live = false;
    };
  }, [report, workbook, catalogue]);

  const split = () =>
    step(async () => {
      const round = await workbook.readRound();
      if (!ok(round)) return;
      const files = await (await loadAgencyFiles()).splitToBase64(catalogue, round.value, agency || undefined);
      for (const file of files) if (!ok(await workbook.openNewWorkbook(file))) return;
      return t.splitDone(files.length);
    });

  const choose = (picked: File[]) =>
    step(async () => {
      if (fileInput.current) fileInput.current.value = "";
      if (picked.length === 0) return;
      const script = await loadAgencyFiles();
      const round = await workbook.readRound();
      if (!ok(round)) return;
      // An agency's own file open instead of the consolidated workbook: said before the picked files are read.
      const refusal = targetRefusal(catalogue, round.value);
      if (refusal) return void setSaid({ refusal: script.describeRound(refusal, lang) });
      const sources = await script.readPicked(picked, catalogue, lang, t);
      const plan = planMerge(catalogue, round.value, sources, { keepExisting, when: "" });
      setPreview({ sources, plan, describe: script.describeRound });
    });

  const apply = (chosen: Preview) =>
    step(async () => {
      setPreview(undefined);
      const applied = await workbook.applyMerge(chosen.sources, { keepExisting, when: timestampInVietnam() });
      if (!ok(applied)) return;
      onChanged();
      return t.merged(applied.value.writes.length, applied.value.log.length);
    });

  const save = (code: string, text: string) =>
    step(async () => {
      if (!ok(await workbook.writeNote(code, text))) return;
      setDrafts((d) => ({ ...d, [code]: "" }));
      onChanged();
      return t.explanationSaved(code);
    }, true);

  const owed = (progress?.findings ?? []).flatMap((f) => (f.code === "explanation.missing" ? [f.params] : []));
  const small = (text: string) => <p className={styles.small}>{text}</p>;
  const press = (onClick: () => void, enabled = true) => ({
    disabled: !enabled,
    disabledFocusable: off,
    // Fluent's Button calls no onClick while disabledFocusable.
    onClick,
  });

  return (
    <section className={styles.column} aria-labelledby="round-heading">
      <h2 className={styles.heading} id="round-heading">
        {t.title}
      </h2>
      {said !== undefined && (
        <MessageBar intent={typeof said === "string" ? "success" : "error"} ref={saidBar} tabIndex={-1}>
          <MessageBarBody>
            {typeof said === "string" ? said : "refusal" in said ? said.refusal : describe(said, lang)}
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.row}>
        <Field label={t.splitAgency}>
          <Select value={agency} onChange={(_, d) => setAgency(d.value)}>
            <option value="">{t.allAgencies}</option>
            {catalogue.leadAgencies.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </Select>
        </Field>
        <Button {...press(() => void split())}>{t.split}</Button>
      </div>

      <div className={styles.row}>
        <Button ref={mergeButton} {...press(() => fileInput.current?.click())}>
          {t.mergeTitle}
        </Button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".xlsx"
          aria-label={t.chooseFiles}
          hidden
          onChange={(e) => void choose(Array.from(e.target.files ?? []))}
        />
        <label>
          <input
            type="checkbox"
            checked={keepExisting}
            disabled={preview !== undefined}
            onChange={(e) => setKeepExisting(e.target.checked)}
          />{" "}
          {t.keepExisting}
        </label>
      </div>

      {preview && (
        // The preview is what the user must read next: focus goes to it (a region a screen reader announces).
        <div className={styles.column} role="region" aria-labelledby="round-preview" ref={focusOnMount} tabIndex={-1}>
          <table className={styles.small}>
            <caption id="round-preview">{t.previewTitle(preview.plan.files.length)}</caption>
            <thead>
              <tr>
                {t.fileColumns.map((h) => (
                  <th key={h} className={styles.cell}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.plan.files.map((f, i) => (
                <tr key={i}>
                  {/* Left out counts the rows the file's structure hides (unread), as the command line's table does. */}
                  {[
                    f.file,
                    f.agency,
                    t.fileStatus[fileResult(f)],
                    f.filled,
                    f.changed,
                    leftOutCount(f) + f.conflicts,
                  ].map((v, j) => (
                    <td key={j} className={styles.cell}>
                      {v}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <ul className={styles.column}>
            {preview.plan.findings.map((f, i) => (
              <li key={i}>{preview.describe(f, lang)}</li>
            ))}
          </ul>
          {preview.plan.writes.length === 0 && small(t.nothingToApply)}
          <div className={styles.row}>
            <Button appearance="primary" {...press(() => void apply(preview), preview.plan.writes.length > 0)}>
              {t.apply(preview.plan.writes.length)}
            </Button>
            <Button
              {...press(() => {
                setPreview(undefined);
                mergeButton.current?.focus();
              })}
            >
              {t.cancel}
            </Button>
          </div>
        </div>
      )}

      {/* Only beside a current validation: after "Xóa kết quả kiểm tra" it would be stale. */}
      {report && progress && (
        <>
          <h3 className={styles.heading}>{t.progressTitle}</h3>
          {small(t.due(progress.dates.due.split("-").reverse().join("/")))}
          <ul className={styles.column}>
            {progress.agencies.map((a) => (
              <li key={a.agency}>
                <Button appearance="subtle" size="small" {...press(() => onFilter(a.agency))}>
                  {a.agency}
                </Button>{" "}
                {t.progressLine(a.filled, a.expected)}
                {a.overdue && <strong> · {t.overdue}</strong>}
                {a.missingCodes.length > 0 && small(t.missing(a.missingCodes.join(", ")))}
                {a.conflictCodes.length > 0 && small(CHECK_STRINGS[lang].conflicts(a.conflictCodes.join(", ")))}
                {/* Rows to confirm before the agency is asked to explain them (a doubted figure). */}
                {a.toConfirmCodes.length > 0 && small(CHECK_STRINGS[lang].toCheckCodes(a.toConfirmCodes.join(", ")))}
                {a.explanationsMissing.length > 0 && small(t.explanationsOwed(a.explanationsMissing.length))}
              </li>
            ))}
          </ul>

          <h3 className={styles.heading}>{t.explainTitle}</h3>
          {owed.length === 0 && small(t.noExplanationsOwed)}
          {owed.map(({ code, status }) => {
            const text = (drafts[code] ?? "").trim();
            return (
              <div key={code} className={styles.row}>
                <label className={`${styles.column} ${styles.grow}`}>
                  {t.explainLabel(code, STATUS_LABELS[lang][status])}
                  {/* Read-only, not disabled, while the pane works: an automatic re-check must not take the focus away. */}
                  <textarea
                    className={styles.grow}
                    rows={2}
                    value={drafts[code] ?? ""}
                    readOnly={off}
                    onChange={(e) => setDrafts((all) => ({ ...all, [code]: e.target.value }))}
                  />
                </label>
                <Button {...press(() => void save(code, text), text !== "")}>{t.saveExplanation}</Button>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
