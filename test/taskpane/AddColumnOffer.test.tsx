/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { buildTemplate, templateWithoutLastYear } from "../../src/template";
import { memorySheet, MemoryWorkbook, type MemorySheet } from "../../src/workbook/memory";
import { shippedCatalogue as catalogue } from "../catalogue";

jest.setTimeout(20000);

const fresh = buildTemplate(catalogue);
const older = templateWithoutLastYear(catalogue);
const OFFER = /Mẫu cũ chưa có cột “Cùng kỳ năm trước”/;

function olderWorkbook() {
  const workbook = new MemoryWorkbook(catalogue);
  workbook.sheets.push(memorySheet(older));
  workbook.activeSheet = older.name;
  workbook.setCell(older.name, older.rowCodes.indexOf("05.1"), 5, 2100);
  workbook.setCell(older.name, older.rowCodes.indexOf("05.1"), 11, "Số liệu sơ bộ");
  return { workbook, sheet: workbook.sheet(older.name) as MemorySheet };
}

const renderPane = (workbook: MemoryWorkbook, lang: "vi" | "en" = "vi") =>
  render(<App workbook={workbook} catalogue={catalogue} initialLang={lang} autoValidateMs={20} />);

describe("the offer to add Cùng kỳ năm trước", () => {
  test("shown for an older template; validating added nothing; on the user's word the column is added and the sheet validated again", async () => {
    const { workbook, sheet } = olderWorkbook();
    renderPane(workbook);
    await screen.findByText(OFFER);
    expect(sheet.cells[older.headerRow]).toHaveLength(12);
    fireEvent.click(screen.getByRole("button", { name: "Thêm cột" }));
    await waitFor(() => expect(screen.queryByText(OFFER)).toBeNull());
    expect(sheet.cells[fresh.headerRow].map((c) => c.value)).toEqual(fresh.cells[fresh.headerRow].map((c) => c.value));
    const row = sheet.cells[older.rowCodes.indexOf("05.1")];
    expect(row[5].value).toBe(2100);
    expect(row[12].value).toBe("Số liệu sơ bộ");
    // validated again after the insert: Đánh giá is now J
    await waitFor(() => expect(row[9].value).toBe("Vượt kế hoạch"));
  });

  test("in English, second", async () => {
    const { workbook } = olderWorkbook();
    renderPane(workbook, "en");
    await screen.findByText(/older template has no “Cùng kỳ năm trước” column/);
    expect(screen.getByRole("button", { name: "Add column" })).toBeTruthy();
  });

  test("a protected sheet: the pane's error says so, the offer stays, nothing changes", async () => {
    const { workbook, sheet } = olderWorkbook();
    renderPane(workbook);
    await screen.findByText(OFFER);
    sheet.protected = true;
    fireEvent.click(screen.getByRole("button", { name: "Thêm cột" }));
    await screen.findByText(/đang được bảo vệ/);
    expect(screen.getByText(OFFER)).toBeTruthy();
    expect(sheet.cells[older.headerRow]).toHaveLength(12);
  });

  test("a template that has the column: no offer", async () => {
    const workbook = new MemoryWorkbook(catalogue);
    await workbook.insertTemplate("ask");
    renderPane(workbook);
    await screen.findByText(/Đã kiểm tra/);
    expect(screen.queryByText(OFFER)).toBeNull();
  });
});
