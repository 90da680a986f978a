/** The settings line's layout, shared by the settings and by what stands in their place until they come. */

import { makeStyles, tokens } from "@fluentui/react-components";

export const useSettingsStyles = makeStyles({
  // Top-aligned: the margin's hint makes its field taller, and a stretched period field put its list at the bottom.
  settings: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "flex-start" },
  // One column that may shrink: an input is 200 px wide by itself, wider than a 160 px pane.
  field: {
    flex: "1 1 120px",
    minWidth: 0,
    gridTemplateColumns: "minmax(0, 1fr)",
    alignContent: "start",
    "& .fui-Input": { minWidth: 0 },
  },
});

/** Fluent UI's Field, Label, Select and Input metrics (react-field's styles): a label, a 32 px control, a hint. */
export const usePlaceholderStyles = makeStyles({
  field: { display: "grid" },
  label: {
    maxWidth: "max-content",
    padding: `${tokens.spacingVerticalXXS} 0`,
    marginBottom: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  box: {
    boxSizing: "border-box",
    height: "32px",
    display: "flex",
    alignItems: "center",
    padding: `0 ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground3,
    overflow: "hidden",
    whiteSpace: "nowrap",
  },
  hint: {
    marginTop: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
});
