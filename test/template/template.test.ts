import shipped from "../../assets/catalogues/lang-son-2024.json";
import { loadCatalogue, describe as describeProblem, type Catalogue } from "../../src/core";
import {
  a1,
  buildTemplate,
  columnLetter,
  COLUMNS,
  ENTRY_FILL,
  highlightRules,
  isOwnHighlight,
  judgeSheet,
  locateTemplate,
  STATUS_PALETTE,
  STYLES,
  type SheetGrid,
} from "../../src/template";

function load(): Catalogue {
  const r = loadCatalogue(shipped);
  if (!r.ok) throw new Error("catalogue");
  return r.catalogue;
}
const catalogue = load();
const template = buildTemplate(catalogue);

/** The sheet as a fresh insert leaves it, read back as values (Office.js reads blanks as ""). */
function freshGrid(): unknown[][] {
  return template.cells.map((row) => row.map((c) => c.value ?? ""));
}
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

function grid(values: unknown[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { sheet: "Chỉ tiêu 2024", values, rowOffset: 0, colOffset: 0, ...extra };
}

function setValue(values: unknown[][], code: string, key: string, value: unknown): void {
  const r = values.findIndex((row) => row[col("code")] === code);
  values[r][col(key)] = value;
}

describe("buildTemplate", () => {
  test("title, source line, period cell and header, in that order", () => {
    expect(template.cells[0][0].value).toBe("CÁC CHỈ TIÊU CHỦ YẾU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024");
    expect(template.cells[1][0].value).toBe(
      "(Kèm theo Quyết định số 136/QĐ-UBND ngày 19/01/2024 của UBND tỉnh Lạng Sơn)"
    );
    const { row, col: c } = template.periodCell;
    expect(template.cells[row][c - 1].value).toBe("Kỳ báo cáo:");
    expect(template.cells[row][c].value).toBe("6 tháng");
    expect(template.cells[template.headerRow].map((x) => x.value)).toEqual([
      "STT",
      "Mã",
      "Chỉ tiêu",
      "Đơn vị",
      "Kế hoạch 2024",
      "Thực hiện",
      "Ước thực hiện cả năm",
      "Cùng kỳ năm trước",
      "% so với KH năm",
      "Đánh giá",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Ghi chú",
    ]);
    expect(template.headerRow).toBeLessThan(template.firstDataRow);
  });

  test("every catalogue row in order, the heading and the three parts of 15.1", () => {
    const codes = template.cells.slice(template.firstDataRow).map((r) => r[col("code")].value);
    expect(codes).toEqual(catalogue.indicators.map((i) => i.code));
    expect(codes).toHaveLength(38);
    const row = (code: string) => template.cells[template.rowCodes.indexOf(code)];
    expect(row("02")[col("target")].value).toBeNull();
    expect(row("02")[col("actual")].style).toBe("heading");
    expect(row("05.1")[col("target")].value).toBe("4.060");
    expect(row("07.2")[col("target")].value).toBe("14.040,8");
    expect(row("15.1.2")[col("name")].value).toBe("- Số người chết");
    expect(row("06.1")[col("lead")].value).toBe("Sở Công Thương; Cục Hải quan");
    expect(row("01")[col("group")].value).toBe("1");
    expect(row("02.1")[col("group")].value).toBeNull();
  });

  test("entry cells are unlocked and look like entry cells; the rest are locked", () => {
    for (let r = template.firstDataRow; r <= template.lastDataRow; r++) {
      const heading = template.rowCodes[r] === "02";
      for (const spec of COLUMNS) {
        const cell = template.cells[r][col(spec.key)];
        const entry = spec.entry && !(heading && spec.key !== "note");
        const style = STYLES[cell.style];
        expect([template.rowCodes[r], spec.key, !style.locked, style.fill === ENTRY_FILL]).toEqual([
          template.rowCodes[r],
          spec.key,
          entry,
          entry,
        ]);
      }
    }
  });

  test("Ghi chú reads as words: left-aligned, wrapped and top-aligned, so an explanation prints whole (trial 24, 5)", () => {
    for (let r = template.firstDataRow; r <= template.lastDataRow; r++) {
      const style = STYLES[template.cells[r][col("note")].style];
      expect([template.rowCodes[r], style.horizontal, style.wrap, style.vertical]).toEqual([
        template.rowCodes[r],
        "Left",
        true,
        "Top",
      ]);
    }
    // the figures stay right-aligned
    expect(STYLES[template.cells[template.rowCodes.indexOf("01")][col("actual")].style].horizontal).toBe("Right");
  });

  test("number formats fit each unit; codes and targets stay text", () => {
    const row = (code: string) => template.cells[template.rowCodes.indexOf(code)];
    expect(row("01")[col("actual")].numberFormat).toBe("0.0#");
    expect(row("08")[col("actual")].numberFormat).toBe("#,##0");
    expect(row("07.2")[col("estimate")].numberFormat).toBe("#,##0.0#");
    expect(row("07.2")[col("percent")].numberFormat).toBe("0.0%");
    expect(row("02.1")[col("code")].numberFormat).toBe("@");
    expect(row("02.1")[col("target")].numberFormat).toBe("@");
  });

  test("data validation matches the value type, as a warning that explains", () => {
    const at = (code: string) =>
      template.validations.find((v) => v.row === template.rowCodes.indexOf(code) && v.col === col("actual"));
    expect(at("09.1")?.rule).toEqual({ kind: "decimal", min: 0, max: 100 });
    expect(at("08")?.rule).toEqual({ kind: "whole", min: 0 });
    expect(at("07.1")?.rule).toEqual({ kind: "decimal", min: 0 });
    expect(at("01")).toBeUndefined(); // a growth rate may be negative
    expect(at("09.1")?.cols).toBe(3); // Thực hiện, Ước thực hiện cả năm and Cùng kỳ năm trước
    expect(at("08")?.prompt.message).toMatch(/số nguyên.*whole number/);
    const period = template.validations.find((v) => v.rule.kind === "list");
    expect(period).toMatchObject({ row: template.periodCell.row, col: template.periodCell.col });
    expect(period?.rule).toEqual({ kind: "list", items: ["Quý I", "6 tháng", "9 tháng", "Cả năm"] });
  });

  test("Times New Roman, frozen under the header, a marker naming the catalogue", () => {
    expect(template.font).toBe("Times New Roman");
    expect(template.freezeRows).toBe(template.headerRow + 1);
    expect(template.marker.comment).toBe("chi-tieu:lang-son-2024");
    expect(template.name).toBe("Chỉ tiêu 2024");
  });

  test("A1 addresses", () => {
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(11)).toBe("L");
    expect(columnLetter(26)).toBe("AA");
    expect(a1(5, 0, 1, 12)).toBe("A6:L6");
    expect(a1(0, 2)).toBe("C1");
  });
});

describe("locateTemplate", () => {
  test("finds a fresh template exactly where it was put", () => {
    const located = locateTemplate(grid(freshGrid()), catalogue);
    expect(located?.headerRow).toBe(template.headerRow);
    expect(located?.rows.get("01")).toBe(template.firstDataRow);
    expect(located?.rows.size).toBe(38);
    expect(located?.period).toBe("H1");
    expect(located?.periodCell).toEqual(template.periodCell);
    expect(located?.findings).toEqual([]);
  });

  test("a sheet without the header is no template", () => {
    expect(
      locateTemplate(
        grid([
          ["Mã", "Tên"],
          ["01", "x"],
        ]),
        catalogue
      )
    ).toBeUndefined();
    expect(locateTemplate(grid([]), catalogue)).toBeUndefined();
  });

  test("rows shuffled, a column inserted, rows inserted, a block read from an offset", () => {
    const values = freshGrid();
    const body = values.splice(template.firstDataRow);
    body.reverse();
    const note = body[0].map(() => "");
    note[col("note")] = "ghi chú của tôi";
    body.splice(
      5,
      0,
      body[0].map(() => ""),
      note
    );
    values.push(...body);
    // a column inserted after Chỉ tiêu, so between the period label and its value too
    values.forEach((row, r) => row.splice(3, 0, r === template.headerRow ? "Cột thêm" : ""));
    const located = locateTemplate(grid(values, { rowOffset: 2, colOffset: 1 }), catalogue);
    expect(located?.columns.actual).toBe(col("actual") + 2);
    expect(located?.headerRow).toBe(template.headerRow + 2);
    const row18 = located?.rows.get("18.2") as number;
    expect(values[row18 - 2][col("code")]).toBe("18.2");
    expect(located?.findings).toEqual([]);
    expect(located?.period).toBe("H1");
    expect(located?.periodCell).toEqual({ row: template.periodCell.row + 2, col: template.periodCell.col + 2 });
  });

  test("codes a paste turned into numbers are matched back", () => {
    const values = freshGrid();
    values[template.rowCodes.indexOf("02.1")][col("code")] = 2.1;
    values[template.rowCodes.indexOf("08")][col("code")] = 8;
    const located = locateTemplate(grid(values), catalogue);
    expect(located?.rows.get("02.1")).toBe(template.rowCodes.indexOf("02.1"));
    expect(located?.rows.get("08")).toBe(template.rowCodes.indexOf("08"));
  });

  test("structural problems are findings, not crashes", () => {
    const values = freshGrid();
    values[template.rowCodes.indexOf("03")][col("code")] = "99"; // unknown, and 03 now missing
    values[template.rowCodes.indexOf("04")][col("code")] = "01"; // duplicate, and 04 missing
    for (const row of values) row.splice(col("percent"), 1); // % so với KH năm deleted
    values[template.periodCell.row][template.periodCell.col] = "Quý V";
    const located = locateTemplate(grid(values), catalogue);
    const messages = located?.findings.map((f) => describeProblem(f.problem, "vi"));
    const r = (code: string) => template.rowCodes.indexOf(code) + 1;
    // The unreadable period first; each structural problem says what it breaks and how to fix it.
    expect(messages).toEqual([
      "Trang “Chỉ tiêu 2024”: không đọc được kỳ báo cáo “Quý V”; số liệu được đánh giá như cả năm. " +
        "Hãy chọn hoặc nhập một kỳ: Quý I (“Quý I”, “quý 1”, “Q1”, “3 tháng”); 6 tháng (“6 tháng”, “6 tháng đầu năm”, " +
        "“6T”, “sáu tháng”); 9 tháng (“9 tháng”, “9T”, “chín tháng”); Cả năm (“Cả năm”, “năm”, “Năm 2024”).",
      "Trang “Chỉ tiêu 2024” thiếu cột “% so với KH năm”: không ghi được tỷ lệ so với kế hoạch năm. " +
        "Hãy chèn lại cột có tiêu đề đúng “% so với KH năm” vào dòng tiêu đề, hoặc chèn lại mẫu.",
      `Trang “Chỉ tiêu 2024”, dòng ${r("03")}: mã “99” không có trong danh mục chỉ tiêu nên dòng này không được kiểm tra. Hãy sửa lại mã cho đúng mẫu.`,
      `Trang “Chỉ tiêu 2024”, dòng ${r("04")}: mã “01” đã có ở dòng ${r("01")}; chỉ dòng ${r("01")} được kiểm tra, số liệu ở dòng ${r("04")} không được dùng. Hãy sửa lại mã hoặc xóa dòng thừa.`,
      "Trang “Chỉ tiêu 2024” không có dòng của chỉ tiêu 03 nên chỉ tiêu này không được đánh giá. Hãy khôi phục dòng có mã 03 (hoặc chèn lại mẫu).",
      "Trang “Chỉ tiêu 2024” không có dòng của chỉ tiêu 04 nên chỉ tiêu này không được đánh giá. Hãy khôi phục dòng có mã 04 (hoặc chèn lại mẫu).",
    ]);
    expect(located?.period).toBe("FY");
  });

  test("no period label: judged as the full year, and said so", () => {
    const values = freshGrid();
    values[template.periodCell.row] = values[template.periodCell.row].map(() => "");
    const located = locateTemplate(grid(values), catalogue);
    expect(located?.period).toBe("FY");
    expect(located?.findings.map((f) => f.problem.key)).toEqual(["period.unreadable"]);
    expect(located?.periodUnreadable).toBe(true);
  });
});

describe("judgeSheet", () => {
  test("reads values with their formats, judges them, and plans the two result columns", () => {
    const values = freshGrid();
    setValue(values, "01", "actual", "7,5");
    setValue(values, "05.1", "actual", "2.100"); // H1: 2.030 prorated → exceeded
    setValue(values, "09.1", "actual", 0.95); // percent-formatted: 95 → at risk (97,2 × 0,95 = 92,34)
    setValue(values, "12.1", "actual", "N/A");
    const formats = values.map((row) => row.map(() => "General"));
    formats[template.rowCodes.indexOf("09.1")][col("actual")] = "0.0%";
    const judged = judgeSheet(grid(values, { numberFormats: formats }), catalogue, { tolerance: 0.05 });
    const status = (code: string) => judged?.report.evaluation.row(code)?.status;
    expect(status("01")).toBe("met");
    expect(status("05.1")).toBe("exceeded");
    expect(status("09.1")).toBe("atRisk");
    expect(status("12.1")).toBe("invalid");
    expect(status("03")).toBe("missing");
    const statusColumn = judged?.writes.status;
    expect(statusColumn?.row).toBe(template.firstDataRow);
    expect(statusColumn?.col).toBe(col("status"));
    const at = (code: string) =>
      (statusColumn?.values[template.rowCodes.indexOf(code) - template.firstDataRow] ?? [])[0];
    expect(at("01")).toBe("Đạt");
    expect(at("05.1")).toBe("Vượt kế hoạch");
    expect(at("09.1")).toBe("Có nguy cơ không đạt");
    expect(at("12.1")).toBe("Số liệu không hợp lệ");
    expect(at("03")).toBe("Chưa có số liệu");
    expect(at("02")).toBe("");
    const percent = judged?.writes.percent?.values[template.rowCodes.indexOf("05.1") - template.firstDataRow][0];
    // % so với KH năm: against the annual 4.060, while the status compared 2.100 with the prorated 2.030.
    expect(percent).toBeCloseTo(2100 / 4060, 10);
    expect(judged?.report.rowNumbers.get("01")).toBe(template.firstDataRow + 1);
  });

  test("a row staff inserted between template rows keeps what it holds", () => {
    const values = freshGrid();
    const inserted = values[0].map(() => "");
    inserted[col("status")] = "=1+1";
    values.splice(template.firstDataRow + 2, 0, inserted);
    const judged = judgeSheet(grid(values, { formulas: values }), catalogue, { tolerance: 0.05 });
    expect(judged?.writes.status?.values[2][0]).toBe("=1+1");
    expect(judged?.writes.status?.values).toHaveLength(39);
  });

  test("a chosen period overrides the sheet's", () => {
    const values = freshGrid();
    setValue(values, "05.1", "actual", 2100);
    const judged = judgeSheet(grid(values), catalogue, { tolerance: 0.05, period: "FY" });
    expect(judged?.report.period).toBe("FY");
    expect(judged?.report.evaluation.row("05.1")?.status).toBe("offTrack");
  });
});

describe("highlight rules", () => {
  const located = locateTemplate(grid(freshGrid()), catalogue);
  const rules = located ? highlightRules(located) : [];

  test("off track red and at risk amber across the row; met and exceeded green on the status only", () => {
    const by = (s: string) => rules.find((r) => r.status === s);
    const first = template.firstDataRow + 1;
    expect(by("offTrack")).toMatchObject({
      fill: STATUS_PALETTE.offTrack.fill,
      fontColor: STATUS_PALETTE.offTrack.fontColor,
      area: { row: template.firstDataRow, col: 0, rows: 38, cols: 13 },
    });
    expect(by("offTrack")?.formula).toBe(`=AND($J${first}="Không đạt",N("chi-tieu")=0)`);
    expect(by("atRisk")?.fill).toBe(STATUS_PALETTE.atRisk.fill);
    expect(by("invalid")?.fill).toBe(STATUS_PALETTE.invalid.fill);
    expect(by("met")?.area).toEqual({ row: template.firstDataRow, col: col("status"), rows: 38, cols: 1 });
    expect(by("exceeded")?.formula).toContain('"Vượt kế hoạch"');
    expect(rules.find((r) => r.status === "missing")).toBeUndefined();
  });

  test("ours are recognisable, anyone else's are not", () => {
    expect(rules.every((r) => isOwnHighlight(r.formula))).toBe(true);
    expect(isOwnHighlight('=$I7="Không đạt"')).toBe(false);
    expect(isOwnHighlight(undefined)).toBe(false);
  });
});
