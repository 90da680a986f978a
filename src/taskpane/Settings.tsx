/** The pane's settings: the reporting period judged and the margin of tolerance, side by side (later.ts brings them). */

import { Field, Select } from "@fluentui/react-components";
import { PERIOD_LABELS, REPORTING_PERIODS, type Lang, type ReportingPeriod } from "../core";
import { STRINGS } from "../ui/strings";
import { TOLERANCE_FIELD } from "./fieldHint";
import { NumberField } from "./NumberField";
import { useSettingsStyles } from "./settingsStyles";

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
  const styles = useSettingsStyles();
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
        {...TOLERANCE_FIELD}
        description={t.toleranceHint}
        onChange={onTolerance}
      />
    </div>
  );
}
