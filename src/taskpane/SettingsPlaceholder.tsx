/**
 * What stands in the settings' place until their controls have come with the pane's second script (later.ts): the
 * same labels, values and hint in boxes of the controls' size, so nothing below moves when they arrive. Drawing
 * Fluent UI's Field, Select and Input took about a sixth of the pane's first frame (issue 12's start-up figures);
 * the controls are behind a click, and in Excel they come while the pane waits for the workbook's first read.
 */

import { mergeClasses } from "@fluentui/react-components";
import { formatNumber, PERIOD_LABELS, type Lang, type ReportingPeriod } from "../core";
import { STRINGS } from "../ui/strings";
import { fieldHint, TOLERANCE_FIELD } from "./fieldHint";
import { usePlaceholderStyles, useSettingsStyles } from "./settingsStyles";

export function SettingsPlaceholder({
  lang,
  period,
  tolerancePercent,
}: {
  lang: Lang;
  period: ReportingPeriod;
  tolerancePercent: number;
}) {
  const layout = useSettingsStyles();
  const styles = usePlaceholderStyles();
  const t = STRINGS[lang];
  const field = mergeClasses(layout.field, styles.field);
  return (
    <div className={layout.settings} aria-hidden="true" data-placeholder="settings">
      <div className={field}>
        <span className={styles.label}>{t.period}</span>
        <span className={styles.box}>{PERIOD_LABELS[lang][period]}</span>
      </div>
      <div className={field}>
        <span className={styles.label}>{t.tolerance}</span>
        <span className={styles.box}>{formatNumber(tolerancePercent, lang)}</span>
        <span className={styles.hint}>
          {fieldHint(lang, { ...TOLERANCE_FIELD, description: t.toleranceHint }, tolerancePercent)}
        </span>
      </div>
    </div>
  );
}
