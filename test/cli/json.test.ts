/**
 * The command line's side of issue 11 on workbooks LibreOffice wrote: an unreadable period, an old
 * `% so với KH` header, ambiguous and implausible figures, a broken template; and the JSON contract
 * (docs/cli-json.schema.json) that every output must meet.
 */

import Ajv from "ajv";
import ExcelJS from "exceljs";
import fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import schema from "../../docs/cli-json.schema.json";
import { buildTemplate, COLUMNS, OLD_PERCENT_HEADER } from "../../src/template";
import { shippedCatalogue as catalogue } from "../catalogue";
import { convert, fods, hasLibreOffice, type FodsCell } from "./fods";
import { runCli } from "./run";
import { readXlsx, rowOfCode } from "./xlsxXml";

const template = buildTemplate(catalogue);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const letter = (key: string) => String.fromCharCode(65 + col(key));

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-json-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, work);

const validateJson = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Parses the output and checks it against the schema, saying where it does not fit. */
function contract(out: string) {
  const doc = JSON.parse(out);
  const checked: unknown = doc; // validating narrows its argument; the test reads doc as parsed
  if (!validateJson(checked)) throw new Error(JSON.stringify(validateJson.errors?.slice(0, 5), null, 2));
  return doc;
}

interface Sheet {
  period?: FodsCell;
  values?: Record<string, [FodsCell, FodsCell?]>;
  header?: Partial<Record<string, string>>;
  code?: Record<string, string>;
}

/** The template as rows of cells, with the period, header texts, codes and values changed as asked. */
function sheetRows({ period, values = {}, header = {}, code = {} }: Sheet): FodsCell[][] {
  return template.cells.map((row, r) =>
    row.map((c, k) => {
      const rowCode = template.rowCodes[r];
      if (r === template.periodCell.row && k === template.periodCell.col && period !== undefined) return period;
      if (r === template.headerRow) {
        const key = COLUMNS[k].key;
        return header[key] ?? c.value;
      }
      if (rowCode && k === col("code") && code[rowCode] !== undefined) return code[rowCode];
      if (rowCode && k === col("actual")) return values[rowCode]?.[0] ?? null;
      if (rowCode && k === col("estimate")) return values[rowCode]?.[1] ?? null;
      return c.value;
    })
  );
}

const libreOffice = hasLibreOffice();
if (!libreOffice && process.env.CI) throw new Error("LibreOffice (soffice) is required in CI: .ci/run installs it");
const withLibreOffice = libreOffice ? describe : describe.skip;

/** Every row with a target, a figure a thousand times its plan (or a rate of 0,001 %): implausible all. */
function everyRowImplausible(): Record<string, [FodsCell]> {
  const values: Record<string, [FodsCell]> = {};
  for (const i of catalogue.indicators) {
    if (i.kind === "heading" || i.kind === "allOf" || !i.target) continue;
    values[i.code] = [i.valueType === "percent" ? "0,001" : i.target.min * 1000];
  }
  return values;
}

withLibreOffice("chi-tieu validate: no silent wrong answer, on workbooks LibreOffice wrote", () => {
  const files: Record<string, string> = {};

  beforeAll(() => {
    const dir = path.join(work, "lo");
    fs.mkdirSync(dir);
    const sheets: Record<string, Sheet> = {
      "quy-2": { period: "Quý 2", values: { "05.1": [2030], "09.1": [97.2] } },
      "ky-6t": { period: "6T", values: { "05.1": [2030] } },
      "mau-cu": { header: { percent: OLD_PERCENT_HEADER }, values: { "07.1": [3952] } },
      "nham-so": {
        values: {
          "05.2": ["2,100"],
          "01": [47],
          "03": ["1.234,5"],
          "05.1": ["4.060"],
          "07.1": [3952],
          "07.1.1": [1000],
          "07.1.2": [2000],
        },
      },
      "mat-cot": { header: { status: "" }, values: { "01": [7] } },
      "sai-ma": { code: { "03": "99" }, values: { "01": [7] } },
      "toan-sai": { values: everyRowImplausible() },
    };
    const sources = Object.entries(sheets).map(([name, sheet]) => {
      const file = path.join(dir, `${name}.fods`);
      fs.writeFileSync(file, fods([{ name: "Chỉ tiêu 2024", rows: sheetRows(sheet) }]));
      return file;
    });
    convert(sources, "xlsx", dir).forEach((xlsx, i) => (files[Object.keys(sheets)[i]] = xlsx));
    for (const f of sources) fs.rmSync(f);
  }, 240_000);

  test("an unreadable period: on stderr and first in the JSON, judged as Cả năm, cumulative rows assumed", async () => {
    const text = await run(["validate", files["quy-2"]]);
    expect(text.code).toBe(0);
    expect(text.err).toContain("không đọc được kỳ báo cáo “Quý 2”; số liệu được đánh giá như cả năm");
    expect(text.err).toContain("6 tháng (“6 tháng”, “6 tháng đầu năm”, “6T”, “sáu tháng”)");
    expect(text.out).toContain("(không đọc được kỳ báo cáo: đánh giá như cả năm)");
    expect(text.out).toMatch(/05\.1 .* Không đạt · kỳ giả định là cả năm/);
    const json = await run(["validate", files["quy-2"], "--json", "--lang", "en"]);
    expect(json.err).toContain("the reporting period “Quý 2” cannot be read");
    const file = contract(json.out).files[0];
    expect(file).toMatchObject({ period: "FY", periodAssumed: true });
    expect(file.findings[0]).toMatchObject({ code: "period.unreadable", severity: "warning", rows: [] });
    expect(file.findings[0].messages.vi).toMatch(/^Trang “Chỉ tiêu 2024”: không đọc được kỳ báo cáo “Quý 2”/);
    const row = (code: string) => file.rows.find((r: { code: string }) => r.code === code);
    expect(row("05.1")).toMatchObject({ status: "offTrack", periodAssumed: true, proratedPlan: null });
    expect(row("09.1")).toMatchObject({ status: "met", periodAssumed: false });
  });

  test("a period in another form staff write is read, nothing assumed", async () => {
    const r = await run(["validate", files["ky-6t"], "--json"]);
    expect(r.err).toBe("");
    const file = contract(r.out).files[0];
    expect(file).toMatchObject({ period: "H1", periodAssumed: false });
    const row = file.rows.find((x: { code: string }) => x.code === "05.1");
    expect(row).toMatchObject({ status: "met", proratedPlan: { min: 2030, max: 2030 } });
    expect(row.percentOfAnnualPlan).toBeCloseTo(50, 10);
    expect(row.percentOfPlan).toBeCloseTo(100, 10);
  });

  test("an old % so với KH header is read; --write renames it and writes the share of the annual plan", async () => {
    const out = path.join(work, "mau-cu.checked.xlsx");
    const r = await run(["validate", files["mau-cu"], "--write", out, "--json"]);
    expect(r.code).toBe(0);
    const file = contract(r.out).files[0];
    const row = file.rows.find((x: { code: string }) => x.code === "07.1");
    expect(row.percentOfAnnualPlan).toBeCloseTo((3952 / 7485) * 100, 10);
    expect(row.status).toBe("exceeded");
    const { cells } = await readXlsx(out);
    expect(cells.get(`${letter("percent")}${template.headerRow + 1}`)).toBe("% so với KH năm");
    expect(cells.get(`${letter("percent")}${rowOfCode(cells, "07.1")}`)).toBeCloseTo(3952 / 7485, 10);
    const { cells: input } = await readXlsx(files["mau-cu"]);
    expect(input.get(`${letter("percent")}${template.headerRow + 1}`)).toBe(OLD_PERCENT_HEADER);
  });

  test("ambiguous and implausible figures: Kiểm tra lại findings, statuses unchanged, the text as typed", async () => {
    const r = await run(["validate", files["nham-so"], "--json"]);
    const file = contract(r.out).files[0];
    const row = (code: string) => file.rows.find((x: { code: string }) => x.code === code);
    const finding = (code: string) =>
      file.findings.filter((f: { rows: string[] }) => f.rows[0] === code).map((f: { code: string }) => f.code);
    expect(row("05.2")).toMatchObject({ status: "offTrack", actual: 2.1, actualText: "2,100", value: 2.1 });
    expect(finding("05.2")).toEqual(["plausibility.ambiguous"]);
    const ambiguous = file.findings.find((f: { code: string }) => f.code === "plausibility.ambiguous");
    expect(ambiguous.messages).toEqual({
      vi: "Kiểm tra lại chỉ tiêu 05.2, cột “Thực hiện”: “2,100” đã hiểu là 2,1; nếu ý là 2.100 hãy nhập 2100.",
      en: "Check indicator 05.2, column “Thực hiện”: “2,100” was read as 2.1; if you meant 2,100, type 2100.",
    });
    expect(row("01")).toMatchObject({ status: "exceeded", actualText: null, value: 47 });
    expect(finding("01")).toEqual(["plausibility.farAbovePlan"]);
    expect(row("03")).toMatchObject({ status: "exceeded", actualText: "1.234,5", value: 1234.5 });
    expect(finding("03")).toEqual(["plausibility.farAbovePlan"]);
    expect(row("05.1")).toMatchObject({ status: "exceeded", actualText: "4.060", value: 4060 });
    expect(finding("05.1")).toEqual([]); // 4.060 against a plan of 4.060 is not ambiguous
    expect(finding("07.1")).toEqual(["rule.sumMismatch"]); // no Kiểm tra lại: 3.952 is 105,6 % of what is due
    // A catalogue rule's finding names its rule.
    expect(file.findings.find((f: { code: string }) => f.code === "rule.sumMismatch")).toMatchObject({
      rule: "budget-revenue-sum",
      rows: ["07.1", "07.1.1", "07.1.2"],
    });
    const text = await run(["validate", files["nham-so"]]);
    // a doubted figure: its status, and the note the sheet writes beside it (core/doubted.ts)
    expect(text.out).toMatch(/05\.2 .* Không đạt \(cần kiểm tra lại số liệu\)$/m);
    expect(text.out).toContain("“2,100” đã hiểu là 2,1; nếu ý là 2.100 hãy nhập 2100.");
    // …and counted apart, in the file's total as in the pane's headline (01, 03 far above plan, 05.2 read two ways)
    expect(text.out).toContain(
      "Tổng: 37 chỉ tiêu: 2 vượt kế hoạch, 2 không đạt, 30 chưa có số liệu, 3 cần kiểm tra lại số liệu"
    );
  });

  test("a deleted Đánh giá header: a warning on stderr and in the JSON that says what it breaks", async () => {
    const r = await run(["validate", files["mat-cot"], "--json"]);
    expect(r.err).toContain("thiếu cột “Đánh giá”: không ghi được kết quả đánh giá và không tô màu được các dòng");
    const file = contract(r.out).files[0];
    expect(file.findings[0]).toMatchObject({ code: "sheet.missingColumn", severity: "error" });
  });

  test("an unknown code and the row it replaced: structure warnings on stderr, and in the warnings section", async () => {
    const r = await run(["validate", files["sai-ma"]]);
    expect(r.err).toContain("mã “99” không có trong danh mục chỉ tiêu nên dòng này không được kiểm tra");
    expect(r.err).toContain("không có dòng của chỉ tiêu 03 nên chỉ tiêu này không được đánh giá");
    // stdout alone (stderr sent elsewhere) says them too, under its heading, never "Không có cảnh báo." (trial 23, 3).
    const section = r.out.slice(r.out.indexOf("Cảnh báo và lỗi cấu trúc:"));
    expect(section).toContain("mã “99” không có trong danh mục chỉ tiêu");
    expect(section).toContain("không có dòng của chỉ tiêu 03");
    expect(r.out).not.toContain("Không có cảnh báo.");
    expect(r.out).toMatch(/\n {4}03 .*Chưa có số liệu · trang không có dòng này/);
  });

  test("every value implausible: validates, one finding per row, nothing grouped", async () => {
    const r = await run(["validate", files["toan-sai"], "--json"]);
    expect(r.code).toBe(0);
    const file = contract(r.out).files[0];
    const flagged = file.findings.filter((f: { code: string }) => f.code.startsWith("plausibility."));
    expect(flagged.map((f: { rows: string[] }) => f.rows[0]).sort()).toEqual(Object.keys(everyRowImplausible()).sort());
    expect(flagged.every((f: { count: number }) => f.count === 1)).toBe(true);
  });

  test("several files and files that cannot be used: still one document that meets the contract", async () => {
    const notXlsx = path.join(work, "ghi-chu.xlsx");
    fs.writeFileSync(notXlsx, "không phải bảng tính");
    const r = await run(["validate", ...Object.values(files), notXlsx, path.join(work, "khong-co.xlsx"), "--json"]);
    expect(r.code).toBe(2);
    const doc = contract(r.out);
    expect(doc.files.filter((f: { ok: boolean }) => !f.ok)).toHaveLength(2);
  });
});

describe("the JSON always meets docs/cli-json.schema.json", () => {
  const cellArbitrary = fc.oneof(
    fc.constant(null),
    fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom("7,5", "2,100", "1.234", "4.060,5", "N/A", "97,2%", "≥ 5", "-3", "#DIV/0!", "", "0"),
    fc.string({ maxLength: 8 })
  );
  const codes = catalogue.indicators.filter((i) => i.kind !== "heading").map((i) => i.code);

  test("for any figures, any period text, with or without --write", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...codes), fc.tuple(cellArbitrary, cellArbitrary), { maxKeys: 12 }),
        fc.constantFrom("6 tháng", "Quý 2", "", "q1", "Năm 2024"),
        fc.boolean(),
        async (cells, period, old) => {
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet("Chỉ tiêu 2024");
          template.cells.forEach((row, r) =>
            row.forEach((c, k) => {
              const code = template.rowCodes[r];
              let value: unknown = c.value;
              if (r === template.periodCell.row && k === template.periodCell.col) value = period;
              if (r === template.headerRow && k === col("percent") && old) value = OLD_PERCENT_HEADER;
              if (code && cells[code] && (k === col("actual") || k === col("estimate")))
                value = cells[code][k === col("actual") ? 0 : 1];
              if (typeof value === "string" && value.startsWith("#")) value = { error: value };
              if (value !== null && value !== undefined) sheet.getCell(r + 1, k + 1).value = value as ExcelJS.CellValue;
            })
          );
          const file = path.join(work, "random.xlsx");
          await workbook.xlsx.writeFile(file);
          const r = await run(["validate", file, "--json", "--write", path.join(work, "random.out.xlsx"), "--force"]);
          expect(r.code).toBe(0);
          const doc = contract(r.out);
          const statuses = doc.files[0].rows.map((x: { status: string }) => x.status);
          expect(statuses).toHaveLength(37);
        }
      ),
      { numRuns: 15 }
    );
  }, 120_000);
});
