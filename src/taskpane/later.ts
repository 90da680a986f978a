/**
 * What the pane draws after its first paint: the agency list and the findings (most of its elements), the report,
 * the round, the replace dialog and the settings' controls. One chunk of its own, loaded when the browser is first
 * idle (App.tsx), so the pane's first script holds only the headline, the buttons and the settings' placeholder.
 */
export { Agencies, Findings } from "./Results";
export { Report } from "./Report";
export { ReplaceDialog } from "./ReplaceDialog";
export { Settings } from "./Settings";
export { RoundHost } from "./RoundHost";
