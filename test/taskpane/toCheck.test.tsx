/** @jest-environment jsdom */
/**
 * A row whose figure the tool doubts ("2,600" read as 2,6 against a plan of 5.100) is counted apart in the headline and
 * its agencies' chips, and its row says "Cần kiểm tra lại số liệu" beside the status: as the report and the sheet do.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { renderPane, withTemplate } from "./pane";

jest.setTimeout(20000);

const headline = () => screen.getByRole("heading", { name: /^(Tổng hợp|Totals)$/ }).parentElement as HTMLElement;
const sentence = () => [...headline().querySelectorAll("p")].map((p) => p.textContent).join(" ");
const count = (status: string) => headline().querySelector(`li[data-status="${status}"]`)?.textContent;

test("a doubted figure is not counted as off track: the headline, the agency's chips and its row say to check it", async () => {
  // 06.1 "2,600" (meant 2.600) would be off track as read; 10 is plainly off track (5 of 15, half due by 6 months).
  renderPane(await withTemplate({ "06.1": "2,600", "10": 5 }));
  await screen.findByRole("heading", { name: "Tổng hợp" });
  expect(sentence()).toMatch(/, 1 không đạt, 1 cần kiểm tra lại số liệu\.$/);
  expect(count("offTrack")).toBe("✕Không đạt1");
  expect(count("toCheck")).toBe("◊Cần kiểm tra lại số liệu1");
  const bar = headline().querySelector('[data-status="toCheck"]:not(li)');
  expect(bar).not.toBeNull();

  const agencies = (await screen.findByRole("heading", { name: "Theo cơ quan chủ trì" })).parentElement as HTMLElement;
  const header = within(agencies).getByRole("button", { name: /^Sở Công Thương/ });
  expect(header.textContent).toContain("1 cần kiểm tra lại số liệu");
  expect(header.textContent).not.toMatch(/không đạt/);
  fireEvent.click(header);
  const row = await within(agencies).findAllByText((_, el) => el?.getAttribute("data-code") === "06.1");
  const badges = [...row[0].querySelectorAll("[data-status]")].map((b) => b.getAttribute("data-status"));
  expect(badges).toEqual(["offTrack", "toCheck"]);
});

test("with no doubted figure there is no such tile, and the headline says nothing of it", async () => {
  renderPane(await withTemplate({ "06.1": 2600 }));
  await screen.findByRole("heading", { name: "Tổng hợp" });
  expect(count("toCheck")).toBeUndefined();
  expect(sentence()).toMatch(/không đạt\.$/);
});

test("in English", async () => {
  renderPane(await withTemplate({ "06.1": "2,600" }), "en");
  await screen.findByRole("heading", { name: "Totals" });
  expect(sentence()).toMatch(/, 1 whose figures must be checked\.$/);
  expect(count("toCheck")).toBe("◊Figures to check1");
});
