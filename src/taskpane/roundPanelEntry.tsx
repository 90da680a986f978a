/**
 * The reporting round's panel as a script of its own (webpack's roundPanel entry, round-panel.js), loaded when the
 * user opens it: it renders into the pane's container with its own React and Fluent UI, so none of it counts in
 * the pane's initial size (a static import cost 3.5 KB gzip, a lazy import() more).
 */

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { Round, type RoundProps } from "./Round";

const roots = new WeakMap<HTMLElement, Root>();

/** Draws the panel in `container` with the pane's current props; called again whenever they change. */
export function render(container: HTMLElement, props: RoundProps): void {
  let root = roots.get(container);
  if (!root) {
    // Ids of its own: the pane's React root makes the same ":r0:"… and labels would point at the pane's elements.
    root = createRoot(container, { identifierPrefix: "round-" });
    roots.set(container, root);
  }
  root.render(
    <FluentProvider theme={webLightTheme} dir="ltr">
      <Round {...props} />
    </FluentProvider>
  );
}

export function unmount(container: HTMLElement): void {
  roots.get(container)?.unmount();
  roots.delete(container);
}
