/** Which workbooks a folder walk found are the tool's merged copies or reports, skipped so that no agency counts twice. */

import * as fs from "fs";
import * as path from "path";
import type { Catalogue } from "../core";
import { agencyFromFileName, ownOutput, type OwnOutput } from "../round";
import { readDefinedNames, readWorkbookSheets } from "./sheetXml";
import { partText } from "./xmlCheck";
import { DEFAULT_ZIP_LIMITS, ZipReader } from "./zip";
import { inflate } from "./zipNode";

/** A workbook found in a folder that holds every agency's rows: not read, and said so. */
export interface SkippedOutput extends OwnOutput {
  file: string;
}

/**
 * What the file says it is, from its workbook part alone (its names and sheet names), within the readers' bounds.
 * A file that cannot be read so is no output of ours: the command opens it and says what is wrong with it.
 */
function outputOf(file: string, namedForAgency: boolean): OwnOutput | undefined {
  try {
    const bytes = fs.readFileSync(file);
    if (bytes.length > DEFAULT_ZIP_LIMITS.maxTotalBytes) return undefined;
    const zip = new ZipReader(bytes, inflate);
    if (!zip.has("xl/workbook.xml") || !zip.has("xl/_rels/workbook.xml.rels")) return undefined;
    const workbookXml = partText(zip.read("xl/workbook.xml"));
    const { sheets } = readWorkbookSheets(workbookXml, partText(zip.read("xl/_rels/workbook.xml.rels")));
    return ownOutput({ names: readDefinedNames(workbookXml), sheets: sheets.map((s) => s.name), namedForAgency });
  } catch {
    // Damaged, encrypted, not a zip: read as any input, so that its problem is reported.
    return undefined;
  }
}

/**
 * The merged copies and reports among `found` (files a folder walk reached, not named on the command line): each
 * holds every agency's rows, and read as one more reply it counted them twice. `agencyFile` tells a file name that
 * is a lead agency's (`so-y-te.xlsx`), which merge reads as that agency's reply whatever the file holds.
 */
export function ownOutputs(
  files: readonly string[],
  found: ReadonlySet<string>,
  agencyFile: (name: string) => boolean = () => false
): SkippedOutput[] {
  return files.flatMap((file) => {
    if (!found.has(file)) return [];
    const output = outputOf(file, agencyFile(path.basename(file)));
    return output ? [{ file, ...output }] : [];
  });
}

/** A file name that is a lead agency's (`so-y-te.xlsx`): merge reads such a file as that agency's reply. */
export const agencyFileName = (catalogue: Catalogue) => (name: string) =>
  agencyFromFileName(catalogue, name) !== undefined;
