/**
 * Number formats of .xlsx cells read and set through the XML (jszip), as another program would: the round's
 * tests check that a format written on one cell stays on that cell.
 */

import * as fs from "fs";
import JSZip from "jszip";

/** Excel's built-in number formats that matter here (ECMA-376 18.8.30). */
const BUILT_IN: Record<string, string> = { "0": "General", "9": "0%", "10": "0.00%", "49": "@" };

async function firstSheet(zip: JSZip): Promise<string> {
  const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  return names.sort()[0];
}

/** The cell formats (`cellXfs`) of a styles part: each xf's XML. */
function xfs(styles: string): { xfs: string[]; start: number; end: number } {
  const open = /<cellXfs[^>]*>/.exec(styles) as RegExpExecArray;
  const end = styles.indexOf("</cellXfs>");
  const body = styles.slice(open.index + open[0].length, end);
  return { xfs: body.match(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g) ?? [], start: open.index, end };
}

/** The number format code of every cell of the first sheet that has a style, by A1 address. */
export async function numberFormats(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const codes = new Map<string, string>(Object.entries(BUILT_IN));
  for (const m of styles.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g)) codes.set(m[1], m[2]);
  const cellXfs = xfs(styles).xfs.map((xf) => /numFmtId="(\d+)"/.exec(xf)?.[1] ?? "0");
  const sheet = await zip.file(await firstSheet(zip))!.async("string");
  const formats = new Map<string, string>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"[^>]*?\ss="(\d+)"/g)) {
    formats.set(m[1], codes.get(cellXfs[Number(m[2])]) ?? `numFmtId ${cellXfs[Number(m[2])]}`);
  }
  return formats;
}

/**
 * Sets cells of the first sheet: a number (with a formula when given) in the style of another cell (`like`), or in a
 * copy of its own style with another number format (a built-in id: 10 is `0.00%`). The cells must exist in the XML.
 */
export async function setCells(
  file: string,
  edits: Record<string, { value?: number; formula?: string; numFmtId?: number; like?: string }>
): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  let styles = await zip.file("xl/styles.xml")!.async("string");
  const sheetName = await firstSheet(zip);
  let sheet = await zip.file(sheetName)!.async("string");
  const styleOf = (address: string) => /\ss="(\d+)"/.exec(cellXml(sheet, address))?.[1] ?? "0";
  for (const [address, edit] of Object.entries(edits)) {
    let s = styleOf(edit.like ?? address);
    if (edit.numFmtId !== undefined) {
      const { xfs: list, start, end } = xfs(styles);
      const copy = list[Number(s)]
        .replace(/\s(numFmtId|applyNumberFormat)="\d+"/g, "")
        .replace(/^<xf\b/, `<xf numFmtId="${edit.numFmtId}" applyNumberFormat="1"`);
      styles =
        styles.slice(0, start) +
        styles.slice(start, end).replace(/<cellXfs[^>]*>/, `<cellXfs count="${list.length + 1}">`) +
        copy +
        styles.slice(end);
      s = String(list.length);
    }
    const value =
      (edit.formula ? `<f>${edit.formula}</f>` : "") + (edit.value === undefined ? "" : `<v>${edit.value}</v>`);
    sheet = sheet.replace(cellXml(sheet, address), `<c r="${address}" s="${s}">${value}</c>`);
  }
  zip.file("xl/styles.xml", styles);
  zip.file(sheetName, sheet);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** The XML of one cell of the first sheet (`<c r="F30" s="17"><f>…</f><v>…</v></c>`). */
export async function cellOf(file: string, address: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return cellXml(await zip.file(await firstSheet(zip))!.async("string"), address);
}

function cellXml(sheet: string, address: string): string {
  const m = new RegExp(`<c r="${address}"[^>]*?(/>|>[\\s\\S]*?</c>)`).exec(sheet);
  if (!m) throw new Error(`no cell ${address} in the sheet XML`);
  return m[0];
}
