/** @jest-environment jsdom */
/** The pane's timing races (soak trial): what a person does while the pane, or its automatic re-check, is at work. */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { STRINGS } from "../../src/ui/strings";
import { App } from "../../src/taskpane/App";
import type { MemoryWorkbook } from "../../src/workbook/memory";
import { shippedCatalogue as catalogue } from "../catalogue";
import { col, enabledButton, renderPane, template, withTemplate } from "./pane";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ready = (name: string | RegExp) => enabledButton(document.body, name);

/** The pane on a sheet where 01's figure is 7 ("Đạt"), once its first check is shown; `type` changes that figure. */
async function paneOn01() {
  const workbook = await withTemplate({ "01": 7 });
  const view = renderPane(workbook);
  await screen.findByRole("heading", { name: "Tổng hợp" });
  const row = template.rowCodes.indexOf("01");
  const status = () => workbook.sheet(template.name)?.cells[row][col("status")].value;
  const type = (value: string | number) => act(() => workbook.setCell(template.name, row, col("actual"), value));
  return { workbook, status, type, view };
}

/** Filters the sheet to Công an tỉnh with Excel answering slowly, and chooses `period` in the list meanwhile. */
async function chooseDuringFilter(workbook: MemoryWorkbook, list: HTMLSelectElement, period: string): Promise<void> {
  fireEvent.click(await screen.findByRole("button", { name: /Công an tỉnh/ }));
  const filter = await ready("Lọc trang tính theo cơ quan này");
  workbook.latencyMs = 150;
  fireEvent.click(filter);
  await screen.findByRole("progressbar");
  fireEvent.change(list, { target: { value: period } });
}

test("Xóa pressed within the quiet time after an edit: the re-check that was due never comes, and stays paused", async () => {
  const { workbook, status, type } = await paneOn01();
  const clear = await ready("Xóa kết quả kiểm tra");
  // Excel answering slowly: the clearing takes a while; the re-check due 20 ms after the edit must not come.
  workbook.latencyMs = 60;
  type("6,5");
  fireEvent.click(clear);
  await screen.findByText(/Đã xóa kết quả kiểm tra/);
  await sleep(300);
  expect(status() ?? "").toBe("");
  expect(workbook.sheet(template.name)?.highlights).toEqual([]);
  expect(screen.queryByRole("heading", { name: "Tổng hợp" })).toBeNull();
  expect(screen.getByRole("status").textContent).toContain("Đã tạm dừng tự kiểm tra lại");
  // Kiểm tra resumes: an edit after it is re-checked by itself again.
  workbook.latencyMs = 0;
  fireEvent.click(await ready("Kiểm tra"));
  await waitFor(() => expect(status()).toBe("Không đạt"));
  type(7);
  await waitFor(() => expect(status()).toBe("Đạt"));
});

test("Xóa pressed with no latency right after an edit: nothing is judged again", async () => {
  const { status, type } = await paneOn01();
  const clear = await ready("Xóa kết quả kiểm tra");
  type("6,5");
  fireEvent.click(clear);
  await screen.findByText(/Đã xóa kết quả kiểm tra/);
  await sleep(200);
  expect(status() ?? "").toBe("");
  expect(screen.getByRole("status").textContent).toContain("Đã tạm dừng tự kiểm tra lại");
});

describe("a period chosen while the pane is busy is validated as soon as that action ends", () => {
  const periodCell = (workbook: Awaited<ReturnType<typeof paneOn01>>["workbook"]) =>
    workbook.sheet(template.name)?.cells[template.periodCell.row][template.periodCell.col].value;
  const periodList = () => screen.findByRole("combobox", { name: "Kỳ báo cáo" }) as Promise<HTMLSelectElement>;

  test("during an automatic re-check: no later Kiểm tra needed, and the list does not snap back", async () => {
    const { workbook, type } = await paneOn01();
    const select = await periodList();
    workbook.latencyMs = 400;
    type("6,5");
    await screen.findByRole("progressbar");
    fireEvent.change(select, { target: { value: "FY" } });
    await sleep(30);
    expect(select.value).toBe("FY");
    await waitFor(() => expect(periodCell(workbook)).toBe("Cả năm"), { timeout: 3000 });
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
    expect(select.value).toBe("FY");
  });

  test("during a filter: the sheet and the headline follow the list, not only the list", async () => {
    const { workbook } = await paneOn01();
    const select = await periodList();
    await chooseDuringFilter(workbook, select, "9M");
    await screen.findByText(/Trang tính đang chỉ hiện chỉ tiêu của Công an tỉnh/);
    await waitFor(() => expect(periodCell(workbook)).toBe("9 tháng"), { timeout: 3000 });
    expect(select.value).toBe("9M");
  });
});

test("an automatic re-check keeps the agency list's order; the person's own Kiểm tra orders it worst first", async () => {
  const workbook = await withTemplate({ "01": 7 });
  renderPane(workbook);
  const agencies = (await screen.findByRole("heading", { name: "Theo cơ quan chủ trì" })).parentElement as HTMLElement;
  // Each header's agency name (its counts follow it in the same button, and do change).
  const names = [...new Set(catalogue.indicators.flatMap((i) => i.lead))].sort((a, b) => b.length - a.length);
  const order = () =>
    [...agencies.querySelectorAll("button[aria-expanded]")].map((b) => names.find((n) => b.textContent?.startsWith(n)));
  const before = order();
  const lead = catalogue.byCode.get("16.1")?.lead[0] as string;
  const at = () => order().indexOf(lead);
  expect(at()).toBeGreaterThan(0);
  // an agency's panel is open, as a person reading it has it
  fireEvent.click(within(agencies).getAllByRole("button", { expanded: false })[1]);
  // a text instead of a figure in the last agency's row: worst first would put that agency on top
  act(() => workbook.setCell(template.name, template.rowCodes.indexOf("16.1"), col("actual"), "đang cập nhật"));
  await waitFor(() => expect(screen.getAllByText(/16\.1.*không hợp lệ/).length).toBeGreaterThan(0));
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  expect(order()).toEqual(before);
  // Kiểm tra pressed: the person asked, the list is ordered again
  fireEvent.click(await ready("Kiểm tra"));
  await waitFor(() => expect(at()).toBe(0));
});

test("Xóa while the sheet is filtered to one agency shows every row again, and says so", async () => {
  const { workbook } = await paneOn01();
  fireEvent.click(await screen.findByRole("button", { name: /Công an tỉnh/ }));
  fireEvent.click(await ready("Lọc trang tính theo cơ quan này"));
  await screen.findByText("Trang tính đang chỉ hiện chỉ tiêu của Công an tỉnh.");
  const sheet = workbook.sheet(template.name);
  expect(sheet?.hiddenRows.size).toBeGreaterThan(0);
  const clear = await ready("Xóa kết quả kiểm tra");
  clear.focus();
  fireEvent.click(clear);
  await screen.findByText(/Đã xóa kết quả kiểm tra/);
  expect(sheet?.hiddenRows.size).toBe(0);
  expect(screen.getByText(/Đã xóa kết quả kiểm tra/).textContent).toContain("hiện lại mọi dòng");
  expect(document.activeElement).toBe(clear);
});

test("a run that has not answered after a while says why it may wait (Excel in cell-edit mode), until it answers", async () => {
  const workbook = await withTemplate({ "01": 7 });
  render(<App workbook={workbook} catalogue={catalogue} initialLang="vi" autoValidateMs={20} slowNoticeMs={300} />);
  await screen.findByRole("heading", { name: "Tổng hợp" });
  // Not excel.editMode's "…rồi thử lại": the run is still waiting and carries on by itself.
  const editMode = STRINGS.vi.slowAnswer;
  workbook.latencyMs = 1000;
  fireEvent.click(await ready("Kiểm tra"));
  await sleep(40);
  expect(screen.queryByText(editMode)).toBeNull(); // not at once: most runs answer well within the time
  expect((await screen.findByText(editMode)).closest("[role=status]")).toBeTruthy();
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull(), { timeout: 5000 });
  expect(screen.queryByText(editMode)).toBeNull();
});

test("after an automatic re-check fails, the status line says when the results shown were checked", async () => {
  const { workbook, type } = await paneOn01();
  const status = () => screen.getByRole("status").textContent ?? "";
  expect(status()).toContain("Số liệu thay đổi thì tự kiểm tra lại.");
  workbook.sheet(template.name)!.protected = true;
  type("6,5");
  await screen.findByText(/Trang tính “Chỉ tiêu 2024” đang được bảo vệ|bảo vệ/);
  await waitFor(() => expect(status()).toMatch(/^Kết quả của lần kiểm tra lúc [\d:]+\.$/));
  // the next re-check that works: all well again
  workbook.sheet(template.name)!.protected = false;
  type(7);
  await waitFor(() => expect(status()).toContain("Số liệu thay đổi thì tự kiểm tra lại."));
});

test("the pane closed while a chosen period waits for a filter: nothing is written after it closed", async () => {
  const { workbook, view } = await paneOn01();
  await chooseDuringFilter(
    workbook,
    (await screen.findByRole("combobox", { name: "Kỳ báo cáo" })) as HTMLSelectElement,
    "FY"
  );
  view.unmount();
  await sleep(800);
  expect(workbook.sheet(template.name)?.cells[template.periodCell.row][template.periodCell.col].value).not.toBe(
    "Cả năm"
  );
});
