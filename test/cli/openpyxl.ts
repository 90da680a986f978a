/** A workbook as openpyxl writes a note, a chart and a picture into it (trial A4, A6): ExcelJS alone crashes on it. */

import JSZip from "jszip";
import { SHEET } from "./hostile";

export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
// A 1×1 PNG: the picture beside the chart.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
);

/** The note, chart and picture as openpyxl writes them: absolute targets, its own part names, no prefixes. */
export async function openpyxlStyle(xlsx: Buffer, extraTypes = ""): Promise<Buffer> {
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
