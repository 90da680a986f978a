/** The in-memory workbook replaces only a report sheet it wrote, never a person's sheet of that name (trial 18, F11). */

import type { WriteReportOptions } from "../../src/workbook/types";
import { sampleWorkbook } from "../report/sheets";

const OPTIONS: WriteReportOptions = { tolerance: 0.05, groupBy: "agency", lang: "vi", date: "2024-07-05" };
const REPORT = "Báo cáo 6 tháng";

test("a person's sheet named like the report is kept, even when told to replace; the tool's own is replaced", async () => {
  const workbook = await sampleWorkbook();
  const own = {
    name: REPORT,
    cells: [[{ value: "Ghi chép của tôi", numberFormat: "General" }]],
    highlights: [],
    hiddenRows: new Set<number>(),
    protected: false,
  };
  workbook.sheets.push(own);
  const first = await workbook.writeReport({ ...OPTIONS, replace: true });
  expect(first).toMatchObject({ ok: true, value: { status: "written", sheet: `${REPORT} (2)`, replaced: false } });
  expect(workbook.sheet(REPORT)).toBe(own);
  const second = await workbook.writeReport({ ...OPTIONS, replace: true });
  expect(second).toMatchObject({ ok: true, value: { sheet: `${REPORT} (2)`, replaced: true } });
  expect(workbook.sheets.map((s) => s.name).filter((n) => n.startsWith(REPORT))).toEqual([REPORT, `${REPORT} (2)`]);
  expect(workbook.sheet(REPORT)?.cells[0][0].value).toBe("Ghi chép của tôi");
});
