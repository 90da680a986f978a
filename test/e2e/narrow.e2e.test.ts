/**
 * What staff read every day at the pane's narrow widths (trial 24, findings 5 and 11): the settings' two fields
 * start level, the language button stands in the same place in both languages, a count's words break between
 * words, and the preview's grid labels and wraps its cells as the template does.
 */

import type { Page } from "playwright-core";
import { axe, cellOf, clean, open, pane, sheet, suite, useBrowser } from "./harness";

/** The preview with the pane `width` CSS px wide, the 6-month sample validated. */
async function narrow(width: number, lang: "vi" | "en") {
  const opened = await open(`sample=h1&lang=${lang}&latency=0`, { width: 900, height: 800 });
  await opened.page.addStyleTag({
    content: `#pane { flex-basis: ${width}px !important; width: ${width}px !important; }`,
  });
  await pane(opened.page).locator("#totals-heading").waitFor();
  return opened;
}

/** Where the header's parts and the settings' controls stand, relative to the pane's title. */
async function places(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null | undefined) => el?.getBoundingClientRect();
    const title = box(document.querySelector("#pane h1"))!;
    const button = box(document.querySelector("#pane header button"))!;
    const subtitle = box(document.querySelector("#pane header p"))!;
    // the settings: the first select's field and the field beside it
    const settings = document.querySelector("#pane select")!.closest(".fui-Field")!.parentElement!;
    const [period, margin] = [...settings.querySelectorAll("select, input")].map((e) => box(e)!);
    return {
      /** The button beside the title (on its first line) or under the subtitle. */
      button: button.top < subtitle.top ? "beside the title" : "under the subtitle",
      buttonTop: Math.round(button.top - title.top),
      buttonFromRight: Math.round(box(document.querySelector("#pane main"))!.right - button.right),
      controlsApart: Math.abs(Math.round(period.top - margin.top)),
    };
  });
}

suite("the pane at its narrow widths, in Chromium", () => {
  useBrowser();

  test("320 px: both settings start level; the language button stands at the top right in vi and en", async () => {
    const seen: Record<string, Awaited<ReturnType<typeof places>>> = {};
    for (const lang of ["vi", "en"] as const) {
      const { page, watch } = await narrow(320, lang);
      await pane(page).locator("select").first().waitFor();
      seen[lang] = await places(page);
      clean(watch);
      await page.close();
    }
    expect(seen.vi.controlsApart).toBeLessThanOrEqual(2);
    expect(seen.en.controlsApart).toBeLessThanOrEqual(2);
    expect(seen.vi.button).toBe("beside the title");
    expect(seen.vi).toEqual(seen.en);
  }, 60_000);

  test("160 px (200 % zoom): the button wraps the same way in both languages", async () => {
    const seen: string[] = [];
    for (const lang of ["vi", "en"] as const) {
      const { page, watch } = await narrow(160, lang);
      await pane(page).locator("select").first().waitFor();
      seen.push((await places(page)).button);
      clean(watch);
      await page.close();
    }
    expect(seen[0]).toBe(seen[1]);
  }, 60_000);

  test("320 px: the counts' labels break between words, never inside “hợp lệ”", async () => {
    const { page, watch } = await narrow(320, "vi");
    const lines = await page.evaluate(() => {
      const label = document.querySelector('#pane li[data-status="invalid"] span:nth-child(2)') as HTMLElement;
      const text = label.firstChild as Text;
      const at = text.data.indexOf("hợp lệ");
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + "hợp lệ".length);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(await pane(page).locator('li[data-status="invalid"]').textContent()).toBe("?Số liệu không hợp lệ1");
    expect(lines).toBe(1);
    clean(watch);
    await page.close();
  }, 60_000);

  test("the preview's grid: the period cell is labelled as itself; a note wraps, left-aligned, with its line break", async () => {
    const { page, watch } = await narrow(320, "vi");
    const period = sheet(page).locator('td[data-cell="D4"] input');
    expect(await period.getAttribute("aria-label")).toBe("D4 Kỳ báo cáo");
    const note = (await cellOf(page, "04", "M")).locator("textarea");
    await note.click();
    await note.pressSequentially("Cục Thuế: chậm do vướng mặt bằng");
    await note.press("Alt+Enter");
    await note.pressSequentially("Sở Tài chính: giải ngân chậm");
    await note.press("Enter");
    await page.waitForFunction(() => document.activeElement?.tagName !== "TEXTAREA");
    expect(await note.inputValue()).toBe("Cục Thuế: chậm do vướng mặt bằng\nSở Tài chính: giải ngân chậm");
    const shown = await note.evaluate((el) => ({
      align: getComputedStyle(el).textAlign,
      lines: Math.floor(el.getBoundingClientRect().height / (1.1 * parseFloat(getComputedStyle(el).fontSize))),
      cut: el.scrollHeight > el.clientHeight + 1,
    }));
    expect(shown.align).toBe("left");
    expect(shown.lines).toBeGreaterThanOrEqual(2);
    expect(shown.cut).toBe(false);
    await axe(page, "preview grid", "#sheet");
    clean(watch);
    await page.close();
  }, 60_000);
});
