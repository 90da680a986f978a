/** Writes what a round output is (`ChiTieu_Output`) into the package ExcelJS wrote, which reads and writes no such name. */

import type JSZip from "jszip";
import { copyKind, OUTPUT_NAME, outputFormula, outputKindOf, type OutputKind } from "../round";
import { readDefinedNames } from "./sheetXml";
import { addDefinedNames, attr, DEFINED_NAME, esc, relsOf, text, workbookPartOf } from "./xlsxPackage";

/** The workbook part of a package and its XML. */
async function workbookXml(zip: JSZip): Promise<{ part: string; xml: string }> {
  const part = workbookPartOf(await relsOf(zip, ""));
  return { part, xml: (await text(zip, part)) ?? "" };
}

/** The kind the original package's marker says, if it has one. */
export async function packageOutputKind(zip: JSZip): Promise<OutputKind | undefined> {
  return outputKindOf(readDefinedNames((await workbookXml(zip)).xml));
}

/**
 * Marks the written package as `kind` (a checked copy of a marked workbook keeps the original's kind), hidden from
 * Excel's Name Manager so that nobody deletes it by tidying names; any marker of that name is replaced.
 */
export async function markOutput(zip: JSZip, kind: OutputKind, original?: JSZip): Promise<void> {
  const mark = copyKind(kind, original && (await packageOutputKind(original)));
  const { part, xml } = await workbookXml(zip);
  const name = `<definedName name="${OUTPUT_NAME}" hidden="1">${esc(outputFormula(mark))}</definedName>`;
  const kept = xml.replace(DEFINED_NAME, (d) => (attr(d, "name") === OUTPUT_NAME ? "" : d));
  zip.file(part, addDefinedNames(kept, [name]));
}
