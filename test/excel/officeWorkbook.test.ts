import { describe as describeProblem } from "../../src/core";
import { containsPattern, onlyColumns } from "../../src/excel/officeWorkbook";
import { sheetOfFormula } from "../../src/excel/read";
import { STATUS_PALETTE } from "../../src/template";
import { FakeExcel, parseAddress, WEB_PAYLOAD_LIMIT, type FakeCell } from "./fakeExcel";
import {
  addUserRule,
  bigCatalogue,
  col,
  error,
  flush,
  inserted,
  rowOf,
  setup,
  SHEET,
  template,
  value,
} from "./support";

const at = (excel: FakeExcel, code: string, key: string) => excel.cell(SHEET, rowOf(excel, code), col(key))?.value;
const type = (excel: FakeExcel, code: string, key: string, v: unknown, format?: string) =>
  excel.type(SHEET, rowOf(excel, code), col(key), v, format);

/** Types into the `Thực hiện` cell of a code on a named sheet. */
function type6(excel: FakeExcel, sheet: string, code: string, v: unknown): void {
  excel.type(sheet, rowOf(excel, code, sheet), col("actual"), v);
}

function snapshot(excel: FakeExcel): [string, FakeCell][] {
  return [...excel.sheet(SHEET).cells.entries()]
    .filter(([, c]) => c.value !== "" || c.numberFormat !== "General")
    .sort(([a], [b]) => a.localeCompare(b));
}

describe("insert the template", () => {
  test("builds the whole sheet in two syncs, codes as text, and marks it", async () => {
    const { excel, workbook } = setup();
    expect(value(await workbook.insertTemplate("ask"))).toEqual({ status: "inserted", sheet: SHEET, printSetup: true });
    expect(excel.syncs).toBe(2);
    expect(excel.activeSheet).toBe(SHEET);
    expect(excel.cell(SHEET, 0, 0)?.value).toBe("CÁC CHỈ TIÊU CHỦ YẾU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024");
    expect(at(excel, "02.1", "code")).toBe("02.1");
    expect(excel.cell(SHEET, rowOf(excel, "02.1"), col("code"))?.numberFormat).toBe("@");
    expect(at(excel, "07.2", "target")).toBe("14.040,8");
    // the number formats are written before the values, so that 02.1 is not read as 2,1
    const full = excel.writes.filter((w) => w.row === 0 && w.col === 0).map((w) => w.property);
    expect(full).toEqual(["numberFormat", "values"]);
    expect(excel.names).toEqual([
      { name: "ChiTieu_Template_1", formula: `='Chỉ tiêu 2024'!$A$6:$M$6`, comment: "chi-tieu:lang-son-2024" },
    ]);
    expect(sheetOfFormula(excel.names[0].formula)).toBe(SHEET);
    expect(excel.selections).toEqual([`${SHEET}!${"D4:D4"}`]);
  });

  test("styles every cell in one call where setCellProperties exists: entry cells unlocked and tinted", async () => {
    const { excel } = await inserted();
    const properties = excel.sheet(SHEET).cellProperties as Excel.SettableCellProperties[][];
    expect(properties).toHaveLength(template.cells.length);
    const r = rowOf(excel, "05.1");
    expect(properties[r][col("actual")].format?.protection?.locked).toBe(false);
    expect(properties[r][col("actual")].format?.fill?.color).toBe("#FFF9E1");
    expect(properties[r][col("estimate")].format?.protection?.locked).toBe(false);
    expect(properties[r][col("note")].format?.protection?.locked).toBe(false);
    // a note is words: left-aligned and wrapped from the top, not a right-aligned figure cut at the edge (trial 24, 5)
    expect(properties[r][col("note")].format).toMatchObject({
      horizontalAlignment: "Left",
      verticalAlignment: "Top",
      wrapText: true,
      fill: { color: "#FFF9E1" },
    });
    expect(properties[r][col("actual")].format?.horizontalAlignment).toBe("Right");
    expect(properties[r][col("status")].format?.protection?.locked).toBe(true);
    expect(properties[r][col("name")].format?.font?.name).toBe("Times New Roman");
    expect(properties[template.headerRow][0].format?.font?.bold).toBe(true);
  });

  test("data validation per value type, as warnings; the period as a list", async () => {
    const { excel } = await inserted();
    const validations = excel.sheet(SHEET).validations;
    const find = (code: string) => validations.find((v) => parseAddress(v.address).row === rowOf(excel, code));
    expect(find("09.1")?.rule).toEqual({ decimal: { formula1: 0, formula2: 100, operator: "Between" } });
    expect(find("08")?.rule).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    expect(find("08")?.address).toBe(`F${rowOf(excel, "08") + 1}:H${rowOf(excel, "08") + 1}`);
    expect(find("08")?.errorAlert).toMatchObject({ showAlert: true, style: "Warning" });
    expect(find("01")).toBeUndefined();
    expect(validations.find((v) => v.address === "D4:D4")?.rule).toEqual({
      list: { inCellDropDown: true, source: "Quý I,6 tháng,9 tháng,Cả năm" },
    });
  });

  test("frozen under the header, printed on A4 landscape with the header repeated, columns sized", async () => {
    const { excel } = await inserted();
    const sheet = excel.sheet(SHEET);
    expect(sheet.frozenRows).toBe(template.headerRow + 1);
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$6:$6" });
    expect(sheet.merges).toEqual(["A1:M1", "A2:M2"]);
    const width = excel.ranges.find((r) => r.col === col("name") && r.rows === 1 && r.cols === 1 && r.row === 0);
    expect((width?.proxy.format as { columnWidth?: number }).columnWidth).toBe(46 * 6);
  });

  test("without ExcelApi 1.9: styles range by range, no page setup, and says so", async () => {
    const { excel, workbook } = setup({ supported: ["1.8"] });
    expect(value(await workbook.insertTemplate("ask"))).toEqual({
      status: "inserted",
      sheet: SHEET,
      printSetup: false,
    });
    expect(excel.syncs).toBe(2);
    expect(excel.sheet(SHEET).cellProperties).toBeUndefined();
    expect(excel.sheet(SHEET).pageLayout).toEqual({});
    const r = rowOf(excel, "05.1");
    const entry = excel.ranges.find((x) => x.row === r && x.col === col("actual") && x.rows === 1);
    expect(entry?.cols).toBe(3); // Thực hiện, Ước thực hiện cả năm and Cùng kỳ năm trước share one run of the entry style
    const format = entry?.proxy.format as {
      protection: { locked: boolean };
      fill: { color: string };
      font: { name: string };
    };
    expect(format.protection.locked).toBe(false);
    expect(format.fill.color).toBe("#FFF9E1");
    expect(format.font.name).toBe("Times New Roman");
  });

  test("asks before replacing, then replaces or adds a copy", async () => {
    const { excel, workbook } = await inserted();
    type(excel, "01", "actual", 7.2);
    expect(value(await workbook.insertTemplate("ask"))).toEqual({ status: "exists", sheets: [SHEET] });
    expect(excel.syncs).toBe(1);
    expect(at(excel, "01", "actual")).toBe(7.2);

    expect(value(await workbook.insertTemplate("copy"))).toMatchObject({ sheet: `${SHEET} (2)` });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET, `${SHEET} (2)`]);
    expect(excel.names.map((n) => n.name)).toEqual(["ChiTieu_Template_1", "ChiTieu_Template_2"]);

    expect(value(await workbook.insertTemplate("replace"))).toMatchObject({ status: "inserted", sheet: SHEET });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET]);
    expect(excel.names.map((n) => n.name)).toEqual(["ChiTieu_Template_1"]);
    expect(at(excel, "01", "actual")).toBe("");
  });

  test("never overwrites a sheet of the same name that holds other data", async () => {
    const { excel, workbook } = setup();
    excel.addSheet(SHEET);
    excel.type(SHEET, 0, 0, "số liệu của tôi");
    expect(value(await workbook.insertTemplate("ask"))).toEqual({ status: "exists", sheets: [SHEET] });
    expect(value(await workbook.insertTemplate("replace"))).toMatchObject({ sheet: `${SHEET} (2)` });
    expect(excel.cell(SHEET, 0, 0)?.value).toBe("số liệu của tôi");
  });

  test("a read-only workbook is refused with a message", async () => {
    const { excel, workbook } = setup();
    excel.readOnly = true;
    expect(error(await workbook.insertTemplate("ask"))).toMatch(/chế độ chỉ đọc/);
    expect(excel.sheets).toHaveLength(1);
  });
});

describe("validate", () => {
  test("judges every row, writes % so với KH năm and Đánh giá, highlights, in four syncs", async () => {
    const { excel, workbook } = await inserted();
    type(excel, "01", "actual", "7,5");
    type(excel, "05.1", "actual", "2.100");
    type(excel, "09.1", "actual", 0.9, "0.0%"); // 90 % against 97,2: off track
    type(excel, "12.4", "actual", "93%"); // 93 against 94,45: at risk
    type(excel, "12.1", "actual", "#DIV/0!");
    const report = value(await workbook.validate({ tolerance: 0.05 }));
    // sheets and markers; the size of each template; its cells (in chunks under the 5 MB limit); the writes
    expect(excel.syncs).toBe(4);
    expect(report.sheet).toBe(SHEET);
    expect(report.period).toBe("H1");
    expect(at(excel, "01", "status")).toBe("Đạt");
    expect(at(excel, "05.1", "status")).toBe("Vượt kế hoạch");
    expect(at(excel, "09.1", "status")).toBe("Không đạt");
    expect(at(excel, "12.4", "status")).toBe("Có nguy cơ không đạt");
    expect(at(excel, "12.1", "status")).toBe("Số liệu không hợp lệ");
    expect(at(excel, "03", "status")).toBe("Chưa có số liệu");
    expect(at(excel, "02", "status")).toBe("");
    // Of the annual plan 4.060, while the status compared 2.100 with the 2.030 due by 6 months.
    expect(at(excel, "05.1", "percent")).toBeCloseTo(2100 / 4060, 10);
    const live = excel.highlights.filter((h) => !h.deleted);
    const statuses = ["offTrack", "atRisk", "invalid", "met", "exceeded", "toCheck"] as const;
    expect(live.map((h) => h.fill)).toEqual(statuses.map((s) => STATUS_PALETTE[s].fill));
    expect(live.map((h) => h.fontColor)).toEqual(statuses.map((s) => STATUS_PALETTE[s].fontColor));
    expect(live[0].formula).toBe(`=AND($J${template.firstDataRow + 1}="Không đạt",N("chi-tieu")=0)`);
    expect(live[0].address).toEqual({ row: template.firstDataRow, col: 0, rows: 38, cols: 13 });
    expect(report.evaluation.summary.totals).toMatchObject({ exceeded: 1, met: 1, atRisk: 1, offTrack: 1, invalid: 1 });
  });

  test("never writes a cell staff fill; events stay on where ExcelApi 1.14 names their source", async () => {
    const { excel, workbook } = await inserted();
    type(excel, "01", "actual", "7,5");
    type(excel, "01", "estimate", "7,6");
    type(excel, "01", "note", "ghi chú");
    value(await workbook.validate({ tolerance: 0.05 }));
    const written = new Set(excel.writes.map((w) => w.col));
    expect([...written].sort()).toEqual([col("percent"), col("status")]);
    expect(at(excel, "01", "actual")).toBe("7,5");
    expect(at(excel, "01", "estimate")).toBe("7,6");
    expect(at(excel, "01", "note")).toBe("ghi chú");
    expect(excel.enableEvents).toEqual([]);
    expect(excel.eventsEnabled).toBe(true);
  });

  test("before ExcelApi 1.14, events go off in a sync of their own and back on after the writes", async () => {
    const { excel, workbook } = await inserted({ supported: ["1.8", "1.9"] });
    type(excel, "01", "actual", "7,5");
    value(await workbook.validate({ tolerance: 0.05 }));
    expect(excel.enableEvents).toEqual([false, true]);
    expect(excel.syncs).toBe(6);
    const writes = excel.operations.filter((o) => /enableEvents|\.values$/.test(o));
    expect(writes[0]).toBe("runtime.enableEvents false");
    expect(writes.at(-1)).toBe("runtime.enableEvents true");
  });

  test("reads values with their number formats and everything in a handful of loads", async () => {
    const { excel, workbook } = await inserted();
    excel.loads = [];
    value(await workbook.validate({ tolerance: 0.05 }));
    expect(excel.loads).toEqual([
      "worksheets: items/name,items/id,items/visibility",
      "names: items/name,items/formula",
      "conditionalFormats: items/id,items/type,items/customOrNullObject/rule/formula," +
        "items/customOrNullObject/format/fill/color,items/customOrNullObject/format/font/color",
    ]);
  });

  test("running it twice gives the same sheet", async () => {
    const { excel, workbook } = await inserted();
    type(excel, "01", "actual", 6);
    value(await workbook.validate({ tolerance: 0.05 }));
    const first = snapshot(excel);
    const live = () => excel.highlights.filter((h) => !h.deleted).map((h) => ({ ...h, id: undefined }));
    const rules = live();
    value(await workbook.validate({ tolerance: 0.05 }));
    expect(snapshot(excel)).toEqual(first);
    expect(live()).toEqual(rules);
  });

  test("the same four syncs for 40 rows and for 3.800", async () => {
    // 3.800 rows × 13 columns stay within one read of CELLS_PER_SYNC cells (the template has 13 columns).
    const big = bigCatalogue(3800);
    // Drawing 4.000 styled rows in one batch is a request over 5 MB: only validation is measured here.
    const { excel, workbook } = await inserted({ catalogue: big, payloadLimit: Infinity });
    excel.payloadLimit = WEB_PAYLOAD_LIMIT;
    for (let i = 0; i < 3800; i += 3) excel.type(SHEET, template.firstDataRow + i, col("actual"), i % 100);
    const report = value(await workbook.validate({ tolerance: 0.05 }));
    expect(excel.syncs).toBe(4);
    expect(excel.largest.response).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(report.evaluation.rows).toHaveLength(3800);
    expect(excel.cell(SHEET, template.firstDataRow + 3, col("status"))?.value).toMatch(/^Không đạt \(cần kiểm tra/);
  });

  test("finds rows wherever staff moved them", async () => {
    const { excel, workbook } = await inserted();
    const sheet = excel.sheet(SHEET);
    const a = rowOf(excel, "01");
    const b = rowOf(excel, "18.2");
    for (let c = 0; c < 12; c++) {
      const x = sheet.cells.get(`${a},${c}`);
      const y = sheet.cells.get(`${b},${c}`);
      sheet.cells.set(`${a},${c}`, y as FakeCell);
      sheet.cells.set(`${b},${c}`, x as FakeCell);
    }
    type(excel, "01", "actual", "6,9");
    type(excel, "18.2", "actual", 100);
    value(await workbook.validate({ tolerance: 0.05 }));
    expect(rowOf(excel, "01")).toBe(b);
    expect(at(excel, "01", "status")).toBe("Có nguy cơ không đạt");
    expect(at(excel, "18.2", "status")).toBe("Đạt");
  });

  test("a chosen period is written to the sheet's period cell and prorates cumulative rows", async () => {
    const { excel, workbook } = await inserted();
    type(excel, "05.1", "actual", 2100);
    const report = value(await workbook.validate({ tolerance: 0.05, period: "FY" }));
    expect(report.period).toBe("FY");
    expect(excel.cell(SHEET, template.periodCell.row, template.periodCell.col)?.value).toBe("Cả năm");
    expect(at(excel, "05.1", "status")).toBe("Không đạt");
  });

  test("a chosen period keeps the year the period cell named, and its warning with it", async () => {
    const { excel, workbook } = await inserted();
    excel.type(SHEET, template.periodCell.row, template.periodCell.col, "6 tháng đầu năm 2023");
    const report = value(await workbook.validate({ tolerance: 0.05, period: "9M" }));
    expect(excel.cell(SHEET, template.periodCell.row, template.periodCell.col)?.value).toBe("9 tháng đầu năm 2023");
    expect(report.findings.map((f) => f.problem.key)).toContain("period.otherYear");
  });

  test("the marker follows a renamed sheet, and a template without marker is still found by its header", async () => {
    const { excel, workbook } = await inserted();
    excel.addSheet("Ghi chép"); // another sheet, first in the active order
    excel.type("Ghi chép", 0, 0, "Mã");
    excel.activeSheet = "Ghi chép";
    // Excel renames the sheet and rewrites the name's formula with it
    excel.sheet(SHEET).name = "Báo cáo 6 tháng";
    excel.names[0].formula = "='Báo cáo 6 tháng'!$A$6:$L$6";
    type6(excel, "Báo cáo 6 tháng", "01", 7);
    expect(value(await workbook.validate({ tolerance: 0.05 })).sheet).toBe("Báo cáo 6 tháng");
    expect(excel.loads.filter((l) => l.startsWith("conditionalFormats")).length).toBe(1); // only the marked sheet was read
    excel.names = []; // e.g. a template the command line wrote, opened in Excel
    expect(value(await workbook.validate({ tolerance: 0.05 })).sheet).toBe("Báo cáo 6 tháng");
  });

  test("structural problems come back as findings", async () => {
    const { excel, workbook } = await inserted();
    excel.type(SHEET, rowOf(excel, "03"), col("code"), "99");
    const report = value(await workbook.validate({ tolerance: 0.05 }));
    expect(report.findings.map((f) => describeProblem(f.problem, "en"))).toEqual([
      `Sheet “${SHEET}”, row ${template.rowCodes.indexOf("03") + 1}: the code “99” is not in the catalogue, so this row is not checked. Correct the code as the template has it.`,
      `Sheet “${SHEET}” has no row for indicator 03, so it is not judged. Restore the row with the code 03 (or insert the template again).`,
    ]);
  });

  test("a workbook without the template says so", async () => {
    const { workbook } = setup();
    expect(error(await workbook.validate({ tolerance: 0.05 }), "en")).toMatch(/No sheet \(“Sheet1”\)/);
  });

  test("a protected sheet: a clear message and nothing written", async () => {
    const { excel, workbook } = await inserted();
    excel.sheet(SHEET).protected = true;
    expect(error(await workbook.validate({ tolerance: 0.05 }))).toBe(
      `Trang “${SHEET}” đang được bảo vệ nên không ghi được kết quả. Hãy bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.`
    );
    expect(excel.writes).toEqual([]);
  });

  test("Excel busy editing a cell: a clear message", async () => {
    const { excel, workbook } = await inserted();
    excel.failNextSync = { code: "InvalidOperationInCellEditMode", message: "edit mode" };
    expect(error(await workbook.validate({ tolerance: 0.05 }), "en")).toBe(
      "Excel is editing a cell. Press Enter or Esc to finish, then try again."
    );
  });

  test("any other Excel error is named, not thrown", async () => {
    const { excel, workbook } = await inserted();
    excel.failNextSync = { code: "GeneralException", message: "Something broke" };
    expect(error(await workbook.validate({ tolerance: 0.05 }), "en")).toBe(
      "Excel reported an error (GeneralException): Something broke"
    );
  });
});

describe("clear highlights", () => {
  test("restores every cell as it was before validation, and leaves the user's own formats", async () => {
    const { excel, workbook } = await inserted();
    type(excel, "01", "actual", 6);
    type(excel, "07.1", "actual", "3.000");
    addUserRule(excel);
    const before = snapshot(excel);
    value(await workbook.validate({ tolerance: 0.05 }));
    expect(snapshot(excel)).not.toEqual(before);
    excel.syncs = 0;
    value(await workbook.clearHighlights());
    expect(excel.syncs).toBe(4);
    expect(snapshot(excel)).toEqual(before);
    expect(excel.highlights.filter((h) => !h.deleted).map((h) => h.formula)).toEqual(["=F11>100"]);
  });
});

describe("lead agencies", () => {
  test("filters with AutoFilter where it exists, and back to all", async () => {
    const { excel, workbook } = await inserted();
    value(await workbook.filterByAgency("Cục Hải quan"));
    const last = Math.max(...template.rowCodes.map((c, i) => (c ? i : 0)));
    expect(excel.sheet(SHEET).autoFilter).toEqual({
      enabled: true,
      column: col("lead"),
      criterion: "=*Cục Hải quan*",
      range: `'${SHEET}'!$A$6:$M$${last + 1}`,
    });
    value(await workbook.filterByAgency(null));
    expect(excel.sheet(SHEET).autoFilter).toEqual({ enabled: true });
  });

  test("hides other agencies' rows where AutoFilter is missing (before ExcelApi 1.9)", async () => {
    const { excel, workbook } = await inserted({ supported: ["1.8"] });
    value(await workbook.filterByAgency("Công an tỉnh"));
    const shown = template.rowCodes.filter((code, r) => code && !excel.sheet(SHEET).hiddenRows.has(r));
    expect(shown).toEqual(["15.1", "15.1.1", "15.1.2", "15.1.3", "15.2"]);
    value(await workbook.filterByAgency(null));
    expect(excel.sheet(SHEET).hiddenRows.size).toBe(0);
  });

  test("goes to a row: activates the sheet and selects it", async () => {
    const { excel, workbook } = await inserted();
    excel.activeSheet = "Sheet1";
    value(await workbook.selectRow("12.3"));
    const r = rowOf(excel, "12.3") + 1;
    expect(excel.activeSheet).toBe(SHEET);
    expect(excel.selections.at(-1)).toBe(`${SHEET}!A${r}:M${r}`);
    expect(error(await workbook.selectRow("99"), "en")).toBe(
      `Sheet “${SHEET}” has no row for indicator 99, so it is not judged. Restore the row with the code 99 (or insert the template again).`
    );
  });

  test("autofilter patterns escape Excel's wildcards", () => {
    expect(containsPattern("Sở Y tế")).toBe("=*Sở Y tế*");
    expect(containsPattern("a*b?c~")).toBe("=*a~*b~?c~~*");
  });
});

describe("settings and change events", () => {
  test("the tolerance is remembered with the workbook", async () => {
    const { workbook } = setup();
    expect(value(await workbook.loadTolerance())).toBeUndefined();
    value(await workbook.saveTolerance(0.1));
    expect(value(await workbook.loadTolerance())).toBe(0.1);
  });

  test("staff edits reach the listener; the add-in's own columns and writes do not", async () => {
    const { excel, workbook } = await inserted();
    const calls: string[] = [];
    const stop = value(await workbook.watchChanges(() => calls.push("changed")));
    value(await workbook.validate({ tolerance: 0.05 })); // its own writes raise events, marked ThisLocalAddin
    await excel.settle();
    expect(excel.events.length).toBeGreaterThan(0);
    excel.edit(SHEET, 10, col("status"), "Đạt"); // a result column alone
    await excel.settle();
    expect(calls).toEqual([]);
    excel.edit(SHEET, rowOf(excel, "01"), col("actual"), 7);
    excel.edit("Sheet1", 0, 0, "not a template");
    await excel.settle();
    expect(calls).toEqual(["changed"]);
    stop();
    await flush();
    expect(excel.workbookHandlers).toEqual([]);
    excel.edit(SHEET, rowOf(excel, "01"), col("actual"), 8);
    await excel.settle();
    expect(calls).toEqual(["changed"]);
  });

  test("onlyColumns reads addresses", () => {
    expect(onlyColumns("H7:I44", [7, 8])).toBe(true);
    expect(onlyColumns("'Chỉ tiêu 2024'!I9", [7, 8])).toBe(true);
    expect(onlyColumns("G7:I44", [7, 8])).toBe(false);
    expect(onlyColumns("7:7", [7, 8])).toBe(false);
  });
});
