import shipped from "../../assets/catalogues/lang-son-2024.json";
import { describe as describeProblem, loadCatalogue, type Catalogue, type CellValue } from "../../src/core";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { buildTemplate, COLUMNS } from "../../src/template";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { Outcome, Workbook } from "../../src/workbook/types";
import { FakeExcel } from "../excel/fakeExcel";

const loaded = loadCatalogue(shipped);
const catalogue = (loaded.ok ? loaded.catalogue : undefined) as Catalogue;
const template = buildTemplate(catalogue);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

const VALUES: Record<string, CellValue> = {
  "01": "7,5",
  "03": 60,
  "05.1": "2.100",
  "07.1": 3000,
  "07.1.1": 1000,
  "07.1.2": 1500,
  "12.1": "#DIV/0!",
  "15.1.1": 6,
  "15.1.3": "4,9",
};

function value<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(describeProblem(o.error, "en"));
  return o.value;
}

/** The same session on both workbooks: what the pane sees must be the same. */
async function session(workbook: Workbook, type: (row: number, col: number, v: CellValue) => void) {
  const first = value(await workbook.insertTemplate("ask"));
  for (const [code, v] of Object.entries(VALUES)) type(template.rowCodes.indexOf(code), col("actual"), v);
  const report = value(await workbook.validate({ tolerance: 0.05 }));
  const again = value(await workbook.insertTemplate("ask"));
  const fy = value(await workbook.validate({ tolerance: 0.1, period: "FY" }));
  // A period chosen over a cell that named another year keeps that year (and its warning).
  type(template.periodCell.row, template.periodCell.col, "6 tháng đầu năm 2023");
  const otherYear = value(await workbook.validate({ tolerance: 0.1, period: "9M" }));
  return {
    otherYear: otherYear.findings.map((f) => f.problem.key).filter((k) => k.startsWith("period.")),
    first,
    again,
    statuses: report.evaluation.rows.map((r) => [r.code, r.status, r.percentOfPlan]),
    findings: report.findings.map((f) => describeProblem(f.problem, "vi")),
    agencies: report.evaluation.summary.agencies.map((a) => [a.agency, a.counts]),
    fy: fy.evaluation.rows.map((r) => [r.code, r.status]),
    noRow: await workbook.selectRow("99"),
    templates: value(await workbook.findTemplates()),
  };
}

test("the in-memory workbook behaves as the Office.js one: same template, statuses and findings", async () => {
  const memory = new MemoryWorkbook(catalogue);
  const excel = new FakeExcel();
  excel.addSheet("Sheet1");
  const office = new OfficeWorkbook(catalogue, excel.host());
  const a = await session(memory, (r, c, v) => memory.setCell(template.name, r, c, v));
  const b = await session(office, (r, c, v) => excel.type(template.name, r, c, v));
  expect(a).toEqual(b);
  expect(a.findings).toEqual(["Cột “Thực hiện”: tổng 07.1.1 + 07.1.2 = 2.500, lệch so với 07.1 = 3.000."]);
  expect(a.otherYear).toEqual(["period.otherYear"]);
  expect(memory.sheet(template.name)?.cells[template.periodCell.row][template.periodCell.col].value).toBe(
    "9 tháng đầu năm 2023"
  );
  // and the two sheets hold the same cells after it
  template.cells.forEach((row, r) =>
    row.forEach((_, c) => {
      const m = memory.sheet(template.name)?.cells[r]?.[c]?.value ?? "";
      const o = excel.cell(template.name, r, c)?.value ?? "";
      expect([r, c, m === null ? "" : m]).toEqual([r, c, o]);
    })
  );
});
