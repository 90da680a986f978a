/**
 * Reads blocks of cells in as few syncs as the 5 MB payload limit of Excel on the web allows (the templates, the
 * merge log): each block cut into row chunks, a sync whenever a sync's share is full, smaller chunks when Excel
 * refuses a response as too large.
 */

import type { Area, SheetGrid } from "../template";
import { isMergedAreasRefusal, parseAreas } from "./mergedAreas";

/**
 * Cells read in one sync at first. Values, number formats and formulas of a template cell take well under
 * 80 bytes together, so 50.000 cells stay under 4 MB: below the 5 MB limit with room to spare. The limit is in
 * bytes, and a text cell comes back twice (its value and its formula) at up to three bytes a Vietnamese letter: a
 * sheet of long texts (a data sheet beside an unmarked template, the merge log's notes) can go over it, and is then
 * read again in chunks SHRINK times smaller.
 */
export const CELLS_PER_SYNC = 50_000;
/** How many times smaller each retry's chunks are, after Excel refused a response as too large. */
const SHRINK = 4;
/**
 * The smallest chunks tried: a refusal at this many cells a sync is final, the cells' texts being too long for any
 * sensible chunk. The tries go 50 000 → 12 500 → 3 125 → 781 → 500 cells a sync: five reads at most.
 */
const FEWEST_CELLS = 500;

/** Excel on the web's refusal of a response over 5 MB (Office.js error codes). */
function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === "ResponsePayloadSizeLimitExceeded";
}

/** A block of cells to read: rows × cols from (row, col). */
export interface Block {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface BlockRead {
  block: Block;
  range: Excel.Range;
}

/**
 * Reads blocks of one sheet, cutting each into row chunks of at most CELLS_PER_SYNC cells and
 * syncing whenever a sync's share is full, so that no response nears the payload limit. A block
 * read with its merged areas (ExcelApi 1.13) asks for them in the same sync as its first chunk.
 * Reads have no effect, so a refused response is simply read again in smaller chunks.
 */
export class ChunkedReader {
  private queued: {
    sheet: Excel.Worksheet;
    block: Block;
    merges: boolean;
    /** Merged areas were asked for and Excel did not list them: said on the sheet's grid. */
    unread?: boolean;
    done: (grid: Omit<SheetGrid, "sheet">) => void;
  }[] = [];

  constructor(private readonly context: Excel.RequestContext) {}

  read(sheet: Excel.Worksheet, block: Block, merges = false): Promise<Omit<SheetGrid, "sheet">> {
    return new Promise((done) => this.queued.push({ sheet, block, merges, done }));
  }

  /** Syncs as few times as the cells allow: once for every ordinary workbook. */
  async run(): Promise<void> {
    for (let cells = CELLS_PER_SYNC; ; cells = Math.max(FEWEST_CELLS, Math.floor(cells / SHRINK))) {
      try {
        return await this.runWithMerges(cells);
      } catch (error) {
        if (!isResponseTooLarge(error) || cells <= FEWEST_CELLS) throw error;
      }
    }
  }

  private async runWithMerges(cells: number): Promise<void> {
    try {
      await this.runOnce(cells);
    } catch (error) {
      if (!this.queued.some((q) => q.merges) || !isMergedAreasRefusal(error)) throw error;
      // Excel lists at most 512 merged areas of a range and fails the whole sync beyond that: the cells are read
      // again without them, and such a sheet is judged as before ExcelApi 1.13, saying so. The error does not say
      // which range failed, so every sheet that asked in that sync is read, and says it was read, without them.
      for (const q of this.queued) {
        q.unread = q.merges;
        q.merges = false;
      }
      await this.runOnce(cells);
    }
  }

  private async runOnce(cellsPerSync: number): Promise<void> {
    const parts: { index: number; read: BlockRead }[] = [];
    const results = this.queued.map(() => [] as BlockRead[]);
    const asked = new Map<number, Excel.RangeAreas>();
    const merged: (Area[] | undefined)[] = [];
    let inSync = 0;
    const flush = async () => {
      if (parts.length === 0 && asked.size === 0) return;
      await this.context.sync();
      for (const [index, areas] of asked) merged[index] = areas.isNullObject ? [] : parseAreas(areas.address);
      asked.clear();
      for (const p of parts) results[p.index].push(p.read);
      parts.length = 0;
      inSync = 0;
    };
    for (const [index, { sheet, block, merges }] of this.queued.entries()) {
      if (merges) {
        const areas = sheet
          .getRangeByIndexes(block.row, block.col, block.rows, block.cols)
          .getMergedAreasOrNullObject();
        areas.load("address");
        asked.set(index, areas);
      }
      const rowsPerChunk = Math.max(1, Math.floor(cellsPerSync / Math.max(1, block.cols)));
      for (let r = 0; r < block.rows; r += rowsPerChunk) {
        const rows = Math.min(rowsPerChunk, block.rows - r);
        if (inSync + rows * block.cols > cellsPerSync) await flush();
        const chunk = { row: block.row + r, col: block.col, rows, cols: block.cols };
        const range = sheet.getRangeByIndexes(chunk.row, chunk.col, chunk.rows, chunk.cols);
        range.load("values,numberFormat,formulas");
        parts.push({ index, read: { block: chunk, range } });
        inSync += rows * block.cols;
      }
    }
    await flush();
    this.queued.forEach(({ block, unread, done }, i) => {
      const chunks = results[i];
      const areas = merged[i];
      done({
        values: chunks.flatMap((c) => c.range.values),
        numberFormats: chunks.flatMap((c) => c.range.numberFormat),
        formulas: chunks.flatMap((c) => c.range.formulas),
        rowOffset: block.row,
        colOffset: block.col,
        ...(areas ? { merged: areas } : {}),
        ...(unread ? { mergedUnread: true } : {}),
      });
    });
    this.queued = [];
  }
}
