/** The pane's settings: the reporting period judged and the margin of tolerance, side by side. */

import { Field, Select, makeStyles } from "@fluentui/react-components";
import { PERIOD_LABELS, REPORTING_PERIODS, type Lang, type ReportingPeriod } from "../core";
import { STRINGS } from "../ui/strings";
import { NumberField } from "./NumberField";

const useStyles = makeStyles({
  settings: { display: "flex", gap: "8px", flexWrap: "wrap" },
  // One column that may shrink: an input is 200 px wide by itself, wider than a 160 px pane.
  field: { flex: "1 1 120px", minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)", "& .fui-Input": { minWidth: 0 } },
});

export interface SettingsProps {
  lang: Lang;
  period: ReportingPeriod;
  /** The period list is usable only when there is a template to judge. */
  hasTemplate: boolean | undefined;
  tolerancePercent: number;
  onPeriod: (chosen: ReportingPeriod) => void;
  /** What NumberField passes on: a percent it has shown back, or undefined for a refused text. */
  onTolerance: (percent: number | undefined) => void;
}

export function Settings({ lang, period, hasTemplate, tolerancePercent, onPeriod, onTolerance }: SettingsProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  return (
    <div className={styles.settings}>
      <Field label={t.period} className={styles.field}>
        <Select value={period} disabled={!hasTemplate} onChange={(_, data) => onPeriod(data.value as ReportingPeriod)}>
          {REPORTING_PERIODS.map((p) => (
            <option key={p} value={p}>
              {PERIOD_LABELS[lang][p]}
            </option>
          ))}
        </Select>
      </Field>
      <NumberField
        label={t.tolerance}
        lang={lang}
        className={styles.field}
        value={tolerancePercent}
        min={0}
        max={99}
        unit="%"
        description={t.toleranceHint}
        onChange={onTolerance}
      />
    </div>
  );
}
