/** The pane's door to the reporting round: a button that opens the round's panel, loaded as a script of its own. */

import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { describe, problem } from "../core";
import { STRINGS } from "../ui/strings";
import type { RoundProps } from "./Round";
import { loadRoundPanel } from "./agencyFilesScript";

export function RoundHost(props: RoundProps) {
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState<string | undefined>();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!open || !element) return;
    let live = true;
    loadRoundPanel().then(
      (panel) => live && panel.render(element, props),
      (e: Error) => live && setFailed(describe(problem("pane.partNotLoaded", { detail: e.message }), props.lang))
    );
    return () => {
      live = false;
    };
  });
  useEffect(() => {
    const element = container.current;
    // The panel's own React root goes with the pane's element.
    return () => {
      if (element) window.chiTieuRoundPanel?.unmount(element);
    };
  }, []);

  return (
    <div>
      <Button appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {STRINGS[props.lang].round.title}
      </Button>
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>{failed}</MessageBarBody>
        </MessageBar>
      )}
      <div ref={container} hidden={!open} />
    </div>
  );
}
