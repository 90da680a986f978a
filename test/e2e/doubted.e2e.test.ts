/**
 * A figure the tool doubts, typed into the in-memory sheet as staff type it ("2,600" meaning 2.600), in headless
 * Chromium: the pane counts it apart and marks its row, readably (axe, forced colours) and without sideways scrolling.
 */

import { axe, clean, open, pane, shot, still, suite, type, useBrowser } from "./harness";

suite("a doubted figure in Chromium", () => {
  useBrowser();

  test("the headline, the agency's counts and the row say to check it; axe, forced colours and 160 px hold", async () => {
    const { page, watch } = await open("sample=h1&lang=vi&latency=0&auto=100", { width: 900, height: 800 });
    const headline = pane(page).locator('section[aria-labelledby="totals-heading"]');
    await pane(page).getByRole("heading", { name: "Theo cơ quan chủ trì" }).waitFor();
    await type(page, "06.1", "F", "2,600");
    const tile = headline.locator('li[data-status="toCheck"]');
    await tile.waitFor();
    expect(await tile.textContent()).toBe("◊Cần kiểm tra lại số liệu1");
    expect(await headline.locator("p").first().textContent()).toMatch(/, 1 cần kiểm tra lại số liệu\.$/);

    const agency = pane(page).getByRole("button", { name: /^Sở Công Thương/ });
    expect(await agency.textContent()).toContain("1 cần kiểm tra lại số liệu");
    await agency.click();
    const row = pane(page).locator('li[data-code="06.1"]');
    await row.waitFor();
    await still(page);
    const badges = await row
      .locator("[data-status]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
    expect(badges).toEqual(["offTrack", "toCheck"]);
    await axe(page, "a row to check");

    await page.emulateMedia({ forcedColors: "active" });
    const edge = await row
      .locator('[data-status="toCheck"]')
      .evaluate((el) => getComputedStyle(el as HTMLElement).borderTopStyle);
    expect(edge).toBe("solid");
    await axe(page, "a row to check, forced colours");
    await page.emulateMedia({ forcedColors: "none" });

    await page.addStyleTag({ content: "#pane { flex-basis: 160px !important; width: 160px !important; }" });
    await still(page);
    const overflow = await page.evaluate(() => {
      const el = document.getElementById("pane") as HTMLElement;
      return el.scrollWidth - el.clientWidth;
    });
    expect(overflow).toBe(0);
    await shot(page, "9-row-to-check-160");

    // corrected, the row is judged plainly again and the tile goes
    await page.addStyleTag({ content: "#pane { flex-basis: 320px !important; width: 320px !important; }" });
    await type(page, "06.1", "F", "2600");
    await tile.waitFor({ state: "detached" });
    // the agencies' list follows the headline a moment later (drawn with the deferred report)
    await row.locator('[data-status="toCheck"]').waitFor({ state: "detached" });
    expect(await row.locator("[data-status]").count()).toBe(1);
    clean(watch);
    await page.close();
  }, 90_000);
});
