/** @jest-environment jsdom */
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import shipped from "../../assets/catalogues/lang-son-2024.json";
import { agencyWorkbookBytes } from "../../src/cli/agencyFiles";
import { loadCatalogue, type Catalogue, type CellValue } from "../../src/core";
import { LOG_SHEET, planSplit, readRoundSheet } from "../../src/round";
import { Round } from "../../src/taskpane/Round";
import { buildTemplate, COLUMNS } from "../../src/template";
import { memorySheet, MemoryWorkbook } from "../../src/workbook/memory";
import type { ValidationReport } from "../../src/workbook/types";

// The pane loads the .xlsx script with a <script> tag (agency-files.js); jsdom runs its source module instead.
jest.mock("../../src/taskpane/agencyFilesScript", () => ({
  loadAgencyFiles: () => Promise.resolve(jest.requireActual("../../src/taskpane/agencyFilesEntry")),
}));

const loaded = loadCatalogue(shipped);
const catalogue = (loaded.ok ? loaded.catalogue : undefined) as Catalogue;
const template = buildTemplate(catalogue);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const row = (code: string) => template.rowCodes.indexOf(code);

async function setup(values: Record<string, CellValue> = {}, agencyOnly?: string) {
  const workbook = new MemoryWorkbook(catalogue);
  await workbook.insertTemplate("ask");
  if (agencyOnly) {
    // One agency's own workbook open, as `Tách theo cơ quan` opens it, instead of the consolidated one.
    const sheet = workbook.sheet(template.name)!;
    const [file] = planSplit(catalogue, readRoundSheet(workbook.grid(sheet), catalogue)!, { only: agencyOnly });
    workbook.sheets = [memorySheet(file.template)];
    workbook.activeSheet = file.template.name;
  }
  for (const [code, v] of Object.entries(values)) workbook.setCell(template.name, row(code), col("actual"), v);
  const validated = await workbook.validate({ tolerance: 0.05 });
  if (!validated.ok) throw new Error("validate");
  const onChanged = jest.fn();
  const onFilter = jest.fn();
  const props = { workbook, catalogue, lang: "vi" as const, disabled: false, onChanged, onFilter };
  const view = render(<Round {...props} report={validated.value} />);
  // The progress is read after the first drawing: wait for it, as a person does, so no update lands after the test.
  await screen.findByRole("heading", { name: "Tiến độ nộp số liệu" });
  const rerender = (report: ValidationReport) => view.rerender(<Round {...props} report={report} />);
  return { workbook, onChanged, onFilter, rerender };
}

/** An agency's split file after it typed `edits`, as the File a person picks. */
async function agencyFile(
  workbook: MemoryWorkbook,
  agency: string,
  edits: [string, string, CellValue][]
): Promise<File> {
  const round = await workbook.readRound();
  if (!round.ok) throw new Error("round");
  const [plan] = planSplit(catalogue, round.value, { only: agency });
  for (const [code, key, v] of edits) {
    plan.template.cells[plan.template.rowCodes.indexOf(code)][col(key)].value = v as string | number;
  }
  return new File([(await agencyWorkbookBytes(plan)) as Uint8Array<ArrayBuffer>], plan.fileName);
}

/** The preview table's "Kết quả" column, file by file. */
const results = (preview: HTMLElement) =>
  [...preview.querySelectorAll("tbody tr")].map((tr) => tr.querySelectorAll("td")[2].textContent);

async function enabled(name: string | RegExp): Promise<HTMLButtonElement> {
  return waitFor(() => {
    const button = screen.getByRole("button", { name }) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    return button;
  });
}

describe("the round in the pane", () => {
  test("Tách theo cơ quan opens each agency's workbook, or only the one chosen", async () => {
    const { workbook } = await setup({ "01": 6.5 });
    fireEvent.click(await enabled("Tách theo cơ quan"));
    // Thirteen workbooks written with ExcelJS: seconds on a busy machine, not a wait's usual 5 s.
    await screen.findByText(/Đã mở 13 sổ làm việc mới/, undefined, { timeout: 25_000 });
    expect(workbook.opened).toHaveLength(13);
    fireEvent.change(screen.getByRole("combobox", { name: "Cơ quan chủ trì" }), { target: { value: "Sở Y tế" } });
    fireEvent.click(await enabled("Tách theo cơ quan"));
    await screen.findByText(/Đã mở 1 sổ làm việc mới/);
    expect(workbook.opened).toHaveLength(14);
  }, 30_000);

  test("Gộp số liệu từ tệp… previews, changes nothing until confirmed, then applies in one go and validates", async () => {
    const { workbook, onChanged, rerender } = await setup({ "01": 6.5 });
    const files = [
      await agencyFile(workbook, "Sở Kế hoạch và Đầu tư", [
        ["01", "actual", 7.1],
        ["03", "actual", 1200],
      ]),
      await agencyFile(workbook, "Sở Tài chính", [["07.1", "actual", 5400]]),
      await agencyFile(workbook, "Cục Thuế", [["07.1", "actual", 5450]]),
      new File(["không phải bảng tính"], "ghi-chu.xlsx"),
    ];
    fireEvent.change(screen.getByLabelText("Chọn tệp của các cơ quan (.xlsx)"), { target: { files } });
    const preview = await screen.findByRole("region", { name: "Xem trước: 4 tệp" });
    expect(within(preview).getByText("so-ke-hoach-va-dau-tu.xlsx")).toBeTruthy();
    expect(
      within(preview).getByText(
        // Text under an Excel name, said as the command line says it.
        /ghi-chu\.xlsx: không đọc được \(đây là tệp văn bản \(như \.csv\) dù mang đuôi \.xlsx, không phải tệp Excel/
      )
    ).toBeTruthy();
    expect(within(preview).getByText(/Các tệp cho giá trị khác nhau ở chỉ tiêu 07.1/)).toBeTruthy();
    expect(within(preview).getByText(/chỉ tiêu 01, cột “Thực hiện”: 6,5 → 7,1/)).toBeTruthy();
    // The co-leads' files apply nothing (their 07.1 conflicts): said as `chi-tieu merge` says it, not "gộp được".
    expect(results(preview)).toEqual(["gộp được", "không gộp giá trị nào", "không gộp giá trị nào", "không đọc được"]);
    // Nothing is written before the user confirms.
    expect(workbook.sheet(template.name)?.cells[row("01")][col("actual")].value).toBe(6.5);
    expect(workbook.sheet(LOG_SHEET)).toBeUndefined();

    fireEvent.click(await enabled("Áp dụng 2 thay đổi"));
    // Two figures and the 07.1 conflict, logged with both values (trial 20, finding 3).
    await screen.findByText("Đã gộp 2 ô; đã ghi 3 dòng vào trang “Nhật ký cập nhật”.");
    const cells = workbook.sheet(template.name)?.cells;
    expect(cells?.[row("01")][col("actual")].value).toBe(7.1);
    expect(cells?.[row("03")][col("actual")].value).toBe(1200);
    expect(cells?.[row("07.1")][col("actual")].value ?? null).toBeNull();
    expect(workbook.sheet(LOG_SHEET)?.cells).toHaveLength(4);
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("region", { name: /Xem trước/ })).toBeNull();

    // Validated again (as the pane does on onChanged), the progress names the conflict under both co-leads.
    const validated = await workbook.validate({ tolerance: 0.05 });
    if (!validated.ok) throw new Error("validate");
    rerender(validated.value);
    const conflicts = await screen.findAllByText(/^Xung đột \(các tệp cho số khác nhau, chưa gộp;.*\): 07\.1\./);
    const under = conflicts.map((p) => p.closest("li")?.querySelector("button")?.textContent);
    expect(under).toEqual(expect.arrayContaining(["Sở Tài chính", "Cục Thuế"]));
    // The way to settle it when the cell already holds the agreed figure, or rightly none.
    expect(conflicts[0].textContent).toMatch(
      /Nếu số đang có trong ô là số đã thống nhất \(hoặc ô để trống là đúng\), ghi “Đã thống nhất” vào cột “Cần xem lại” ở dòng xung đột đó trong trang “Nhật ký cập nhật”\.$/
    );
  }, 30_000);

  test("a shortfall on a doubted figure asks its agency to confirm the figure, not to explain it", async () => {
    // "4,500" tourists read as 4,5 (4.500 was meant): off track on a reading the tool itself doubts.
    await setup({ "05.1": "4,500" });
    const line = await screen.findByText("Cần xác nhận lại số liệu trước khi giải trình: 05.1");
    expect(line.closest("li")?.querySelector("button")?.textContent).toBe("Sở Văn hóa, Thể thao và Du lịch");
    expect(screen.queryByLabelText(/Giải trình chỉ tiêu 05\.1/)).toBeNull();
  });

  test("a file that only repeats the figures already there is “không có gì mới”, as on the command line", async () => {
    const { workbook } = await setup({ "12.1": 99 });
    const files = [
      await agencyFile(workbook, "Sở Y tế", [["12.1", "actual", 99]]),
      await agencyFile(workbook, "Sở Y tế", [["12.1", "actual", 98.5]]),
    ];
    fireEvent.change(screen.getByLabelText("Chọn tệp của các cơ quan (.xlsx)"), { target: { files: [files[0]] } });
    expect(results(await screen.findByRole("region", { name: "Xem trước: 1 tệp" }))).toEqual(["không có gì mới"]);
    expect(screen.getByText("Không có giá trị mới nào để gộp.")).toBeTruthy();
    fireEvent.click(await enabled("Hủy"));
    fireEvent.change(screen.getByLabelText("Chọn tệp của các cơ quan (.xlsx)"), { target: { files: [files[1]] } });
    expect(results(await screen.findByRole("region", { name: "Xem trước: 1 tệp" }))).toEqual(["gộp được"]);
  }, 30_000);

  test("with an agency's own file open instead of the consolidated workbook, merge refuses before reading the files", async () => {
    const consolidated = await setup();
    const police = await agencyFile(consolidated.workbook, "Công an tỉnh", [["15.2", "actual", 4.2]]);
    cleanup();
    const { workbook, onChanged } = await setup({}, "Sở Y tế");
    const before = JSON.stringify(workbook.sheets);
    fireEvent.change(screen.getByLabelText("Chọn tệp của các cơ quan (.xlsx)"), { target: { files: [police] } });
    await screen.findByText(/^Sổ làm việc đang mở là tệp của Sở Y tế .*không phải bảng tổng hợp/);
    expect(screen.queryByRole("region", { name: /Xem trước/ })).toBeNull();
    expect(JSON.stringify(workbook.sheets)).toBe(before);
    expect(onChanged).not.toHaveBeenCalled();
  }, 30_000);

  test("a picked file that is not the template names the agency its name gives and whom to ask, as the command line", async () => {
    await setup();
    const salaries = new ExcelJS.Workbook();
    salaries.addWorksheet("tmp").addRow(["STT", "Họ và tên", "Lương"]);
    const file = new File([(await salaries.xlsx.writeBuffer()) as ArrayBuffer], "so-giao-thong-van-tai.xlsx");
    fireEvent.change(screen.getByLabelText("Chọn tệp của các cơ quan (.xlsx)"), { target: { files: [file] } });
    const preview = await screen.findByRole("region", { name: "Xem trước: 1 tệp" });
    const cells = [...preview.querySelectorAll("tbody td")].map((td) => td.textContent);
    expect(cells.slice(0, 3)).toEqual(["so-giao-thong-van-tai.xlsx", "Sở Giao thông vận tải", "không đọc được"]);
    expect(
      within(preview).getByText(
        /^so-giao-thong-van-tai\.xlsx: không phải biểu chỉ tiêu .*; tệp này không được gộp\. Hãy đề nghị Sở Giao thông vận tải gửi lại/
      )
    ).toBeTruthy();
  }, 30_000);

  test("Hủy drops the preview and writes nothing", async () => {
    const { workbook } = await setup();
    const file = await agencyFile(workbook, "Sở Y tế", [["12.1", "actual", 99]]);
    fireEvent.change(screen.getByLabelText("Chọn tệp của các cơ quan (.xlsx)"), { target: { files: [file] } });
    await screen.findByRole("region", { name: "Xem trước: 1 tệp" });
    fireEvent.click(await enabled("Hủy"));
    expect(screen.queryByRole("region", { name: /Xem trước/ })).toBeNull();
    expect(workbook.sheet(template.name)?.cells[row("12.1")][col("actual")].value ?? null).toBeNull();
  }, 30_000);

  test("Tiến độ nộp số liệu lists agencies worst first; a click filters the sheet to one", async () => {
    const { onFilter } = await setup({ "12.1": 97.2, "12.2": 11.5, "12.3": 34, "12.4": 95, "18.2": 100 });
    await screen.findByRole("heading", { name: "Tiến độ nộp số liệu" });
    const names = screen.getAllByRole("listitem").flatMap((li) => {
      const b = within(li).queryByRole("button");
      return b ? [b.textContent] : [];
    });
    expect(names[0]).toBe("Sở Kế hoạch và Đầu tư");
    expect(names.at(-1)).toBe("Sở Y tế");
    expect(screen.getByText("Hạn nộp 17/06/2024")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Sở Y tế" }));
    expect(onFilter).toHaveBeenCalledWith("Sở Y tế");
  }, 30_000);

  test("a row with a figure merged and its other column in conflict is in conflict, not filled (trial 25, 7)", async () => {
    const { workbook, rerender } = await setup({ "12.1": 100 });
    // Two versions of Sở Y tế's file: the same Thực hiện for 12.2, different Ước.
    const files = [
      await agencyFile(workbook, "Sở Y tế", [
        ["12.2", "actual", 11.8],
        ["12.2", "estimate", 11.9],
      ]),
      await agencyFile(workbook, "Sở Y tế", [
        ["12.2", "actual", 11.8],
        ["12.2", "estimate", "~12"],
      ]),
    ];
    fireEvent.change(screen.getByLabelText("Chọn tệp của các cơ quan (.xlsx)"), { target: { files } });
    await screen.findByRole("region", { name: "Xem trước: 2 tệp" });
    fireEvent.click(await enabled(/^Áp dụng/));
    await screen.findByText(/^Đã gộp/);
    const validated = await workbook.validate({ tolerance: 0.05 });
    if (!validated.ok) throw new Error("validate");
    rerender(validated.value);
    // As chi-tieu status counts it: 12.1 filled, 12.2 in conflict only, so 1 of 5 and not 2. (The progress is read
    // again after the rerender: wait for the conflict before reading the count.)
    const conflict = await screen.findByText(/^Xung đột .*: 12\.2\./);
    const health = conflict.closest("li") as HTMLElement;
    expect(within(health).getByRole("button").textContent).toBe("Sở Y tế");
    expect(health.textContent).toContain("1/5 chỉ tiêu có số liệu");
    expect(health.textContent).toContain("Còn thiếu: 12.3, 12.4, 18.2");
  }, 30_000);

  test("an at-risk row offers a text box; Ghi chú is written only when the user saves it", async () => {
    const { workbook, onChanged } = await setup({ "12.1": 97.2 });
    const box = await screen.findByLabelText("Giải trình chỉ tiêu 12.1 (Có nguy cơ không đạt)");
    fireEvent.change(box, { target: { value: "Thiếu vắc-xin trong quý II" } });
    expect(workbook.sheet(template.name)?.cells[row("12.1")][col("note")].value ?? null).toBeNull();
    fireEvent.click(await enabled("Lưu vào cột Ghi chú"));
    await screen.findByText("Đã lưu giải trình chỉ tiêu 12.1 vào cột “Ghi chú”.");
    expect(workbook.sheet(template.name)?.cells[row("12.1")][col("note")].value).toBe("Thiếu vắc-xin trong quý II");
    expect(onChanged).toHaveBeenCalledTimes(1);
  }, 30_000);
});
