/**
 * The report in Chromium against the production build (test/e2e/harness.ts): "Tạo báo cáo" in the pane
 * writes the report sheet, the preview draws it as Excel would (headline, biểu số liệu, both charts),
 * a second press asks before replacing and "Hủy" keeps the first; the template's entries are untouched.
 */

import type { Locator, Page } from "playwright-core";
import { VI_COLUMN_LABELS } from "../report/sheets";
import { axe, clean, open, pane, sheet, shot, suite, type, useBrowser } from "./harness";

/** Waits until the pane is idle (no action or automatic re-check running). */
const idle = (page: Page) =>
  page.waitForFunction(() => document.querySelector("#pane main")?.getAttribute("aria-busy") === "false");

/** Does `edit` and waits for the pane's automatic re-check it starts to end (it greys the pane's buttons meanwhile). */
async function rechecked(page: Page, edit: () => Promise<void>): Promise<void> {
  await page.evaluate(() => {
    const main = document.querySelector("#pane main") as Element;
    const w = window as unknown as { recheckStarted: boolean };
    w.recheckStarted = false;
    // A quick re-check can set and clear aria-busy before the observer's callback runs: each record's old value
    // still says it was busy.
    new MutationObserver((records) => {
      if (main.getAttribute("aria-busy") === "true" || records.some((r) => r.oldValue === "true"))
        w.recheckStarted = true;
    }).observe(main, { attributes: true, attributeFilter: ["aria-busy"], attributeOldValue: true });
  });
  await edit();
  await page.waitForFunction(
    () =>
      (window as unknown as { recheckStarted: boolean }).recheckStarted &&
      document.querySelector("#pane main")?.getAttribute("aria-busy") === "false"
  );
}

/** Every entry cell of the sheet shown, by its label: what staff typed. */
/** The template's entry cells; the preview draws its sheet after the pane is ready, so wait for them first. */
const entries = async (page: Page) => {
  await sheet(page).locator("input").first().waitFor();
  return sheet(page)
    .locator("input")
    .evaluateAll((inputs) => inputs.map((i) => [i.getAttribute("aria-label"), (i as HTMLInputElement).value]));
};

/** The report's cells as text, row by row (column letters A…J), from the drawn table. */
async function reportRows(table: Locator): Promise<string[][]> {
  return table
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")));
}

/** A code's row in the biểu số liệu (below its header: the % chart's figures list codes too). */
function tableRow(rows: string[][], code: string): string[] {
  const header = rows.findIndex((r) => r.join("|") === VI_COLUMN_LABELS.join("|"));
  return rows.slice(header + 1).find((r) => r[0] === code) ?? [];
}

/** A little table the report writes under its charts, read as drawn: its header row and the rows until a blank. */
async function dataTable(table: Locator, header: string): Promise<string[][]> {
  return table.evaluate((t, header) => {
    const rows = [...t.querySelectorAll("tbody tr")].map((r) =>
      [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")
    );
    const start = rows.findIndex((r) => r.includes(header));
    const found: string[][] = [];
    for (let i = start + 1; i < rows.length && rows[i].some((c) => c !== ""); i++) found.push(rows[i]);
    return [rows[start], ...found];
  }, header);
}

/** One report sheet only (a tab of its own), showing 16.1's period figure as given. */
async function oneReport(page: Page, report: Locator, figure16: string): Promise<void> {
  expect(tableRow(await reportRows(report), "16.1")[4]).toBe(figure16);
  expect(
    await sheet(page)
      .locator("nav button", { hasText: /^Báo cáo/ })
      .count()
  ).toBe(1);
}

/** Waits for the pane's motions (a message bar fading in) to end: axe measures contrast on the colours shown. */
const settled = (page: Page) =>
  pane(page).evaluate(async (el) => {
    // A motion may be cancelled by the next one (finished then rejects); a progress bar's never ends.
    const ending = () =>
      el
        .getAnimations({ subtree: true })
        .filter((a) => a.playState === "running" && a.effect?.getComputedTiming().iterations !== Infinity);
    for (let list = ending(); list.length > 0; list = ending()) await Promise.allSettled(list.map((a) => a.finished));
  });

const pressByKeyboard = async (page: Page, button: Locator) => {
  await button.focus();
  await page.keyboard.press("Enter");
};

suite("the report in Chromium", () => {
  useBrowser();

  test("Tạo báo cáo by keyboard: the report sheet with its headline, table and two charts; a second press asks and Hủy keeps it", async () => {
    const { page, watch } = await open("lang=vi&latency=50&auto=300", { width: 1600, height: 1000 });
    await idle(page);
    const totals = pane(page).locator('section[aria-labelledby="totals-heading"]');
    const [, metOrExceeded] =
      /^6 tháng: (\d+)\/37 chỉ tiêu/.exec((await totals.locator("p").first().textContent()) ?? "") ?? [];
    expect(Number(metOrExceeded)).toBeGreaterThan(0);
    // The agency list is drawn after the headline (deferred): wait for it, as a person would, before reading it.
    const agencyButtons = pane(page).locator('section[aria-labelledby="agencies-heading"] button[aria-expanded]');
    await agencyButtons.first().waitFor();
    const agencies = await agencyButtons.allTextContents();
    const before = await entries(page);
    expect(before.length).toBeGreaterThan(70);

    const make = pane(page).getByRole("button", { name: "Tạo báo cáo" });
    await pressByKeyboard(page, make);
    await pane(page).getByText("Đã tạo trang “Báo cáo 6 tháng” với 2 biểu đồ.").waitFor();
    const report = sheet(page).getByRole("table", { name: "Báo cáo 6 tháng" });
    await report.waitFor();
    expect(await sheet(page).getByRole("button", { name: "Báo cáo 6 tháng" }).getAttribute("aria-pressed")).toBe(
      "true"
    );

    // The headline, as the pane counts: the same number of targets met or exceeded.
    const rows = await reportRows(report);
    const text = rows.map((r) => r.join(" ").trim());
    expect(text[0]).toBe(
      "BÁO CÁO TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU PHÁT TRIỂN KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2024"
    );
    const headline = text[text.indexOf("Tổng quan") + 1];
    expect(headline).toMatch(
      new RegExp(`^Trong 37 chỉ tiêu chủ yếu, có ${metOrExceeded} chỉ tiêu đạt và vượt kế hoạch \\(chiếm `)
    );

    // The biểu số liệu: its header, and the sample's figures as typed (07.1: 3.950 tỷ đồng; 01: 6,25 %).
    expect(rows.filter((r) => r.join("|") === VI_COLUMN_LABELS.join("|"))).toHaveLength(1);
    const row = (code: string) => tableRow(rows, code);
    expect(row("07.1").slice(2, 5)).toEqual(["Tỷ đồng", "7.485", "3.950"]);
    expect(row("01")[4]).toBe("6,25");
    expect(row("01")[5]).toBe("7,1");
    expect(row("07.1")[6]).toMatch(/^\d+,\d%$/);

    // Chart 1: a stacked bar per lead agency (the pane's agencies), a series per status present, as the table under the charts says.
    const byAgency = sheet(page).locator('svg[data-chart="ChiTieu_TheoCoQuan"]');
    await byAgency.waitFor();
    expect(await byAgency.getAttribute("aria-label")).toBe("Tình hình thực hiện theo cơ quan chủ trì (số chỉ tiêu)");
    const [agencyHeader, ...agencyRows] = await dataTable(
      report,
      "Tình hình thực hiện theo cơ quan chủ trì (số chỉ tiêu)"
    );
    const statuses = agencyHeader.slice(2).filter((s) => s !== "");
    expect(statuses.length).toBeGreaterThan(2);
    expect(
      await byAgency
        .locator("[data-legend-entry]")
        .evaluateAll((e) => e.map((x) => x.getAttribute("data-legend-entry")))
    ).toEqual(statuses);
    const categories = await byAgency.locator('[data-axis="category"] text').allTextContents();
    expect(categories).toEqual(agencyRows.map((r) => r[1]));
    // The pane's agencies (each button: the name, then its counts), the same ones.
    expect(categories.length).toBe(agencies.length);
    for (const a of agencies) expect(categories.filter((c) => a.startsWith(c))).toHaveLength(1);
    for (const [i, status] of statuses.entries()) {
      const bars = await byAgency
        .locator(`[data-series="${status}"] rect`)
        .evaluateAll((r) => r.map((x) => [x.getAttribute("data-category"), Number(x.getAttribute("data-value"))]));
      const counts = agencyRows.map((r) => [r[1], Number(r[2 + i])]).filter(([, n]) => (n as number) > 0);
      expect(bars).toEqual(counts);
    }
    // Status colours: "Không đạt" bars in the off-track fill of the sheet's status cells.
    const offTrackCell = await report
      .locator('td[data-cell^="I"]', { hasText: /^Không đạt$/ })
      .last()
      .evaluate((td) => getComputedStyle(td).backgroundColor);
    expect(offTrackCell).not.toBe("rgba(0, 0, 0, 0)");
    const offTrackBar = await byAgency
      .locator('[data-series="Không đạt"] rect')
      .first()
      .evaluate((r) => getComputedStyle(r).fill);
    expect(offTrackBar).toBe(offTrackCell);

    // Chart 2: a column per indicator with a % of the annual plan, and its mark (the share due by 6 months).
    const percent = sheet(page).locator('svg[data-chart="ChiTieu_PhanTramKeHoach"]');
    expect(await percent.getAttribute("aria-label")).toBe("% so với kế hoạch năm, theo chỉ tiêu");
    const [percentHeader, ...percentRows] = await dataTable(report, "Mức cần đạt");
    expect(percentRows.length).toBeGreaterThan(10);
    expect(await percent.locator('[data-axis="category"] text').allTextContents()).toEqual(
      percentRows.map((r) => r[0])
    );
    // A series for the period's figures, one for the full-year estimates, and the mark, as the figures' header names them.
    const percentSeries = percentHeader.slice(2).filter((h) => h !== "");
    expect(percentSeries).toEqual(["Thực hiện 6 tháng đầu năm 2024", expect.stringMatching(/^Ước /), "Mức cần đạt"]);
    expect(
      await percent.locator("[data-legend-entry]").evaluateAll((e) => e.map((x) => x.getAttribute("data-legend-entry")))
    ).toEqual(percentSeries);
    for (const [i, name] of percentSeries.slice(0, -1).entries()) {
      const columns = await percent
        .locator(`[data-series="${name}"] rect`)
        .evaluateAll((r) => r.map((x) => x.getAttribute("data-category")));
      expect(columns).toEqual(percentRows.filter((r) => parseFloat(r[2 + i].replace(",", ".")) > 0).map((r) => r[0]));
    }
    expect(await percent.locator('[data-series="Mức cần đạt"] line').count()).toBe(percentRows.length);
    // 07.1 (a cumulative total judged on its 6-month figure) is measured against 50 %, written as the report writes it.
    expect(percentRows.find((r) => r[0] === "07.1")?.slice(2, 5)).toEqual([
      expect.stringMatching(/^\d+,\d%$/),
      "",
      "50%",
    ]);
    await shot(page, "report-1-top");
    await byAgency.scrollIntoViewIfNeeded();
    await shot(page, "report-2-charts");
    await percent.scrollIntoViewIfNeeded();
    await shot(page, "report-3-percent");

    // The template's entry cells are as they were.
    await sheet(page).getByRole("button", { name: "Chỉ tiêu 2024" }).click();
    expect(await entries(page)).toEqual(before);

    // Change a figure, then press again: the pane asks; Hủy keeps the first report (the old figure).
    await rechecked(page, () => type(page, "16.1", "F", "5200"));
    await make.click();
    const question = pane(page).getByText("Đã có trang “Báo cáo 6 tháng” của kỳ này. Thay bằng báo cáo mới?");
    await question.waitFor();
    await settled(page);
    await axe(page, "report: asking before replacing");
    const cancel = pane(page).getByRole("button", { name: "Hủy" });
    await pressByKeyboard(page, cancel);
    await question.waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.textContent === "Tạo báo cáo");
    await sheet(page).getByRole("button", { name: "Báo cáo 6 tháng" }).click();
    await oneReport(page, report, "5.100");

    // Thay báo cáo replaces it: the new figure, still one report sheet.
    await make.click();
    await pane(page).getByRole("button", { name: "Thay báo cáo" }).click();
    await pane(page).getByText("Đã thay trang “Báo cáo 6 tháng” với 2 biểu đồ.").waitFor();
    await oneReport(page, report, "5.200");
    await idle(page);
    await settled(page);
    await axe(page, "report: replaced");
    clean(watch);
    await page.close();
  });

  test("in English: the report's headline and charts in English", async () => {
    const { page, watch } = await open("lang=en&latency=0", { width: 1600, height: 1000 });
    await idle(page);
    await pane(page).getByRole("button", { name: "Make report" }).click();
    const report = sheet(page).getByRole("table", { name: /^Report / });
    await report.waitFor();
    const text = (await reportRows(report)).map((r) => r.join(" ").trim());
    expect(text[text.indexOf("Overview") + 1]).toMatch(/^Of the 37 main targets, \d+ are met or exceeded \(/);
    expect(
      await sheet(page)
        .locator("svg[data-chart]")
        .evaluateAll((s) => s.map((x) => x.getAttribute("aria-label")))
    ).toEqual(["Targets by lead agency and status", "% of the annual plan, by indicator"]);
    await settled(page);
    await axe(page, "report in English");
    clean(watch);
    await page.close();
  });

  test("a workbook with no figures: the report says so and has no chart", async () => {
    const { page, watch } = await open("sample=none&lang=vi&latency=0");
    await pane(page).getByRole("button", { name: "Chèn mẫu" }).first().click();
    const make = pane(page).getByRole("button", { name: "Tạo báo cáo" });
    await make.waitFor();
    await idle(page);
    await make.click();
    await pane(page)
      .getByText(/^Đã tạo trang “Báo cáo /)
      .waitFor();
    const report = sheet(page).getByRole("table", { name: /^Báo cáo / });
    await report.waitFor();
    await report.getByText(/^Chưa có số liệu: chưa chỉ tiêu nào trong 37 chỉ tiêu chủ yếu/).waitFor();
    expect(await sheet(page).locator("svg").count()).toBe(0);
    clean(watch);
    await page.close();
  });

  test("a period cell it cannot read: Tạo báo cáo says which cell and what to type, and adds no sheet", async () => {
    const { page, watch } = await open("lang=vi&latency=50&auto=200");
    await idle(page);
    await sheet(page).locator('td[data-cell="D4"] input').waitFor();
    const tabs = () => sheet(page).locator("nav button").allTextContents();
    const before = await tabs();
    // Typed as a person would; the report reads the cell when pressed, whatever the pane judged before.
    const period = sheet(page).locator('td[data-cell="D4"] input');
    await period.fill("Quý 2");
    await period.press("Enter");
    // The pane's own re-check has read it (judged as the full year, and said so) before the button is pressed.
    await pane(page)
      .getByText(/không đọc được kỳ báo cáo “Quý 2”/)
      .first()
      .waitFor();
    await idle(page);
    const make = pane(page).getByRole("button", { name: "Tạo báo cáo" });
    await pressByKeyboard(page, make);
    const said = pane(page).getByText(
      /^Chưa lập báo cáo: ô kỳ báo cáo D4 của trang “Chỉ tiêu 2024” ghi “Quý 2”.* ví dụ “6 tháng đầu năm 2024”/
    );
    await said.waitFor();
    // The message takes the focus, as the pane's other outcomes do, and the button still answers.
    await page.waitForFunction(() => /^Chưa lập báo cáo/.test(document.activeElement?.textContent ?? ""));
    expect(await tabs()).toEqual(before);
    expect(await sheet(page).locator('td[data-cell="D4"] input').inputValue()).toBe("Quý 2");
    await settled(page);
    await axe(page, "report: refused for an unreadable period");
    clean(watch);
    await page.close();
  });
});
