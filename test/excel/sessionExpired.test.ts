/** Excel on the web after a long idle or a sleep: the session is gone, and the pane says what to do in Vietnamese. */

import { error, inserted } from "./support";

const VI =
  "Phiên làm việc với Excel trên web đã hết hạn (máy ngủ hoặc để lâu không dùng): tải lại trang (F5) rồi mở lại ngăn Chỉ tiêu. Số liệu đã lưu không mất.";

describe("an expired session of Excel on the web", () => {
  test("InvalidOrTimedOutSession (office-js#6585) says to reload the page, not 'Excel báo lỗi' in English", async () => {
    const { excel, workbook } = await inserted();
    excel.failNextSync = { code: "InvalidOrTimedOutSession", message: "Invalid or Timed Out Session" };
    const outcome = await workbook.validate({ tolerance: 0.05 });
    expect(error(outcome)).toBe(VI);
    expect(error(outcome, "en")).toMatch(/^The session with Excel on the web has expired.*reload the page \(F5\)/);
  });

  test("error 5012, its code a number or a string, and its message alone (office-js-docs-pr#574)", async () => {
    const { excel, workbook } = await inserted();
    const message = "Your Office Online session has expired or is invalid. To continue, refresh the page.";
    for (const code of [5012, "5012", "GeneralException"]) {
      excel.failNextSync = { code: code as string, message };
      expect(error(await workbook.clearHighlights())).toBe(VI);
    }
    excel.failNextSync = {
      code: "GeneralException",
      message: "Your session in Office on the web has expired or is invalid. To continue, refresh the page.",
    };
    expect(error(await workbook.findTemplates())).toBe(VI);
  });

  test("other errors are still named as Excel gave them", async () => {
    const { excel, workbook } = await inserted();
    excel.failNextSync = { code: "GeneralException", message: "Something broke" };
    expect(error(await workbook.validate({ tolerance: 0.05 }))).toBe(
      "Excel báo lỗi (GeneralException): Something broke"
    );
  });
});
