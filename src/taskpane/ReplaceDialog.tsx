/** The question asked when the workbook already has a template sheet: add a copy, replace it, or cancel. */

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Lang } from "../core";
import { STRINGS } from "../ui/strings";

export interface ReplaceDialogProps {
  lang: Lang;
  /** The template sheets already there; undefined while the question is not asked. */
  sheets: string[] | undefined;
  onChoose: (mode: "replace" | "copy") => void;
  onCancel: () => void;
}

export function ReplaceDialog({ lang, sheets, onChoose, onCancel }: ReplaceDialogProps) {
  const t = STRINGS[lang];
  const addCopyButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (sheets === undefined) return;
    // Fluent focuses the dialog's first button, or the dialog itself when it finds that button too early;
    // focus on the dialog itself leaves the modal inactive and the whole dialog aria-hidden. The safe
    // choice (a copy: nothing is lost) gets focus after Fluent's own attempt.
    const timer = window.setTimeout(() => addCopyButton.current?.focus());
    return () => window.clearTimeout(timer);
  }, [sheets]);

  return (
    <Dialog open={sheets !== undefined} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.replaceTitle}</DialogTitle>
          <DialogContent>{t.replaceBody(sheets ?? [])}</DialogContent>
          <DialogActions>
            <Button appearance="primary" ref={addCopyButton} onClick={() => onChoose("copy")}>
              {t.addCopy}
            </Button>
            <Button onClick={() => onChoose("replace")}>{t.replace}</Button>
            <Button onClick={onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
