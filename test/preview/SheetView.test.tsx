/** @jest-environment jsdom */
/**
 * The in-memory door and the preview's drawing of it (trial 20, finding 1): a doubted figure's row reads
 * "<status> (cần kiểm tra lại số liệu)" in lilac, not a red "Không đạt"; correcting it or clearing restores the row.
 */
import { act, render } from "@testing-library/react";
import type { CellValue } from "../../src/core";
import { countChanges } from "../../src/preview/changes";
import { SheetView } from "../../src/preview/SheetView";
import { buildTemplate, COLUMNS, columnLetter, STATUS_PALETTE } from "../../src/template";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { Outcome } from "../../src/workbook/types";
import { shippedCatalogue as catalogue } from "../catalogue";

const template = buildTemplate(catalogue);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const rowOf = (code: string) => template.rowCodes.indexOf(code);
/** A palette colour as the browser reports a background: "#C00000" is "rgb(192, 0, 0)". */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
const LILAC = rgb(STATUS_PALETTE.toCheck.fill);
const RED = rgb(STATUS_PALETTE.offTrack.fill);

function ok<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(o.error.key);
  return o.value;
}

async function validated(actuals: Record<string, CellValue>) {
  const workbook = new MemoryWorkbook(catalogue);
  const changes = countChanges(workbook);
  ok(await workbook.insertTemplate("ask"));
  for (const [code, v] of Object.entries(actuals)) workbook.setCell(template.name, rowOf(code), col("actual"), v);
  ok(await workbook.validate({ tolerance: 0.05, period: "H1" }));
  workbook.selection = undefined; // jsdom cannot scroll a selected row into view
  const view = render(<SheetView workbook={workbook} changes={changes} />);
  /** The drawn cell of a code's row in a column, its text and background. */
  const drawn = (code: string, key: string) => {
    const td = view.container.querySelector(
      `td[data-cell="${columnLetter(col(key))}${rowOf(code) + 1}"]`
    ) as HTMLTableCellElement;
    return { text: td.textContent, background: td.style.background };
  };
  return { workbook, drawn };
}

describe("a row to check, in the in-memory workbook and the preview", () => {
  test("“2,600” in 06.1: the status with the note, the whole row lilac; a plain off-track row stays red", async () => {
    const { workbook, drawn } = await validated({ "06.1": "2,600", "05.1": 1000 });
    const cells = workbook.sheet(template.name)!.cells;
    expect(cells[rowOf("06.1")][col("status")].value).toBe("Không đạt (cần kiểm tra lại số liệu)");
    expect(drawn("06.1", "status")).toEqual({ text: "Không đạt (cần kiểm tra lại số liệu)", background: LILAC });
    expect(drawn("06.1", "name").background).toBe(LILAC);
    expect(drawn("06.1", "note").background).toBe(LILAC);
    expect(drawn("05.1", "status")).toEqual({ text: "Không đạt", background: RED });
    expect(drawn("05.1", "name").background).toBe(RED);
  });

  test("the figure corrected and validated again: the plain status, the lilac gone", async () => {
    const { workbook, drawn } = await validated({ "06.1": "2,600" });
    await act(async () => {
      workbook.setCell(template.name, rowOf("06.1"), col("actual"), "2.600");
      ok(await workbook.validate({ tolerance: 0.05, period: "H1" }));
    });
    expect(drawn("06.1", "status").text).toBe("Vượt kế hoạch");
    expect(drawn("06.1", "name").background).not.toBe(LILAC);
  });

  test("clearing the results writes the blanks back and removes every highlight", async () => {
    const { workbook, drawn } = await validated({ "06.1": "2,600" });
    await act(async () => {
      ok(await workbook.clearHighlights());
    });
    expect(workbook.sheet(template.name)!.cells[rowOf("06.1")][col("status")].value ?? "").toBe("");
    expect(workbook.sheet(template.name)!.highlights).toEqual([]);
    expect(drawn("06.1", "status").text).toBe("");
    expect(drawn("06.1", "name").background).not.toBe(LILAC);
  });
});

describe("the preview's grid as staff read it (trial 24, findings 5 and 11)", () => {
  const NOTE = "Cục Thuế: Thu nội địa đạt 48%\nSở Tài chính: Chi thường xuyên đạt 45%";

  test("a co-led note keeps its line break, read left to right; a figure stays right-aligned", async () => {
    const workbook = new MemoryWorkbook(catalogue);
    const changes = countChanges(workbook);
    ok(await workbook.insertTemplate("ask"));
    workbook.setCell(template.name, rowOf("04"), col("note"), NOTE);
    workbook.selection = undefined;
    const view = render(<SheetView workbook={workbook} changes={changes} />);
    const at = (key: string) => `td[data-cell="${columnLetter(col(key))}${rowOf("04") + 1}"]`;
    const note = view.container.querySelector(`${at("note")} textarea`) as HTMLTextAreaElement;
    expect([note.value, note.rows, note.style.textAlign]).toEqual([NOTE, 2, "left"]);
    const figure = view.container.querySelector(`${at("actual")} input`) as HTMLInputElement;
    expect(figure.style.textAlign).toBe("right");
  });

  test("cells above the table are not labelled with the header of the column below them", async () => {
    const workbook = new MemoryWorkbook(catalogue);
    const changes = countChanges(workbook);
    ok(await workbook.insertTemplate("ask"));
    workbook.selection = undefined;
    const view = render(<SheetView workbook={workbook} changes={changes} />);
    const { row, col: c } = template.periodCell;
    const period = view.container.querySelector(`td[data-cell="${columnLetter(c)}${row + 1}"] input`);
    expect(period?.getAttribute("aria-label")).toBe(`${columnLetter(c)}${row + 1} Kỳ báo cáo`);
    const actual = view.container.querySelector(`td[data-cell="F${rowOf("01") + 1}"] input`);
    expect(actual?.getAttribute("aria-label")).toBe(`F${rowOf("01") + 1} Thực hiện 01`);
  });
});
