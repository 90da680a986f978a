/**
 * The in-memory workbook (preview and pane tests) carries out the same plan as Excel: after validation `Đánh giá`
 * wraps on every template row, and a row too low for its status grows to the planned height; rows never shrink.
 */

import shipped from "../../assets/catalogues/lang-son-2024.json";
import { loadCatalogue, type Catalogue } from "../../src/core";
import { buildTemplate, COLUMNS, LINE_HEIGHT } from "../../src/template";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { rowHeight } from "../../src/workbook/memorySheet";

const loaded = loadCatalogue(shipped);
const catalogue = (loaded.ok ? loaded.catalogue : undefined) as Catalogue;
const template = buildTemplate(catalogue);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const rowOf = (code: string) => template.rowCodes.indexOf(code);

async function validated(figures: Record<string, string | number>, before?: (workbook: MemoryWorkbook) => void) {
  const workbook = new MemoryWorkbook(catalogue);
  await workbook.insertTemplate("ask");
  for (const [code, v] of Object.entries(figures)) workbook.setCell(template.name, rowOf(code), col("actual"), v);
  before?.(workbook);
  const result = await workbook.validate({ tolerance: 0.05, period: "H1" });
  if (!result.ok) throw new Error("validation failed");
  const sheet = workbook.sheet(template.name)!;
  return { workbook, sheet, height: (code: string) => rowHeight(sheet, rowOf(code)) };
}

describe("Đánh giá shown whole in the in-memory workbook", () => {
  test("the status cells wrap; 05.1's row, two lines tall, grows to the four lines its status is planned", async () => {
    const { sheet, height } = await validated({ "05.1": "~2000", "03": 60 });
    expect(sheet.cells[rowOf("05.1")][col("status")].value).toBe("Có nguy cơ không đạt (cần kiểm tra lại số liệu)");
    expect(template.rowHeights[rowOf("05.1")]).toBe(2 * LINE_HEIGHT);
    expect(height("05.1")).toBe(4 * LINE_HEIGHT);
    // A row whose status is one line keeps the template's height.
    expect(height("03")).toBe(template.rowHeights[rowOf("03")]);
    const statusCells = [...sheet.wrapped!].filter((k) => k.endsWith(`:${col("status")}`));
    expect(statusCells).toHaveLength(template.rowCodes.filter((c) => c !== undefined).length);
  });

  test("a row someone made taller stays as tall", async () => {
    const { height } = await validated({ "05.1": "~2000" }, (workbook) => {
      workbook.sheet(template.name)!.rowHeights = new Map([[rowOf("05.1"), 120]]);
    });
    expect(height("05.1")).toBe(120);
  });
});
