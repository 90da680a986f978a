/** @jest-environment jsdom */
// The pane on the Office.js door (our fake Excel, test/excel/fakeExcel.ts), started as src/taskpane/index.tsx starts it:
// the first read begins before the pane is drawn, and the pane shows its answer without reading the workbook twice.
import { render, screen } from "@testing-library/react";
import { createElement } from "react";
import { App } from "../../src/taskpane/App";
import { settledOrNextTask, startFirstRead } from "../../src/taskpane/firstRead";
import { STRINGS } from "../../src/ui/strings";
import { catalogue, col, inserted, rowOf, SHEET } from "../excel/support";

async function syncsOfAPane(firstRead: boolean): Promise<{ syncs: number; status: unknown }> {
  const { excel, workbook } = await inserted();
  excel.sheet(SHEET).cells.set(`${rowOf(excel, "01")},${col("actual")}`, { value: 7.5 } as never);
  const read = firstRead ? startFirstRead(workbook) : undefined;
  if (read) await settledOrNextTask(read);
  render(createElement(App, { workbook, catalogue, initialLang: "vi", autoValidateMs: 20, firstRead: read }));
  expect(await screen.findByRole("heading", { name: STRINGS.vi.totals })).toBeTruthy();
  const status = excel.sheet(SHEET).cells.get(`${rowOf(excel, "01")},${col("status")}`)?.value;
  return { syncs: excel.syncs, status };
}

test("started before the pane is drawn, the first read is the pane's only read, and it judges the sheet", async () => {
  const early = await syncsOfAPane(true);
  document.body.innerHTML = "";
  const late = await syncsOfAPane(false);
  expect(early.status).toBe("Đạt");
  expect(late.status).toBe("Đạt");
  expect(early.syncs).toBe(late.syncs);
});
