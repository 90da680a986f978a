/** How the pane shows a status: Fluent tokens (so dark and high-contrast themes follow) and a sign, never colour alone. */

import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { STATUS_LABELS, type Lang, type ShownStatus } from "../core";
import { CHECK_STRINGS } from "../ui/checkStrings";

/** Met and exceeded differ by sign and weight as well as shade; every status has its own sign, and so do rows to check. */
export const SIGNS: Record<ShownStatus, string> = {
  exceeded: "▲",
  met: "✓",
  atRisk: "!",
  offTrack: "✕",
  missing: "–",
  invalid: "?",
  toCheck: "◊",
};

/** The words for a status, or for the rows to check. */
export function shownLabel(shown: ShownStatus, lang: Lang): string {
  return shown === "toCheck" ? CHECK_STRINGS[lang].label : STATUS_LABELS[lang][shown];
}

const useStyles = makeStyles({
  badge: {
    display: "inline-flex",
    alignItems: "baseline",
    gap: "4px",
    padding: "0 6px",
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "normal",
    wordBreak: "keep-all",
  },
  sign: { fontWeight: tokens.fontWeightBold },
  exceeded: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorPaletteGreenForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder2}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  met: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
  atRisk: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  // The palette's story (src/template/palette.ts): the worst status the strongest, a full red with white text.
  offTrack: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorderActive}`,
  },
  missing: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Grey as the palette's, a shade darker than a row without figures and with a darker edge (Fluent has no
  // mid-grey background that follows the themes; the sign "?" tells it from "–" in any case).
  invalid: {
    backgroundColor: tokens.colorNeutralBackground6,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
  },
  // Lilac, as the report's "Cần kiểm tra lại số liệu" and the sheet's highlight of such a row.
  toCheck: {
    backgroundColor: tokens.colorPaletteLavenderBackground2,
    color: tokens.colorPaletteLavenderForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteLavenderBorderActive}`,
  },
});

/** The class of a status's colours, for a badge, a count or a segment of the headline's bar. */
export function useStatusClasses(): Record<ShownStatus, string> & { badge: string; sign: string } {
  return useStyles();
}

export function StatusBadge({ status, lang, count }: { status: ShownStatus; lang: Lang; count?: number }) {
  const styles = useStyles();
  const label = shownLabel(status, lang);
  return (
    <span className={mergeClasses(styles.badge, styles[status])} data-status={status}>
      <span className={styles.sign} aria-hidden="true">
        {SIGNS[status]}
      </span>
      <span>{count === undefined ? label : `${count} ${label.toLowerCase()}`}</span>
    </span>
  );
}
