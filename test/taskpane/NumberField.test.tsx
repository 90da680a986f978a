/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { NumberField, readFieldNumber } from "../../src/taskpane/NumberField";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { App } from "../../src/taskpane/App";
import { shippedCatalogue as catalogue } from "../catalogue";

describe("readFieldNumber: the sheet reader's reading, within a range", () => {
  test.each([
    ["7,5", 7.5],
    ["7.5", 7.5],
    [" 7,5 % ", 7.5],
    ["0", 0],
    ["99", 99],
    ["5", 5],
  ])("%p is %p", (text, value) => expect(readFieldNumber(text, 0, 99)).toEqual({ ok: true, value }));

  test.each([
    ["", "empty"],
    ["abc", "notNumber"],
    ["≥ 5", "notNumber"],
    ["7,5,1", "notNumber"],
    ["150", "outOfRange"],
    ["-1", "outOfRange"],
    ["99,5", "outOfRange"],
  ])("%p is refused (%p)", (text, reason) => expect(readFieldNumber(text, 0, 99)).toMatchObject({ ok: false, reason }));
});

function renderField(onChange: jest.Mock, lang: "vi" | "en" = "vi", value = 5) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <NumberField label="Ngưỡng" lang={lang} value={value} min={0} max={99} unit="%" onChange={onChange} />
    </FluentProvider>
  );
}

describe("NumberField", () => {
  test("shows its range and what it understood, and passes on only that", () => {
    const onChange = jest.fn();
    renderField(onChange);
    const input = screen.getByRole("textbox", { name: "Ngưỡng" });
    expect(screen.getByText("Từ 0 đến 99%. Đã hiểu là 5%.")).toBeTruthy();
    fireEvent.change(input, { target: { value: "7,5" } });
    expect(screen.getByText("Từ 0 đến 99%. Đã hiểu là 7,5%.")).toBeTruthy();
    expect(onChange).toHaveBeenLastCalledWith(7.5);
    fireEvent.change(input, { target: { value: "7.5" } });
    expect(screen.getByText("Từ 0 đến 99%. Đã hiểu là 7,5%.")).toBeTruthy();
    expect(onChange).toHaveBeenLastCalledWith(7.5);
    // Never 75: the bug this field exists to prevent.
    expect(onChange.mock.calls.flat()).not.toContain(75);
  });

  test("refuses a number out of range with a message naming the range, and passes nothing on", () => {
    const onChange = jest.fn();
    renderField(onChange);
    const input = screen.getByRole("textbox", { name: "Ngưỡng" });
    fireEvent.change(input, { target: { value: "150" } });
    expect(screen.getByText("150% nằm ngoài khoảng cho phép. Hãy nhập một số từ 0 đến 99%.")).toBeTruthy();
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    expect(onChange.mock.calls.flat()).not.toContain(150);
    fireEvent.change(input, { target: { value: "năm" } });
    expect(screen.getByText("“năm” không phải là một số. Hãy nhập một số từ 0 đến 99%.")).toBeTruthy();
    expect(input.getAttribute("aria-invalid")).toBe("true");
  });

  test("in English, with the reader's notation", () => {
    const onChange = jest.fn();
    renderField(onChange, "en");
    fireEvent.change(screen.getByRole("textbox", { name: "Ngưỡng" }), { target: { value: "7,5" } });
    expect(screen.getByText("From 0 to 99%. Read as 7.5%.")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: "Ngưỡng" }), { target: { value: "100" } });
    expect(screen.getByText("100% is out of range. Enter a number from 0 to 99%.")).toBeTruthy();
  });

  test("a value loaded from outside is shown", () => {
    const onChange = jest.fn();
    const { rerender } = renderField(onChange);
    rerender(
      <FluentProvider theme={webLightTheme}>
        <NumberField label="Ngưỡng" lang="vi" value={12.5} min={0} max={99} unit="%" onChange={onChange} />
      </FluentProvider>
    );
    expect((screen.getByRole("textbox", { name: "Ngưỡng" }) as HTMLInputElement).value).toBe("12,5");
  });
});

describe("the pane's margin field", () => {
  test("7,5 is saved with the workbook as 7,5 %, 150 is refused and nothing saved", async () => {
    const workbook = new MemoryWorkbook(catalogue);
    render(<App workbook={workbook} catalogue={catalogue} initialLang="vi" autoValidateMs={20} />);
    const input = await screen.findByRole("textbox", { name: "Biên độ cảnh báo (%)" });
    fireEvent.change(input, { target: { value: "7,5" } });
    expect(await screen.findByText(/Đã hiểu là 7,5%\./)).toBeTruthy();
    expect(workbook.settings.get("chiTieu.tolerance")).toBeCloseTo(0.075, 12);
    fireEvent.change(input, { target: { value: "150" } });
    expect(await screen.findByText(/Hãy nhập một số từ 0 đến 99%\./)).toBeTruthy();
    expect(workbook.settings.get("chiTieu.tolerance")).toBeCloseTo(0.075, 12);
    expect((screen.getByRole("button", { name: "Kiểm tra" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
