/**
 * Trial 20, finding 3: Cục Thuế sent 07.1 = 3.950 and Sở Tài chính 3.900. Merge wrote neither (right), but the conflict
 * then existed nowhere once the terminal was closed, Sở Tài chính's note "Số liệu KBNN" was written beside no figure,
 * and `status` asked both agencies for a "missing" 07.1. The planner now logs each conflict once (a merge redone adds
 * nothing), holds the note with the figures, and `status` reads the open conflicts back from the log.
 */

import type { CellValue } from "../../src/core";
import {
  describeRound,
  LOG_HEADER,
  logRow,
  notMergedEntry,
  planMerge,
  readLog,
  roundFinding,
  type MergePlan,
  type MergeSource,
  type RoundSheet,
} from "../../src/round";
import { edit, filledGrid, roundSheet, shippedCatalogue, valueAt } from "./grids";
import { agencyFile, appliedWithLog as applied, completeness as status } from "./rounds";

const catalogue = shippedCatalogue();
const TC = "Sở Tài chính";
const CT = "Cục Thuế";

/** The trial's replies: both agencies send 07.1 (jointly led) with different figures, Sở Tài chính with a note. */
const trialFiles = (target: RoundSheet, taxFigure: CellValue = "3.950"): MergeSource[] => [
  agencyFile(target, CT, [
    ["07.1", "actual", taxFigure],
    ["07.2", "actual", 1200],
  ]),
  agencyFile(target, TC, [
    ["07.1", "actual", "3.900"],
    ["07.1", "note", "Số liệu KBNN"],
    ["07.2", "actual", 1200],
  ]),
];

const lines = (plan: MergePlan) => plan.log.map((e) => logRow(e).slice(1));

describe("a merge conflict is kept in the log, once, and read back by status", () => {
  test("the conflict and the note that waits with it are logged; the note is not written from one side", () => {
    const target = roundSheet(filledGrid(catalogue, {}), catalogue);
    const plan = planMerge(catalogue, target, trialFiles(target), { when: "2024-07-02 09:00:00" });
    expect(plan.writes.map((w) => w.value)).toEqual([1200]);
    expect(lines(plan)).toEqual([
      [
        "cuc-thue.xlsx; so-tai-chinh.xlsx",
        "Cục Thuế; Sở Tài chính",
        "07.1",
        "Thực hiện",
        expect.stringMatching(/^F\d+$/),
        null,
        "Cục Thuế 3.950; Sở Tài chính 3.900",
        "Chưa gộp: các tệp khác nhau",
      ],
      [
        "so-tai-chinh.xlsx",
        "Sở Tài chính",
        "07.1",
        "Ghi chú",
        expect.stringMatching(/^[A-Z]+\d+$/),
        null,
        "Sở Tài chính “Số liệu KBNN”",
        "Chưa gộp: số liệu của chỉ tiêu đang xung đột",
      ],
      // 07.2, sent alike by both: both named, as the conflict line names them.
      [
        "cuc-thue.xlsx; so-tai-chinh.xlsx",
        "Cục Thuế; Sở Tài chính",
        "07.2",
        "Thực hiện",
        expect.any(String),
        null,
        1200,
        null,
      ],
    ]);
    expect(plan.findings.map((f) => f.code)).toEqual(["merge.conflict", "merge.noteHeld"]);
    expect(describeRound(plan.findings[1], "vi")).toBe(
      "Ghi chú của chỉ tiêu 07.1 chưa được gộp vì số liệu của chỉ tiêu này đang xung đột: so-tai-chinh.xlsx (Sở Tài chính) " +
        "“Số liệu KBNN”. Ghi chú đi theo số liệu của một bên; khi đã thống nhất số, hãy gộp lại tệp đã sửa hoặc nhập cả ghi chú vào bảng tổng hợp. " +
        "Khi đã xử lý xong ghi chú, ghi “Đã thống nhất” vào cột “Cần xem lại” ở dòng của ghi chú đó trong trang “Nhật ký cập nhật” để lần gộp sau không nêu lại."
    );
    expect(describeRound(plan.findings[0], "vi")).toMatch(
      /hoặc sửa một tệp và gộp lại\. Nếu số đang có trong ô là số đã thống nhất \(hoặc ô để trống là đúng\), ghi “Đã thống nhất” vào cột “Cần xem lại”/
    );
    expect(plan.leftOut).toBe(true);
  });

  test.each<[string, (target: RoundSheet) => MergeSource[], Record<string, string>]>([
    ["the same files again", (t) => trialFiles(t), {}],
    // A third figure is another conflict: said again, since the log's last line for the cell no longer says it.
    [
      "Cục Thuế's file with a third figure",
      (t) => trialFiles(t, "3.980"),
      { "07.1 Thực hiện": "Cục Thuế 3.980; Sở Tài chính 3.900" },
    ],
  ])("two merges in a row, %s: the log holds each conflict once", (_, second, added) => {
    const log: CellValue[][] = [];
    const empty = roundSheet(filledGrid(catalogue, {}), catalogue);
    const once = applied(empty, planMerge(catalogue, empty, trialFiles(empty), { when: "t1" }), log);
    expect(log).toHaveLength(4);
    const again = planMerge(catalogue, once, second(once), { when: "t2" });
    // The conflict is still said on screen, but nothing new is written or logged for what the log already holds.
    expect(again.findings.map((f) => f.code)).toEqual(["merge.conflict", "merge.noteHeld"]);
    expect(again.writes).toEqual([]);
    expect(Object.fromEntries(again.log.map((e) => [`${e.code} ${logRow(e)[4]}`, logRow(e)[7]]))).toEqual(added);
  });

  test("a conflict settled by a corrected file gets its applied line, the note with it, and status no longer says it", () => {
    const log: CellValue[][] = [];
    const empty = roundSheet(filledGrid(catalogue, {}), catalogue);
    const once = applied(empty, planMerge(catalogue, empty, trialFiles(empty), { when: "t1" }), log);
    expect(status(once).findings[0]).toMatchObject({ code: "figure.conflict", params: { code: "07.1" } });

    const settled = planMerge(catalogue, once, trialFiles(once, "3.900"), { when: "t2" });
    expect(settled.findings.map((f) => f.code)).toEqual([]);
    expect(lines(settled).map((l) => [l[2], l[3], l[6], l[7]])).toEqual([
      ["07.1", "Thực hiện", "3.900", null],
      ["07.1", "Ghi chú", "Số liệu KBNN", null],
    ]);
    const after = applied(once, settled, log);
    expect(valueAt(after, "07.1", "actual")).toBe(3900);
    expect(valueAt(after, "07.1", "note")).toBe("Số liệu KBNN");
    expect(status(after).findings.filter((f) => f.code === "figure.conflict")).toEqual([]);
  });

  test("both sides sending the same note: it is no one side's, and is written", () => {
    const target = roundSheet(filledGrid(catalogue, {}), catalogue);
    const files = [
      agencyFile(target, CT, [
        ["07.1", "actual", 3950],
        ["07.1", "note", "Chờ đối chiếu KBNN"],
      ]),
      agencyFile(target, TC, [
        ["07.1", "actual", 3900],
        ["07.1", "note", "Chờ đối chiếu KBNN"],
      ]),
    ];
    const plan = planMerge(catalogue, target, files, { when: "t1" });
    expect(plan.findings.map((f) => f.code)).toEqual(["merge.conflict"]);
    expect(plan.writes.map((w) => w.value)).toEqual(["Chờ đối chiếu KBNN"]);
  });

  test("status says the conflict, from the log, instead of 'Còn thiếu' for both agencies; typed by hand, it is settled", () => {
    const log: CellValue[][] = [];
    const empty = roundSheet(filledGrid(catalogue, {}), catalogue);
    const merged = applied(empty, planMerge(catalogue, empty, trialFiles(empty), { when: "t1" }), log);
    const c = status(merged);
    for (const agency of [TC, CT]) {
      const a = c.agencies.find((x) => x.agency === agency);
      expect([agency, a?.missingCodes.includes("07.1"), a?.conflictCodes]).toEqual([agency, false, ["07.1"]]);
    }
    const conflict = c.findings.filter((f) => f.code === "figure.conflict");
    expect(conflict.map((f) => describeRound(f, "vi"))).toEqual([
      "Xung đột: 07.1 (Cục Thuế 3.950; Sở Tài chính 3.900): các tệp gửi số khác nhau nên chưa gộp (xem trang “Nhật ký cập nhật”). " +
        "Hãy sửa một tệp rồi gộp lại, hoặc nhập số đã thống nhất vào bảng tổng hợp. Nếu số đang có trong ô là số đã " +
        "thống nhất (hoặc ô để trống là đúng), ghi “Đã thống nhất” vào cột “Cần xem lại” ở dòng xung đột đó trong trang “Nhật ký cập nhật”.",
    ]);
    expect(describeRound(conflict[0], "en")).toMatch(
      /^Conflict: 07\.1 \(Cục Thuế 3.950; Sở Tài chính 3.900\): the files/
    );

    // Staff agreed 3.900 with both agencies and typed it: the cell no longer holds what the merge found.
    edit(merged, "07.1", "actual", 3900);
    const typed = status(merged);
    expect(typed.findings.filter((f) => f.code === "figure.conflict")).toEqual([]);
    expect(typed.agencies.find((a) => a.agency === TC)?.conflictCodes).toEqual([]);
  });

  test("a log begun with the old header 'Thời điểm' still reads; a sheet with no header gives no lines", () => {
    const old = [
      ["Thời điểm", "Tệp", "Cơ quan", "Mã", "Cột", "Ô", "Giá trị cũ", "Giá trị mới", "Cần xem lại"],
      [
        "2024-07-02 09:00:00",
        "a; b",
        "Cục Thuế; Sở Tài chính",
        "07.1",
        "Thực hiện",
        "F20",
        null,
        "x",
        "Chưa gộp: các tệp khác nhau",
      ],
      ["2024-07-02 09:00:00", "a", "Sở Y tế", "12.1", "Thực hiện", "F40", null, 97.2, null],
    ];
    expect(readLog(old)).toEqual([
      {
        code: "07.1",
        file: "a; b",
        column: "actual",
        agencies: [CT, TC],
        old: null,
        value: "x",
        notMerged: "conflict",
      },
      { code: "12.1", file: "a", column: "actual", agencies: ["Sở Y tế"], old: null, value: 97.2 },
    ]);
    expect(readLog([["ghi chú của tôi"], ["07.1"]])).toEqual([]);
    expect(LOG_HEADER[0]).toBe("Thời điểm (giờ Việt Nam)");
  });
});

describe("a conflict staff marked “Đã thống nhất” in the log, the agreed figure being the one the cell held", () => {
  // The consolidated 07.1 held 3.950; Cục Thuế sent 3.950 and Sở Tài chính 3.900; they agreed on 3.950. Typing 3.950
  // again changes nothing, so staff write "Đã thống nhất" in the line's `Cần xem lại`.
  const files = (target: RoundSheet, tcFigure: CellValue = 3900, note?: string): MergeSource[] => [
    agencyFile(target, CT, [
      ["07.1", "actual", 3950],
      ["07.2", "actual", 1200],
    ]),
    agencyFile(target, TC, [
      ["07.1", "actual", tcFigure],
      ["07.2", "actual", 1200],
      ...(note ? [["07.1", "note", note] as [string, "note", string]] : []),
    ]),
  ];
  const REVIEW = LOG_HEADER.indexOf("Cần xem lại");

  /** The round merged once, the conflict's line then marked as staff would, and read back. */
  function settledRound(note?: string) {
    const log: CellValue[][] = [];
    const held = roundSheet(filledGrid(catalogue, { "07.1": { actual: 3950 } }), catalogue);
    const once = applied(held, planMerge(catalogue, held, files(held, 3900, note), { when: "t1" }), log);
    expect(status(once).findings.filter((f) => f.code === "figure.conflict")).toHaveLength(1);
    const line = log.findIndex((row) => row[REVIEW] === "Chưa gộp: các tệp khác nhau");
    log[line][REVIEW] = "Chưa gộp: các tệp khác nhau — đã thống nhất 3.950";
    return { log, sheet: { ...once, log: readLog(log) } };
  }

  test("status no longer lists it; the same files merged again say, count and log nothing of it", () => {
    const { log, sheet } = settledRound();
    expect(status(sheet).findings.filter((f) => f.code === "figure.conflict")).toEqual([]);
    expect(status(sheet).agencies.find((a) => a.agency === CT)?.conflictCodes).toEqual([]);

    const again = planMerge(catalogue, sheet, files(sheet), { when: "t2" });
    expect(again.findings).toEqual([]);
    expect(again.log).toEqual([]);
    expect(again.writes).toEqual([]);
    expect(again.files.map((f) => f.conflicts)).toEqual([0, 0]);
    expect(again.leftOut).toBe(false);
    // Not reopened: the log's last line for 07.1 is still the settled one.
    const after = applied(sheet, again, log);
    expect(status(after).findings.filter((f) => f.code === "figure.conflict")).toEqual([]);
    expect(valueAt(after, "07.1", "actual")).toBe(3950);
  });

  test("a file corrected to another figure that still disagrees is a new conflict: logged, said, open", () => {
    const { log, sheet } = settledRound();
    const again = planMerge(catalogue, sheet, files(sheet, 3920), { when: "t2" });
    expect(again.findings.map((f) => f.code)).toEqual(["merge.conflict"]);
    expect(again.files.map((f) => f.conflicts)).toEqual([1, 1]);
    expect(lines(again).map((l) => [l[2], l[6], l[7]])).toEqual([
      ["07.1", "Cục Thuế 3.950; Sở Tài chính 3.920", "Chưa gộp: các tệp khác nhau"],
    ]);
    const after = applied(sheet, again, log);
    expect(
      status(after)
        .findings.filter((f) => f.code === "figure.conflict")
        .map((f) => f.params)
    ).toEqual([expect.objectContaining({ code: "07.1", offers: "Cục Thuế 3.950; Sở Tài chính 3.920" })]);
  });

  test("the note that went with Sở Tài chính's 3.900 still waits: it explains a figure not agreed", () => {
    const { sheet } = settledRound("Số liệu KBNN");
    const again = planMerge(catalogue, sheet, files(sheet, 3900, "Số liệu KBNN"), { when: "t2" });
    expect(again.findings.map((f) => f.code)).toEqual(["merge.noteHeld"]);
    expect(describeRound(again.findings[0], "vi")).toMatch(
      /ghi “Đã thống nhất” vào cột “Cần xem lại” ở dòng của ghi chú/
    );
    // The log's line for the note said "đang xung đột": it now says why the note waits (review 24).
    expect(again.log).toEqual([expect.objectContaining({ column: "note", notMerged: "held", overruled: true })]);
    expect(again.writes).toEqual([]);
  });

  test.each([
    ["Số liệu KBNN"],
    // A ";" in the note is no second offer: the line is still the held note's (no agency follows it).
    ["Số liệu KBNN; chưa gồm thu hải quan"],
  ])("the held note's line marked “Đã thống nhất” too: the same files merged again raise nothing (%s)", (text) => {
    const { log, sheet } = settledRound(text);
    const note = log.findIndex((row) => String(row[REVIEW]).startsWith("Chưa gộp: số liệu"));
    log[note][REVIEW] = "Đã thống nhất";
    const marked = { ...sheet, log: readLog(log) };
    expect(marked.log.find((l) => l.column === "note")).toMatchObject({ notMerged: "held", settled: true });
    const again = planMerge(catalogue, marked, files(marked, 3900, text), { when: "t2" });
    expect([again.findings, again.log, again.writes, again.leftOut]).toEqual([[], [], [], false]);
    // A changed note is news again.
    const changed = planMerge(catalogue, marked, files(marked, 3900, `${text}, tháng 6`), { when: "t3" });
    expect(changed.findings.map((f) => f.code)).toEqual(["merge.noteHeld"]);
  });
});

describe("each file's value in a log line of a cell not merged (notMergedEntry)", () => {
  const place = { when: "t", code: "12.1", cell: "F40", old: null };
  test.each([
    ["a number in the province's notation", "actual", 3950, undefined, "3.950"],
    ["a percent-formatted figure as typed", "actual", 0.975, "0.0%", "97,5%"],
    ["a blank", "actual", "  ", undefined, "(trống)"],
    ["text typed for a figure, trimmed and as typed", "actual", " khoảng 3.900 ", undefined, "khoảng 3.900"],
    ["a note, trimmed and in quotes", "note", " Số liệu KBNN ", undefined, "“Số liệu KBNN”"],
    ["an error as Excel shows it", "actual", { error: "#REF!" }, undefined, "#REF!"],
  ] as const)("%s", (_, column, offered, format, shown) => {
    const entry = notMergedEntry("conflict", { ...place, column }, [
      { file: "D:/vòng 2/so-y-te.xlsx", agency: "Sở Y tế", value: offered, ...(format ? { format } : {}) },
      { file: "D:\\vòng 2\\so-y-te (2).xlsx", agency: "Sở Y tế", value: 1 },
    ]);
    expect(entry.value).toBe(`Sở Y tế (so-y-te.xlsx) ${shown}; Sở Y tế (so-y-te (2).xlsx) 1`);
    expect(entry.file).toBe("so-y-te.xlsx; so-y-te (2).xlsx");
  });
});

describe("what each file offered, said alike by merge.conflict and merge.noteHeld", () => {
  const proposals = [
    { file: "so-y-te.xlsx", agency: "Sở Y tế", value: 0.975, format: "0.0%" },
    { file: "cuc-thong-ke.xlsx", agency: "Cục Thống kê", value: "Số liệu sơ bộ" },
  ];
  test.each(["merge.conflict", "merge.noteHeld"] as const)("%s", (code) => {
    const finding = roundFinding(code, "warning", { code: "12.1", column: "note", proposals });
    expect(describeRound(finding, "vi")).toContain(
      "so-y-te.xlsx (Sở Y tế) 97,5%; cuc-thong-ke.xlsx (Cục Thống kê) “Số liệu sơ bộ”"
    );
    expect(describeRound(finding, "en")).toContain(
      "so-y-te.xlsx (Sở Y tế) 97.5%; cuc-thong-ke.xlsx (Cục Thống kê) “Số liệu sơ bộ”"
    );
  });
});

describe("merge.conflict says how text typed for a figure was read, and whose files disagree (trial 23)", () => {
  const typedAndNumber = [
    { file: "cuc-thue.xlsx", agency: "Cục Thuế", value: "3,900" },
    { file: "so-tai-chinh.xlsx", agency: "Sở Tài chính", value: 3900 },
  ];
  test("“3,900” typed as text is shown with what it was read as, which is what was compared", () => {
    const finding = roundFinding("merge.conflict", "warning", {
      code: "07.1",
      column: "actual",
      proposals: typedAndNumber,
    });
    expect(describeRound(finding, "vi")).toContain(
      "cuc-thue.xlsx (Cục Thuế) “3,900” (đọc là 3,9); so-tai-chinh.xlsx (Sở Tài chính) 3.900."
    );
    expect(describeRound(finding, "en")).toContain("cuc-thue.xlsx (Cục Thuế) “3,900” (read as 3.9); so-tai-chinh.xlsx");
    expect(describeRound(finding, "vi")).toContain("hãy thống nhất số với các cơ quan");
    // Text that reads as no number, and a note, are shown as typed only.
    const words = roundFinding("merge.conflict", "warning", {
      code: "07.1",
      column: "note",
      proposals: [
        { file: "a.xlsx", agency: "Cục Thuế", value: "3,900" },
        { file: "b.xlsx", agency: "Sở Tài chính", value: "khoảng" },
      ],
    });
    expect(describeRound(words, "vi")).toContain("a.xlsx (Cục Thuế) “3,900”; b.xlsx (Sở Tài chính) “khoảng”.");
  });

  test.each<[string, string, CellValue, boolean, string]>([
    ["text read otherwise than written", "07.1", "3,900", false, "“3,900” (đọc là 3,9); "],
    ["text that reads as it is written: no reading repeated", "07.1", "3.900", false, "“3.900”; "],
    ["in a percent row (06.2), text read as the row reads it", "06.2", "97,5%", true, "“97,5%” (đọc là 97,5); "],
    ["in a percent row, “3.900” is 3,9", "06.2", "3.900", true, "“3.900” (đọc là 3,9); "],
  ])("%s", (_, code, value, percentUnit, shown) => {
    const finding = roundFinding("merge.conflict", "warning", {
      code,
      column: "actual",
      proposals: [{ file: "a.xlsx", agency: "Cục Thuế", value }, ...typedAndNumber.slice(1)],
      percentUnit,
    });
    expect(describeRound(finding, "vi")).toContain(`a.xlsx (Cục Thuế) ${shown}so-tai-chinh.xlsx`);
  });

  test("two files of one agency: ask that agency which is right, not 'agree with the agencies'", () => {
    const finding = roundFinding("merge.conflict", "warning", {
      code: "12.1",
      column: "actual",
      proposals: [
        { file: "so-y-te.xlsx", agency: "Sở Y tế", value: 97 },
        { file: "so-y-te (2).xlsx", agency: "Sở Y tế", value: 98 },
      ],
    });
    expect(describeRound(finding, "vi")).toContain("các tệp đều của Sở Y tế, hãy hỏi cơ quan này tệp nào đúng");
    expect(describeRound(finding, "vi")).not.toContain("với các cơ quan");
    expect(describeRound(finding, "en")).toContain("the files are all Sở Y tế's: ask it which one is right");
  });
});
