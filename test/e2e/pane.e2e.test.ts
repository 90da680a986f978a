/**
 * The task pane as a person uses it, in headless Chromium, against the production build served on
 * this machine: the real pane beside the in-memory sheet (test/e2e/harness.ts).
 */

import * as fs from "fs";
import * as path from "path";
import {
  ARTIFACTS,
  ORIGIN,
  axe,
  browser,
  cellOf,
  clean,
  open,
  pane,
  sheet,
  shot,
  still,
  suite,
  type,
  useBrowser,
} from "./harness";

const { probe, readyAt } = require("../../bench/pane/probe.cjs") as {
  probe: (ready: { text: string; heading?: boolean; button: string }) => string;
  readyAt: (page: import("playwright-core").Page) => Promise<number>;
};

suite("the task pane in Chromium", () => {
  useBrowser();

  test("insert, enter values, validate, read by agency, go to a row, filter, change the period, switch language", async () => {
    const { page, watch } = await open("sample=none&lang=vi&latency=100&auto=300");
    await expect(pane(page).getByText("Chưa có mẫu chỉ tiêu").waitFor()).resolves.toBeUndefined();
    await axe(page, "empty workbook");
    await shot(page, "1-empty-workbook");

    await pane(page).getByRole("button", { name: "Chèn mẫu" }).first().click();
    await pane(page)
      .getByText(/Đã chèn mẫu vào trang “Chỉ tiêu 2024”/)
      .waitFor();
    await type(page, "01", "F", "7,5");
    await type(page, "09.1", "F", "97,2%");
    await type(page, "05.1", "F", "2.100");
    await type(page, "03", "F", "60");
    await type(page, "12.2", "F", "N/A");
    const validate = pane(page).getByRole("button", { name: "Kiểm tra", exact: true });
    // progress shows, and the buttons cannot be pressed twice meanwhile (but keep the keyboard's focus): seen by an
    // observer set before the click, on every change of the pane, as one snapshot (the check may end between two
    // separate reads, or before a poll on a busy machine)
    await page.evaluate(() => {
      const w = window as unknown as { progressSeen: boolean };
      w.progressSeen = false;
      const seen = () => {
        const bar = document.querySelector('#pane [role="progressbar"][aria-label="Đang kiểm tra…"]');
        const button = [...document.querySelectorAll("#pane button")].find((b) => b.textContent === "Kiểm tra");
        if (bar !== null && button?.getAttribute("aria-disabled") === "true") w.progressSeen = true;
      };
      new MutationObserver(seen).observe(document.getElementById("pane") as Element, {
        subtree: true,
        childList: true,
        attributes: true,
      });
    });
    await validate.click();
    await page.waitForFunction(() => (window as unknown as { progressSeen: boolean }).progressSeen);
    await pane(page).getByRole("heading", { name: "Tổng hợp" }).waitFor();
    await page.waitForFunction(
      () => !document.querySelector("#pane main")?.getAttribute("aria-busy")?.includes("true")
    );

    expect(await (await cellOf(page, "01", "J")).textContent()).toBe("Đạt");
    expect(await (await cellOf(page, "09.1", "J")).textContent()).toBe("Đạt");
    expect(await (await cellOf(page, "05.1", "J")).textContent()).toBe("Vượt kế hoạch");
    expect(await (await cellOf(page, "03", "J")).textContent()).toBe("Không đạt");
    expect(await (await cellOf(page, "12.2", "J")).textContent()).toBe("Số liệu không hợp lệ");
    // the sheet's percent is of the annual plan (2.100 of 4.060), as Vietnamese reports quote it
    expect(await (await cellOf(page, "05.1", "I")).textContent()).toBe("51,7%");
    const total = (status: string) => pane(page).locator(`li[data-status="${status}"]`);
    expect(await total("exceeded").textContent()).toBe("▲Vượt kế hoạch1");
    expect(await total("met").textContent()).toBe("✓Đạt2");
    expect(await total("offTrack").textContent()).toBe("✕Không đạt1");
    expect(await total("invalid").textContent()).toBe("?Số liệu không hợp lệ1");
    expect(await total("missing").textContent()).toBe("–Chưa có số liệu32");

    // agencies, worst first: the invalid value puts Sở Y tế first
    const headers = pane(page).locator('[id="agencies-heading"] + div button[aria-expanded]');
    expect(await headers.first().textContent()).toMatch(/^Sở Y tế/);
    await pane(page)
      .getByRole("button", { name: /Sở Văn hóa, Thể thao và Du lịch/ })
      .click();
    const row = pane(page).locator('li[data-code="05.1"]');
    await row.waitFor();
    // let the panel's opening animation finish: mid-fade text has less contrast than it will have
    await page.waitForTimeout(600);
    expect(await row.textContent()).toContain("2.030 (theo kỳ)");
    await axe(page, "results with an agency open");
    await shot(page, "2-results-by-agency");

    await row.getByRole("button", { name: "Đến dòng 05.1 trên trang tính" }).click();
    await sheet(page).locator("tr.selected td[data-cell^='B']", { hasText: "05.1" }).waitFor();
    expect(await sheet(page).locator("tr.selected").count()).toBe(1);

    await pane(page).getByRole("button", { name: "Lọc trang tính theo cơ quan này" }).first().click();
    await pane(page)
      .getByText(/Trang tính đang chỉ hiện chỉ tiêu của/)
      .waitFor();
    const visibleCodes = await sheet(page).locator("tbody tr td[data-cell^='B']").allTextContents();
    expect(visibleCodes.filter((c) => /^\d/.test(c))).toEqual(
      ["11"].length ? expect.arrayContaining(["05.1", "05.2", "11"]) : []
    );
    expect(visibleCodes).not.toContain("01");
    await pane(page).getByRole("button", { name: "Hiện tất cả" }).click();
    await page.waitForFunction(() => document.querySelectorAll("#sheet tbody tr").length > 40);

    // the period: prorated rows change
    await pane(page).getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption("FY");
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll("#sheet tbody tr")];
      const r = rows.find((tr) => tr.querySelector("td[data-cell^='B']")?.textContent === "05.1");
      return r?.querySelector("td[data-cell^='J']")?.textContent === "Không đạt";
    });
    expect(await sheet(page).locator('td[data-cell="D4"] input').inputValue()).toBe("Cả năm");

    // edits re-validate by themselves
    await type(page, "03", "F", "66");
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll("#sheet tbody tr")];
      const r = rows.find((tr) => tr.querySelector("td[data-cell^='B']")?.textContent === "03");
      return r?.querySelector("td[data-cell^='J']")?.textContent === "Đạt";
    });

    await pane(page).getByRole("button", { name: "English" }).click();
    await pane(page).getByRole("heading", { name: "By lead agency" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await axe(page, "English");
    await shot(page, "3-english");
    clean(watch);
    await page.close();
  }, 90_000);

  test("the main path by keyboard alone, with visible focus", async () => {
    const { page, watch } = await open("sample=none&lang=vi&latency=0&auto=300");
    await pane(page).getByText("Chưa có mẫu chỉ tiêu").waitFor();
    /** Presses Tab until the focused element matches; proves it is reachable by keyboard. */
    const tabTo = async (matches: (el: { label: string; text: string; tag: string }) => boolean, limit = 600) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press("Tab");
        const el = await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          return {
            label: a?.getAttribute("aria-label") ?? "",
            text: a?.textContent?.trim() ?? "",
            tag: a?.tagName ?? "",
            visible: a?.matches(":focus-visible") ?? false,
          };
        });
        if (matches(el)) {
          expect(el.visible).toBe(true);
          return;
        }
      }
      throw new Error("not reachable by Tab");
    };
    await tabTo((el) => el.tag === "BUTTON" && el.text === "Chèn mẫu");
    await page.keyboard.press("Enter");
    await pane(page)
      .getByText(/Đã chèn mẫu/)
      .waitFor();
    await page.locator("body").focus();
    await tabTo((el) => el.tag === "INPUT" && el.label.startsWith("F7 Thực hiện 01"));
    await page.keyboard.type("6,9");
    await page.keyboard.press("Enter");
    await tabTo((el) => el.tag === "BUTTON" && el.text === "Kiểm tra");
    await page.keyboard.press("Enter");
    await pane(page).getByRole("heading", { name: "Tổng hợp" }).waitFor();
    await tabTo((el) => el.tag === "BUTTON" && el.text.startsWith("Sở Kế hoạch và Đầu tư"));
    await page.keyboard.press("Enter");
    await tabTo((el) => el.label === "Đến dòng 01 trên trang tính");
    await page.keyboard.press("Enter");
    await sheet(page).locator("tr.selected td[data-cell^='B']", { hasText: "01" }).waitFor();
    expect(await sheet(page).locator("tr.selected td[data-cell^='J']").textContent()).toBe("Có nguy cơ không đạt");
    await shot(page, "4-keyboard");
    clean(watch);
    await page.close();
  }, 90_000);

  test("readable at the narrow default width of a task pane", async () => {
    const { page, watch } = await open("sample=h1&lang=vi&latency=0", { width: 900, height: 800 });
    await pane(page).getByRole("heading", { name: "Theo cơ quan chủ trì" }).waitFor();
    await pane(page)
      .getByRole("button", { name: /Sở Tài chính/ })
      .click();
    await pane(page).locator('li[data-code="07.2"]').waitFor();
    await page.waitForTimeout(600);
    const overflow = await page.evaluate(() => {
      const el = document.getElementById("pane") as HTMLElement;
      return el.scrollWidth - el.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await axe(page, "6-month sample");
    await shot(page, "5-six-month-sample");
    clean(watch);
    await page.close();
  }, 60_000);

  test("taskpane.html: the pane outside Excel says so; an old Office webview gets the plain message", async () => {
    // Office.js comes from Microsoft's CDN, which these machines cannot reach: a stand-in answers
    // inside the browser, as Office.js does outside Office (host null); nothing leaves the machine.
    const stub =
      "window.Office = { HostType: { Excel: 'Excel' }, context: {}, onReady: function (cb) { cb({ host: null, platform: null }); return Promise.resolve({ host: null }); } };";
    for (const [userAgent, expected] of [
      [undefined, "Phần bổ trợ chưa kết nối được với Excel"],
      [
        "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; ms-office; MSOffice 16)",
        "Phiên bản Excel này không chạy được phần bổ trợ Chỉ tiêu",
      ],
    ] as const) {
      const context = await browser.newContext(userAgent ? { userAgent } : {});
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.route("https://appsforoffice.microsoft.com/**", (route) =>
        route.fulfill({ contentType: "text/javascript", body: stub })
      );
      await page.goto(`${ORIGIN}/taskpane.html`);
      await page.getByText(expected).first().waitFor();
      expect(await page.getByText(expected).first().isVisible()).toBe(true);
      if (userAgent)
        expect(await page.getByText("This version of Excel cannot run the Chỉ tiêu add-in").isVisible()).toBe(true);
      else expect(errors).toEqual([]);
      await shot(page, userAgent ? "6-old-office" : "6-taskpane-outside-excel");
      await context.close();
    }
  }, 60_000);

  test("taskpane.html: 'Đang tải…' before any script, and a message when Office.js does not come", async () => {
    // No script at all: the static text is what shows.
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const still = await noScript.newPage();
    await still.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    await still.goto(`${ORIGIN}/taskpane.html`);
    expect(await still.locator("#loading").textContent()).toContain("Đang tải…");
    expect(await still.locator("#loading").isVisible()).toBe(true);
    await noScript.close();

    // Office.js blocked (a proxy, no network): the message says so at once, in both languages.
    const blocked = await browser.newContext();
    const page = await blocked.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    await page.goto(`${ORIGIN}/taskpane.html`);
    await page.getByRole("heading", { name: "Chưa kết nối được với Excel" }).waitFor();
    expect(await page.getByRole("heading", { name: "Could not connect to Excel" }).isVisible()).toBe(true);
    expect(await page.locator("#office-timeout").textContent()).toMatch(/proxy[\s\S]*Microsoft 365/);
    expect(await page.locator("#loading").isVisible()).toBe(false);
    await axe(page, "Office.js blocked", "body");
    await shot(page, "7-office-blocked");
    await blocked.close();

    // Office.js arrives but Excel never answers: the same message after the time limit, not before.
    const silent = await browser.newContext();
    const waiting = await silent.newPage();
    await waiting.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: "window.Office = { HostType: { Excel: 'Excel' }, context: {}, onReady: function () { return new Promise(function () {}); } };",
      })
    );
    await waiting.goto(`${ORIGIN}/taskpane.html?officeTimeout=1500`);
    expect(await waiting.locator("#loading").isVisible()).toBe(true);
    expect(await waiting.locator("#office-timeout").isVisible()).toBe(false);
    await waiting.getByRole("heading", { name: "Chưa kết nối được với Excel" }).waitFor();
    await silent.close();
    expect(errors).toEqual([]);
  }, 60_000);

  test("the preview's 'Đến dòng' scrolls the sheet to the row", async () => {
    const { page, watch } = await open("sample=h1&lang=vi&latency=0", { width: 900, height: 500 });
    await pane(page).getByRole("heading", { name: "Theo cơ quan chủ trì" }).waitFor();
    const grid = sheet(page).locator(".grid-scroll");
    expect(await grid.evaluate((el) => el.scrollTop)).toBe(0);
    await pane(page)
      .getByRole("button", { name: /Sở Lao động/ })
      .click();
    // Wait until the list shows only that agency's rows: a code read before it re-renders may be another
    // agency's, whose row the filtered sheet hides (this raced under load).
    const catalogue = JSON.parse(
      fs.readFileSync(path.join(__dirname, "../../assets/catalogues/lang-son-2024.json"), "utf8")
    ) as { indicators: { code: string; lead?: string[] }[] };
    const own = catalogue.indicators.filter((i) => i.lead?.some((a) => /Sở Lao động/.test(a))).map((i) => i.code);
    await page.waitForFunction((codes) => {
      const shown = [...document.querySelectorAll("#pane li[data-code]")].map((li) => li.getAttribute("data-code"));
      return shown.length > 0 && shown.every((c) => codes.includes(c as string));
    }, own);
    const code = await pane(page).locator("li[data-code]").last().getAttribute("data-code");
    await still(page);
    await pane(page)
      .getByRole("button", { name: `Đến dòng ${code} trên trang tính` })
      .click();
    const selected = sheet(page).locator("tr.selected");
    await selected.waitFor();
    // the row is inside the sheet's visible area, which had to scroll to show it
    await page.waitForFunction(() => (document.querySelector("#sheet .grid-scroll") as HTMLElement).scrollTop > 0);
    const [box, view] = await Promise.all([selected.boundingBox(), grid.boundingBox()]);
    expect(box!.y).toBeGreaterThanOrEqual(view!.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(view!.y + view!.height);
    clean(watch);
    await page.close();
  }, 60_000);

  test("reflows at 320 px and at a 160 px pane (200 % zoom): nothing scrolls sideways", async () => {
    for (const width of [320, 160]) {
      const { page, watch } = await open("sample=h1&lang=vi&latency=0", { width: 900, height: 800 });
      await page.addStyleTag({ content: `#pane { flex-basis: ${width}px !important; width: ${width}px !important; }` });
      await pane(page).getByRole("heading", { name: "Theo cơ quan chủ trì" }).waitFor();
      for (const agency of [/Sở Tài chính/, /Sở Văn hóa, Thể thao và Du lịch/])
        await pane(page).getByRole("button", { name: agency }).click();
      await pane(page).locator('li[data-code="05.1"]').waitFor();
      await page.waitForTimeout(600);
      const overflow = await page.evaluate(() => {
        const el = document.getElementById("pane") as HTMLElement;
        const right = el.getBoundingClientRect().right;
        const beyond = [...el.querySelectorAll("*")]
          .filter((e) => e.getBoundingClientRect().right > right + 0.5)
          .map((e) => `${e.tagName} ${e.textContent?.slice(0, 30)}`);
        return { scroll: el.scrollWidth - el.clientWidth, beyond: beyond.slice(0, 5) };
      });
      expect([width, overflow]).toEqual([width, { scroll: 0, beyond: [] }]);
      await shot(page, `8-reflow-${width}`);
      clean(watch);
      await page.close();
    }
  }, 90_000);

  test("the settings' controls come after the first frame and move nothing (320 px and 160 px)", async () => {
    for (const width of [320, 160]) {
      const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
      // At the frame the pane is ready (bench/pane/probe.cjs), note where the buttons and the headline stand.
      await page.addInitScript({
        content: `(() => {
          const log = console.log.bind(console);
          console.log = (...a) => {
            if (String(a[0]).startsWith("bench:pane ready")) {
              const at = (el) => el && Math.round(el.getBoundingClientRect().top);
              window.__first = {
                placeholder: document.querySelector('#pane [data-placeholder="settings"]') !== null,
                button: at([...document.querySelectorAll("#pane button")].find((b) => b.textContent === "Kiểm tra")),
                heading: at(document.getElementById("totals-heading")),
              };
            }
            log(...a);
          };
        })();`,
      });
      await page.addInitScript({ content: probe({ text: "Tổng hợp", heading: true, button: "Kiểm tra" }) });
      await page.addInitScript({
        content: `document.addEventListener("DOMContentLoaded", () => { const s = document.createElement("style"); s.textContent = "#pane { flex-basis: ${width}px !important; width: ${width}px !important; }"; document.head.append(s); });`,
      });
      const ready = readyAt(page);
      await page.goto(`${ORIGIN}/preview.html?sample=h1&lang=vi&latency=0`);
      await ready;
      await pane(page).getByRole("combobox", { name: "Kỳ báo cáo" }).waitFor();
      await pane(page).getByRole("textbox", { name: "Biên độ cảnh báo (%)" }).waitFor();
      const now = await page.evaluate(() => {
        const at = (el: Element | null | undefined) => el && Math.round(el.getBoundingClientRect().top);
        return {
          placeholder: true,
          button: at([...document.querySelectorAll("#pane button")].find((b) => b.textContent === "Kiểm tra")),
          heading: at(document.getElementById("totals-heading")),
        };
      });
      const first = await page.evaluate(() => (window as unknown as { __first: unknown }).__first);
      expect([width, first]).toEqual([width, now]);
      expect(await pane(page).locator('[data-placeholder="settings"]').count()).toBe(0);
      await page.close();
    }
  }, 60_000);

  test("an automatic re-check moves nothing, and focus stays on the button pressed", async () => {
    const { page, watch } = await open("sample=h1&lang=vi&latency=300&auto=100");
    await pane(page).getByRole("heading", { name: "Theo cơ quan chủ trì" }).waitFor();
    await page.waitForFunction(() => document.querySelector("#pane main")?.getAttribute("aria-busy") === "false");
    await pane(page)
      .getByRole("button", { name: /Sở Tài chính/ })
      .click();
    await page.waitForTimeout(600);
    const positions = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("#pane h2, #pane [data-code]")].map(
          (e) => `${e.getAttribute("data-code") ?? e.textContent}@${Math.round(e.getBoundingClientRect().top)}`
        )
      );
    const agencies = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#pane [aria-labelledby="agencies-heading"] button[aria-expanded]')].map(
          (b) => b.querySelector("span span")?.textContent
        )
      );
    const before = await positions();
    const order = await agencies();
    // 16.1's agency (Sở Nông nghiệp…) is below the open panel; a text instead of its figure makes it the worst, which
    // would put it first (soak trial: the open panel moved under the pointer). The pane re-checks by itself
    // (latency 300 ms per call, so it is seen working), and moves nothing.
    expect(order.indexOf("Sở Nông nghiệp và Phát triển nông thôn")).toBeGreaterThan(order.indexOf("Sở Tài chính"));
    await type(page, "16.1", "F", "đang cập nhật");
    await pane(page).getByRole("progressbar").waitFor();
    expect(await positions()).toEqual(before);
    await page.waitForFunction(() => document.querySelector("#pane main")?.getAttribute("aria-busy") === "false");
    await pane(page)
      .getByText(/Chỉ tiêu 16\.1.*không hợp lệ/)
      .first()
      .waitFor();
    expect(await positions()).toEqual(before);
    expect(await agencies()).toEqual(order);

    // Kiểm tra by keyboard: focus stays on it through the check
    const validate = pane(page).getByRole("button", { name: "Kiểm tra", exact: true });
    await validate.focus();
    await page.keyboard.press("Enter");
    await pane(page).getByRole("progressbar").waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(await focused()).toBe("Kiểm tra");
    await page.waitForFunction(() => document.querySelector("#pane main")?.getAttribute("aria-busy") === "false");
    expect(await focused()).toBe("Kiểm tra");
    // filter by keyboard: focus stays on the toggle
    const filter = pane(page).getByRole("button", { name: "Lọc trang tính theo cơ quan này" }).first();
    await filter.focus();
    await page.keyboard.press("Enter");
    await pane(page)
      .getByText(/Trang tính đang chỉ hiện chỉ tiêu của/)
      .waitFor();
    expect(await filter.getAttribute("aria-pressed")).toBe("true");
    expect(await focused()).toBe("Lọc trang tính theo cơ quan này");
    // clearing the results: focus stays, and the pane says re-checking is paused
    const clear = pane(page).getByRole("button", { name: "Xóa kết quả kiểm tra" });
    await clear.focus();
    await page.keyboard.press("Enter");
    await pane(page)
      .getByText(/Đã tạm dừng tự kiểm tra lại/)
      .waitFor();
    expect(await focused()).toBe("Xóa kết quả kiểm tra");
    clean(watch);
    await page.close();
  }, 90_000);

  // The pane keeps Fluent's web light theme inside Office (Office.js gives colours, not a high-contrast
  // switch); Windows high contrast reaches the webview as forced colours, so that is what is tested.
  test("high contrast (forced colours): axe finds nothing serious, in both languages", async () => {
    const { page, watch } = await open("sample=h1&lang=vi&latency=0");
    await page.emulateMedia({ forcedColors: "active" });
    expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
    await pane(page).getByRole("heading", { name: "Theo cơ quan chủ trì" }).waitFor();
    await pane(page)
      .getByRole("button", { name: /Sở Văn hóa, Thể thao và Du lịch/ })
      .click();
    await pane(page).locator('li[data-code="05.1"]').waitFor();
    await page.waitForTimeout(600); // the panel's opening fade
    await axe(page, "high contrast, Vietnamese");
    // status badges and the bullet bar keep a visible edge when forced colours drop their fills
    const edges = await page.evaluate(() =>
      ['#pane li[data-code="05.1"] [data-status]', '#pane li[data-code="05.1"] [data-bullet]'].map((q) => {
        const el = document.querySelector(q) as HTMLElement;
        return getComputedStyle(el).borderTopStyle;
      })
    );
    expect(edges).toEqual(["solid", "solid"]);
    await shot(page, "4-high-contrast");
    await pane(page).getByRole("button", { name: "English" }).click();
    await pane(page).getByRole("heading", { name: "By lead agency" }).waitFor();
    await page.waitForTimeout(600);
    await axe(page, "high contrast, English");
    clean(watch);
    await page.close();
  }, 60_000);

  test("filtered to one agency, the headline counts that agency's rows and says so", async () => {
    const { page, watch } = await open("sample=h1&lang=vi&latency=0");
    const headline = pane(page).locator('section[aria-labelledby="totals-heading"]');
    await headline.waitFor();
    const whole = await headline.locator("p").first().textContent();
    expect(whole).toMatch(/^6 tháng: \d+\/37 chỉ tiêu/);
    await pane(page)
      .getByRole("button", { name: /^Công an tỉnh/ })
      .click();
    await pane(page).getByRole("button", { name: "Lọc trang tính theo cơ quan này" }).first().click();
    await headline.getByText("Chỉ tính các chỉ tiêu của Công an tỉnh (cơ quan đang lọc trên trang tính).").waitFor();
    // the sample's 15.1.1 (6,2) and 15.1.3 (7) exceed, 15.1.2 (4,1) and so 15.1 are off track, 15.2 is N/A
    expect(await headline.locator("p").nth(1).textContent()).toBe(
      "6 tháng: 2/5 chỉ tiêu đạt hoặc vượt kế hoạch, 0 có nguy cơ không đạt, 2 không đạt."
    );
    expect(await headline.locator('li[data-status="invalid"]').textContent()).toBe("?Số liệu không hợp lệ1");
    await pane(page).getByRole("button", { name: "Hiện tất cả" }).click();
    await headline.getByText(/Chỉ tính các chỉ tiêu của/).waitFor({ state: "detached" });
    expect(await headline.locator("p").first().textContent()).toBe(whole);
    clean(watch);
    await page.close();
  }, 60_000);

  test("time from navigation to an interactive pane (median of 5 loads)", async () => {
    // Taken inside the page, as bench:pane takes it (bench/pane/probe.cjs): Playwright's own waits poll with a back-off.
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      await page.addInitScript({ content: probe({ text: "Tổng hợp", heading: true, button: "Kiểm tra" }) });
      const ready = readyAt(page);
      await page.goto(`${ORIGIN}/preview.html?sample=h1&lang=vi&latency=0`);
      samples.push(Math.round(await ready));
      await page.close();
    }
    samples.sort((a, b) => a - b);
    const median = samples[2];
    console.log(
      `Task pane interactive after ${median} ms (median of ${samples.join(", ")} ms), 6-month sample validated.`
    );
    fs.writeFileSync(
      path.join(ARTIFACTS, "time-to-interactive.txt"),
      `${median} ms median; samples ${samples.join(", ")}\n`
    );
    expect(median).toBeGreaterThan(0);
  }, 90_000);
});
