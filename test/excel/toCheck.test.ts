/**
 * The Office.js door on a doubted figure (trial 20, finding 1): Đánh giá keeps the status with "(cần kiểm tra lại số
 * liệu)" beside it and the row shows lilac, not red, as the fake evaluates the rules; correcting the figure or
 * clearing the results restores the row.
 */

import { STATUS_PALETTE } from "../../src/template";
import { shownHighlight } from "./fakeHighlights";
import { col, inserted, rowOf, SHEET, value } from "./support";

// The one palette's colours, as the report's status cells wear them.
const LILAC = { fill: STATUS_PALETTE.toCheck.fill, fontColor: STATUS_PALETTE.toCheck.fontColor };
const RED = { fill: STATUS_PALETTE.offTrack.fill, fontColor: STATUS_PALETTE.offTrack.fontColor };

async function validated(figures: Record<string, unknown>) {
  const { excel, workbook } = await inserted();
  const type = (code: string, v: unknown) => excel.type(SHEET, rowOf(excel, code), col("actual"), v);
  for (const [code, v] of Object.entries(figures)) type(code, v);
  value(await workbook.validate({ tolerance: 0.05, period: "H1" }));
  const status = (code: string) => excel.cell(SHEET, rowOf(excel, code), col("status"))?.value;
  const shown = (code: string, key: string) => shownHighlight(excel, SHEET, rowOf(excel, code), col(key));
  return { excel, workbook, type, status, shown };
}

describe("a row to check, through Office.js", () => {
  test("“2,600” in 06.1: the status and the note, the whole row lilac; 05.1 plainly off track stays red", async () => {
    const { status, shown } = await validated({ "06.1": "2,600", "05.1": 1000 });
    expect(status("06.1")).toBe("Không đạt (cần kiểm tra lại số liệu)");
    for (const key of ["code", "name", "actual", "status", "note"])
      expect([key, shown("06.1", key)]).toEqual([key, LILAC]);
    expect(status("05.1")).toBe("Không đạt");
    expect(shown("05.1", "name")).toEqual(RED);
    expect(shown("03", "name")).toBeUndefined(); // nothing entered
  });

  test("corrected and validated again: the plain status, its own colour, the lilac gone", async () => {
    const { workbook, type, status, shown } = await validated({ "06.1": "2,600" });
    type("06.1", 2600);
    value(await workbook.validate({ tolerance: 0.05, period: "H1" }));
    expect(status("06.1")).toBe("Vượt kế hoạch");
    expect(shown("06.1", "status")?.fill).toBe("#E2EFDA");
    expect(shown("06.1", "name")).toBeUndefined();
  });

  test("clearing the results blanks Đánh giá and deletes every rule of ours, the lilac with them", async () => {
    const { excel, workbook, status, shown } = await validated({ "06.1": "2,600" });
    value(await workbook.clearHighlights());
    expect(status("06.1") ?? "").toBe("");
    expect(shown("06.1", "name")).toBeUndefined();
    expect(excel.highlights.filter((h) => !h.deleted)).toEqual([]);
  });

  test("the fake evaluates only what it can read: any other rule over a cell is refused, not passed over", async () => {
    const { excel, shown } = await validated({ "06.1": "2,600" });
    excel.highlights.push({
      sheet: SHEET,
      address: { row: rowOf(excel, "06.1"), col: 0, rows: 1, cols: 3 },
      type: "Custom",
      formula: "=F11>100",
      deleted: false,
    });
    expect(() => shown("06.1", "name")).toThrow(/does not evaluate/);
  });
});
