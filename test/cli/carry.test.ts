/**
 * Copies keep what ExcelJS drops (trial A4, A6): a workbook as openpyxl writes it, with a note and a chart
 * (absolute part names, unprefixed drawing XML), is checked and copied by validate, merge and report with its
 * note, chart and picture; the report's own charts survive merge and a report in the other language; what
 * nothing carries (a pivot table) is named before writing; an unforeseen error is one line, exit 2.
 */

import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { convert, hasLibreOffice } from "./fods";
import { filledTemplate } from "./hostile";
import { openpyxlStyle } from "./openpyxl";
import { runCli } from "./run";
import { main } from "../../src/cli/main";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-carry-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, work);
const file = (name: string) => path.join(work, name);

interface Package {
  parts: string[];
  read: (part: string) => Promise<string>;
  /** Each sheet by name: its XML and its relationships, resolved to package paths. */
  sheets: Map<string, { xml: string; rels: { id: string; type: string; target: string }[] }>;
  types: string;
}

const resolve = (from: string, target: string) =>
  target.startsWith("/") ? target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(from), target));

/** A written package read back with jszip: another reader than ours, relationships followed by hand. */
async function readPackage(name: string): Promise<Package> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file(name)));
  const read = async (part: string) => (await zip.file(part)?.async("string")) ?? "";
  const rels = async (part: string) => {
    const xml = await read(`${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`);
    return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
      id: /Id="([^"]*)"/.exec(m[0])?.[1] ?? "",
      type: /Type="([^"]*)"/.exec(m[0])?.[1] ?? "",
      target: resolve(part, /Target="([^"]*)"/.exec(m[0])?.[1] ?? ""),
    }));
  };
  const workbook = await read("xl/workbook.xml");
  const bookRels = await rels("xl/workbook.xml");
  const sheets: Package["sheets"] = new Map();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const part = bookRels.find((r) => r.id === /r:id="([^"]*)"/.exec(m[0])?.[1])?.target as string;
    sheets.set(/name="([^"]*)"/.exec(m[0])?.[1] as string, { xml: await read(part), rels: await rels(part) });
  }
  return { parts: Object.keys(zip.files), read, sheets, types: await read("[Content_Types].xml") };
}

/** The charts a sheet's drawing anchors, followed through the relationships: their part names. */
async function chartsOf(pkg: Package, sheet: string): Promise<string[]> {
  const entry = pkg.sheets.get(sheet);
  const drawingId = /<drawing r:id="([^"]*)"/.exec(entry?.xml ?? "")?.[1];
  const drawing = entry?.rels.find((r) => r.id === drawingId)?.target;
  if (!drawing) return [];
  const rels = await pkg.read(`xl/drawings/_rels/${path.posix.basename(drawing)}.rels`);
  const charts = [...rels.matchAll(/Target="([^"]*chart\d+\.xml)"/g)].map((m) => resolve(drawing, m[1]));
  for (const chart of charts) expect(pkg.parts).toContain(chart);
  return charts;
}

const TEMPLATE = "Chỉ tiêu 2024";

describe("copies keep what ExcelJS drops", () => {
  beforeAll(async () => {
    fs.writeFileSync(file("openpyxl.xlsx"), await openpyxlStyle(await filledTemplate()));
  });

  test("validate --write: an openpyxl workbook with a note, a chart and a picture is copied with all three", async () => {
    const r = await run(["validate", "openpyxl.xlsx", "--write", "checked.xlsx"]);
    expect(r.err).not.toMatch(/TypeError|\n\s+at /);
    expect(r.code).toBe(0);
    const pkg = await readPackage("checked.xlsx");
    const sheet = pkg.sheets.get(TEMPLATE);
    // The judged copy, with the note shown by its VML drawing, in CT_Worksheet's order.
    expect(sheet?.xml).toContain("chi-tieu"); // the highlights validate adds
    expect(sheet?.xml).toMatch(/<drawing r:id="[^"]+"\/><legacyDrawing r:id="[^"]+"\/><\/worksheet>$/);
    const comments = sheet?.rels.find((rel) => rel.type.endsWith("/comments"))?.target as string;
    expect(await pkg.read(comments)).toContain('<comment ref="M19"');
    expect(await pkg.read(comments)).toContain("Số liệu sơ bộ");
    const vml = sheet?.rels.find((rel) => rel.type.endsWith("/vmlDrawing"))?.target as string;
    expect(await pkg.read(vml)).toContain("<ns2:Row>18</ns2:Row>");
    const [chart] = await chartsOf(pkg, TEMPLATE);
    expect(await pkg.read(chart)).toContain("'Chỉ tiêu 2024'!$F$10:$F$12");
    expect(pkg.types).toContain(
      `PartName="/${chart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`
    );
    expect(pkg.parts).toContain("xl/media/image1.png");
  });

  test("merge --write and report --write keep them too, and the report's own charts survive a merge and the other language", async () => {
    expect((await run(["split", "openpyxl.xlsx", "--out", "gui"])).code).toBe(0);
    const merged = await run(["merge", "openpyxl.xlsx", path.join("gui", "so-y-te.xlsx"), "--write", "merged.xlsx"]);
    expect(merged.err).not.toMatch(/hỏng|TypeError/);
    expect(fs.existsSync(file("merged.xlsx"))).toBe(true);
    const pkg = await readPackage("merged.xlsx");
    expect(await chartsOf(pkg, TEMPLATE)).toHaveLength(1);
    expect(pkg.sheets.get(TEMPLATE)?.xml).toContain("<legacyDrawing ");

    expect((await run(["report", "openpyxl.xlsx", "--write", "bao-cao.xlsx", "--date", "2024-06-20"])).code).toBe(0);
    const report = await readPackage("bao-cao.xlsx");
    expect(await chartsOf(report, TEMPLATE)).toHaveLength(1);
    expect(await chartsOf(report, "Báo cáo 6 tháng")).toHaveLength(2);

    // The report workbook merged into, and reported again in English: nothing of it lost, nothing doubled.
    expect(
      (await run(["merge", "bao-cao.xlsx", path.join("gui", "so-y-te.xlsx"), "--write", "bc-merged.xlsx"])).code
    ).not.toBe(2);
    expect(await chartsOf(await readPackage("bc-merged.xlsx"), "Báo cáo 6 tháng")).toHaveLength(2);
    expect((await run(["report", "bao-cao.xlsx", "--lang", "en", "--write", "en.xlsx"])).code).toBe(0);
    const en = await readPackage("en.xlsx");
    expect(await chartsOf(en, "Báo cáo 6 tháng")).toHaveLength(2);
    expect(await chartsOf(en, "Report H1")).toHaveLength(2);
    const charts = [...(await chartsOf(en, "Báo cáo 6 tháng")), ...(await chartsOf(en, "Report H1"))];
    expect(new Set(charts).size).toBe(4);
    // The same report again replaces its sheet: the old sheet's charts are not carried onto the new one.
    expect((await run(["report", "bao-cao.xlsx", "--write", "again.xlsx"])).code).toBe(0);
    const again = await readPackage("again.xlsx");
    expect(await chartsOf(again, "Báo cáo 6 tháng")).toHaveLength(2);
    expect(again.parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(3);
  });

  test("what nothing carries (a pivot table) is named before writing, on stderr and in the JSON", async () => {
    const zip = await JSZip.loadAsync(
      await openpyxlStyle(
        await filledTemplate(),
        '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>'
      )
    );
    zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
    fs.writeFileSync(file("pivot.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    const r = await run(["validate", "pivot.xlsx", "--write", "pivot-out.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      `${file("pivot.xlsx")}: cảnh báo: bản sao sẽ không giữ được 1 bảng tổng hợp (PivotTable) của tệp gốc (tệp gốc không đổi).`
    );
    const json = JSON.parse(
      (await run(["validate", "pivot.xlsx", "--write", "pivot-out.xlsx", "--force", "--json", "--lang", "en"])).out
    );
    expect(json.files[0].lost).toEqual([{ code: "pivotTable", count: 1, message: "1 PivotTable(s)" }]);
    // Without --write nothing is said: nothing is copied.
    expect((await run(["validate", "pivot.xlsx"])).err).toBe("");
  });

  // A part whose XML is not whole is damage (trial 19, F15); a whole part ExcelJS cannot load is in damagedXml.test.ts.
  test("a part with unclosed XML is said as damage with the part named, the figures still given, not a crash", async () => {
    const xlsx = await JSZip.loadAsync(await filledTemplate());
    xlsx.file("xl/tables/table1.xml", "<table><unclosed></table>");
    fs.writeFileSync(file("table.xlsx"), await xlsx.generateAsync({ type: "nodebuffer" }));
    const r = await run(["validate", "table.xlsx", "--write", "table-out.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("Tổng: 37 chỉ tiêu");
    expect(r.err).toMatch(/^Lỗi: .*table\.xlsx: tệp bị hỏng \(phần xl\/tables\/table1\.xml không đọc được/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test("an error nobody foresaw is one line in the person's language and exit 2, never a stack trace", async () => {
    for (const [lang, start] of [
      ["vi", "Lỗi không lường trước (TypeError: boom)."],
      ["en", "Unexpected error (TypeError: boom)."],
    ]) {
      const err: string[] = [];
      const code = await main(["template", "--out", file(`t-${lang}.xlsx`), "--lang", lang], {
        stdout: () => {
          throw new TypeError("boom");
        },
        stderr: (t) => err.push(t),
        env: {},
        cwd: work,
      });
      expect(code).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0].startsWith(start)).toBe(true);
    }
  });
});

const libreOffice = hasLibreOffice();
(libreOffice ? describe : describe.skip)("LibreOffice opens the copies with their note and chart", () => {
  jest.setTimeout(240_000);
  test("validate's copy of the openpyxl workbook, re-saved by LibreOffice, still has the chart and the note", async () => {
    const out = fs.mkdtempSync(path.join(work, "lo-"));
    const [converted] = convert([file("checked.xlsx")], "xlsx", out);
    const zip = await JSZip.loadAsync(fs.readFileSync(converted));
    const names = Object.keys(zip.files);
    expect(names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(1);
    const comments = names.find((n) => /comments\d*\.xml$/.test(n)) as string;
    expect(await zip.file(comments)?.async("string")).toContain("Số liệu sơ bộ");
  });
});
