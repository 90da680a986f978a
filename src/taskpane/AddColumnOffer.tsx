/** Offers, quietly, to add `Cùng kỳ năm trước` to an older template: only on the user's word, then validates again. */

import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Lang, Problem } from "../core";
import { COLUMN_OFFER_STRINGS } from "../ui/strings";
import type { ValidationReport, Workbook } from "../workbook/types";

export interface AddColumnOfferProps {
  workbook: Workbook;
  report: ValidationReport | undefined;
  lang: Lang;
  /** Another action is running: the button refuses presses but keeps the keyboard's focus. */
  disabled: boolean;
  /** Called once the column is there, to validate again (the result columns moved one right). */
  onAdded: () => void;
  /** A protected sheet, a read-only workbook: shown where the pane shows every error. */
  onError: (error: Problem) => void;
}

/** A second press while Excel inserts would plan from the sheet as it was and insert twice (a module flag: no hook, fewer bytes). */
let adding = false;

export function AddColumnOffer({ workbook, report, lang, disabled, onAdded, onError }: AddColumnOfferProps) {
  if (!report || report.hasLastYearColumn) return null;
  const t = COLUMN_OFFER_STRINGS[lang];
  const add = async () => {
    if (adding) return;
    adding = true;
    const result = await workbook.addLastYearColumn();
    adding = false;
    if (result.ok) onAdded();
    else onError(result.error);
  };
  return (
    <MessageBar intent="info">
      <MessageBarBody>{t.body}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabledFocusable={disabled} onClick={() => void add()}>
          {t.add}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
