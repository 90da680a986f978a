/** @jest-environment jsdom */
// The first read started before the pane is drawn (src/taskpane/firstRead.ts): drawn with its answer when it came
// in time, awaited when not, and never read twice.
import { act, render, screen, waitFor } from "@testing-library/react";
import { createElement } from "react";
import { App } from "../../src/taskpane/App";
import { createRoot } from "react-dom/client";
import { drawNow, settledOrNextTask, startFirstRead } from "../../src/taskpane/firstRead";
import { STRINGS } from "../../src/ui/strings";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { shippedCatalogue as catalogue } from "../catalogue";
import { enabledButton, withTemplate } from "./pane";

/** Counts the workbook's validations. */
function counted(workbook: MemoryWorkbook): { count: () => number } {
  let n = 0;
  const validate = workbook.validate.bind(workbook);
  workbook.validate = (options) => {
    n++;
    return validate(options);
  };
  return { count: () => n };
}

const pane = (workbook: MemoryWorkbook, firstRead: ReturnType<typeof startFirstRead>) =>
  render(createElement(App, { workbook, catalogue, initialLang: "vi", autoValidateMs: 20, firstRead }));

test("an answer already in: the first drawing shows the headline, the buttons work, and nothing is read again", async () => {
  const workbook = await withTemplate({ "01": 7.5, "03": 60 });
  workbook.settings.set("chiTieu.tolerance", 0.1);
  const validations = counted(workbook);
  const read = startFirstRead(workbook);
  await settledOrNextTask(read);
  expect(read.settled?.validation.ok).toBe(true);
  const { container } = pane(workbook, read);
  // synchronously, in the first drawing: no wait
  expect(screen.getByRole("heading", { name: STRINGS.vi.totals })).toBeTruthy();
  const validate = screen.getByRole("button", { name: STRINGS.vi.validate });
  expect(validate.getAttribute("aria-disabled")).not.toBe("true");
  // the saved margin is the one shown and judged with: in the first drawing's stand-in, then in the field that
  // replaces it when the pane's second script has come
  const standIn = container.querySelector('[data-placeholder="settings"]');
  expect(standIn?.textContent).toContain("Đã hiểu là 10%.");
  expect(((await screen.findByRole("textbox")) as HTMLInputElement).value).toBe("10");
  expect(container.querySelector('[data-placeholder="settings"]')).toBeNull();
  await enabledButton(container, STRINGS.vi.validate);
  expect(validations.count()).toBe(1);
  // and edits are watched from the start: one more validation after typing
  act(() => workbook.setCell(workbook.sheets[1].name, 9, 5, 8));
  await waitFor(() => expect(validations.count()).toBe(2));
});

test("an answer still on its way: the pane waits for that read and does not start another", async () => {
  const workbook = await withTemplate({ "01": 7.5 });
  workbook.latencyMs = 30;
  const validations = counted(workbook);
  const read = startFirstRead(workbook);
  await settledOrNextTask(read);
  expect(read.settled).toBeUndefined();
  pane(workbook, read);
  expect(screen.queryByRole("heading", { name: STRINGS.vi.totals })).toBeNull();
  expect(await screen.findByRole("heading", { name: STRINGS.vi.totals })).toBeTruthy();
  expect(validations.count()).toBe(1);
});

test("an empty workbook or a failed read is said in the first drawing too", async () => {
  const empty = new MemoryWorkbook(catalogue);
  const first = startFirstRead(empty);
  await settledOrNextTask(first);
  const view = pane(empty, first);
  expect(screen.getByText("Chưa có mẫu chỉ tiêu")).toBeTruthy();
  view.unmount();

  const locked = await withTemplate({ "01": 7.5 });
  locked.sheets[1].protected = true;
  const second = startFirstRead(locked);
  await settledOrNextTask(second);
  pane(locked, second);
  expect(screen.getByText(/đang được bảo vệ/)).toBeTruthy();
});

test("drawNow draws the first picture before it returns, where root.render would wait for a task of React's own", async () => {
  const workbook = await withTemplate({ "01": 7.5 });
  const read = startFirstRead(workbook);
  await settledOrNextTask(read);
  const element = document.body.appendChild(document.createElement("div"));
  // No act(): act() would flush React's queued work itself and hide whether drawNow waits for it.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  try {
    drawNow(
      element,
      createElement(App, { workbook, catalogue, initialLang: "vi", autoValidateMs: 20, firstRead: read })
    );
    expect(element.querySelector("h2")?.textContent).toBe(STRINGS.vi.totals);
    const queued = document.body.appendChild(document.createElement("div"));
    createRoot(queued).render(createElement("h2", null, STRINGS.vi.totals));
    expect(queued.querySelector("h2")).toBeNull();
  } finally {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  }
});
