/** `npm run preview`: the real task pane beside an in-memory sheet, with sample figures, so anyone can try the add-in without Excel. */
import { createRoot } from "react-dom/client";
import { shippedCatalogue } from "../ui/shippedCatalogue";
import { App } from "../taskpane/App";
import { drawNow, settledOrNextTask, startFirstRead, type FirstRead } from "../taskpane/firstRead";
import { buildTemplate, COLUMNS, templateWithoutLastYear } from "../template";
import { languageOf } from "../ui/strings";
import { memorySheet, MemoryWorkbook } from "../workbook/memory";
import { SAMPLE_H1 } from "./sample";
import { countChanges } from "./changes";

const catalogue = shippedCatalogue();
const params = new URLSearchParams(window.location.search);
const workbook = new MemoryWorkbook(catalogue);
workbook.latencyMs = Number(params.get("latency") ?? 150);
const changes = countChanges(workbook);

/** ?sample=h1 (the default) inserts the template and types the 6-month figures; ?sample=none starts empty; ?template=old draws the older template. */
async function prepare(): Promise<void> {
  if (params.get("sample") === "none") return;
  await workbook.insertTemplate("ask");
  const template = buildTemplate(catalogue);
  // ?template=old: the sheet as versions before `Cùng kỳ năm trước` drew it (Thực hiện and Ước stay in F and G).
  if (params.get("template") === "old") {
    workbook.sheets = workbook.sheets.map((s) =>
      s.name === template.name ? memorySheet(templateWithoutLastYear(catalogue)) : s
    );
  }
  const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
  for (const [code, [actual, estimate]] of Object.entries(SAMPLE_H1)) {
    const row = template.rowCodes.indexOf(code);
    for (const [key, value] of [
      ["actual", actual],
      ["estimate", estimate],
    ] as const) {
      if (value === undefined || value === null) continue;
      if (typeof value === "object" && "numberFormat" in value)
        workbook.setCell(template.name, row, col(key), value.value, value.numberFormat);
      else workbook.setCell(template.name, row, col(key), value);
    }
  }
  workbook.selection = undefined;
}

/**
 * The sheet is drawn once the pane has read the workbook and the browser is idle: in Excel the grid is Excel's,
 * drawn by no script of ours, so the pane's start-up here must not wait for the preview's table (the dearest thing
 * on the page to lay out). Without the pane's answer it is drawn after a few seconds all the same.
 */
function drawSheetLater(read: FirstRead, draw: () => void): void {
  let drawn = false;
  const once = () => {
    if (drawn) return;
    drawn = true;
    draw();
  };
  const idle = (callback: () => void) =>
    window.requestIdleCallback ? window.requestIdleCallback(callback, { timeout: 1000 }) : window.setTimeout(callback);
  void read.promise.finally(() => idle(once));
  window.setTimeout(once, 5000);
}

void prepare().then(async () => {
  const lang = params.get("lang") === "en" ? "en" : params.get("lang") === "vi" ? "vi" : languageOf(navigator.language);
  // As in Excel (src/taskpane/index.tsx): the pane's first read starts before it is drawn.
  const read = startFirstRead(workbook);
  await settledOrNextTask(read);
  drawNow(
    document.getElementById("pane") as HTMLElement,
    <App
      workbook={workbook}
      catalogue={catalogue}
      initialLang={lang}
      autoValidateMs={Number(params.get("auto") ?? 600)}
      firstRead={read}
    />
  );
  // The sheet's view (with the report's view and charts) is a script of its own, asked for when it is drawn.
  drawSheetLater(
    read,
    () =>
      void import(/* webpackChunkName: "sheet-view" */ "./SheetView").then(({ SheetView }) =>
        createRoot(document.getElementById("sheet") as HTMLElement).render(
          <SheetView workbook={workbook} changes={changes} />
        )
      )
  );
  (window as unknown as { chiTieuWorkbook: MemoryWorkbook }).chiTieuWorkbook = workbook;
});
