/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import shipped from "../../assets/catalogues/lang-son-2024.json";
import { loadCatalogue, type Catalogue, type CellValue } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { buildTemplate, COLUMNS } from "../../src/template";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { STRINGS } from "../../src/ui/strings";

const loaded = loadCatalogue(shipped);
const catalogue = (loaded.ok ? loaded.catalogue : undefined) as Catalogue;
const template = buildTemplate(catalogue);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

async function withTemplate(values: Record<string, CellValue> = {}): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook(catalogue);
  await workbook.insertTemplate("ask");
  for (const [code, v] of Object.entries(values))
    workbook.setCell(template.name, template.rowCodes.indexOf(code), col("actual"), v);
  return workbook;
}

function renderPane(workbook: MemoryWorkbook, lang: "vi" | "en" = "vi") {
  return render(<App workbook={workbook} catalogue={catalogue} initialLang={lang} autoValidateMs={20} />);
}

/**
 * The button as a person waits for it: there, reachable (not hidden behind an opening dialog) and
 * enabled (the pane disables its buttons while it works). A click before that does nothing, and a test
 * that clicks too early fails only when the machine is slow.
 */
async function ready(name: string | RegExp, within_: HTMLElement = document.body): Promise<HTMLButtonElement> {
  return waitFor(() => {
    const button = within(within_).getByRole("button", { name }) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    // while the pane works its buttons keep focus but refuse presses (aria-disabled)
    expect(button.getAttribute("aria-disabled")).not.toBe("true");
    return button;
  });
}

/** The dialog once it is open: shown to assistive technology (not aria-hidden), focus on its safe choice. */
async function openDialog(focused: string): Promise<HTMLElement> {
  return waitFor(() => {
    const dialog = screen.getByRole("dialog");
    expect(document.activeElement?.textContent).toBe(focused);
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(dialog.closest("[aria-hidden=true]")).toBeNull();
    return dialog;
  });
}

describe("the task pane", () => {
  test("an empty workbook: says there is no template and offers to insert it", async () => {
    const workbook = new MemoryWorkbook(catalogue);
    renderPane(workbook);
    expect(await screen.findByText("Chưa có mẫu chỉ tiêu")).toBeTruthy();
    const insert = await waitFor(() => {
      const buttons = screen.getAllByRole("button", { name: "Chèn mẫu" }) as HTMLButtonElement[];
      expect(buttons.map((b) => b.disabled || b.getAttribute("aria-disabled") === "true")).toEqual([false, false]);
      return buttons;
    });
    expect((screen.getByRole("button", { name: "Kiểm tra" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(insert[1]);
    expect(await screen.findByText(/Đã chèn mẫu vào trang “Chỉ tiêu 2024”/)).toBeTruthy();
    expect(workbook.sheet("Chỉ tiêu 2024")).toBeDefined();
    expect(screen.queryByText("Chưa có mẫu chỉ tiêu")).toBeNull();
  });

  test("a template without values: every row missing", async () => {
    renderPane(await withTemplate());
    const totals = await screen.findByRole("heading", { name: "Tổng hợp" });
    const list = within(totals.parentElement as HTMLElement).getByRole("list");
    expect(within(list).getByText("Chưa có số liệu").nextSibling?.textContent).toBe("37");
  });

  test("mixed statuses: totals, agencies worst first, rows with their values, and go to row", async () => {
    const workbook = await withTemplate({ "01": "7,5", "05.1": "2.100", "12.1": "N/A", "03": 60, "09.2": 80 });
    renderPane(workbook);
    const totals = await screen.findByRole("heading", { name: "Tổng hợp" });
    const count = (label: string) =>
      within(totals.parentElement as HTMLElement).getByText(label).nextSibling?.textContent;
    expect([
      count("Vượt kế hoạch"),
      count("Đạt"),
      count("Có nguy cơ không đạt"),
      count("Không đạt"),
      count("Số liệu không hợp lệ"),
    ]).toEqual(["1", "1", "1", "1", "1"]);
    const agencies = (await screen.findByRole("heading", { name: "Theo cơ quan chủ trì" }))
      .parentElement as HTMLElement;
    const headers = within(agencies).getAllByRole("button", { expanded: false });
    expect(headers[0].textContent).toMatch(/^Sở Y tế/); // the invalid value puts it first
    fireEvent.click(within(agencies).getByRole("button", { name: /Sở Văn hóa, Thể thao và Du lịch/ }));
    const goTo = await ready("Đến dòng 05.1 trên trang tính");
    const row = goTo.closest("li") as HTMLElement;
    // The share of the annual plan, and what is due by the period the status was judged against.
    expect(row.textContent).toContain(
      "Thực hiện: 2.100 Nghìn lượt ·Kế hoạch: 2.030 (theo kỳ)· 51,7% KH năm · cần 50% đến 6 tháng"
    );
    expect(row.textContent).toContain("Vượt kế hoạch");
    fireEvent.click(goTo);
    await waitFor(() => expect(workbook.selection?.row).toBe(template.rowCodes.indexOf("05.1")));
    expect(screen.getByText(/Chỉ tiêu 12.1, cột “Thực hiện”: giá trị “N\/A” không hợp lệ/)).toBeTruthy();
  });

  test("filter the sheet to one agency and back", async () => {
    const workbook = await withTemplate({ "01": 7 });
    renderPane(workbook);
    await screen.findByRole("heading", { name: "Tổng hợp" });
    fireEvent.click(await screen.findByRole("button", { name: /Công an tỉnh/ }));
    const filterButton = await ready("Lọc trang tính theo cơ quan này");
    filterButton.focus();
    fireEvent.click(filterButton);
    await screen.findByText("Trang tính đang chỉ hiện chỉ tiêu của Công an tỉnh.");
    const sheet = workbook.sheet(template.name);
    expect(sheet?.hiddenRows.size).toBe(38 - 5);
    expect(filterButton.getAttribute("aria-pressed")).toBe("true");
    expect(document.activeElement).toBe(filterButton); // focus stays on the button pressed
    const showAll = await ready("Hiện tất cả");
    showAll.focus();
    fireEvent.click(showAll);
    await waitFor(() => expect(sheet?.hiddenRows.size).toBe(0));
    // the bar with "Hiện tất cả" went away: focus is on the agencies' heading, not lost
    await waitFor(() => expect(document.activeElement?.id).toBe("agencies-heading"));
  });

  test("going to a row the agency filter hides takes the filter off first, and says so", async () => {
    const workbook = await withTemplate({ "01": 7, "15.2": "N/A" });
    renderPane(workbook);
    await screen.findByRole("heading", { name: "Tổng hợp" });
    fireEvent.click(await screen.findByRole("button", { name: /Sở Y tế/ }));
    fireEvent.click(await ready("Lọc trang tính theo cơ quan này"));
    await screen.findByText("Trang tính đang chỉ hiện chỉ tiêu của Sở Y tế.");
    const sheet = workbook.sheet(template.name);
    const row = template.rowCodes.indexOf("15.2");
    expect(sheet?.hiddenRows.has(row)).toBe(true);
    const [goTo] = await screen.findAllByRole("button", { name: /Đến dòng 15\.2/ });
    fireEvent.click(goTo);
    await screen.findByText("Đã bỏ lọc theo cơ quan để hiện dòng 15.2 trên trang tính.");
    expect(sheet?.hiddenRows.size).toBe(0);
    expect(workbook.selection).toEqual({ sheet: template.name, row });
  });

  test("errors come as a message bar in the user's language, never a blank pane", async () => {
    const workbook = await withTemplate();
    workbook.sheet(template.name)!.protected = true;
    renderPane(workbook, "en");
    expect(await screen.findByText("Could not do that")).toBeTruthy();
    expect(screen.getByText(/Sheet “Chỉ tiêu 2024” is protected/)).toBeTruthy();
    fireEvent.click(await ready("Dismiss"));
    expect(screen.queryByText("Could not do that")).toBeNull();
  });

  test("asks before replacing a template, and adds a copy when asked to", async () => {
    const workbook = await withTemplate();
    renderPane(workbook);
    await screen.findByRole("heading", { name: "Tổng hợp" });
    fireEvent.click(await ready("Chèn mẫu"));
    const dialog = await openDialog("Thêm bản mới");
    expect(dialog.textContent).toContain("Sổ làm việc đã có mẫu ở trang “Chỉ tiêu 2024”");
    fireEvent.click(await ready("Thêm bản mới", dialog));
    await waitFor(() =>
      expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Chỉ tiêu 2024", "Chỉ tiêu 2024 (2)"])
    );
  });

  test("English, and the switch between languages", async () => {
    renderPane(await withTemplate({ "01": 7 }), "en");
    const agencies = (await screen.findByRole("heading", { name: "By lead agency" })).parentElement as HTMLElement;
    // a row with no figure yet shows the plan for the period, written the English way
    // (in the agencies' list: the round's progress view names each agency on a button too)
    fireEvent.click(within(agencies).getByRole("button", { name: /Sở Văn hóa, Thể thao và Du lịch/ }));
    const row = (await screen.findByRole("button", { name: "Go to row 05.2 in the sheet" })).closest(
      "li"
    ) as HTMLElement;
    expect(row.textContent).toContain("Tourism revenuePlan: 2,150 (for the period)");
    fireEvent.click(await ready("Tiếng Việt"));
    expect(await screen.findByRole("heading", { name: "Theo cơ quan chủ trì" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("vi");
  });

  test("the period can be changed, and prorated rows follow", async () => {
    const workbook = await withTemplate({ "05.1": 2100 });
    renderPane(workbook);
    await screen.findByRole("heading", { name: "Tổng hợp" });
    expect(workbook.sheet(template.name)?.cells[template.rowCodes.indexOf("05.1")][col("status")].value).toBe(
      "Vượt kế hoạch"
    );
    const select = await waitFor(() => {
      const element = screen.getByRole("combobox", { name: "Kỳ báo cáo" }) as HTMLSelectElement;
      expect(element.disabled).toBe(false);
      return element;
    });
    fireEvent.change(select, { target: { value: "FY" } });
    await waitFor(() =>
      expect(workbook.sheet(template.name)?.cells[template.rowCodes.indexOf("05.1")][col("status")].value).toBe(
        "Không đạt"
      )
    );
    expect(workbook.sheet(template.name)?.cells[template.periodCell.row][template.periodCell.col].value).toBe("Cả năm");
  });

  test("a period chosen in the sheet's cell shows in the pane after the next validation", async () => {
    const workbook = await withTemplate({ "05.1": 2100 });
    renderPane(workbook);
    await screen.findByRole("heading", { name: "Tổng hợp" });
    // the settings' controls come with the pane's second script (later.ts), after the first drawing
    const select = (await screen.findByRole("combobox", { name: "Kỳ báo cáo" })) as HTMLSelectElement;
    expect(select.value).toBe("H1");
    act(() => workbook.setCell(template.name, template.periodCell.row, template.periodCell.col, "9 tháng"));
    await waitFor(() => expect(select.value).toBe("9M"));
  });

  test("clearing the results pauses automatic re-checking until Kiểm tra is pressed, and says so", async () => {
    const workbook = await withTemplate({ "01": 7 });
    renderPane(workbook);
    await screen.findByRole("heading", { name: "Tổng hợp" });
    const status = () => workbook.sheet(template.name)?.cells[template.rowCodes.indexOf("01")][col("status")].value;
    expect(status()).toBe("Đạt");
    const clear = await ready("Xóa kết quả kiểm tra");
    clear.focus();
    fireEvent.click(clear);
    await screen.findByText(/Đã xóa kết quả kiểm tra/);
    expect(screen.getByRole("status").textContent).toContain("Đã tạm dừng tự kiểm tra lại");
    expect(status() ?? "").toBe("");
    expect(workbook.sheet(template.name)?.highlights).toEqual([]);
    expect(document.activeElement).toBe(clear);
    // an edit while paused: nothing is judged or coloured, however long one waits
    act(() => workbook.setCell(template.name, template.rowCodes.indexOf("01"), col("actual"), "6,5"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(status() ?? "").toBe("");
    expect(workbook.sheet(template.name)?.highlights).toEqual([]);
    expect(screen.queryByRole("heading", { name: "Tổng hợp" })).toBeNull();
    // Kiểm tra judges again and resumes the automatic re-checks
    fireEvent.click(await ready("Kiểm tra"));
    await waitFor(() => expect(status()).toBe("Không đạt"));
    expect(screen.getByRole("status").textContent).toContain("Số liệu thay đổi thì tự kiểm tra lại.");
    act(() => workbook.setCell(template.name, template.rowCodes.indexOf("01"), col("actual"), 7));
    await waitFor(() => expect(status()).toBe("Đạt"));
  });

  test("focus stays on the button pressed while the pane works, and never falls to the page", async () => {
    const workbook = await withTemplate({ "01": 7 });
    renderPane(workbook);
    await screen.findByRole("heading", { name: "Tổng hợp" });
    const validate = await ready("Kiểm tra");
    validate.focus();
    fireEvent.click(validate);
    // while it works the button refuses presses but keeps focus
    await waitFor(() => expect(validate.getAttribute("aria-disabled")).toBe("true"));
    expect(document.activeElement).toBe(validate);
    await ready("Kiểm tra");
    expect(document.activeElement).toBe(validate);
    // the period list stays usable too; a period chosen mid-check is validated after it
    const select = (await screen.findByRole("combobox", { name: "Kỳ báo cáo" })) as HTMLSelectElement;
    expect(select.disabled).toBe(false);
  });

  test("inserting from the 'no template' bar puts focus on the result, not the page", async () => {
    renderPane(new MemoryWorkbook(catalogue));
    await screen.findByText("Chưa có mẫu chỉ tiêu");
    const insert = await waitFor(() => {
      const buttons = screen.getAllByRole("button", { name: "Chèn mẫu" }) as HTMLButtonElement[];
      expect(buttons[1].getAttribute("aria-disabled")).not.toBe("true");
      return buttons[1];
    });
    insert.focus();
    fireEvent.click(insert);
    const notice = await screen.findByText(/Đã chèn mẫu vào trang/);
    await waitFor(() => expect(document.activeElement?.contains(notice)).toBe(true));
  });

  test("edits re-validate by themselves; the tolerance is remembered with the workbook", async () => {
    const workbook = await withTemplate({ "01": 7 });
    renderPane(workbook);
    await screen.findByRole("heading", { name: "Tổng hợp" });
    act(() => workbook.setCell(template.name, template.rowCodes.indexOf("01"), col("actual"), "6,5"));
    await waitFor(() =>
      expect(workbook.sheet(template.name)?.cells[template.rowCodes.indexOf("01")][col("status")].value).toBe(
        "Không đạt"
      )
    );
    fireEvent.change(await screen.findByRole("textbox", { name: "Biên độ cảnh báo (%)" }), { target: { value: "10" } });
    await waitFor(() => expect(workbook.settings.get("chiTieu.tolerance")).toBe(0.1));
    fireEvent.click(await ready("Kiểm tra"));
    await waitFor(() =>
      expect(workbook.sheet(template.name)?.cells[template.rowCodes.indexOf("01")][col("status")].value).toBe(
        "Có nguy cơ không đạt"
      )
    );
  });
});

test("a new margin re-checks the sheet by itself, as an edit does, and not after results were cleared", async () => {
  const workbook = await withTemplate({ "01": 6.5 });
  renderPane(workbook);
  await screen.findByRole("heading", { name: "Tổng hợp" });
  const status = () => workbook.sheet(template.name)?.cells[template.rowCodes.indexOf("01")][col("status")].value;
  await waitFor(() => expect(status()).toBe("Không đạt"));
  const margin = await screen.findByRole("textbox", { name: "Biên độ cảnh báo (%)" });
  fireEvent.change(margin, { target: { value: "10" } });
  // No "Kiểm tra": the sheet and the report must not judge by two margins.
  await waitFor(() => expect(status()).toBe("Có nguy cơ không đạt"));
  fireEvent.click(await ready("Xóa kết quả kiểm tra"));
  await screen.findByText(/tự kiểm tra lại|Đã xóa/);
  fireEvent.change(margin, { target: { value: "3" } });
  await waitFor(() => expect(workbook.settings.get("chiTieu.tolerance")).toBe(0.03));
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(status()).not.toBe("Không đạt");
});

test("both languages have every key", () => {
  expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.vi).sort());
  for (const lang of ["vi", "en"] as const) {
    for (const [key, value] of Object.entries(STRINGS[lang]))
      expect([lang, key, value === "" ? "empty" : "ok"]).toEqual([lang, key, "ok"]);
  }
});

test("the subtitle keeps 'ngày' and its date on one line (a no-break space), in both languages", () => {
  expect(STRINGS.vi.decision("136/QĐ-UBND", "19/01/2024")).toBe("Quyết định 136/QĐ-UBND ngày\u00a019/01/2024");
  expect(STRINGS.en.decision("136/QĐ-UBND", "19/01/2024")).toBe("Decision 136/QĐ-UBND of\u00a019/01/2024");
});

test("a figure typed while the pane filters the sheet is re-checked once the filter is done", async () => {
  const workbook = await withTemplate({ "01": 7 });
  renderPane(workbook);
  await screen.findByRole("heading", { name: "Tổng hợp" });
  const status = () => workbook.sheet(template.name)?.cells[template.rowCodes.indexOf("01")][col("status")].value;
  const before = status();
  fireEvent.click(await screen.findByRole("button", { name: /Công an tỉnh/ }));
  const filter = await ready("Lọc trang tính theo cơ quan này");
  // Excel answering slowly (a large workbook, Excel on the web): the filter keeps the pane busy a while.
  workbook.latencyMs = 300;
  fireEvent.click(filter);
  await new Promise((resolve) => setTimeout(resolve, 10));
  act(() => workbook.setCell(template.name, template.rowCodes.indexOf("01"), col("actual"), 0));
  await screen.findByText(/Trang tính đang chỉ hiện chỉ tiêu của Công an tỉnh/);
  workbook.latencyMs = 0;
  // Until this change the automatic re-check, refused while the filter ran, never came back: "Đạt" stayed.
  await waitFor(() => expect(status()).not.toBe(before), { timeout: 3000 });
});
