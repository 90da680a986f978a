/**
 * A merged workbook's open conflicts in validation and the report (trial: 07.1, Cục Thuế 3.950 and Sở Tài chính 3.900,
 * merged into neither cell): the row is one to check, said with the offers, never judged on what the cell still holds.
 * Settled conflicts (typed by hand, or a later merge of a corrected file) doubt nothing.
 */

import { STATUS_LABELS, describe as say, type CellValue } from "../../src/core";
import { buildReport, readExtras } from "../../src/report";
import {
  disputedCells,
  disputesOf,
  LOG_HEADER,
  logRow,
  NOT_MERGED_TEXT,
  notMergedEntry,
  offerParts,
  readLog,
  type LogEntry,
} from "../../src/round";
import { offersOnLine } from "../../src/round/mergeHistory";
import { judgeSheet, type ColumnKey, type SheetGrid } from "../../src/template";
import { blankSheet, catalogue, sampleSheet, type FilledSheet } from "../report/sheets";

const CT = { file: "cuc-thue.xlsx", agency: "Cục Thuế" };
const TC = { file: "so-tai-chinh.xlsx", agency: "Sở Tài chính" };

/** A conflict line as the merge logs it: `old` is what the cell held, each agency's figure offered. */
function conflict(code: string, column: ColumnKey & LogEntry["column"], old: CellValue, ct: CellValue, tc: CellValue) {
  return notMergedEntry("conflict", { when: "2024-07-02 09:00:00", code, column, cell: "F1", old }, [
    { ...CT, value: ct },
    { ...TC, value: tc },
  ]);
}

/** A line a merge writes when it applies a figure (the conflict settled by a corrected file). */
const applied = (code: string, value: number): LogEntry => ({
  when: "2024-07-03 10:00:00",
  ...TC,
  code,
  column: "actual",
  cell: "F1",
  old: null,
  value,
});

/** The sample as merged: 07.1 and 06.1 left empty by their conflicts, 05.2 keeping the figure it held before. */
function mergedSample(): { sheet: FilledSheet; log: CellValue[][] } {
  const sheet = sampleSheet();
  sheet.set("07.1", "actual", "");
  sheet.set("16.1", "actual", "");
  sheet.set("07.2", "actual", 6850);
  const log = [
    [...LOG_HEADER],
    // A figure the merge wrote, still there: this is the sheet the merge wrote into.
    applied("07.2", 6850),
    // Open: the cell is still empty.
    conflict("07.1", "actual", null, 3950, 3900),
    // Open: the cell still holds the 1.980 it held when the agencies sent 1.980 and 2.010.
    conflict("05.2", "actual", 1980, 1980, 2010),
    // Settled by hand: staff typed the agreed 2.480 (the sample's figure) into the cell left empty.
    conflict("06.1", "actual", null, 2480, 2510),
    // Settled by a corrected file: the later line applied 5.100 (and the cell was emptied since: a plain missing row).
    conflict("16.1", "actual", null, 5100, 5200),
    applied("16.1", 5100),
    // Open, on last year's figure: compared with nothing, but the row's own status is not in doubt.
    conflict("04", "lastYear", null, "16,5", "16,8"),
  ].map((row) => (Array.isArray(row) ? row : logRow(row))) as CellValue[][];
  return { sheet, log };
}

function judge(grid: SheetGrid, log: CellValue[][] | undefined) {
  const disputed = log === undefined ? undefined : disputesOf(catalogue, readLog(log));
  const judged = judgeSheet(grid, catalogue, { tolerance: 0.05, disputed });
  if (!judged) throw new Error("no template");
  return judged;
}

describe("an open conflict of the merge log makes its row one to check", () => {
  const { sheet, log } = mergedSample();
  const grid = sheet.grid();
  const plain = judge(grid, undefined);
  const judged = judge(grid, log);
  const statusCell = (code: string) => {
    const { status } = judged.writes;
    const row = judged.located.rows.get(code) as number;
    return status?.values[row - status.row][0];
  };

  test("only the open conflicts are disputed, in catalogue order, each with its offers", () => {
    expect(disputedCells(catalogue, grid, readLog(log))).toEqual([
      {
        code: "04",
        column: "lastYear",
        agencies: ["Cục Thuế", "Sở Tài chính"],
        offers: "Cục Thuế 16,5; Sở Tài chính 16,8",
      },
      {
        code: "05.2",
        column: "actual",
        agencies: ["Cục Thuế", "Sở Tài chính"],
        offers: "Cục Thuế 1.980; Sở Tài chính 2.010",
      },
      {
        code: "07.1",
        column: "actual",
        agencies: ["Cục Thuế", "Sở Tài chính"],
        offers: "Cục Thuế 3.950; Sở Tài chính 3.900",
      },
    ]);
  });

  test("a second template in the workbook (a blank copy, another period) does not take the merged sheet's conflicts", () => {
    // The log names no sheet: its empty 07.1 would "still" hold what the merged sheet held. It holds none of the
    // figures the merge wrote (07.2: 6.850), so it is not the sheet the merge wrote into.
    expect(disputedCells(catalogue, blankSheet().grid(), readLog(log))).toEqual([]);
    // Nor a copy of the sample from before the merge: its 07.2 is the sample's 6.800, not the 6.850 written.
    const before = sampleSheet();
    before.set("07.1", "actual", "");
    before.set("16.1", "actual", 5050);
    expect(disputedCells(catalogue, before.grid(), readLog(log))).toEqual([]);
  });

  test("the rows to check gain 07.1 and 05.2, not the settled 06.1 and 16.1, nor 04 for its last-year figure", () => {
    expect([...judged.report.toCheck].filter((c) => !plain.report.toCheck.has(c)).sort()).toEqual(["05.2", "07.1"]);
    expect([...plain.report.toCheck].filter((c) => !judged.report.toCheck.has(c))).toEqual([]);
    // The statuses themselves stay what the cells give: an empty 07.1 is missing, 05.2 is judged on its 1.980.
    expect(judged.report.evaluation.row("07.1")?.status).toBe("missing");
    expect(judged.report.evaluation.row("05.2")?.status).toBe(plain.report.evaluation.row("05.2")?.status);
  });

  test("Đánh giá says so beside the status; a settled row keeps its plain status", () => {
    expect(statusCell("07.1")).toBe("Chưa có số liệu (cần kiểm tra lại số liệu)");
    const held = plain.report.evaluation.row("05.2")?.status ?? "missing";
    expect(statusCell("05.2")).toBe(`${STATUS_LABELS.vi[held]} (cần kiểm tra lại số liệu)`);
    expect(statusCell("06.1")).toBe(STATUS_LABELS.vi[plain.report.evaluation.row("06.1")?.status ?? "missing"]);
    expect(statusCell("16.1")).toBe("Chưa có số liệu");
  });

  test("the finding names the cell, the agencies' figures and the log sheet, in both languages", () => {
    const found = judged.report.findings.filter((f) => f.problem.key === "plausibility.conflict");
    expect(found.map((f) => f.codes)).toEqual([["04"], ["05.2"], ["07.1"]]);
    const the071 = found[2].problem;
    expect(say(the071, "vi")).toBe(
      "Chỉ tiêu 07.1, cột “Thực hiện”: các cơ quan gửi số khác nhau (Cục Thuế 3.950; Sở Tài chính 3.900), chưa thống nhất " +
        "nên chưa gộp vào bảng — xem trang “Nhật ký cập nhật”. Hãy thống nhất số với các cơ quan rồi nhập số đã thống nhất " +
        "vào ô này, hoặc sửa một tệp rồi gộp lại. Nếu số đang có trong ô là số đã thống nhất (hoặc ô để trống là đúng), " +
        "ghi “Đã thống nhất” vào cột “Cần xem lại” ở dòng xung đột đó trong trang “Nhật ký cập nhật”."
    );
    expect(say(the071, "en")).toMatch(
      /^Indicator 07\.1, column “Thực hiện”: the agencies sent different figures \(Cục Thuế 3\.950; Sở Tài chính 3\.900\), not yet agreed/
    );
  });

  test("the report lists 07.1 and 05.2 to check with the offers, never as achieved or short or missing", () => {
    const content = buildReport(
      { catalogue, report: judged.report, extras: readExtras(grid, judged.located), date: "2024-07-05" },
      { lang: "vi", groupBy: "agency" }
    );
    const toCheck = Object.fromEntries(content.toCheck.map((f) => [f.code, f.text]));
    expect(toCheck["07.1"]).toMatch(
      /^07\.1 .*: các cơ quan gửi số khác nhau \(Cục Thuế 3\.950; Sở Tài chính 3\.900\), chưa thống nhất — xem trang “Nhật ký cập nhật”\.$/
    );
    expect(toCheck["05.2"]).toContain("(Cục Thuế 1.980; Sở Tài chính 2.010)");
    const stated = [...content.achieved, ...content.shortfalls].map((f) => f.code);
    expect(stated).not.toContain("05.2");
    expect(content.missing).not.toContain("07.1");
    // Said once, in the list to check; last year's conflict, which holds no row back, stays among the warnings.
    expect(content.warnings.filter((w) => w.includes("gửi số khác nhau"))).toEqual([
      expect.stringMatching(/^Chỉ tiêu 04, cột “Cùng kỳ năm trước”/),
    ]);
  });

  test("a log with no conflict line, or no log, judges as before", () => {
    const onlyApplied = [[...LOG_HEADER], logRow(applied("16.1", 5100))] as CellValue[][];
    expect(disputedCells(catalogue, grid, readLog(onlyApplied))).toEqual([]);
    for (const again of [judge(grid, onlyApplied), judge(grid, [])]) {
      expect(again.report.findings).toEqual(plain.report.findings);
      expect(again.report.toCheck).toEqual(plain.report.toCheck);
      expect(again.writes).toEqual(plain.writes);
    }
  });
});

/** The log with the `Cần xem lại` cell of `code`'s conflict line rewritten by staff. */
function marked(log: CellValue[][], code: string, review: string): CellValue[][] {
  const [codeCol, reviewCol] = [LOG_HEADER.indexOf("Mã"), LOG_HEADER.indexOf("Cần xem lại")];
  const line = log.findIndex((row) => row[codeCol] === code && row[reviewCol] === NOT_MERGED_TEXT.conflict);
  expect(line).toBeGreaterThan(0);
  return log.map((row, i) => (i === line ? row.map((v, c) => (c === reviewCol ? review : v)) : row));
}

describe("a conflict staff marked “Đã thống nhất” in the log: the figure the cell holds is the agreed one", () => {
  // 05.2 held 1.980; Cục Thuế sent 1.980 and Sở Tài chính 2.010, and they agreed on 1.980: typing it again changes
  // nothing, so the line of the log says it.
  const { sheet, log } = mergedSample();
  const grid = sheet.grid();
  const open = (l: CellValue[][]) => disputedCells(catalogue, grid, readLog(l)).map((c) => c.code);

  test.each([
    "Đã thống nhất",
    "da thong nhat",
    "ĐÃ THỐNG NHẤT",
    "Chưa gộp: các tệp khác nhau — đã thống nhất 1.980",
    "Đã được thống nhất với Sở Tài chính",
  ])("“%s” settles 05.2, and 05.2 only", (review) => {
    const settled = marked(log, "05.2", review);
    expect(readLog(settled).find((l) => l.code === "05.2")).toMatchObject({ notMerged: "conflict", settled: true });
    expect(open(settled)).toEqual(["04", "07.1"]);
    const judged = judge(grid, settled);
    expect(judged.report.toCheck.has("05.2")).toBe(false);
    expect(judged.report.toCheck.has("07.1")).toBe(true);
    expect(judged.report.findings.filter((f) => f.problem.key === "plausibility.conflict").map((f) => f.codes)).toEqual(
      [["04"], ["07.1"]]
    );
  });

  test.each([
    "Chưa thống nhất",
    "Chưa gộp: các tệp khác nhau — chưa thống nhất, chờ Sở Tài chính",
    // Written over with words that say nothing of agreeing, or cleared: the offers still say it is the conflict.
    "chờ Sở Tài chính",
    "",
  ])("“%s” leaves it open: still the conflict, still to check", (review) => {
    const pending = marked(log, "05.2", review);
    expect(readLog(pending).find((l) => l.code === "05.2")).toEqual(expect.objectContaining({ notMerged: "conflict" }));
    expect(readLog(pending).find((l) => l.code === "05.2")?.settled).toBeUndefined();
    expect(open(pending)).toEqual(["04", "05.2", "07.1"]);
    expect(judge(grid, pending).report.toCheck.has("05.2")).toBe(true);
  });

  test("the empty 07.1, agreed empty: settled, its row a plain missing one; every conflict settled, nothing is doubted", () => {
    const all = marked(marked(marked(log, "05.2", "Đã thống nhất"), "07.1", "Đã thống nhất"), "04", "đã thống nhất");
    expect(open(all)).toEqual([]);
    const judged = judge(grid, all);
    const plain = judge(grid, undefined);
    expect(judged.report.toCheck).toEqual(plain.report.toCheck);
    expect(judged.report.evaluation.row("07.1")?.status).toBe("missing");
  });

  test("a line of the log the merge applied is never taken for a settled conflict", () => {
    const withApplied = [...log, logRow({ ...applied("12.1", 97), review: [] })];
    const reviewCol = LOG_HEADER.indexOf("Cần xem lại");
    withApplied[withApplied.length - 1][reviewCol] = "Đã thống nhất với Sở Y tế";
    expect(readLog(withApplied).at(-1)).toEqual({
      code: "12.1",
      file: "so-tai-chinh.xlsx",
      column: "actual",
      agencies: ["Sở Tài chính"],
      old: null,
      value: 97,
    });
  });
});

describe("a conflict line whose offers staff retyped without a space after “;”", () => {
  const { sheet, log } = mergedSample();
  const grid = sheet.grid();
  /** The log with 05.2's conflict line retyped: its offers as `offers`, its `Cần xem lại` as `review`. */
  function retyped(offers: string, review: string): CellValue[][] {
    const [codeCol, valueCol] = [LOG_HEADER.indexOf("Mã"), LOG_HEADER.indexOf("Giá trị mới")];
    return marked(log, "05.2", review).map((row) =>
      row[codeCol] === "05.2" ? row.map((v, c) => (c === valueCol ? offers : v)) : row
    );
  }

  test.each(["Cục Thuế 1.980;Sở Tài chính 2.010", "Cục Thuế 1.980 ;  Sở Tài chính 2.010"])(
    "“%s”, its “Cần xem lại” cleared, is still the open conflict, each agency's offer read",
    (offers) => {
      const line = readLog(retyped(offers, "")).find((l) => l.code === "05.2");
      expect(line).toMatchObject({ notMerged: "conflict" });
      expect(line && offersOnLine(line)).toEqual(
        new Map([
          ["Cục Thuế", "1.980"],
          ["Sở Tài chính", "2.010"],
        ])
      );
      expect(disputedCells(catalogue, grid, readLog(retyped(offers, ""))).map((c) => c.code)).toEqual([
        "04",
        "05.2",
        "07.1",
      ]);
      // Marked agreed, it settles as any conflict line does.
      const settled = readLog(retyped(offers, "Đã thống nhất")).find((l) => l.code === "05.2");
      expect(settled).toMatchObject({ notMerged: "conflict", settled: true });
    }
  );

  test("a “;” inside one offer, no agency after it, keeps the offer whole", () => {
    expect(offerParts("Sở Tài chính “Số liệu KBNN;chưa gồm thu hải quan”", ["Sở Tài chính"])).toEqual([
      { agency: "Sở Tài chính", offer: "“Số liệu KBNN;chưa gồm thu hải quan”" },
    ]);
  });
});
