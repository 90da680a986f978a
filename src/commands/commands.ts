/** The ribbon's ExecuteFunction buttons ("Chèn mẫu", "Kiểm tra"): they work without the task pane and say what they did. */

import catalogueFile from "../../assets/catalogues/lang-son-2024.json";
import { describe, loadCatalogue, type Lang } from "../core";
import { OfficeWorkbook } from "../excel/officeWorkbook";
import { languageOf, STRINGS } from "../ui/strings";
import type { Workbook } from "../workbook/types";
import { insertFromRibbon, validateFromRibbon } from "./actions";

/** Shows the result in a small dialog (the only window a ribbon command has), then lets Excel go on. */
function tell(message: string, lang: Lang, event: Office.AddinCommands.Event): void {
  const url = new URL("dialog.html", window.location.href);
  url.searchParams.set("lang", lang);
  url.searchParams.set("m", message);
  Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 35, displayInIframe: true }, (opened) => {
    if (opened.status === Office.AsyncResultStatus.Succeeded) {
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
    }
    event.completed();
  });
}

function command(run: (workbook: Workbook, lang: Lang) => Promise<string>) {
  return async (event: Office.AddinCommands.Event) => {
    const lang = languageOf(Office.context.displayLanguage);
    const loaded = loadCatalogue(catalogueFile);
    if (!loaded.ok) {
      tell(loaded.problems.map((p) => describe(p, lang)).join("\n"), lang, event);
      return;
    }
    let message: string;
    try {
      message = await run(new OfficeWorkbook(loaded.catalogue), lang);
    } catch (error) {
      message = `${STRINGS[lang].dialogTitle}: ${String(error)}`;
    }
    tell(message, lang, event);
  };
}

Office.onReady(() => {
  Office.actions.associate("insertTemplate", command(insertFromRibbon));
  Office.actions.associate("validate", command(validateFromRibbon));
});
