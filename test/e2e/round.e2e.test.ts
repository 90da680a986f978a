/**
 * The reporting round in the pane, in headless Chromium against the production build (test/e2e/harness.ts):
 * split for one agency and for all, merge agencies' files picked with the file input (preview, then confirm),
 * the completeness view and its filter, an explanation written to Ghi chú; keyboard and axe along the way.
 */

import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { axe, cellOf, clean, open, pane, sheet, shot, suite, useBrowser } from "./harness";

/** The workbooks the pane opened with Excel.createWorkbook, as the preview's in-memory workbook recorded them. */
async function opened(page: Page): Promise<Buffer[]> {
  const files = await page.evaluate(
    () => (window as unknown as { chiTieuWorkbook: { opened: string[] } }).chiTieuWorkbook.opened
  );
  return files.map((b64) => Buffer.from(b64, "base64"));
}

/** The agency a split file names (the defined name ChiTieu_Agency, as a program reads it). */
async function agencyOf(bytes: Buffer): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const [where] = book.definedNames.getRanges("ChiTieu_Agency").ranges;
  const [sheetName, ref] = where.split("!");
  return String(book.getWorksheet(sheetName.replace(/^'|'$/g, ""))?.getCell(ref.replace(/\$/g, "")).value);
}

/** Types into a worksheet's rows, by the code in column B: code → column letter → value. */
function editRows(ws: ExcelJS.Worksheet, edits: Record<string, Record<string, string | number>>): void {
  ws.eachRow((row) => {
    const code = String(row.getCell("B").value ?? "");
    for (const [column, value] of Object.entries(edits[code] ?? {})) row.getCell(column).value = value;
  });
}

/** A split file as its agency sends it back, edited with ExcelJS (not our writer): code → column letter → value. */
async function edited(bytes: Buffer, edits: Record<string, Record<string, string | number>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  editRows(book.worksheets[0], edits);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A split file with its sheet copied to a new sheet `name` (after it), edited there: code → column letter → value. */
async function withCopy(bytes: Buffer, name: string, edits: Record<string, Record<string, number>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const copy = book.addWorksheet(name);
  book.worksheets[0].eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
  editRows(copy, edits);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const xlsx = (name: string, buffer: Buffer) => ({
  name,
  mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  buffer,
});

/** Opens the round's panel (its own script, loaded on demand) from the pane's button, by keyboard. */
async function openRound(page: Page) {
  const toggle = pane(page).getByRole("button", { name: "Kỳ báo cáo: gửi, nhận, tổng hợp" });
  await toggle.focus();
  await page.keyboard.press("Enter");
  expect(await toggle.getAttribute("aria-expanded")).toBe("true");
  const round = pane(page).getByRole("region", { name: "Kỳ báo cáo: gửi, nhận, tổng hợp" });
  await round.getByRole("heading", { name: "Tiến độ nộp số liệu" }).waitFor();
  return round;
}

/** Waits until the pane is idle (no action or automatic re-check running). */
const idle = (page: Page) =>
  page.waitForFunction(() => document.querySelector("#pane main")?.getAttribute("aria-busy") === "false");

suite("the reporting round in Chromium", () => {
  useBrowser();

  test("split for one agency and for all; merge picked files: preview, nothing written, then confirm by keyboard", async () => {
    const { page, watch } = await open("lang=vi&latency=50&auto=300");
    const round = await openRound(page);
    await idle(page);
    await axe(page, "round: progress and explanations");

    // One agency
    await round.getByRole("combobox", { name: "Cơ quan chủ trì" }).selectOption("Sở Y tế");
    await round.getByRole("button", { name: "Tách theo cơ quan" }).click();
    await round.getByText("Đã mở 1 sổ làm việc mới; hãy lưu hoặc gửi từng sổ cho cơ quan.").waitFor();
    const [health] = await opened(page);
    expect(await agencyOf(health)).toBe("Sở Y tế");

    // Every agency, by keyboard: the list, then Tab to the button, Enter
    const list = round.getByRole("combobox", { name: "Cơ quan chủ trì" });
    await list.selectOption("");
    await list.focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Tách theo cơ quan");
    await page.keyboard.press("Enter");
    await round.getByText(/^Đã mở 13 sổ làm việc mới/).waitFor();
    const all = (await opened(page)).slice(1);
    expect(all).toHaveLength(13);
    const byAgency = new Map<string, Buffer>();
    for (const file of all) byAgency.set(await agencyOf(file), file);
    expect([...byAgency.keys()]).toEqual(expect.arrayContaining(["Sở Y tế", "Sở Tài chính", "Cục Thuế"]));
    await axe(page, "round: after split");

    // The agencies send their files back: Sở Y tế corrects 12.1 and explains it; two agencies disagree on 07.1.
    const files = [
      xlsx(
        "so-y-te.xlsx",
        await edited(byAgency.get("Sở Y tế") as Buffer, { "12.1": { F: 98.5, M: "Số liệu đã rà soát lại" } })
      ),
      xlsx("so-tai-chinh.xlsx", await edited(byAgency.get("Sở Tài chính") as Buffer, { "07.1": { F: 4000 } })),
      xlsx("cuc-thue.xlsx", await edited(byAgency.get("Cục Thuế") as Buffer, { "07.1": { F: 4100 } })),
      xlsx("bien-ban.xlsx", Buffer.from("không phải bảng tính")),
    ];
    await round.locator('input[type="file"]').setInputFiles(files);
    const preview = round.getByRole("region", { name: "Xem trước: 4 tệp" });
    await preview.waitFor();
    // The preview takes the keyboard's focus: it is what the user reads next.
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "region");
    expect(await preview.locator("tbody tr").count()).toBe(4);
    await preview.getByText("so-y-te.xlsx (Sở Y tế): chỉ tiêu 12.1, cột “Thực hiện”: 100 → 98,5.").waitFor();
    await preview.getByText(/Các tệp cho giá trị khác nhau ở chỉ tiêu 07\.1, cột “Thực hiện”/).waitFor();
    await preview.getByText(/^bien-ban\.xlsx: không đọc được/).waitFor();
    // Nothing written before the user confirms.
    expect(await (await cellOf(page, "12.1", "F")).locator("input").inputValue()).toBe("100");
    expect(await sheet(page).getByRole("button", { name: "Nhật ký cập nhật" }).count()).toBe(0);
    await axe(page, "round: merge preview");
    await shot(page, "round-1-merge-preview");

    // Tab from the preview reaches "Áp dụng 2 thay đổi" (12.1's figure and its note); Enter applies.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Áp dụng 2 thay đổi");
    await page.keyboard.press("Enter");
    // Two cells, and the 07.1 conflict logged with both figures (e8a6ec5): three log rows.
    const done = round.getByText("Đã gộp 2 ô; đã ghi 3 dòng vào trang “Nhật ký cập nhật”.");
    await done.waitFor();
    expect(await preview.count()).toBe(0);
    // The button pressed went away with the preview: focus is on the message, not lost to the page.
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith("Đã gộp 2 ô") === true);
    expect(await (await cellOf(page, "12.1", "F")).locator("input").inputValue()).toBe("98,5");
    expect(await (await cellOf(page, "12.1", "M")).locator("textarea").inputValue()).toBe("Số liệu đã rà soát lại");
    // the conflict applied neither value
    expect(await (await cellOf(page, "07.1", "F")).locator("input").inputValue()).toBe("3.950");
    await sheet(page).getByRole("button", { name: "Nhật ký cập nhật" }).waitFor();
    // Re-validated, the progress names the open conflict under the co-leads that sent 07.1.
    const conflict = round.locator("li", { hasText: /^Sở Tài chính/ }).getByText(/^Xung đột .*: 07\.1\./);
    await conflict.waitFor();
    await idle(page);
    await axe(page, "round: after merge");
    clean(watch);
    await page.close();
  });

  test("merge preview says what hides an agency's figures, as the command line does: a retyped code, a copied sheet", async () => {
    const { page, watch } = await open("lang=vi&latency=50&auto=300");
    const round = await openRound(page);
    await idle(page);
    const agencies = round.getByRole("combobox", { name: "Cơ quan chủ trì" });
    for (const [n, agency] of ["Sở Y tế", "Cục Thuế"].entries()) {
      await agencies.selectOption(agency);
      await round.getByRole("button", { name: "Tách theo cơ quan" }).click();
      await page.waitForFunction(
        (count) =>
          (window as unknown as { chiTieuWorkbook: { opened: string[] } }).chiTieuWorkbook.opened.length > count,
        n
      );
      await idle(page);
    }
    const [health, tax] = await opened(page);
    expect([await agencyOf(health), await agencyOf(tax)]).toEqual(["Sở Y tế", "Cục Thuế"]);

    // Sở Y tế fills 12.1 and 12.2 but retypes 12.2's code; Cục Thuế types 07.1 on a copy of its sheet.
    const files = [
      xlsx("so-y-te.xlsx", await edited(health, { "12.1": { F: 98.5 }, "12.2": { B: "12-2", F: 11.8 } })),
      xlsx("cuc-thue.xlsx", await withCopy(tax, "Bản sửa", { "07.1": { F: 4200 } })),
    ];
    await round.locator('input[type="file"]').setInputFiles(files);
    const preview = round.getByRole("region", { name: "Xem trước: 2 tệp" });
    await preview.waitFor();
    await preview.getByText("so-y-te.xlsx (Sở Y tế): chỉ tiêu 12.1, cột “Thực hiện”: 100 → 98,5.").waitFor();
    // The retyped row: its unknown code and its missing 12.2, each with what to do; 12.2's figure is not merged.
    await preview.getByText(/^so-y-te\.xlsx \(Sở Y tế\): .*“12-2”.*Số liệu ở đó không được gộp/).waitFor();
    await preview.getByText(/^so-y-te\.xlsx \(Sở Y tế\): .*12\.2.*Không có số liệu của chỉ tiêu này để gộp/).waitFor();
    // Cục Thuế typed its figure on a copy of the sheet: the copy is named, its figure not merged.
    await preview.getByText(/^cuc-thue\.xlsx \(Cục Thuế\): .*\(“Bản sửa”\).*Số liệu ở đó không được gộp/).waitFor();
    expect(await preview.getByText(/4\.200/).count()).toBe(0);
    const rows = await preview
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
    // 12.2 counts as left out, as `chi-tieu merge` counts it.
    expect(rows).toEqual([
      ["so-y-te.xlsx", "Sở Y tế", "gộp được", "0", "1", "1"],
      // Its only figure is on the copy: nothing of it is merged, said as `chi-tieu merge` says it.
      ["cuc-thue.xlsx", "Cục Thuế", "không có gì mới", "0", "0", "0"],
    ]);
    await axe(page, "round: merge preview with structure findings");
    clean(watch);
    await page.close();
  });

  test("Tiến độ nộp số liệu: worst first, a click filters the sheet; an explanation goes to that row's Ghi chú", async () => {
    const { page, watch } = await open("lang=vi&latency=50&auto=300");
    const round = await openRound(page);
    await idle(page);

    // Worst first: the 2024 due dates have passed, so agencies with rows still empty come first, most missing first.
    const items = round.locator("li", { has: page.locator("button") });
    await items.nth(12).waitFor(); // the 13 lead agencies, drawn (never read a list before it is there)
    const lines = await items.allTextContents();
    expect(lines.length).toBe(13);
    const missing = lines.map((l) => {
      const [, filled, expected] = /(\d+)\/(\d+) chỉ tiêu có số liệu/.exec(l) ?? [];
      return Number(expected) - Number(filled);
    });
    expect(missing).toEqual([...missing].sort((a, b) => b - a));
    expect(missing[0]).toBeGreaterThan(0);
    expect(lines[0]).toContain("Quá hạn");
    expect(lines[0]).toMatch(/Còn thiếu: \d/);

    // A click filters the sheet to that agency's rows.
    const first = (await items.first().getByRole("button").textContent()) as string;
    await items.first().getByRole("button").click();
    await pane(page).getByRole("button", { name: "Hiện tất cả" }).waitFor();
    const shown = await sheet(page).locator("tbody tr td[data-cell^='K']").allTextContents();
    const rows = shown.filter((lead) => lead.trim() !== "" && lead !== "Cơ quan chủ trì");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((lead) => lead.includes(first))).toBe(true);
    await pane(page).getByRole("button", { name: "Hiện tất cả" }).click();
    await page.waitForFunction(() => document.querySelectorAll("#sheet tbody tr").length > 40);
    await idle(page);

    // An at-risk or off-track row offers a text box; typing writes nothing, saving writes that row's Ghi chú.
    const box = round.getByRole("textbox", { name: /^Giải trình chỉ tiêu / }).first();
    const label =
      (await box.getAttribute("aria-label")) ?? (await box.evaluate((b) => b.closest("label")?.textContent));
    const code = /Giải trình chỉ tiêu (\S+)/.exec(label ?? "")?.[1] as string;
    expect(code).toMatch(/^\d/);
    expect(label).toMatch(/(Có nguy cơ không đạt|Không đạt)\)$/);
    await box.focus();
    await page.keyboard.type("Do thời tiết bất lợi, sẽ bù trong quý III");
    expect(await (await cellOf(page, code, "M")).locator("textarea").inputValue()).toBe("");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Lưu vào cột Ghi chú");
    await axe(page, "round: explanation typed");
    await page.keyboard.press("Enter");
    await round.getByText(`Đã lưu giải trình chỉ tiêu ${code} vào cột “Ghi chú”.`).waitFor();
    expect(await (await cellOf(page, code, "M")).locator("textarea").inputValue()).toBe(
      "Do thời tiết bất lợi, sẽ bù trong quý III"
    );
    // The box and its button go away once the row is explained (after the re-check): focus stays in the pane.
    await idle(page);
    await page.waitForFunction(
      (c) =>
        ![...document.querySelectorAll("#pane textarea")].some((t) =>
          t.closest("label")?.textContent?.includes(`chỉ tiêu ${c} `)
        ),
      code
    );
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    await axe(page, "round: explanation saved");
    await shot(page, "round-2-progress");
    clean(watch);
    await page.close();
  });
});
