/** The task pane's entry inside Excel: waits for Office, then renders the pane on the Office.js workbook. */
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { describe, problem } from "../core";
import { shippedCatalogue } from "../ui/shippedCatalogue";
import { OfficeWorkbook } from "../excel/officeWorkbook";
import { languageOf } from "../ui/strings";
import { App } from "./App";
import { drawNow, settledOrNextTask, startFirstRead } from "./firstRead";

declare global {
  interface Window {
    chiTieuUnsupported?: boolean;
    /** Office.js answered: the page's own timeout message must not show (see taskpane.html). */
    chiTieuStarted?: boolean;
  }
}

async function start(info: { host: Office.HostType | null }): Promise<void> {
  window.chiTieuStarted = true;
  document.getElementById("office-timeout")?.remove();
  const root = document.getElementById("root") as HTMLElement;
  const lang = languageOf(typeof Office !== "undefined" ? Office.context?.displayLanguage : navigator.language);
  const catalogue = shippedCatalogue();
  if (info.host !== Office.HostType.Excel) {
    // Opened in a browser, not in Excel: say so instead of failing on every action.
    createRoot(root).render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="warning" layout="multiline" style={{ margin: 12 }}>
          <MessageBarBody>
            <MessageBarTitle>Chỉ tiêu 2024</MessageBarTitle>
            {describe(problem("excel.notInExcel", {}), lang)}
          </MessageBarBody>
        </MessageBar>
      </FluentProvider>
    );
    return;
  }
  const workbook = new OfficeWorkbook(catalogue);
  // The first read's round trips to Excel start now and run while React draws the pane.
  const read = startFirstRead(workbook);
  await settledOrNextTask(read);
  drawNow(root, <App workbook={workbook} catalogue={catalogue} initialLang={lang} firstRead={read} />);
}

// Without Office.js (blocked by a proxy, no network) taskpane.html already says what to do.
if (!window.chiTieuUnsupported && typeof Office !== "undefined") void Office.onReady((info) => void start(info));
