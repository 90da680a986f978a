/** The pane's own layout: reflows down to 160 CSS px (200 % zoom) and keeps its height while it works. */

import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  // No minimum width: at 200 % zoom the pane is 160 CSS px wide and must reflow, not scroll sideways.
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    overflowWrap: "break-word",
    "@media (max-width: 240px)": { padding: "8px", gap: "8px" },
  },
  header: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: "8px", flexWrap: "wrap" },
  // Room for the title and the language button on one line in either language (the Vietnamese subtitle is longer
  // and pushed the button under it); only a pane narrower than this and the button wraps, in both.
  heading: { flex: "1 1 160px", minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
  status: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  // A run that has not answered for a while: why it may wait, on a line of its own above the status.
  slow: { display: "block", marginBottom: "4px" },
  // Always there and always this high, so a re-check never moves what is below it.
  progress: { height: "2px" },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});
