/** @jest-environment jsdom */
/**
 * Review 26: with ExcelApi 1.20 the first Ctrl+Z after an automatic re-check takes back only the add-in's step, and the
 * new figure stays beside the old `Đánh giá`. The pane must not say all is checked, nor re-check by itself (each
 * re-check would be a new step, and Ctrl+Z could never reach the figure): it says the sheet's results may be out of
 * date until the next check.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createElement } from "react";
import { App } from "../../src/taskpane/App";
import { STRINGS } from "../../src/ui/strings";
import { catalogue, col, inserted, rowOf, SHEET, value, type Setup } from "./support";

const tick = () => new Promise((res) => setTimeout(res, 0));

/** Validated, watched, a figure typed and re-checked: what the listeners heard. */
async function recheckedAfterAnEdit(options: Setup = {}) {
  const s = await inserted(options);
  value(await s.workbook.validate({ tolerance: 0.05 }));
  const heard = { edits: 0, results: 0 };
  value(
    await s.workbook.watchChanges(
      () => heard.edits++,
      () => heard.results++
    )
  );
  s.excel.edit(SHEET, rowOf(s.excel, "05.1"), col("estimate"), 1750);
  await s.excel.settle();
  expect(heard.edits).toBe(1);
  value(await s.workbook.validate({ tolerance: 0.05 })); // the automatic re-check writes
  await s.excel.settle();
  return { ...s, heard };
}

describe("the adapter: a change of the result columns alone that is not the add-in's", () => {
  test("Ctrl+Z of the re-check (ExcelApi 1.20): told as results changed, not as an edit to re-check", async () => {
    const { excel, heard } = await recheckedAfterAnEdit();
    const r = rowOf(excel, "05.1");
    const written = excel.cell(SHEET, r, col("status"))?.value;
    expect(excel.undo()).toBe(true);
    await excel.settle();
    expect(excel.cell(SHEET, r, col("estimate"))?.value).toBe(1750);
    expect(excel.cell(SHEET, r, col("status"))?.value).not.toBe(written);
    expect(heard).toEqual({ edits: 1, results: 1 });
  });

  test("a status typed over by a person is told too; the add-in's own writes are not", async () => {
    const { excel, heard } = await recheckedAfterAnEdit();
    expect(heard.results).toBe(0);
    excel.edit(SHEET, rowOf(excel, "05.1"), col("status"), "Đạt");
    await excel.settle();
    expect(heard).toEqual({ edits: 1, results: 1 });
  });

  test("before ExcelApi 1.14 (no triggerSource) the address is all there is: nothing is told", async () => {
    const { excel, heard } = await recheckedAfterAnEdit({ supported: ["1.8", "1.9"] });
    excel.edit(SHEET, rowOf(excel, "05.1"), col("status"), "Đạt");
    await excel.settle();
    expect(heard).toEqual({ edits: 1, results: 0 });
  });
});

test("the pane: after Ctrl+Z of its re-check it says the sheet may be out of date, until Kiểm tra", async () => {
  const { excel, workbook } = await inserted();
  render(createElement(App, { workbook, catalogue, initialLang: "vi", autoValidateMs: 20 }));
  const t = STRINGS.vi;
  await screen.findByText((text) => text.includes(t.autoValidate));
  const r = rowOf(excel, "05.1");
  await act(async () => {
    excel.edit(SHEET, r, col("estimate"), 1750);
    await excel.settle();
  });
  // The automatic re-check writes the new result.
  await waitFor(() => expect(excel.cell(SHEET, r, col("status"))?.value).not.toBe("Chưa có số liệu"));
  await screen.findByText((text) => text.includes(t.autoValidate));
  const written = excel.cell(SHEET, r, col("status"))?.value;
  const syncs = excel.syncs;
  await act(async () => {
    excel.undo();
    await excel.settle();
  });
  expect(await screen.findByText(t.sheetStale)).toBeTruthy();
  // Nothing re-checked by itself: Ctrl+Z again reaches the figure.
  await act(tick);
  await new Promise((res) => setTimeout(res, 60));
  expect(excel.syncs).toBe(syncs);
  expect(excel.cell(SHEET, r, col("status"))?.value).not.toBe(written);
  fireEvent.click(screen.getByRole("button", { name: t.validate }));
  await waitFor(() => expect(excel.cell(SHEET, r, col("status"))?.value).toBe(written));
  await waitFor(() => expect(screen.queryByText(t.sheetStale)).toBeNull());
  expect(screen.getByText((text) => text.includes(t.autoValidate))).toBeTruthy();
});
