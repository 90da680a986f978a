/** The pane's messages under its buttons: an error to dismiss, what the last action did, or that there is no template yet. */

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { RefObject } from "react";
import { describe, type Lang, type Problem } from "../core";
import { STRINGS } from "../ui/strings";

export interface MessagesProps {
  lang: Lang;
  error: Problem | undefined;
  /** What the last action did ("Đã chèn mẫu…"); not shown beside an error. */
  notice: string | undefined;
  /** The workbook has no template: say so and offer to insert one. */
  noTemplate: boolean;
  /** Another action of the pane is running. */
  disabled: boolean;
  noticeRef: RefObject<HTMLDivElement>;
  onDismiss: () => void;
  onInsert: () => void;
}

export function Messages({ lang, error, notice, noTemplate, disabled, noticeRef, onDismiss, onInsert }: MessagesProps) {
  const t = STRINGS[lang];
  return (
    <>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {describe(error, lang)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismiss}>
              {t.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {notice && !error && (
        <MessageBar intent="success" ref={noticeRef} tabIndex={-1}>
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}

      {noTemplate && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.noTemplateTitle}</MessageBarTitle>
            {t.noTemplateBody}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" disabledFocusable={disabled} onClick={onInsert}>
              {t.insert}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
