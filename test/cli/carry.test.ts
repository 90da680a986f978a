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
import { filledTemplate, SHEET } from "./hostile";
import { runCli } from "./run";
import { main } from "../../src/cli/main";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-carry-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, work);
const file = (name: string) => path.join(work, name);

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
// A 1×1 PNG: the picture beside the chart.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
);

/** The note, chart and picture as openpyxl writes them: absolute targets, its own part names, no prefixes. */
async function openpyxlStyle(xlsx: Buffer, extraTypes = ""): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.file(
    "xl/comments/comment1.xml",
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Tổng hợp</author></authors>' +
      '<commentList><comment ref="M19" authorId="0" shapeId="0"><text><t>Số liệu sơ bộ</t></text></comment></commentList></comments>'
  );
  zip.file(
    "xl/drawings/commentsDrawing1.vml",
    '<xml><ns0:shape xmlns:ns0="urn:schemas-microsoft-com:vml" type="#_x0000_t202" style="position:absolute;visibility:hidden" id="_x0000_s1026">' +
      '<ns2:ClientData xmlns:ns2="urn:schemas-microsoft-com:office:excel" ObjectType="Note"><ns2:Row>18</ns2:Row><ns2:Column>12</ns2:Column></ns2:ClientData></ns0:shape></xml>'
  );
  zip.file(
    "xl/drawings/drawing1.xml",
    '<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">' +
      '<oneCellAnchor><from><col>14</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from><ext cx="5400000" cy="2700000"/>' +
      '<graphicFrame><nvGraphicFramePr><cNvPr id="1" name="Chart 1"/><cNvGraphicFramePr/></nvGraphicFramePr><xfrm/>' +
      '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></graphicFrame><clientData/></oneCellAnchor>` +
      '<oneCellAnchor><from><col>14</col><colOff>0</colOff><row>20</row><rowOff>0</rowOff></from><ext cx="9525" cy="9525"/>' +
      '<pic><nvPicPr><cNvPr id="2" name="Image 1"/><cNvPicPr/></nvPicPr>' +
      `<blipFill><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" r:embed="rId2"/><a:stretch xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:fillRect/></a:stretch></blipFill>` +
      '<spPr><a:prstGeom xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" prst="rect"/></spPr></pic><clientData/></oneCellAnchor></wsDr>'
  );
  zip.file(
    "xl/drawings/_rels/drawing1.xml.rels",
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Type="${REL}/chart" Target="/xl/charts/chart1.xml" Id="rId1"/>` +
      `<Relationship Type="${REL}/image" Target="/xl/media/image1.png" Id="rId2"/></Relationships>`
  );
  zip.file("xl/media/image1.png", PNG);
  zip.file(
    "xl/charts/chart1.xml",
    '<chartSpace xmlns="http://schemas.openxmlformats.org/drawingml/2006/chart"><chart><plotArea><layout/>' +
      '<barChart><barDir val="col"/><grouping val="clustered"/><ser><idx val="0"/><order val="0"/>' +
      "<val><numRef><f>'Chỉ tiêu 2024'!$F$10:$F$12</f></numRef></val></ser>" +
      '<axId val="10"/><axId val="100"/></barChart><catAx><axId val="10"/><scaling><orientation val="minMax"/></scaling><axPos val="l"/><crossAx val="100"/></catAx>' +
      '<valAx><axId val="100"/><scaling><orientation val="minMax"/></scaling><axPos val="l"/><crossAx val="10"/></valAx></plotArea></chart></chartSpace>'
  );
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Type="${REL}/comments" Target="/xl/comments/comment1.xml" Id="comments"/>` +
      `<Relationship Type="${REL}/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml" Id="anysvml"/>` +
      `<Relationship Type="${REL}/drawing" Target="/xl/drawings/drawing1.xml" Id="rId1"/></Relationships>`
  );
  const sheet = await (zip.file(SHEET) as JSZip.JSZipObject).async("string");
  zip.file(
    SHEET,
    (sheet.includes("xmlns:r=") ? sheet : sheet.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL}"`)).replace(
      "</worksheet>",
      '<drawing r:id="rId1"/><legacyDrawing r:id="anysvml"/></worksheet>'
    )
  );
  const types = await (zip.file("[Content_Types].xml") as JSZip.JSZipObject).async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
        '<Default Extension="png" ContentType="image/png"/>' +
        '<Override PartName="/xl/comments/comment1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' +
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        `${extraTypes}</Types>`
    )
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

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
