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

/**
 * What the other pane does between this pane's read and its writes: its own validation's rules replace ours, and
 * `alsoThen` (the co-author's own edit, say) happens with it.
 */
function otherPaneReplacesRules(excel: Awaited<ReturnType<typeof validatedOnce>>["excel"], alsoThen = () => {}) {
  let n = 0;
  excel.remoteChange = {
    before: DELETE,
    apply: () => {
      for (const h of excel.highlights.filter((x) => x.sheet === SHEET && !x.deleted)) {
        h.deleted = true;
        excel.highlights.push({ ...h, id: `{remote-${n++}}`, deleted: false });
      }
      alsoThen();
    },
  };
}

/** A figure changed (by either author): validating again has results to write (with none, it writes nothing). */
const retyped = (excel: Awaited<ReturnType<typeof validatedOnce>>["excel"]) =>
  excel.type(SHEET, rowOf(excel, "05.1"), col("actual"), 900);

const live = (excel: Awaited<ReturnType<typeof validatedOnce>>["excel"]) =>
  excel.highlights.filter((h) => h.sheet === SHEET && !h.deleted);

describe("highlight rules a co-author's pane replaced meanwhile", () => {
  test("validating again succeeds, with one set of rules, none of them the other pane's", async () => {
    const { excel, workbook } = await validatedOnce();
    const rules = live(excel).length;
    retyped(excel);
    // The co-author types a figure too: read again, the sheet has results to write, and the rules are replaced (with
    // nothing to change, the retry would rightly write nothing and leave the other pane's rules, which are the same).
    const row = rowOf(excel, "05.1");
    otherPaneReplacesRules(excel, () => excel.type(SHEET, row, col("actual"), 800));
    const again = await workbook.validate({ tolerance: 0.05, period: "H1" });
    expect(again.ok).toBe(true);
    expect(excel.remoteChange).toBeUndefined(); // the other pane did act
    expect(live(excel)).toHaveLength(rules);
    expect(live(excel).filter((h) => h.id?.startsWith("{remote-"))).toEqual([]);
    expect(excel.cell(SHEET, row, col("status"))?.value).toBe("Không đạt");
    expect(excel.cell(SHEET, row, col("percent"))?.value).toBeCloseTo(800 / 4060, 10);
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
