/** The ribbon's ExecuteFunction buttons ("Chèn mẫu", "Kiểm tra"): they work without the task pane and say what they did. */

import type { Lang } from "../core";
import { shippedCatalogue } from "../ui/shippedCatalogue";
import { OfficeWorkbook } from "../excel/officeWorkbook";
import { languageOf, STRINGS } from "../ui/strings";
import type { Workbook } from "../workbook/types";
import { insertFromRibbon, reportFromRibbon, validateFromRibbon } from "./actions";

/** displayDialogAsync's errors ("Handle errors and events in the Office dialog box", learn.microsoft.com). */
const DIALOG_ALREADY_OPEN = 12007;
const DIALOG_IGNORED = 12009;
/**
 * Office ends a ribbon command's runtime 5 minutes after it starts if it has not completed ("Runtimes in Office
 * Add-ins"); a dialog left open past that keeps a close button that reaches no one, and the next press finds "a
 * dialog already open" with nobody to replace it. So the dialog closes itself, and the command completes, 4.5 minutes
 * after the command started (not after the dialog opened: a check on a large workbook on the web takes a while).
 */
const COMMAND_MS = 4.5 * 60 * 1000;
/** However late a result comes, it stays this long on screen. */
const SHOWN_AT_LEAST_MS = 20 * 1000;
/** A second press's result goes into the open dialog only if that dialog stays this long more; else a new dialog. */
const REUSE_AT_LEAST_MS = 60 * 1000;

/** The result dialog on screen: Office allows one per host window. `closesAt`: when its own timer closes it. */
let current: { dialog: Office.Dialog; finish: () => void; closesAt: number } | undefined;
/** A result that could not be shown: said first in the next dialog, so that nothing is lost. */
let unshown: string | undefined;

/**
 * Shows the result in a small dialog (the only window a ribbon command has). The command completes
 * when the dialog closes: completed earlier, Office may end the function file's runtime, and the
 * dialog's close button would then reach no one.
 */
function tell(message: string, lang: Lang, event: Office.AddinCommands.Event, started: number): void {
  const text = unshown ? `${unshown}\n${message}` : message;
  unshown = undefined;
  if (current && Office.context.requirements.isSetSupported("DialogApi", "1.2")) {
    if (current.closesAt - Date.now() >= REUSE_AT_LEAST_MS) {
      // A dialog of ours is still open (a second press): the new result replaces the old one in it.
      current.dialog.messageChild(text);
      event.completed();
      return;
    }
    // That dialog closes soon, with the command that opened it: this press's result gets a dialog of its own.
    const old = current;
    old.dialog.close();
    old.finish();
  }
  open(text, lang, event, started, true);
}

function open(text: string, lang: Lang, event: Office.AddinCommands.Event, started: number, retry: boolean): void {
  const url = new URL("dialog.html", window.location.href);
  url.searchParams.set("lang", lang);
  // One `m` per line: Excel on the web has failed to open a dialog whose URL held an escaped line break (office-js
  // #2762); dialog.html joins them again.
  for (const line of text.split("\n")) url.searchParams.append("m", line);
  Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 35, displayInIframe: true }, (opened) => {
    if (opened.status === Office.AsyncResultStatus.Succeeded) {
      const dialog = opened.value;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        if (current?.dialog === dialog) current = undefined;
        event.completed();
      };
      const shown = Math.max(SHOWN_AT_LEAST_MS, started + COMMAND_MS - Date.now());
      const timer = setTimeout(() => {
        dialog.close();
        finish();
      }, shown);
      current = { dialog, finish, closesAt: Date.now() + shown };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        finish();
      });
      // Closed with its X (12006), or its page failed: the command is over all the same.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
      return;
    }
    const code = opened.error?.code;
    if (code === DIALOG_ALREADY_OPEN && retry && current) {
      // Ours, and this Office cannot send it the new text (DialogApi 1.2): close it, open the new one.
      const old = current;
      old.dialog.close();
      old.finish();
      open(text, lang, event, started, false);
      return;
    }
    // Blocked by the browser or ignored (12009), or open elsewhere: the action was done, but nobody
    // could be told. The next dialog says it first; the console says it now.
    unshown = `${STRINGS[lang].resultNotShown(code === DIALOG_IGNORED)}\n${text}`;
    console.warn(`Chỉ tiêu: dialog error ${String(code)}: ${text}`);
    event.completed();
  });
}

function command(run: (workbook: Workbook, lang: Lang) => Promise<string>) {
  return async (event: Office.AddinCommands.Event) => {
    const started = Date.now();
    const lang = languageOf(Office.context.displayLanguage);
    let message: string;
    try {
      message = await run(new OfficeWorkbook(shippedCatalogue()), lang);
    } catch (error) {
      message = `${STRINGS[lang].dialogTitle}: ${String(error)}`;
    }
    tell(message, lang, event, started);
  };
}

Office.onReady(() => {
  // commands.html found an old webview (Excel 2016/2019) and answers the buttons itself.
  if ((window as { chiTieuUnsupported?: boolean }).chiTieuUnsupported) return;
  Office.actions.associate("insertTemplate", command(insertFromRibbon));
  Office.actions.associate("validate", command(validateFromRibbon));
  Office.actions.associate("makeReport", command(reportFromRibbon));
});
