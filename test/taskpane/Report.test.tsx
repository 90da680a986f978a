/** @jest-environment jsdom */
/** "Tạo báo cáo" in the pane: writes the report sheet, asks before replacing one of the same period, says what it did. */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { enabledButton, renderPane, withTemplate } from "./pane";

describe("Tạo báo cáo", () => {
  test("writes the report sheet, then asks before replacing it; Hủy changes nothing, Thay báo cáo replaces", async () => {
    const workbook = await withTemplate({ "16.1": 5100 }, "6 tháng");
    const { container } = renderPane(workbook);
    fireEvent.click(await enabledButton(container, "Tạo báo cáo"));
    const done = await screen.findByText(/Đã tạo trang “Báo cáo 6 tháng” với 2 biểu đồ\./);
    await waitFor(() => expect(document.activeElement).toBe(done.closest("[tabindex='-1']")));
    const report = workbook.sheet("Báo cáo 6 tháng");
    expect(report?.report?.charts).toHaveLength(2);
    expect(report?.cells.some((r) => r[0].value === "16.1" && r[4].value === "5.100")).toBe(true);

    fireEvent.click(await enabledButton(container, "Tạo báo cáo"));
    await screen.findByText(/Đã có trang “Báo cáo 6 tháng” của kỳ này/);
    fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Tạo báo cáo"));
    expect(screen.queryByText(/Đã có trang/)).toBeNull();

    fireEvent.change(screen.getByRole("combobox", { name: "Biểu số liệu theo" }), { target: { value: "group" } });
    fireEvent.click(await enabledButton(container, "Tạo báo cáo"));
    fireEvent.click(await screen.findByRole("button", { name: "Thay báo cáo" }));
    await screen.findByText(/Đã thay trang “Báo cáo 6 tháng”/);
    expect(workbook.sheets.filter((s) => s.name.startsWith("Báo cáo"))).toHaveLength(1);
    // Grouped by the decision's groups now: the first group's title is a row of its own.
    const titles = workbook.sheet("Báo cáo 6 tháng")?.cells.map((r) => String(r[0].value)) ?? [];
    expect(titles.some((v) => /^Nhóm 1/.test(v))).toBe(true);
    expect(titles).not.toContain("Sở Tài chính");
  });

  test("no figures: the report says so, without charts; in English", async () => {
    const workbook = await withTemplate();
    const { container } = renderPane(workbook, "en");
    fireEvent.click(await enabledButton(container, "Make report"));
    await screen.findByText(/^Made the sheet “Report/);
    expect(screen.queryByText(/charts/)).toBeNull();
  });

  test("an unreadable period: the message says which cell and what to type, takes the focus; no report sheet", async () => {
    // The pane judges such a sheet as the full year, by assumption: the report must not be titled so (trial 23, 15).
    const workbook = await withTemplate({ "16.1": 5100 }, "Quý 2");
    const { container } = renderPane(workbook);
    fireEvent.click(await enabledButton(container, "Tạo báo cáo"));
    const said = await screen.findByText(
      /^Chưa lập báo cáo: ô kỳ báo cáo D4 của trang “Chỉ tiêu 2024” ghi “Quý 2”.* ví dụ “6 tháng đầu năm 2024”/
    );
    await waitFor(() => expect(document.activeElement).toBe(said.closest("[tabindex='-1']")));
    expect(workbook.sheets.filter((s) => s.name.startsWith("Báo cáo"))).toEqual([]);
    // Pressed again, the same answer, and the button still works.
    fireEvent.click(await enabledButton(container, "Tạo báo cáo"));
    await screen.findByText(/^Chưa lập báo cáo: ô kỳ báo cáo D4/);
    expect(workbook.sheets.filter((s) => s.name.startsWith("Báo cáo"))).toEqual([]);
  });

  test("another year in the period cell: refused, in English too", async () => {
    const workbook = await withTemplate({ "16.1": 5100 }, "6 tháng đầu năm 2023");
    const { container } = renderPane(workbook, "en");
    fireEvent.click(await enabledButton(container, "Make report"));
    await screen.findByText(
      /^No report was made: .* says “6 tháng đầu năm 2023”, a 2023 period, but the targets are 2024's/
    );
    expect(workbook.sheets.filter((s) => s.name.startsWith("Báo cáo"))).toEqual([]);
  });
});
