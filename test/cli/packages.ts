/** Workbooks as Excel saves what ExcelJS cannot write (macros, ribbons), made by editing a package's parts. */

import JSZip from "jszip";

/** The package with its parts changed by `change`, written again as Excel writes one: without folder entries. */
export async function edit(
  xlsx: Buffer,
  change: (zip: JSZip, read: (part: string) => Promise<string>) => Promise<void>
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  await change(zip, async (part) => (await zip.file(part)?.async("string")) ?? "");
  for (const entry of Object.values(zip.files)) if (entry.dir) delete zip.files[entry.name];
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Adds relationships to a relationships part (`_rels/.rels`, `xl/_rels/workbook.xml.rels`…). */
async function addRels(zip: JSZip, read: (part: string) => Promise<string>, part: string, rels: string) {
  const xml =
    (await read(part)) ||
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(part, xml.replace("</Relationships>", `${rels}</Relationships>`));
}

/** The workbook saved as Excel saves a macro-enabled workbook: a VBA project and the macroEnabled type. */
export function macroEnabled(xlsx: Buffer): Promise<Buffer> {
  return edit(xlsx, async (zip, read) => {
    zip.file("xl/vbaProject.bin", Buffer.from("VBA project bytes"));
    await addRels(
      zip,
      read,
      "xl/_rels/workbook.xml.rels",
      `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`
    );
    const types = await read("[Content_Types].xml");
    zip.file(
      "[Content_Types].xml",
      types
        .replace(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
        )
        .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
    );
  });
}

export const RIBBON_2007 =
  '<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui"><ribbon><tabs><tab id="chiTieu" label="Chỉ tiêu"><group id="g" label="Kiểm tra"><button id="b" label="Kiểm tra" onAction="KiemTra" imageMso="HappyFace"/></group></tab></tabs></ribbon></customUI>';
export const RIBBON_2010 =
  '<customUI xmlns="http://schemas.microsoft.com/office/2009/07/customui"><ribbon><tabs><tab id="chiTieu" label="Chỉ tiêu"><group id="g" label="Kiểm tra"><button id="b" label="Kiểm tra" onAction="KiemTra" image="logo"/></group></tab></tabs></ribbon></customUI>';
export const RIBBON_IMAGE = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

/** The workbook with a ribbon of its own, as the Custom UI Editor adds one: both versions, the newer with an image. */
export function withRibbon(xlsx: Buffer): Promise<Buffer> {
  return edit(xlsx, async (zip, read) => {
    zip.file("customUI/customUI.xml", RIBBON_2007);
    zip.file("customUI/customUI14.xml", RIBBON_2010);
    zip.file("customUI/images/logo.png", RIBBON_IMAGE);
    await addRels(
      zip,
      read,
      "customUI/_rels/customUI14.xml.rels",
      '<Relationship Id="logo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="images/logo.png"/>'
    );
    await addRels(
      zip,
      read,
      "_rels/.rels",
      '<Relationship Id="rIdUi" Type="http://schemas.microsoft.com/office/2006/relationships/ui/extensibility" Target="customUI/customUI.xml"/>' +
        '<Relationship Id="rIdUi14" Type="http://schemas.microsoft.com/office/2007/relationships/ui/extensibility" Target="customUI/customUI14.xml"/>'
    );
    const types = await read("[Content_Types].xml");
    if (!/Extension="png"/i.test(types))
      zip.file(
        "[Content_Types].xml",
        types.replace("</Types>", '<Default Extension="png" ContentType="image/png"/></Types>')
      );
  });
}
