/** @jest-environment jsdom */
// The pane's second script (src/taskpane/later.ts) does not arrive: the pane says so in its language and keeps
// what its first script draws (the headline, the settings, the buttons) working.
import { screen } from "@testing-library/react";
import { STRINGS } from "../../src/ui/strings";
import { enabledButton, renderPane, withTemplate } from "./pane";

jest.mock("../../src/taskpane/later", () => {
  throw new Error("Loading chunk later failed.");
});

test.each([
  ["vi", "Chưa tải được một phần của ngăn tác vụ (Loading chunk later failed.). Hãy kiểm tra kết nối mạng"],
  ["en", "Part of the task pane could not be loaded (Loading chunk later failed.). Check the network connection"],
] as const)("without its second script the pane says what is wrong (%s) and still validates", async (lang, text) => {
  const workbook = await withTemplate({ "01": 7.5 });
  const { container } = renderPane(workbook, lang);
  expect((await screen.findByText(new RegExp(text.replace(/[().]/g, "\\$&")))).textContent).toContain(text);
  expect(await screen.findByRole("heading", { name: STRINGS[lang].totals })).toBeTruthy();
  // the agency list never comes, but the main action is there and works
  expect(screen.queryByRole("heading", { name: STRINGS[lang].byAgency })).toBeNull();
  const validate = await enabledButton(container, STRINGS[lang].validate);
  expect(validate.getAttribute("aria-disabled")).not.toBe("true");
});
