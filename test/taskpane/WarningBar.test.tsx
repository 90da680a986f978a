/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { problem } from "../../src/core";
import { WarningBar } from "../../src/taskpane/WarningBar";
import { col, renderPane, template, withTemplate } from "./pane";

// Fluent's components render slowly in jsdom on a loaded machine; these tests wait on several validations.
jest.setTimeout(20000);

/** Whether a comes before b in the page. */
/** The row of a code in an opened agency's table (the findings list below has its own go-to buttons). */
async function tableRow(code: string): Promise<HTMLElement | undefined> {
  const buttons = await screen.findAllByRole("button", { name: `Đến dòng ${code} trên trang tính` });
  // the rows are list items since the pane reflows at 160 px (changed on purpose by issue 12)
  return buttons.map((b) => b.closest<HTMLElement>("li[data-code]")).find((li): li is HTMLElement => li !== null);
}

const before = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

describe("the warning bar at the top of the pane", () => {
  test.each([["Quý 2"], ["tháng 10"], [""]])(
    "an unreadable period %p: first, with the accepted forms, and a period to pick",
    async (text) => {
      const workbook = await withTemplate({ "05.1": 2030 }, text);
      renderPane(workbook);
      const title = await screen.findByText("Không đọc được kỳ báo cáo");
      const bar = title.closest("[data-kind=period]") as HTMLElement;
      expect(bar.textContent).toMatch(/số liệu được đánh giá như cả năm/);
      expect(bar.textContent).toContain("6 tháng (“6 tháng”, “6 tháng đầu năm”, “6T”, “sáu tháng”)");
      expect(before(bar, screen.getByRole("heading", { name: "Tổng hợp" }))).toBe(true);
      expect(before(bar, screen.getByRole("button", { name: "Kiểm tra" }))).toBe(true);
      // The cumulative row says its period was assumed; 05.1's 2.030 is off track against the whole 4.060.
      const agencies = (await screen.findByRole("heading", { name: "Theo cơ quan chủ trì" }))
        .parentElement as HTMLElement;
      fireEvent.click(within(agencies).getByRole("button", { name: /Sở Văn hóa, Thể thao và Du lịch/ }));
      const row = await tableRow("05.1");
      expect(row?.textContent).toContain("kỳ báo cáo được giả định là cả năm");
      expect(row?.textContent).toContain("Không đạt");

      fireEvent.click(
        within(within(bar).getByRole("group", { name: "Chọn kỳ báo cáo" })).getByRole("button", { name: "6 tháng" })
      );
      await waitFor(() => expect(screen.queryByText("Không đọc được kỳ báo cáo")).toBeNull());
      expect(workbook.sheet(template.name)?.cells[template.periodCell.row][template.periodCell.col].value).toBe(
        "6 tháng"
      );
      await waitFor(() =>
        expect(workbook.sheet(template.name)?.cells[template.rowCodes.indexOf("05.1")][col("status")].value).toBe("Đạt")
      );
    }
  );

  test("a readable period in another form shows no bar", async () => {
    renderPane(await withTemplate({ "05.1": 2030 }, "6T"));
    await screen.findByRole("heading", { name: "Tổng hợp" });
    expect(screen.queryByTestId("warning-bar")).toBeNull();
  });

  test("a deleted Đánh giá header: what it breaks and how to fix it, at the top", async () => {
    const workbook = await withTemplate({ "01": 7 });
    workbook.setCell(template.name, template.headerRow, col("status"), "");
    renderPane(workbook);
    const title = await screen.findByText("Mẫu bị thiếu hoặc sai");
    const bar = title.closest("[data-kind=structure]") as HTMLElement;
    expect(bar.textContent).toContain("thiếu cột “Đánh giá”");
    expect(bar.textContent).toContain("không tô màu được các dòng");
    expect(bar.textContent).toContain("Hãy chèn lại cột có tiêu đề đúng “Đánh giá”");
    expect(before(bar, screen.getByRole("heading", { name: "Tổng hợp" }))).toBe(true);
  });

  test("a missing row leads to where it should be fixed, in English", async () => {
    const workbook = await withTemplate();
    workbook.setCell(template.name, template.rowCodes.indexOf("03"), col("code"), "99");
    renderPane(workbook, "en");
    const title = await screen.findByText("The template is incomplete or changed");
    const bar = title.closest("[data-kind=structure]") as HTMLElement;
    expect(bar.textContent).toContain("the code “99” is not in the catalogue, so this row is not checked");
    expect(bar.textContent).toContain("has no row for indicator 03, so it is not judged");
  });
});

describe("Kiểm tra lại beside each row", () => {
  test("an ambiguous 2,100 says how it was read and what to type; the status stays", async () => {
    renderPane(await withTemplate({ "05.2": "2,100" }));
    await screen.findByRole("heading", { name: "Tổng hợp" });
    const agencies = (await screen.findByRole("heading", { name: "Theo cơ quan chủ trì" }))
      .parentElement as HTMLElement;
    fireEvent.click(within(agencies).getByRole("button", { name: /Sở Văn hóa, Thể thao và Du lịch/ }));
    const row = await tableRow("05.2");
    expect(row?.querySelector("[data-check='plausibility.ambiguous']")?.textContent).toBe(
      "Kiểm tra lại chỉ tiêu 05.2, cột “Thực hiện”: “2,100” đã hiểu là 2,1; nếu ý là 2.100 hãy nhập 2100."
    );
    expect(row?.textContent).toContain("Không đạt");
    expect(row?.textContent).toContain("0% KH năm · cần 50% đến 6 tháng");
  });

  test("a growth rate typed 47: far above plan", async () => {
    renderPane(await withTemplate({ "01": 47 }));
    await screen.findByRole("heading", { name: "Tổng hợp" });
    const agencies = (await screen.findByRole("heading", { name: "Theo cơ quan chủ trì" }))
      .parentElement as HTMLElement;
    fireEvent.click(within(agencies).getByRole("button", { name: /Sở Kế hoạch và Đầu tư/ }));
    const row = await tableRow("01");
    expect(row?.querySelector("[data-check='plausibility.farAbovePlan']")).not.toBeNull();
    expect(row?.textContent).toContain("Vượt kế hoạch");
    expect(row?.textContent).toContain("671,4% KH năm");
  });
});

describe("formula results a workbook calculating by hand may not have updated", () => {
  test("have a bar of their own, not the template's", async () => {
    const workbook = await withTemplate({ "07.1.1": 1500, "07.1.2": 2500 });
    const read = await workbook.validate({ tolerance: 0.05 });
    if (!read.ok) throw new Error("no template");
    const stale = { sheet: template.name, codes: ["07.1"], inExcel: true };
    const report = {
      ...read.value,
      findings: [
        ...read.value.findings,
        { severity: "warning" as const, codes: ["07.1"], problem: problem("sheet.manualCalculation", stale) },
      ],
    };
    render(<WarningBar report={report} lang="vi" disabled={false} onPickPeriod={() => {}} onGoTo={() => {}} />);
    const bar = screen.getByText("Kết quả công thức có thể đã cũ").closest("[data-kind=stale]") as HTMLElement;
    expect(bar.textContent).toContain("07.1");
    expect(screen.queryByText("Mẫu bị thiếu hoặc sai")).toBeNull();
  });
});
