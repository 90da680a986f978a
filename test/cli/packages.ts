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
