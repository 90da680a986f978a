/** The chunked reader's retries when Excel on the web refuses a response as too large (review 25b, finding 7). */

import { CELLS_PER_SYNC, ChunkedReader } from "../../src/excel/chunked";

/** A context whose every sync Excel refuses as too large, counting the cells each sync asked for. */
function refusingContext() {
  const perSync: number[] = [];
  let asked = 0;
  const range = (rows: number, cols: number) => {
    asked += rows * cols;
    return { load: () => undefined, values: [], numberFormat: [], formulas: [] };
  };
  const sheet = {
    getRangeByIndexes: (_r: number, _c: number, rows: number, cols: number) => range(rows, cols),
  } as unknown as Excel.Worksheet;
  const context = {
    sync: async () => {
      perSync.push(asked);
      asked = 0;
      throw Object.assign(new Error("too large"), { code: "ResponsePayloadSizeLimitExceeded" });
    },
  } as unknown as Excel.RequestContext;
  return { perSync, sheet, context };
}

test("a response refused as too large is read again in chunks four times smaller, down to 500 cells a sync, then said", async () => {
  const { perSync, sheet, context } = refusingContext();
  const reader = new ChunkedReader(context);
  // A merge log of long notes after many rounds, one column wide so that each sync's share is exact.
  void reader.read(sheet, { row: 0, col: 0, rows: 200_000, cols: 1 });
  await expect(reader.run()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  // Each try fails at its first sync: five reads, the last at the floor the comment names, none below it.
  expect(perSync).toEqual([CELLS_PER_SYNC, 12_500, 3_125, 781, 500]);
});
