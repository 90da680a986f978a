/**
 * Writes spreadsheets as flat OpenDocument (.fods) and has LibreOffice convert them to .xlsx: the
 * workbooks the tests read come from another program than ours, with its own idea of cells.
 */

import { execFileSync } from "child_process";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";

export type FodsCell = null | string | number | { percent: number } | { formula: string };

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function cell(c: FodsCell): string {
  if (c === null) return "<table:table-cell/>";
  if (typeof c === "number") return `<table:table-cell office:value-type="float" office:value="${c}"/>`;
  if (typeof c === "string")
    return `<table:table-cell office:value-type="string"><text:p>${escape(c)}</text:p></table:table-cell>`;
  if ("percent" in c) {
    return `<table:table-cell table:style-name="pct" office:value-type="percentage" office:value="${c.percent}"/>`;
  }
  return `<table:table-cell table:formula="of:${escape(c.formula)}"/>`;
}

export function fods(sheets: { name: string; rows: FodsCell[][] }[]): string {
  const tables = sheets
    .map(
      (s) =>
        `<table:table table:name="${escape(s.name)}">` +
        s.rows.map((r) => `<table:table-row>${r.map(cell).join("")}</table:table-row>`).join("\n") +
        "</table:table>"
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:percentage-style style:name="N10"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<style:style style:name="pct" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N10"/>
</office:automatic-styles>
<office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document>
`;
}

/** Whether LibreOffice is here; CI installs it (.ci/run), a developer's machine may not have it. */
export function hasLibreOffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Whether /usr/bin/python3 has openpyxl (Debian's python3-openpyxl); CI does not install it. */
export function hasOpenpyxl(): boolean {
  try {
    execFileSync("/usr/bin/python3", ["-c", "import openpyxl"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts files with LibreOffice (one run for all) into `outDir`, to the given format (xlsx, docx…); `env` adds to
 * its environment (LC_ALL: the machine's locale, whose separators LibreOffice shows numbers with).
 */
export function convert(files: string[], format: string, outDir: string, env: Record<string, string> = {}): string[] {
  const profile = fs.mkdtempSync(path.join(outDir, "lo-profile-"));
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, ...files],
    { stdio: "ignore", timeout: 240_000, env: { ...process.env, ...env } }
  );
  return files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.${format}`));
}

/** A minimal Word document (a zip, as .xlsx files are, but with no workbook inside). */
export async function wordDocument(file: string): Promise<void> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
  );
  zip.file(
    "word/document.xml",
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      "<w:body><w:p><w:r><w:t>Công văn, không phải bảng tính.</w:t></w:r></w:p></w:body></w:document>"
  );
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}
