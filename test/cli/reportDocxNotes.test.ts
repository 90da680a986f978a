/** Trial 24, finding 5: a co-led row's note, a line per agency, keeps its lines in the Word draft's shortfalls. */

import JSZip from "jszip";
import { reportDocx } from "../../src/cli/reportDocx";
import { buildReport, readExtras } from "../../src/report";
import { catalogue, judged, sampleSheet } from "../report/sheets";

const NOTE = "Cục Thuế: Thu nội địa chậm do doanh nghiệp gia hạn nộp thuế\nSở Tài chính: Chi đầu tư giải ngân chậm";

test("the shortfall's explanation breaks its lines where the note does (w:br), not into one run-on line", async () => {
  const sheet = sampleSheet();
  sheet.set("04", "note", NOTE);
  const j = judged(sheet);
  const content = buildReport(
    { catalogue, report: j.report, extras: readExtras(sheet.grid(), j.located), date: "2024-07-05" },
    { lang: "vi", groupBy: "agency" }
  );
  expect(content.shortfalls.find((f) => f.code === "04")?.explanation).toContain("\n");
  const docx = await JSZip.loadAsync(
    await reportDocx(content, { parent: "UBND tỉnh Lạng Sơn", agency: "Sở Tài chính" })
  );
  const xml = (await docx.file("word/document.xml")?.async("string")) ?? "";
  const paragraph = (xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? []).find((p) => p.includes("Cục Thuế:"));
  const texts = [...(paragraph ?? "").matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? "BR");
  expect(texts.join("|")).toMatch(
    /Giải trình: Cục Thuế: Thu nội địa chậm do doanh nghiệp gia hạn nộp thuế\|BR\|Sở Tài chính: Chi đầu tư giải ngân chậm$/
  );
  expect(xml.includes("nộp thuế\n")).toBe(false); // nor in the table's Giải trình column
});
