/**
 * Native charts in an .xlsx package, which ExcelJS cannot write: the chart parts (DrawingML charts),
 * the sheet's drawing that anchors them, their relationships and content types, added to the package
 * ExcelJS wrote, in the published SpreadsheetML/DrawingML schema's element order.
 */

import JSZip from "jszip";
import { worksheetParts } from "./xlsxCarry";
import { packageBytes } from "./xlsxPackage";
import { rangeRef, type ChartRange, type ChartSeries, type ReportChart } from "../report";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};
const TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
const FONT = "Times New Roman";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const hex = (color: string) => color.replace("#", "").toUpperCase();

function strRef(sheet: string, range: ChartRange): string {
  const pts = range.values.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(String(v))}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${esc(rangeRef(sheet, range.area))}</c:f><c:strCache><c:ptCount val="${range.values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(sheet: string, range: ChartRange, format: string): string {
  // A blank cell has no point: a cached 0 would draw as a value of nought.
  const pts = range.values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${Number(v)}</c:v></c:pt>`))
    .join("");
  return `<c:numRef><c:f>${esc(rangeRef(sheet, range.area))}</c:f><c:numCache><c:formatCode>${esc(format)}</c:formatCode><c:ptCount val="${range.values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function seriesName(sheet: string, s: ChartSeries): string {
  return `<c:tx>${strRef(sheet, { area: s.nameCell, values: [s.name] })}</c:tx>`;
}

const solid = (color: string) => `<a:solidFill><a:srgbClr val="${hex(color)}"/></a:solidFill>`;
/** A series' fill: its hatching where it has one (DrawingML a:pattFill), else its solid colour. */
const seriesFill = (s: ChartSeries) =>
  s.pattern
    ? `<a:pattFill prst="${s.pattern.preset}"><a:fgClr><a:srgbClr val="${hex(s.pattern.foreground)}"/></a:fgClr>` +
      `<a:bgClr><a:srgbClr val="${hex(s.pattern.background)}"/></a:bgClr></a:pattFill>`
    : solid(s.fill);

function barSeries(sheet: string, chart: ReportChart, s: ChartSeries, i: number): string {
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesName(sheet, s)}` +
    `<c:spPr>${seriesFill(s)}<a:ln w="6350">${solid(s.line)}</a:ln></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:cat>${strRef(sheet, chart.categories)}</c:cat>` +
    `<c:val>${numRef(sheet, s.values, chart.numberFormat)}</c:val></c:ser>`
  );
}

/** The mark each column is measured against: a short red dash over the column, no line between them. */
function markSeries(sheet: string, chart: ReportChart, s: ChartSeries, i: number): string {
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesName(sheet, s)}` +
    `<c:spPr><a:ln w="28575"><a:noFill/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="dash"/><c:size val="20"/><c:spPr>${solid(s.fill)}<a:ln w="9525">${solid(s.line)}</a:ln></c:spPr></c:marker>` +
    `<c:cat>${strRef(sheet, chart.categories)}</c:cat>` +
    `<c:val>${numRef(sheet, s.values, chart.numberFormat)}</c:val><c:smooth val="0"/></c:ser>`
  );
}

const textProps = (size: number, bold = false) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;

function axes(chart: ReportChart, catId: number, valId: number): string {
  const horizontal = chart.kind === "stackedBar";
  return (
    `<c:catAx><c:axId val="${catId}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${textProps(9)}` +
    `<c:crossAx val="${valId}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${valId}"/><c:scaling><c:orientation val="minMax"/>${chart.minimum === undefined ? "" : `<c:min val="${chart.minimum}"/>`}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350">${solid("#D9D9D9")}</a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${esc(chart.numberFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(9)}<c:crossAx val="${catId}"/>` +
    `<c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/>` +
    (horizontal ? `<c:majorUnit val="1"/>` : "") +
    `</c:valAx>`
  );
}

/** One chart part: a chartSpace with its title, plot area, legend and cached values. */
export function chartXml(sheet: string, chart: ReportChart): string {
  const catId = 500100;
  const valId = 500200;
  const bars = chart.series.filter((s) => s.type === "bar");
  const marks = chart.series.filter((s) => s.type === "mark");
  const stacked = chart.kind === "stackedBar";
  const plots =
    `<c:barChart><c:barDir val="${stacked ? "bar" : "col"}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/>` +
    `<c:varyColors val="0"/>${bars.map((s, i) => barSeries(sheet, chart, s, i)).join("")}` +
    // Columns of several series (the period's figures, the estimates) share one slot per indicator.
    `<c:gapWidth val="${stacked ? 50 : 80}"/>${stacked || bars.length > 1 ? '<c:overlap val="100"/>' : ""}` +
    `<c:axId val="${catId}"/><c:axId val="${valId}"/></c:barChart>` +
    (marks.length === 0
      ? ""
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
        marks.map((s, i) => markSeries(sheet, chart, s, bars.length + i)).join("") +
        `<c:marker val="1"/><c:axId val="${catId}"/><c:axId val="${valId}"/></c:lineChart>`);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1200" b="1"><a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:rPr>` +
    `<a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plots}${axes(chart, catId, valId)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(10)}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solid("#FFFFFF")}<a:ln w="9525">${solid("#BFBFBF")}</a:ln></c:spPr>` +
    `${textProps(10)}</c:chartSpace>`
  );
}

/** The sheet's drawing: one anchored graphic frame per chart. */
function drawingXml(charts: readonly ReportChart[]): string {
  const anchors = charts
    .map((chart, i) => {
      const { row, col, rows, cols } = chart.anchor;
      const at = (r: number, c: number) =>
        `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(row, col)}</xdr:from><xdr:to>${at(row + rows, col + cols)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(chart.name)}" descr="${esc(chart.title)}"/>` +
        `<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors}</xdr:wsDr>`;
}

const relationship = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${type}" Target="${esc(target)}"/>`;

/** The first free part number: chart3.xml when chart1 and chart2 exist. */
function freeNumber(zip: JSZip, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n++;
  return n;
}

/** The sheet part of a worksheet by name, from the workbook and its relationships. */
async function sheetPart(zip: JSZip, sheetName: string): Promise<string> {
  const part = (await worksheetParts(zip)).find((s) => s.name === sheetName)?.part;
  if (part === undefined) throw new Error(`no sheet part for ${sheetName}`);
  return part;
}

/** Elements that follow <drawing> in CT_Worksheet: it goes before the first of them that is there. */
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

/** Adds the charts to a sheet of an .xlsx package and returns the new package. */
export async function addCharts(
  xlsx: Uint8Array,
  sheetName: string,
  charts: readonly ReportChart[]
): Promise<Uint8Array> {
  if (charts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const sheetPath = await sheetPart(zip, sheetName);
  const sheetXml = (await zip.file(sheetPath)?.async("string")) as string;
  if (sheetXml.includes("<drawing ")) throw new Error(`${sheetName} already has a drawing`);

  const drawingNumber = freeNumber(zip, "xl/drawings/drawing");
  const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
  const chartNumbers: number[] = [];
  for (const chart of charts) {
    const n = freeNumber(zip, "xl/charts/chart");
    zip.file(`xl/charts/chart${n}.xml`, chartXml(sheetName, chart));
    chartNumbers.push(n);
  }
  zip.file(drawingPath, drawingXml(charts));
  zip.file(
    `xl/drawings/_rels/drawing${drawingNumber}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}">` +
      chartNumbers.map((n, i) => relationship(`rId${i + 1}`, REL.chart, `../charts/chart${n}.xml`)).join("") +
      `</Relationships>`
  );

  // The sheet's relationships: ExcelJS writes them only when the sheet has some (hyperlinks, comments).
  const sheetFile = sheetPath.split("/").pop() as string;
  const relsPath = `${sheetPath.slice(0, -sheetFile.length)}_rels/${sheetFile}.rels`;
  let rels =
    (await zip.file(relsPath)?.async("string")) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}"></Relationships>`;
  let relId = 1;
  while (rels.includes(`Id="rIdChart${relId}"`)) relId++;
  const drawingRelId = `rIdChart${relId}`;
  rels = rels.replace(
    "</Relationships>",
    `${relationship(drawingRelId, REL.drawing, `../drawings/drawing${drawingNumber}.xml`)}</Relationships>`
  );
  zip.file(relsPath, rels);

  const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  let withDrawing = `${sheetXml.slice(0, at)}<drawing r:id="${drawingRelId}"/>${sheetXml.slice(at)}`;
  if (!/<worksheet\b[^>]*xmlns:r=/.test(withDrawing)) {
    withDrawing = withDrawing.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.r}"`);
  }
  zip.file(sheetPath, withDrawing);

  let types = (await zip.file("[Content_Types].xml")?.async("string")) as string;
  const overrides =
    `<Override PartName="/${drawingPath}" ContentType="${TYPE.drawing}"/>` +
    chartNumbers.map((n) => `<Override PartName="/xl/charts/chart${n}.xml" ContentType="${TYPE.chart}"/>`).join("");
  types = types.replace("</Types>", `${overrides}</Types>`);
  zip.file("[Content_Types].xml", types);
  return packageBytes(zip);
}
