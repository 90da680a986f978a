/**
 * A shared workbook (review 25, finding 4): a co-author's pane replaces the highlight rules too, and the rules this
 * pane read may be deleted before it deletes them. Excel then says ItemNotFound; the pane reads again, once, and
 * finishes, leaving one set of rules and no error.
 */

import { col, inserted, rowOf, SHEET, value } from "./support";

const DELETE = /conditionalFormats\.getItem\(.*\)\.delete/;

async function validatedOnce() {
  const s = await inserted();
  s.excel.type(SHEET, rowOf(s.excel, "05.1"), col("actual"), 1000);
  value(await s.workbook.validate({ tolerance: 0.05, period: "H1" }));
  return s;
}

/** What the other pane does between this pane's read and its writes: its own validation's rules replace ours. */
function otherPaneReplacesRules(excel: Awaited<ReturnType<typeof validatedOnce>>["excel"]) {
  let n = 0;
  excel.remoteChange = {
    before: DELETE,
    apply: () => {
      for (const h of excel.highlights.filter((x) => x.sheet === SHEET && !x.deleted)) {
        h.deleted = true;
        excel.highlights.push({ ...h, id: `{remote-${n++}}`, deleted: false });
      }
    },
  };
}

/** A figure changed (by either author): validating again has results to write (with none, it writes nothing). */
const retyped = (excel: Awaited<ReturnType<typeof validatedOnce>>["excel"]) =>
  excel.type(SHEET, rowOf(excel, "05.1"), col("actual"), 900);

const live = (excel: Awaited<ReturnType<typeof validatedOnce>>["excel"]) =>
  excel.highlights.filter((h) => h.sheet === SHEET && !h.deleted);

describe("highlight rules a co-author's pane replaced meanwhile", () => {
  test("validating again succeeds, with one set of rules", async () => {
    const { excel, workbook } = await validatedOnce();
    const rules = live(excel).length;
    retyped(excel);
    otherPaneReplacesRules(excel);
    const again = await workbook.validate({ tolerance: 0.05, period: "H1" });
    expect(again.ok).toBe(true);
    expect(excel.remoteChange).toBeUndefined(); // the other pane did act
    expect(live(excel)).toHaveLength(rules);
    // Read again, the results are written (the failed sync wrote them before the delete) and the other pane's rules
    // are the same as this pane's: nothing is left to change, and nothing more is written.
    const formulas = live(excel).map((h) => h.formula);
    expect(new Set(formulas).size).toBe(formulas.length);
    expect(excel.cell(SHEET, rowOf(excel, "05.1"), col("status"))?.value).toBe("Không đạt");
  });

  test("clearing succeeds too, and leaves no rule of either pane", async () => {
    const { excel, workbook } = await validatedOnce();
    otherPaneReplacesRules(excel);
    value(await workbook.clearHighlights());
    expect(live(excel)).toEqual([]);
  });

  test("a second ItemNotFound in a row is said, not retried for ever", async () => {
    const { excel, workbook } = await validatedOnce();
    // The other pane replaces the rules before each of this pane's writes, three times over.
    let times = 0;
    const arm = () => {
      excel.remoteChange = {
        before: DELETE,
        apply: () => {
          times++;
          for (const h of live(excel)) h.deleted = true;
          excel.highlights.push({ ...excel.highlights[0], id: `{remote-${times}}`, deleted: false });
          if (times < 3) arm();
        },
      };
    };
    retyped(excel);
    arm();
    const outcome = await workbook.validate({ tolerance: 0.05, period: "H1" });
    expect(outcome).toMatchObject({ ok: false, error: { key: "excel.failed", params: { code: "ItemNotFound" } } });
    expect(times).toBe(2);
  });
});
