/** Merged cells over the template's codes, figures and results (trial 18, F13): said, and never judged in silence. */

import { shippedCatalogue as catalogue } from "../catalogue";
import { describe as describeProblem } from "../../src/core";
import { a1, buildTemplate, COLUMNS, judgeSheet, type Area, type SheetGrid } from "../../src/template";

const template = buildTemplate(catalogue);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const rowOf = (code: string) => template.rowCodes.indexOf(code);

/** The sheet as inserted, with these figures, its own title merges and these merges more. */
function sheet(figures: Record<string, Partial<Record<string, unknown>>>, merged: Area[]): SheetGrid {
  const values: unknown[][] = template.cells.map((row) => row.map((c) => c.value ?? ""));
  for (const [code, cells] of Object.entries(figures)) {
    for (const [key, value] of Object.entries(cells)) values[rowOf(code)][col(key)] = value;
  }
  // As every reader reads a merge: only its top-left cell holds a value.
  for (const m of merged) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) values[r][c] = "";
    }
  }
  return {
    sheet: "Chỉ tiêu 2024",
    values,
    rowOffset: 0,
    colOffset: 0,
    merged: [...template.merges, ...merged],
  };
}

const judged = (grid: SheetGrid) => {
  const j = judgeSheet(grid, catalogue, { tolerance: 0.05 });
  if (!j) throw new Error("no template");
  return j;
};
const mergedFindings = (grid: SheetGrid) =>
  judged(grid).report.findings.filter((f) => f.problem.key === "sheet.mergedCells");

// 15.1.1–15.1.3 with a 6-month figure each; the estimate 6 typed once into a cell merged over the three rows.
const FIGURES = {
  "15.1.1": { actual: 5.5, estimate: 6 },
  "15.1.2": { actual: 3.1, estimate: 6 },
  "15.1.3": { actual: 5.2, estimate: 6 },
};
const ESTIMATES: Area = { row: rowOf("15.1.1"), col: col("estimate"), rows: 3, cols: 1 };

describe("a merged figure cell over several rows", () => {
  test("unmerged, the same figures are all judged (the comparison the merged cases depend on)", () => {
    const { evaluation } = judged(sheet(FIGURES, [])).report;
    expect(evaluation.row("15.1.2")?.status).toBe("exceeded");
    expect(evaluation.row("15.1")?.status).toBe("exceeded");
    expect(judged(sheet(FIGURES, [])).report.findings.map((f) => f.problem.key)).not.toContain("sheet.mergedCells");
  });

  test("the rows under the top-left cell are not judged on another column: invalid, with the range named", () => {
    const j = judged(sheet(FIGURES, [ESTIMATES]));
    const { evaluation } = j.report;
    // Without the rule, 15.1.2 would be judged on its 6-month 3,1 and be "Không đạt".
    expect(evaluation.row("15.1.2")?.status).toBe("invalid");
    expect(evaluation.row("15.1.3")?.status).toBe("invalid");
    expect(evaluation.row("15.1.1")?.status).toBe("exceeded");
    expect(evaluation.row("15.1")?.status).toBe("invalid");
    const range = a1(ESTIMATES.row, ESTIMATES.col, 3, 1);
    expect(evaluation.row("15.1.2")?.problems[0]).toEqual({
      key: "row.mergedCell",
      params: { code: "15.1.2", column: "estimate", range },
    });
    const [finding] = mergedFindings(sheet(FIGURES, [ESTIMATES]));
    expect(finding.codes).toEqual(["15.1.1", "15.1.2", "15.1.3"]);
    expect(describeProblem(finding.problem, "vi")).toBe(
      `Trang “Chỉ tiêu 2024”: ô gộp ${range} ở cột “Ước thực hiện cả năm” chỉ giữ giá trị ở ô đầu ${range.slice(0, 3)} (15.1.1); ` +
        "chỉ tiêu 15.1.2, 15.1.3 được đọc là ô trống. Hãy bỏ gộp ô và nhập cho từng dòng."
    );
    expect(describeProblem(finding.problem, "en")).toContain(
      "keeps a value only in its first cell G36 (15.1.1); indicators 15.1.2, 15.1.3 read as empty"
    );
  });

  test("listed with the structure warnings, before plausibility and consistency", () => {
    const keys = judged(sheet({ ...FIGURES, "05.1": { actual: 1 } }, [ESTIMATES])).report.findings.map(
      (f) => f.problem.key
    );
    expect(keys.indexOf("sheet.mergedCells")).toBeGreaterThanOrEqual(0);
    expect(keys.indexOf("sheet.mergedCells")).toBeLessThan(keys.indexOf("plausibility.farBelowPlan"));
  });

  test("Thực hiện merged with Ước thực hiện cả năm on one row: the row is not judged on a figure of unknown column", () => {
    const across: Area = { row: rowOf("07.1"), col: col("actual"), rows: 1, cols: 2 };
    const j = judged(sheet({ "07.1": { actual: 4000 } }, [across]));
    expect(j.report.evaluation.row("07.1")?.status).toBe("invalid");
    const [finding] = mergedFindings(sheet({ "07.1": { actual: 4000 } }, [across]));
    expect(finding.problem.params).toMatchObject({ column: "Ước thực hiện cả năm", codes: ["07.1"] });
  });

  test("Cùng kỳ năm trước merged: said, the statuses stay (it is not judged)", () => {
    const lastYear: Area = { row: rowOf("15.1.1"), col: col("lastYear"), rows: 3, cols: 1 };
    const j = judged(sheet(FIGURES, [lastYear]));
    expect(j.report.evaluation.row("15.1.2")?.status).toBe("exceeded");
    const [finding] = mergedFindings(sheet(FIGURES, [lastYear]));
    expect(finding.problem.params).toMatchObject({ column: "Cùng kỳ năm trước", codes: ["15.1.2", "15.1.3"] });
    expect(describeProblem(finding.problem, "vi")).toContain("ở cột “Cùng kỳ năm trước”");
  });
});

describe("a merged code cell", () => {
  test("the row under it has no code: said with its row, beside the 'row missing' it causes", () => {
    const codes: Area = { row: rowOf("12.2"), col: col("code"), rows: 2, cols: 1 };
    const j = judged(sheet({}, [codes]));
    const [finding] = mergedFindings(sheet({}, [codes]));
    expect(finding.problem.params).toMatchObject({
      column: "Mã",
      firstCode: "12.2",
      codes: [],
      rows: [rowOf("12.3") + 1],
      range: a1(codes.row, codes.col, 2, 1),
    });
    expect(describeProblem(finding.problem, "vi")).toContain(`dòng ${rowOf("12.3") + 1} được đọc là ô trống`);
    const keys = j.report.findings.map((f) => f.problem.key);
    expect(keys.indexOf("sheet.mergedCells")).toBeLessThan(keys.indexOf("sheet.missingRow"));
  });
});

describe("merged result columns", () => {
  test("validation writes nothing into the covered cells (it would land in the top-left one)", () => {
    const status: Area = { row: rowOf("15.1.1"), col: col("status"), rows: 3, cols: 1 };
    const j = judged(sheet(FIGURES, [status]));
    const write = j.writes.status;
    if (!write) throw new Error("no status write");
    const at = (code: string) => write.values[rowOf(code) - write.row][0];
    expect(at("15.1.1")).toBe("Vượt kế hoạch");
    expect(at("15.1.2")).toBe("");
    expect(at("15.1.3")).toBe("");
    expect(at("15.2")).toBe("Chưa có số liệu");
    const [finding] = mergedFindings(sheet(FIGURES, [status]));
    expect(finding.problem.params).toMatchObject({ column: "Đánh giá", codes: ["15.1.2", "15.1.3"] });
  });

  test("the template's own merges (its title rows) and merges right of the template say nothing", () => {
    const far: Area = { row: rowOf("01"), col: COLUMNS.length + 2, rows: 5, cols: 2 };
    expect(mergedFindings(sheet(FIGURES, [far]))).toEqual([]);
    const name: Area = { row: rowOf("15.1.1"), col: col("name"), rows: 3, cols: 1 };
    expect(mergedFindings(sheet(FIGURES, [name]))).toEqual([]);
  });
});

describe("merged ranges Excel did not list", () => {
  test("the sheet is judged as without them, and says so once", () => {
    const unmerged = { ...sheet(FIGURES, [ESTIMATES]), merged: undefined };
    const unread = judged({ ...unmerged, mergedUnread: true }).report;
    const before = judged(unmerged).report;
    expect(unread.evaluation.rows).toEqual(before.evaluation.rows);
    expect(unread.findings.map((f) => f.problem.key)).toEqual([
      "sheet.mergedUnread",
      ...before.findings.map((f) => f.problem.key),
    ]);
    expect(describeProblem(unread.findings[0].problem, "vi")).toMatch(
      /^Trang “Chỉ tiêu 2024”: Excel không cho biết được các vùng ô gộp .*trên 512.*Kiểm tra lại\.$/
    );
  });
});
