/**
 * The Office.js door shows `Đánh giá` whole after validation: the status cells wrap and the rows whose status needs
 * more lines are autofitted across the table (the fake measures wrapped text as Excel's autofit does, and never
 * grows a row by itself). Before, "Có nguy cơ không đạt (cần kiểm tra lại số liệu)" was cut at the cell's bottom.
 */

import type { FakeExcel } from "./fakeExcel";
import { col, inserted, rowOf, SHEET, template, value } from "./support";

async function validated(figures: Record<string, unknown>, before?: (excel: FakeExcel) => void) {
  const { excel, workbook } = await inserted();
  for (const [code, v] of Object.entries(figures)) excel.type(SHEET, rowOf(excel, code), col("actual"), v);
  before?.(excel);
  const heights = new Map(excel.sheet(SHEET).rowHeights);
  value(await workbook.validate({ tolerance: 0.05, period: "H1" }));
  const status = (code: string) => excel.cell(SHEET, rowOf(excel, code), col("status"))?.value;
  const shows = (code: string) => excel.shows(SHEET, rowOf(excel, code), col("status"));
  return { excel, workbook, heights, status, shows };
}

const codes = template.rowCodes.filter((c): c is string => c !== undefined);

describe("Đánh giá shown whole, through Office.js", () => {
  test("a status with its note is wrapped in a row autofitted to it; every other status shows too", async () => {
    const { status, shows, excel, heights } = await validated({ "05.1": "~2000", "06.1": "2,600", "12.2": "~11" });
    expect(status("05.1")).toBe("Có nguy cơ không đạt (cần kiểm tra lại số liệu)");
    expect(status("12.2")).toBe("Có nguy cơ không đạt (cần kiểm tra lại số liệu)");
    // The template made 05.1's row two lines tall; the status needs three at 16 characters a line.
    expect(heights.get(rowOf(excel, "05.1"))).toBe(32);
    expect(excel.sheet(SHEET).rowHeights.get(rowOf(excel, "05.1"))).toBe(48);
    expect(codes.filter((code) => !shows(code))).toEqual([]);
  });

  test("rows whose status fits in one line are left as they were", async () => {
    const { excel, heights } = await validated({ "05.1": "~2000", "03": 60 });
    const changed = [...excel.sheet(SHEET).rowHeights].filter(([row, h]) => heights.get(row) !== h);
    expect(changed.map(([row]) => template.rowCodes[row])).toEqual(["05.1"]);
  });

  test("a template whose Đánh giá does not wrap (staff turned it off) is made to wrap", async () => {
    const { shows, excel } = await validated({ "06.1": "2,600" }, (fake) => {
      const sheet = fake.sheet(SHEET);
      for (const key of [...sheet.wrapped]) if (key.endsWith(`,${col("status")}`)) sheet.wrapped.delete(key);
    });
    expect(shows("06.1")).toBe(true);
    expect(excel.sheet(SHEET).wrapped.has(`${rowOf(excel, "03")},${col("status")}`)).toBe(true);
  });

  test("a re-check that changes no status leaves a height set by hand since; a changed status is fitted again", async () => {
    const { excel, workbook } = await validated({ "05.1": "~2000", "06.1": "2,600" });
    const row = rowOf(excel, "05.1");
    // staff make 05.1's row taller by hand; Excel's AutoFit would bring it back to 48 on the next check
    excel.sheet(SHEET).rowHeights.set(row, 90);
    const before = excel.operations.length;
    value(await workbook.validate({ tolerance: 0.05, period: "H1" }));
    expect(excel.operations.slice(before).filter((o) => o.endsWith(".format.autofitRows"))).toEqual([]);
    expect(excel.sheet(SHEET).rowHeights.get(row)).toBe(90);
    // 12.2 typed "~11": its status gains the note, and its row alone is fitted; 05.1 keeps the height set by hand
    excel.type(SHEET, rowOf(excel, "12.2"), col("actual"), "~11");
    const again = excel.operations.length;
    value(await workbook.validate({ tolerance: 0.05, period: "H1" }));
    expect(excel.operations.slice(again).filter((o) => o.endsWith(".format.autofitRows"))).toHaveLength(1);
    expect(excel.sheet(SHEET).rowHeights.get(row)).toBe(90);
  });

  test("one autofit a run of rows, queued with the writes: the syncs do not grow with the rows", async () => {
    const plain = await validated({});
    const { excel } = await validated({ "05.1": "~2000", "06.1": "2,600", "12.2": "~11" });
    expect(excel.syncs).toBe(plain.excel.syncs);
    // 05.1 and 06.1 have 05.2 between them, 12.2 is far below: three rows, three ranges.
    expect(excel.operations.filter((o) => o.endsWith(".format.autofitRows"))).toHaveLength(3);
  });
});
