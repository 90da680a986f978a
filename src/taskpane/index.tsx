/** The task pane's entry inside Excel: waits for Office, then renders the pane on the Office.js workbook. */
import { createRoot } from "react-dom/client";
import catalogueFile from "../../assets/catalogues/lang-son-2024.json";
import { describe, loadCatalogue } from "../core";
import { OfficeWorkbook } from "../excel/officeWorkbook";
import { languageOf } from "../ui/strings";
import { App } from "./App";

declare global {
  interface Window {
    chiTieuUnsupported?: boolean;
  }
}

function start(): void {
  const root = document.getElementById("root") as HTMLElement;
  const lang = languageOf(typeof Office !== "undefined" ? Office.context?.displayLanguage : navigator.language);
  const loaded = loadCatalogue(catalogueFile);
  if (!loaded.ok) {
    root.textContent = loaded.problems.map((p) => describe(p, lang)).join("\n");
    return;
  }
  createRoot(root).render(
    <App workbook={new OfficeWorkbook(loaded.catalogue)} catalogue={loaded.catalogue} initialLang={lang} />
  );
}

if (!window.chiTieuUnsupported) void Office.onReady(start);
