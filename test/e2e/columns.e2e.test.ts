/** An older template in the preview: the pane offers Cùng kỳ năm trước, adds it on the user's word, and nothing typed moves. */

import { axe, cellOf, clean, open, pane, sheet, suite, useBrowser } from "./harness";

suite("adding Cùng kỳ năm trước to an older template, in Chromium", () => {
  useBrowser();

  test("the offer adds the column after Ước thực hiện cả năm; typed figures stay in their columns; H takes figures", async () => {
    const { page, watch } = await open("template=old&lang=vi&latency=50&auto=300");
    const offer = pane(page).getByText(/Mẫu cũ chưa có cột “Cùng kỳ năm trước”/);
    await offer.waitFor();
    await axe(page, "offer");
    const header = (column: string) => sheet(page).locator(`td[data-cell="${column}6"]`);
    expect(await header("H").textContent()).toBe("% so với KH năm");
    const before = {
      actual: await (await cellOf(page, "05.1", "F")).locator("input").inputValue(),
      estimate: await (await cellOf(page, "03", "G")).locator("input").inputValue(),
      status: await (await cellOf(page, "05.1", "I")).textContent(),
    };
    expect(before.actual).toBe("2.150");
    expect(before.status).not.toBe("");

    await pane(page).getByRole("button", { name: "Thêm cột" }).click();
    await offer.waitFor({ state: "detached" });
    expect(await header("H").textContent()).toBe("Cùng kỳ năm trước");
    expect(await header("I").textContent()).toBe("% so với KH năm");
    expect(await header("J").textContent()).toBe("Đánh giá");
    expect(await (await cellOf(page, "05.1", "F")).locator("input").inputValue()).toBe(before.actual);
    expect(await (await cellOf(page, "03", "G")).locator("input").inputValue()).toBe(before.estimate);
    // validated again: the status is written in its new column, and the old one now holds the percent
    await page.waitForFunction(
      () => !document.querySelector("#pane main")?.getAttribute("aria-busy")?.includes("true")
    );
    expect(await (await cellOf(page, "05.1", "J")).textContent()).toBe(before.status);
    expect(await (await cellOf(page, "05.1", "I")).textContent()).toMatch(/%$/);

    // the new column is an entry column: last year's figure is typed there and kept
    const lastYear = (await cellOf(page, "05.1", "H")).locator("input");
    await lastYear.fill("1.750");
    await lastYear.press("Enter");
    expect(await lastYear.inputValue()).toBe("1.750");
    clean(watch);
    await page.close();
  });
});
