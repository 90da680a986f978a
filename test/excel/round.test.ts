/** The round's Office.js door (src/excel/round.ts): what it costs in syncs, and how it reads the merge log. */

import { LOG_HEADER, LOG_SHEET } from "../../src/round";
import { col, inserted, rowOf, SHEET, value } from "./support";

/** An agency's file: a template with one figure typed in it, read as a merge source. */
async function agencySource(code: string, figure: number) {
  const agency = await inserted();
  agency.excel.type(SHEET, rowOf(agency.excel, code), col("actual"), figure);
  return { file: "so-y-te.xlsx", sheet: value(await agency.workbook.readRound()) };
}

/** A log sheet as a merge leaves it: the header, then `lines` lines. */
function addLog(excel: Awaited<ReturnType<typeof inserted>>["excel"], name: string, lines: number, note = "") {
  excel.addSheet(name);
  LOG_HEADER.forEach((h, c) => excel.type(name, 0, c, h));
  const line = ["t0", "so-y-te.xlsx", "Sở Y tế", "12.1", "Thực hiện", "F40", "", `${note}97,2`, ""];
  // Set as a file opened would hold them: typing each of many thousand cells would only slow the test.
  const cells = excel.sheet(name).cells;
  for (let r = 1; r <= lines; r++)
    line.forEach((v, c) => cells.set(`${r},${c}`, { value: v, numberFormat: "General" }));
}

describe("reading the round in Excel", () => {
  test("without a log sheet, no sync is spent looking for it: the template's three syncs", async () => {
    const { excel, workbook } = await inserted();
    const round = value(await workbook.readRound());
    expect(round.log).toEqual([]);
    expect(excel.syncs).toBe(3);
  });

  test("a log sheet is found among the sheets the template read loaded, its case as staff left it", async () => {
    const { excel, workbook } = await inserted();
    // Excel's sheet names ignore case: the log is this sheet, and a merge must not try to add a second one.
    addLog(excel, LOG_SHEET.toLowerCase(), 1);
    excel.syncs = 0;
    const round = value(await workbook.readRound());
    expect(round.log?.map((l) => [l.code, l.column])).toEqual([["12.1", "actual"]]);
    // One sync for the log's used range, one for its cells (in chunks of CELLS_PER_SYNC: one for any log this size).
    expect(excel.syncs).toBe(5);

    value(await workbook.applyMerge([await agencySource("12.2", 11.5)], { when: "t1" }));
    expect(excel.sheets.filter((s) => s.name.toLowerCase() === LOG_SHEET.toLowerCase())).toHaveLength(1);
    expect(excel.cell(LOG_SHEET.toLowerCase(), 2, 3)?.value).toBe("12.2");
  });

  test("a long log is read in chunks under Excel on the web's 5 MB limit (in bytes), and the merge appends below it", async () => {
    const { excel, workbook } = await inserted();
    // Some forty full merges' worth of lines, each with a note of a couple of sentences: over 5 MB read at once.
    addLog(excel, LOG_SHEET, 15_000, "ghi chú dài ".repeat(25));
    excel.syncs = 0;
    const log = value(await workbook.readRound()).log ?? [];
    expect(log).toHaveLength(15_000);
    expect(log.at(-1)?.value).toMatch(/^ghi chú dài/);
    // Over 5 MB in bytes at the first try (the notes' ú and à take two each): read again in smaller chunks.
    expect(excel.largest.response).toBeGreaterThan(excel.payloadLimit);

    value(await workbook.applyMerge([await agencySource("12.2", 11.5)], { when: "t1" }));
    expect(excel.cell(LOG_SHEET, 15_001, 3)?.value).toBe("12.2");
  }, 30_000);
});
