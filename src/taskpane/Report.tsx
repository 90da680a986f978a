/** "Tạo báo cáo" in the pane: the period's report as a sheet of the workbook, asking before it replaces one. */

import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { describe, type Lang } from "../core";
import type { ReportGrouping } from "../report";
import { todayInVietnam } from "../round/calendar";
import { STRINGS } from "../ui/strings";
import type { Workbook } from "../workbook/types";

// As the settings' fields: one column that may shrink, so a 160 px pane (200 % zoom) does not scroll sideways.
const useStyles = makeStyles({ field: { minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" } });

export interface ReportProps {
  workbook: Workbook;
  lang: Lang;
  /**
   * The margin the pane judges with. The period is the sheet's own: the pane's list writes the one chosen into the
   * period cell, and one the pane merely assumed (an unreadable cell) must not title a report (trial 23, 15).
   */
  tolerance: number;
  /** Another action of the pane is running. */
  disabled: boolean;
}

export function Report({ workbook, lang, tolerance, disabled }: ReportProps) {
  const t = STRINGS[lang];
  const styles = useStyles();
  const [groupBy, setGroupBy] = useState<ReportGrouping>("agency");
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<string | undefined>();
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>();
  const button = useRef<HTMLButtonElement>(null);
  const bar = useRef<HTMLDivElement>(null);

  const make = async (replace: boolean) => {
    if (busy) return;
    setBusy(true);
    setAsking(undefined);
    setMessage(undefined);
    const result = await workbook.writeReport({ tolerance, groupBy, lang, date: todayInVietnam(), replace });
    setBusy(false);
    if (!result.ok) setMessage({ error: true, text: describe(result.error, lang) });
    else if (result.value.status === "exists") setAsking(result.value.sheet);
    else setMessage({ error: false, text: t.report.done(result.value) });
    // The question or the outcome takes the focus, as the pane's notices do, so it is heard and answered.
    window.setTimeout(() => bar.current?.focus());
  };

  return (
    <>
      <Field label={t.report.groupBy} className={styles.field}>
        <Select value={groupBy} onChange={(_, d) => setGroupBy(d.value as ReportGrouping)}>
          <option value="agency">{t.report.byAgency}</option>
          <option value="group">{t.report.byGroup}</option>
        </Select>
      </Field>
      <div>
        <Button ref={button} disabledFocusable={disabled || busy} aria-busy={busy} onClick={() => void make(false)}>
          {t.report.make}
        </Button>
      </div>
      {asking !== undefined && (
        <MessageBar intent="warning" ref={bar} tabIndex={-1}>
          <MessageBarBody>{t.report.exists(asking)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void make(true)}>
              {t.report.replace}
            </Button>
            <Button
              size="small"
              onClick={() => {
                setAsking(undefined);
                button.current?.focus();
              }}
            >
              {t.cancel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {message && (
        <MessageBar intent={message.error ? "error" : "success"} ref={bar} tabIndex={-1}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
