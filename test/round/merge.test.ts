import type { CellValue } from "../../src/core";
import {
  describeRound,
  logRow,
  planMerge,
  planSplit,
  roundDictionaryKeys,
  type MergePlan,
  type MergeSource,
  type RoundSheet,
} from "../../src/round";
import { buildTemplate, templateWithoutLastYear, type ColumnKey } from "../../src/template";
import { col, edit, filledGrid, gridOfTemplate, roundSheet, shippedCatalogue, valueAt } from "./grids";

const catalogue = shippedCatalogue();
const WHEN = "2024-07-02 09:15";

function consolidated(): RoundSheet {
  return roundSheet(
    filledGrid(catalogue, { "01": { actual: 6.5 }, "07.1": { actual: 5000 }, "12.1": { note: "cũ" } }),
    catalogue
  );
}

/** The agency's split workbook, read back as a door would, after `edits` made by the agency. */
function agencyFile(
  target: RoundSheet,
  agency: string,
  edits: [string, ColumnKey, CellValue][] = []
): MergeSource & { sheet: RoundSheet } {
  const [plan] = planSplit(catalogue, target, { only: agency });
  const sheet = roundSheet(gridOfTemplate(plan.template), catalogue);
  for (const [code, key, value] of edits) edit(sheet, code, key, value);
  return { file: plan.fileName, sheet };
}

/** The consolidated sheet after the plan's writes, as the door would leave it. */
function applied(target: RoundSheet, plan: MergePlan): RoundSheet {
  const values = target.grid.values.map((r) => [...r]) as CellValue[][];
  const formats = (target.grid.numberFormats ?? []).map((r) => [...r]) as string[][];
  for (const w of plan.writes) {
    values[w.row][w.col] = w.value as CellValue;
    if (w.numberFormat) formats[w.row][w.col] = w.numberFormat;
  }
  return roundSheet({ ...target.grid, values, numberFormats: formats }, catalogue);
}

const codes = (plan: MergePlan) => plan.findings.map((f) => f.code);

describe("merge: the agencies' figures back into the consolidated workbook", () => {
  test("fills blanks and replaces a different value (latest file wins), listed old → new and logged", () => {
    const target = consolidated();
    const files = [
      agencyFile(target, "Sở Kế hoạch và Đầu tư", [
        ["01", "actual", 7.1],
        ["01", "estimate", "7,4"],
        ["02.1", "actual", 23.5],
      ]),
      agencyFile(target, "Sở Y tế", [
        ["12.1", "actual", 97.2],
        ["12.1", "note", "Đạt nhờ chiến dịch tiêm bù"],
      ]),
    ];
    const plan = planMerge(catalogue, target, files, { when: WHEN });
    expect(plan.leftOut).toBe(false);
    expect(plan.unreadable).toBe(false);
    expect(plan.files.map((f) => [f.file, f.agency, f.status, f.filled, f.changed])).toEqual([
      ["so-ke-hoach-va-dau-tu.xlsx", "Sở Kế hoạch và Đầu tư", "merged", 2, 1],
      ["so-y-te.xlsx", "Sở Y tế", "merged", 1, 1],
    ]);
    expect(plan.log.map((l) => [l.code, l.column, l.old, l.value])).toEqual([
      ["01", "actual", 6.5, 7.1],
      ["01", "estimate", null, "7,4"],
      ["02.1", "actual", null, 23.5],
      ["12.1", "actual", null, 97.2],
      ["12.1", "note", "cũ", "Đạt nhờ chiến dịch tiêm bù"],
    ]);
    expect(plan.log[0]).toMatchObject({
      when: WHEN,
      file: "so-ke-hoach-va-dau-tu.xlsx",
      agency: "Sở Kế hoạch và Đầu tư",
    });
    const row01 = target.located.rows.get("01") as number;
    expect(plan.log[0].cell).toBe(`F${row01 + 1}`);
    expect(codes(plan)).toEqual(["merge.changed", "merge.changed"]);
    expect(describeRound(plan.findings[0], "vi")).toBe(
      "so-ke-hoach-va-dau-tu.xlsx (Sở Kế hoạch và Đầu tư): chỉ tiêu 01, cột “Thực hiện”: 6,5 → 7,1."
    );
    const after = applied(target, plan);
    expect(valueAt(after, "01", "actual")).toBe(7.1);
    expect(valueAt(after, "12.1", "note")).toBe("Đạt nhờ chiến dịch tiêm bù");
    // Rows nobody sent stay as they were.
    expect(valueAt(after, "07.1", "actual")).toBe(5000);
  });

  test("matched by Mã, never by position: a file with its rows sorted the other way still lands right", () => {
    const target = consolidated();
    const file = agencyFile(target, "Sở Y tế", [
      ["12.1", "actual", 97.2],
      ["18.2", "actual", 100],
    ]);
    const values = file.sheet.grid.values as CellValue[][];
    const first = file.sheet.located.rows.get("12.1") as number;
    const last = file.sheet.located.rows.get("18.2") as number;
    const reversed = values.slice(first, last + 1).reverse();
    values.splice(first, reversed.length, ...reversed);
    const resorted = roundSheet(file.sheet.grid, catalogue);
    const after = applied(target, planMerge(catalogue, target, [{ file: file.file, sheet: resorted }], { when: WHEN }));
    expect(valueAt(after, "12.1", "actual")).toBe(97.2);
    expect(valueAt(after, "18.2", "actual")).toBe(100);
  });

  test("merging the same file a second time changes nothing and logs nothing", () => {
    const target = consolidated();
    const file = agencyFile(target, "Sở Tài chính", [["07.1", "actual", 5400]]);
    const first = planMerge(catalogue, target, [file], { when: WHEN });
    expect(first.writes).toHaveLength(1);
    const second = planMerge(catalogue, applied(target, first), [file], { when: WHEN });
    expect(second.writes).toEqual([]);
    expect(second.log).toEqual([]);
    expect(second.findings).toEqual([]);
    expect(second.leftOut).toBe(false);
  });

  test("--keep-existing keeps a value already there and says so; blanks are still filled", () => {
    const target = consolidated();
    const file = agencyFile(target, "Sở Kế hoạch và Đầu tư", [
      ["01", "actual", 7.1],
      ["03", "actual", 1200],
    ]);
    const plan = planMerge(catalogue, target, [file], { when: WHEN, keepExisting: true });
    expect(plan.log.map((l) => l.code)).toEqual(["03"]);
    expect(codes(plan)).toEqual(["merge.keptExisting"]);
    expect(plan.files[0]).toMatchObject({ filled: 1, changed: 0, kept: 1 });
    expect(describeRound(plan.findings[0], "en")).toBe(
      "so-ke-hoach-va-dau-tu.xlsx (Sở Kế hoạch và Đầu tư): indicator 01, column “Thực hiện”: kept 6.5 instead of 7.1."
    );
  });

  test("two files that disagree on a row are a conflict: neither is applied, both are shown", () => {
    const target = consolidated();
    const files = [
      agencyFile(target, "Sở Tài chính", [
        ["07.1", "actual", 5400],
        ["07.2", "actual", 800],
      ]),
      agencyFile(target, "Cục Thuế", [
        ["07.1", "actual", 5450],
        ["07.2", "actual", 800],
      ]),
    ];
    const plan = planMerge(catalogue, target, files, { when: WHEN });
    expect(plan.leftOut).toBe(true);
    expect(codes(plan)).toEqual(["merge.conflict"]);
    const [conflict] = plan.findings;
    if (conflict.code !== "merge.conflict") throw new Error("conflict");
    expect(conflict.params.proposals.map((p) => [p.agency, p.value])).toEqual([
      ["Sở Tài chính", 5400],
      ["Cục Thuế", 5450],
    ]);
    expect(describeRound(conflict, "vi")).toContain(
      "so-tai-chinh.xlsx (Sở Tài chính) 5.400; cuc-thue.xlsx (Cục Thuế) 5.450"
    );
    // and says what to do next (trial 20: staff were left with "Không giá trị nào được gộp." and nothing else)
    expect(describeRound(conflict, "vi")).toMatch(/hãy thống nhất số với các cơ quan rồi nhập vào bảng tổng hợp/);
    // Agreeing files apply their value once, naming both (mergeSenders.test.ts).
    // The conflict is logged too, naming both files (trial 20: it existed nowhere once the terminal was closed).
    expect(plan.log.map((l) => [l.code, l.file, l.notMerged])).toEqual([
      ["07.1", "so-tai-chinh.xlsx; cuc-thue.xlsx", "conflict"],
      ["07.2", "so-tai-chinh.xlsx; cuc-thue.xlsx", undefined],
    ]);
    expect(plan.files.map((f) => f.conflicts)).toEqual([1, 1]);
    expect(valueAt(applied(target, plan), "07.1", "actual")).toBe(5000);
  });

  test("a value for a row the file's agency does not lead is left out and reported", () => {
    const target = consolidated();
    // A full template an agency filled in, named after it: other agencies' rows carry what it received.
    const full = roundSheet(
      filledGrid(catalogue, {
        "01": { actual: 6.5 },
        "07.1": { actual: 5000 },
        "10": { actual: 3 },
        "12.1": { note: "cũ" },
      }),
      catalogue
    );
    edit(full, "01", "actual", 9.9);
    const plan = planMerge(catalogue, target, [{ file: "/tmp/so-giao-duc-va-dao-tao.xlsx", sheet: full }], {
      when: WHEN,
    });
    expect(plan.files[0]).toMatchObject({ agency: "Sở Giáo dục và Đào tạo", status: "merged", filled: 1, notLead: 1 });
    expect(codes(plan)).toEqual(["merge.notLead"]);
    expect(describeRound(plan.findings[0], "vi")).toBe(
      "/tmp/so-giao-duc-va-dao-tao.xlsx: Sở Giáo dục và Đào tạo không chủ trì chỉ tiêu 01, cột “Thực hiện”; giá trị 9,9 không được gộp."
    );
    expect(plan.leftOut).toBe(true);
    expect(plan.log.map((l) => l.code)).toEqual(["10"]);
  });

  test.each([
    [
      "another period",
      () => roundSheet(filledGrid(catalogue, { "10": { actual: 3 } }, "9M"), catalogue),
      "merge.otherPeriod",
      // What to do is said too (trial 20): the period cell may be a slip, or the agency sent the wrong period.
      "so-giao-duc-va-dao-tao.xlsx: là số liệu kỳ 9 tháng, bảng tổng hợp là kỳ 6 tháng; tệp này không được gộp. " +
        "Nếu tệp ghi nhầm kỳ, hãy sửa ô “Kỳ báo cáo:” của tệp thành “6 tháng” rồi gộp lại; " +
        "nếu đúng là số liệu kỳ khác, hãy đề nghị cơ quan gửi lại số liệu kỳ 6 tháng.",
    ],
    [
      "another year",
      () => {
        const sheet = roundSheet(filledGrid(catalogue, { "10": { actual: 3 } }), catalogue);
        (sheet.grid.values as CellValue[][])[sheet.located.headerRow][col("target")] = "Kế hoạch 2023";
        return roundSheet(sheet.grid, catalogue);
      },
      "merge.otherYear",
      "so-giao-duc-va-dao-tao.xlsx: là biểu năm 2023, bảng tổng hợp là năm 2024; tệp này không được gộp.",
    ],
    [
      "another decision",
      () => {
        const grid = filledGrid(catalogue, { "10": { actual: 3 } });
        (grid.values as CellValue[][])[1][0] =
          "(Kèm theo Quyết định số 2500/QĐ-UBND ngày 12/12/2023 của UBND tỉnh Lạng Sơn)";
        return roundSheet(grid, catalogue);
      },
      "merge.otherCatalogue",
      "so-giao-duc-va-dao-tao.xlsx: theo Quyết định 2500/QĐ-UBND, bảng tổng hợp theo Quyết định 136/QĐ-UBND; tệp này không được gộp.",
    ],
  ])("a file for %s is refused as a whole; the others still merge", (_, make, code, message) => {
    const target = consolidated();
    const other = agencyFile(target, "Sở Y tế", [["12.2", "actual", 4]]);
    const plan = planMerge(catalogue, target, [{ file: "so-giao-duc-va-dao-tao.xlsx", sheet: make() }, other], {
      when: WHEN,
    });
    expect(plan.files.map((f) => f.status)).toEqual(["refused", "merged"]);
    expect(codes(plan)).toEqual([code]);
    expect(describeRound(plan.findings[0], "vi")).toBe(message);
    expect(plan.log.map((l) => l.code)).toEqual(["12.2"]);
    expect(plan.leftOut).toBe(true);
    expect(plan.unreadable).toBe(false);
  });

  test("a file with no agency line and a name that is no agency's is refused; so is an unknown agency", () => {
    const target = consolidated();
    const full = roundSheet(filledGrid(catalogue, { "10": { actual: 3 } }), catalogue);
    const unknown = agencyFile(target, "Sở Y tế");
    unknown.sheet.agencyText = "Sở Ngoại vụ";
    const plan = planMerge(
      catalogue,
      target,
      [
        { file: "bao-cao.xlsx", sheet: full },
        { file: "so-y-te.xlsx", sheet: unknown.sheet },
      ],
      { when: WHEN }
    );
    expect(codes(plan)).toEqual(["merge.noAgency", "merge.unknownAgency"]);
  });

  test("a file a door could not read is named with its reason; the rest still merge", () => {
    const target = consolidated();
    const plan = planMerge(
      catalogue,
      target,
      [{ file: "hong.xlsx", error: "tệp bị hỏng" }, agencyFile(target, "Sở Y tế", [["12.2", "actual", 4]])],
      { when: WHEN }
    );
    expect(plan.unreadable).toBe(true);
    expect(plan.files.map((f) => f.status)).toEqual(["unreadable", "merged"]);
    expect(describeRound(plan.findings[0], "vi")).toBe(
      "hong.xlsx: không đọc được (tệp bị hỏng); tệp này không được gộp."
    );
    expect(plan.writes).toHaveLength(1);
  });

  test("a blank in an agency's file never erases a figure in the consolidated workbook", () => {
    const target = consolidated();
    const file = agencyFile(target, "Sở Kế hoạch và Đầu tư", [["01", "actual", null]]);
    expect(planMerge(catalogue, target, [file], { when: WHEN }).writes).toEqual([]);
  });

  test("a percent-formatted figure carries its format, so 0,972 stays 97,2 %", () => {
    const target = consolidated();
    const file = agencyFile(target, "Sở Y tế", [["12.1", "actual", 0.972]]);
    const r = file.sheet.located.rows.get("12.1") as number;
    (file.sheet.grid.numberFormats as string[][])[r][col("actual")] = "0.0%";
    const plan = planMerge(catalogue, target, [file], { when: WHEN });
    expect(plan.writes).toEqual([
      { row: target.located.rows.get("12.1"), col: col("actual"), value: 0.972, numberFormat: "0.0%" },
    ]);
  });

  test("Cùng kỳ năm trước typed by an agency is merged like its other figures", () => {
    const target = consolidated();
    const file = agencyFile(target, "Sở Y tế", [["12.2", "lastYear", 11.2]]);
    const plan = planMerge(catalogue, target, [file], { when: WHEN });
    expect(plan.writes).toEqual([{ row: target.located.rows.get("12.2"), col: col("lastYear"), value: 11.2 }]);
    expect(plan.log.map((l) => [l.code, l.column])).toEqual([["12.2", "lastYear"]]);
    expect(valueAt(applied(target, plan), "12.2", "lastYear")).toBe(11.2);
  });

  test("a consolidated template without Cùng kỳ năm trước leaves that figure out and says so, never silently", () => {
    const target = roundSheet(gridOfTemplate(templateWithoutLastYear(catalogue)), catalogue);
    const file = agencyFile(consolidated(), "Sở Y tế", [
      ["12.2", "actual", 4],
      ["12.2", "lastYear", 11.2],
    ]);
    const plan = planMerge(catalogue, target, [file], { when: WHEN });
    const row = target.located.rows.get("12.2");
    expect(plan.writes.filter((w) => w.row === row).map((w) => w.value)).toEqual([4]);
    expect(codes(plan)).toContain("merge.noTargetCell");
    expect(plan.leftOut).toBe(true);
    expect(
      describeRound(
        plan.findings.find((f) => f.code === "merge.noTargetCell")!,
        "vi"
      )
    ).toContain("Cùng kỳ năm trước");
  });

  test("the consolidated workbook's own layout decides where values go", () => {
    // A consolidated sheet with the template two rows lower than the agency's file.
    const template = buildTemplate(catalogue);
    const grid = gridOfTemplate(template);
    const shifted = {
      ...grid,
      values: [[], [], ...grid.values],
      numberFormats: [[], [], ...(grid.numberFormats ?? [])],
    };
    const target = roundSheet(shifted, catalogue);
    const blank = roundSheet(filledGrid(catalogue, {}), catalogue);
    const plan = planMerge(catalogue, target, [agencyFile(blank, "Sở Y tế", [["12.2", "actual", 4]])], {
      when: WHEN,
    });
    expect(plan.writes.map((w) => [w.row, w.col])).toEqual([[template.rowCodes.indexOf("12.2") + 2, col("actual")]]);
  });

  test("every message exists in both languages", () => {
    expect(roundDictionaryKeys("en").sort()).toEqual(roundDictionaryKeys("vi").sort());
  });
});

describe("merge compares figures as the core reads them (trial A3, A1, B)", () => {
  /** Sets a cell's number format in a read sheet (what a door reads with the value). */
  const format = (sheet: RoundSheet, code: string, key: ColumnKey, numberFormat: string) => {
    const r = sheet.located.rows.get(code) as number;
    (sheet.grid.numberFormats as string[][])[r][col(key)] = numberFormat;
  };

  test.each<[string, CellValue, CellValue]>([
    ["07.1", "7.200", 7200],
    ["07.1", "7 200", 7200],
    ["01", "6,0", 6],
    ["01", 6, "6,0"],
    ["07.2", "5", 5],
  ])("%s: %p from one file and %p from another agree: no conflict", (code, a, b) => {
    const target = roundSheet(filledGrid(catalogue, {}), catalogue);
    const lead = catalogue.byCode.get(code)?.lead ?? [];
    const agencies = lead.length > 1 ? lead : ["Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư"];
    const files = [
      agencyFile(target, agencies[0], [[code, "actual", a]]),
      { ...agencyFile(target, agencies[1], [[code, "actual", b]]), file: "ban-sao.xlsx" },
    ];
    if (lead.length === 1) files[1].sheet.agencyText = agencies[1];
    const plan = planMerge(catalogue, target, files, { when: WHEN });
    expect(codes(plan)).toEqual([]);
    expect(plan.writes).toHaveLength(1);
    expect(plan.leftOut).toBe(false);
  });

  test.each<[string, CellValue, CellValue]>([
    ["07.1", 7200, "7.200"],
    ["01", 11.6, "11,6"],
    ["01", 6, "6,0"],
    ["10", 5, "5"],
  ])("%s: the consolidated %p and a file's %p are equal: nothing written, nothing logged", (code, old, value) => {
    const target = roundSheet(filledGrid(catalogue, { [code]: { actual: old } }), catalogue);
    const agency = catalogue.byCode.get(code)?.lead[0] as string;
    const plan = planMerge(catalogue, target, [agencyFile(target, agency, [[code, "actual", value]])], { when: WHEN });
    expect(plan.writes).toEqual([]);
    expect(plan.log).toEqual([]);
    expect(codes(plan)).toEqual([]);
    expect(plan.files[0]).toMatchObject({ filled: 0, changed: 0 });
  });

  test("a percent cell (0.975 shown 97,5 %) equals 97,5 typed, and a change shows percentages as such", () => {
    const target = roundSheet(filledGrid(catalogue, { "09.1": { actual: "97,5" } }), catalogue);
    const same = agencyFile(target, "Sở Giao thông vận tải", [["09.1", "actual", 0.975]]);
    format(same.sheet, "09.1", "actual", "0.0%");
    expect(planMerge(catalogue, target, [same], { when: WHEN }).writes).toEqual([]);

    const other = agencyFile(target, "Sở Giao thông vận tải", [["09.1", "actual", 0.98]]);
    format(other.sheet, "09.1", "actual", "0.0%");
    const plan = planMerge(catalogue, target, [other], { when: WHEN });
    const [changed] = plan.findings;
    expect(describeRound(changed, "vi")).toMatch(/“97,5” → 98%\.$/);
    expect(describeRound(changed, "en")).toMatch(/“97,5” → 98%\.$/);
    expect(logRow(plan.log[0]).slice(6)).toEqual(["97,5", "98%", null]);
  });

  test("a plain number written where the consolidated cell is percent-formatted takes the file's format", () => {
    const target = roundSheet(filledGrid(catalogue, { "09.2": { actual: 0.5 } }), catalogue);
    format(target, "09.2", "actual", "0%");
    const file = agencyFile(target, "Sở Giao thông vận tải", [["09.2", "actual", 79]]);
    format(file.sheet, "09.2", "actual", "0.0#");
    const plan = planMerge(catalogue, target, [file], { when: WHEN });
    expect(plan.writes).toEqual([
      { row: target.located.rows.get("09.2"), col: col("actual"), value: 79, numberFormat: "General" },
    ]);
  });

  test("a plain number written into an EMPTY percent-formatted consolidated cell takes General (79, not 7 900 %)", () => {
    const target = consolidated();
    format(target, "09.2", "actual", "0%");
    const file = agencyFile(target, "Sở Giao thông vận tải", [["09.2", "actual", 79]]);
    const plan = planMerge(catalogue, target, [file], { when: WHEN });
    expect(plan.writes).toEqual([
      { row: target.located.rows.get("09.2"), col: col("actual"), value: 79, numberFormat: "General" },
    ]);
    expect(plan.files[0]).toMatchObject({ filled: 1, changed: 0 });
  });

  test("a file whose period cell is no period is refused as such, never taken for the full year, and names its agency", () => {
    const target = consolidated();
    const file = agencyFile(target, "Cục Thuế", [["07.1", "actual", 1]]);
    const at = file.sheet.located.periodCell as { row: number; col: number };
    (file.sheet.grid.values as CellValue[][])[at.row][at.col] = "Quý 2";
    const reread = { file: "cuc-thue-quy2.xlsx", sheet: roundSheet(file.sheet.grid, catalogue) };
    const plan = planMerge(catalogue, target, [reread], { when: WHEN });
    expect(codes(plan)).toEqual(["merge.periodUnreadable"]);
    expect(plan.files[0]).toMatchObject({ status: "refused", agency: "Cục Thuế" });
    const vi = describeRound(plan.findings[0], "vi");
    expect(vi).toContain("“Quý 2”");
    expect(vi).not.toContain("Cả năm là");
    expect(vi).not.toMatch(/kỳ Cả năm,/);
  });

  test("a consolidated workbook without a readable period merges nothing and says why once", () => {
    const grid = filledGrid(catalogue, {});
    const target0 = roundSheet(grid, catalogue);
    const at = target0.located.periodCell as { row: number; col: number };
    (grid.values as CellValue[][])[at.row][at.col] = null;
    const target = roundSheet(grid, catalogue);
    const plan = planMerge(catalogue, target, [agencyFile(target0, "Sở Y tế", [["12.2", "actual", 4]])], {
      when: WHEN,
    });
    expect(codes(plan)).toEqual(["merge.targetPeriodUnreadable"]);
    expect(plan.writes).toEqual([]);
    expect(plan.files[0]).toMatchObject({ status: "refused", agency: "Sở Y tế" });
    expect(describeRound(plan.findings[0], "vi")).toContain("để trống");
  });

  test("English messages name the column by its header and the period as the sheet writes it", () => {
    const target = consolidated();
    const file = agencyFile(roundSheet(filledGrid(catalogue, {}, "9M"), catalogue), "Cục Thuế");
    const plan = planMerge(catalogue, target, [file], { when: WHEN });
    const en = describeRound(plan.findings[0], "en");
    expect(en).toContain("“9 tháng” (nine months)");
    expect(en).not.toContain("Nine months figures");
    expect(plan.files[0].agency).toBe("Cục Thuế");
  });

  test("a formula in the consolidated cell is kept and the different value reported; an equal value is silent", () => {
    const target = roundSheet(filledGrid(catalogue, { "03": { actual: 1200 }, "04": { actual: null } }), catalogue);
    const formulas: string[][] = [];
    for (const code of ["03", "04"]) {
      (formulas[target.located.rows.get(code) as number] ??= [])[col("actual")] =
        code === "03" ? "=1000+200" : "=10+9.5";
    }
    const withFormulas = { ...target, grid: { ...target.grid, formulas } };
    const file = agencyFile(target, "Sở Kế hoạch và Đầu tư", [
      ["03", "actual", "1.200"],
      ["04", "actual", 20],
    ]);
    const plan = planMerge(catalogue, withFormulas, [file], { when: WHEN });
    expect(plan.writes).toEqual([]);
    expect(codes(plan)).toEqual(["merge.formulaKept"]);
    expect(plan.leftOut).toBe(true);
    expect(describeRound(plan.findings[0], "vi")).toContain("công thức =10+9.5");
  });
});
