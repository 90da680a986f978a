/** The reporting round in the pane: split by agency, merge the agencies' files after a preview, progress, explanations. */

import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { describe, problem, STATUS_LABELS, type Catalogue, type Lang, type LeadAgency, type Problem } from "../core";
import {
  describeRound,
  planCompleteness,
  planMerge,
  planSplit,
  timestampInVietnam,
  todayInVietnam,
  type Completeness,
  type MergePlan,
  type MergeSource,
} from "../round";
import { STRINGS } from "../ui/strings";
import type { Outcome, ValidationReport, Workbook } from "../workbook/types";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "6px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "flex-end" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  cell: { textAlign: "left", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
  item: { listStyleType: "none" },
  small: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  check: { display: "flex", gap: "4px", alignItems: "center", fontSize: tokens.fontSizeBase300 },
  explain: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    flex: "1 1 200px",
    fontSize: tokens.fontSizeBase300,
  },
  textarea: { fontFamily: "inherit", fontSize: tokens.fontSizeBase300, padding: "4px", resize: "vertical" },
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

/** The .xlsx reader and writer, loaded only when the user splits or merges: the initial pane stays within its budget. */
const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ "../cli/agencyFiles");

/** A picked file's bytes; FileReader where Blob.arrayBuffer is missing (older webviews). */
function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
    reader.readAsArrayBuffer(file);
  });
}

export function Round({ workbook, catalogue, lang, report, disabled, onChanged, onFilter }: RoundProps) {
  const styles = useStyles();
  const t = STRINGS[lang].round;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Problem | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [agency, setAgency] = useState<string>("");
  const [keepExisting, setKeepExisting] = useState(false);
  const [preview, setPreview] = useState<{ sources: MergeSource[]; plan: MergePlan } | undefined>();
  const [progress, setProgress] = useState<Completeness | undefined>();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const fileInput = useRef<HTMLInputElement>(null);
  const off = disabled || busy;

  /** One step at a time; an Excel error becomes the message bar, never a crash. */
  const step = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await work();
    } catch (e) {
      // A file the reader chokes on, or a browser without what we need: a message, never a crash.
      setError(problem("excel.failed", { code: "Unknown", detail: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  const ok = <T,>(outcome: Outcome<T>): outcome is { ok: true; value: T } => {
    if (!outcome.ok) setError(outcome.error);
    return outcome.ok;
  };

  useEffect(() => {
    let live = true;
    if (!report) return;
    void workbook.readRound().then((round) => {
      if (live && round.ok) setProgress(planCompleteness(catalogue, round.value, report.evaluation, todayInVietnam()));
    });
    return () => {
      live = false;
    };
  }, [report, workbook, catalogue]);

  const split = () =>
    step(async () => {
      const round = await workbook.readRound();
      if (!ok(round)) return;
      const plans = planSplit(catalogue, round.value, { only: agency === "" ? undefined : agency });
      const { agencyWorkbookBytes, toBase64 } = await loadXlsx();
      for (const plan of plans) {
        if (!ok(await workbook.openNewWorkbook(toBase64(await agencyWorkbookBytes(plan))))) return;
      }
      setNotice(t.splitDone(plans.length));
    });

  const choose = (files: FileList | null) =>
    step(async () => {
      if (!files || files.length === 0) return;
      const { readAgencyFile } = await loadXlsx();
      const sources: MergeSource[] = [];
      for (const file of Array.from(files)) {
        const read = await readAgencyFile(await bytesOf(file), catalogue);
        sources.push(
          read.ok
            ? { file: file.name, sheet: read.sheet }
            : // The bounds' messages are the command line's own; a file with no template is the pane's to say.
              { file: file.name, error: read.code === "noTemplate" ? t.fileProblem.noTemplate : read.message[lang] }
        );
      }
      const round = await workbook.readRound();
      if (!ok(round)) return;
      setPreview({ sources, plan: planMerge(catalogue, round.value, sources, { keepExisting, when: "" }) });
      if (fileInput.current) fileInput.current.value = "";
    });

  const apply = () =>
    step(async () => {
      if (!preview) return;
      const applied = await workbook.applyMerge(preview.sources, { keepExisting, when: timestampInVietnam() });
      setPreview(undefined);
      if (!ok(applied)) return;
      setNotice(t.merged(applied.value.writes.length, applied.value.log.length));
      onChanged();
    });

  const save = (code: string) =>
    step(async () => {
      const text = (drafts[code] ?? "").trim();
      if (text === "") return;
      if (!ok(await workbook.writeNote(code, text))) return;
      setDrafts((d) => ({ ...d, [code]: "" }));
      setNotice(t.explanationSaved(code));
      onChanged();
    });

  const owed = (progress?.findings ?? []).flatMap((f) => (f.code === "explanation.missing" ? [f.params] : []));

  return (
    <section className={styles.section} aria-label={t.title}>
      <h2 className={styles.heading}>{t.title}</h2>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{describe(error, lang)}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.row}>
        <Field label={t.splitAgency}>
          <Select value={agency} disabled={off} onChange={(_, d) => setAgency(d.value)}>
            <option value="">{t.allAgencies}</option>
            {catalogue.leadAgencies.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={off} onClick={() => void split()}>
          {t.split}
        </Button>
      </div>

      <div className={styles.row}>
        <Button disabled={off} onClick={() => fileInput.current?.click()}>
          {t.mergeTitle}
        </Button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t.chooseFiles}
          hidden
          onChange={(e) => void choose(e.target.files)}
        />
        {/* Native controls where Fluent's would add to the pane's initial size for one checkbox and a text box. */}
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={keepExisting}
            disabled={off || preview !== undefined}
            onChange={(e) => setKeepExisting(e.target.checked)}
          />
          {t.keepExisting}
        </label>{" "}
      </div>

      {preview && (
        <div className={styles.section} role="region" aria-label={t.previewTitle(preview.plan.files.length)}>
          <p className={styles.small}>{t.previewTitle(preview.plan.files.length)}</p>
          <table className={styles.table}>
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
                <tr key={`${f.file}-${i}`}>
                  <td className={styles.cell}>{f.file}</td>
                  <td className={styles.cell}>{f.agency ?? ""}</td>
                  <td className={styles.cell}>{t.fileStatus[f.status]}</td>
                  <td className={styles.cell}>{f.filled}</td>
                  <td className={styles.cell}>{f.changed}</td>
                  <td className={styles.cell}>{f.notLead + f.conflicts}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className={styles.list}>
            {preview.plan.findings.map((f, i) => (
              <li key={i} className={styles.item}>
                {describeRound(f, lang)}
              </li>
            ))}
          </ul>
          {preview.plan.writes.length === 0 && <p className={styles.small}>{t.nothingToApply}</p>}
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={off || preview.plan.writes.length === 0}
              onClick={() => void apply()}
            >
              {t.apply(preview.plan.writes.length)}
            </Button>
            <Button disabled={off} onClick={() => setPreview(undefined)}>
              {t.cancel}
            </Button>
          </div>
        </div>
      )}

      {progress && (
        <div className={styles.section}>
          <h3 className={styles.heading}>{t.progressTitle}</h3>
          <p className={styles.small}>{t.due(progress.dates.due.split("-").reverse().join("/"))}</p>
          <ul className={styles.list}>
            {progress.agencies.map((a) => (
              <li key={a.agency} className={styles.item}>
                <Button appearance="subtle" size="small" disabled={off} onClick={() => onFilter(a.agency)}>
                  {a.agency}
                </Button>{" "}
                <span>{t.progressLine(a.filled, a.expected)}</span>
                {a.overdue && <span className={styles.overdue}> · {t.overdue}</span>}
                {a.missingCodes.length > 0 && <p className={styles.small}>{t.missing(a.missingCodes.join(", "))}</p>}
                {a.explanationsMissing.length > 0 && (
                  <p className={styles.small}>{t.explanationsOwed(a.explanationsMissing.length)}</p>
                )}
              </li>
            ))}
          </ul>

          <h3 className={styles.heading}>{t.explainTitle}</h3>
          {owed.length === 0 && <p className={styles.small}>{t.noExplanationsOwed}</p>}
          {owed.map(({ code, status }) => (
            <div key={code} className={styles.row}>
              <label className={styles.explain}>
                {t.explainLabel(code, STATUS_LABELS[lang][status])}
                <textarea
                  className={styles.textarea}
                  rows={2}
                  value={drafts[code] ?? ""}
                  disabled={off}
                  onChange={(e) => setDrafts((all) => ({ ...all, [code]: e.target.value }))}
                />
              </label>
              <Button disabled={off || (drafts[code] ?? "").trim() === ""} onClick={() => void save(code)}>
                {t.saveExplanation}
              </Button>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
