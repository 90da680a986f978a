/** What a workbook the tool wrote says it is (`ChiTieu_Output`), and which ones a folder's walk must not read as replies. */

import { LOG_SHEET } from "./logSheet";
import { AGENCY_NAME } from "./sheet";

/**
 * The workbook-level defined name every round output carries, referring to a constant (`="merged"`): a name survives
 * Excel and LibreOffice saving the file again, and needs no cell a person could overwrite.
 */
export const OUTPUT_NAME = "ChiTieu_Output";

/** `merge --write`'s consolidated copy, `report --write`'s copy with the report sheet, `validate --write`'s checked copy. */
export type OutputKind = "merged" | "report" | "checked";

const KINDS: readonly OutputKind[] = ["merged", "report", "checked"];

/** The name's formula for a kind, as workbook.xml holds it (before XML escaping): `"merged"`. */
export const outputFormula = (kind: OutputKind): string => `"${kind}"`;

/** The kind a workbook's names say, if any (`"merged"`, `="merged"`, quotes as Excel or LibreOffice write them). */
export function outputKindOf(names: readonly { name: string; formula: string }[]): OutputKind | undefined {
  const formula = names.find((n) => n.name.toLowerCase() === OUTPUT_NAME.toLowerCase())?.formula;
  const value = formula
    ?.trim()
    .replace(/^=/, "")
    .replace(/^"(.*)"$/, "$1")
    .toLowerCase();
  return KINDS.find((k) => k === value);
}

/**
 * The kind a copy carries: a checked copy of a merged workbook or a report is still that (it holds every agency's
 * rows); merge and report say what they wrote, whatever they were given.
 */
export function copyKind(written: OutputKind, original: OutputKind | undefined): OutputKind {
  return written === "checked" && original !== undefined ? original : written;
}

/** What the walk knows of a workbook found in a folder, from its workbook part alone. */
export interface FoundWorkbook {
  names: readonly { name: string; formula: string }[];
  sheets: readonly string[];
  /** Its file name is a lead agency's (`so-y-te.xlsx`): merge reads a full template sent back so. */
  namedForAgency: boolean;
}

/** A workbook found in a folder that holds other files' figures: how it is known, for the notice. */
export interface OwnOutput {
  kind: "merged" | "report";
  /** Known by the log sheet, written before the tool marked its outputs. */
  unmarked?: true;
}

/**
 * Whether a workbook found in a folder is the tool's merged copy or report, which hold every agency's rows: read as a
 * reply, each agency would count twice. A report always is. A merged copy is also known without the marker (files
 * written before it): it has the merge log sheet and no agency (`ChiTieu_Agency`, which split files carry and merge
 * never writes). Either is read when its file name is an agency's: a copy of the consolidated workbook an agency
 * filled and sent back as `so-y-te.xlsx`, which merge reads as that agency's. A checked copy is skipped only beside
 * its original (inputCopies.ts): alone, it may be the one a Sở corrected and sent back.
 */
export function ownOutput(book: FoundWorkbook): OwnOutput | undefined {
  const kind = outputKindOf(book.names);
  if (kind === "report") return { kind };
  if (book.namedForAgency) return undefined;
  if (kind === "merged") return { kind };
  const hasAgency = book.names.some((n) => n.name.toLowerCase() === AGENCY_NAME.toLowerCase());
  if (book.sheets.includes(LOG_SHEET) && !hasAgency) return { kind: "merged", unmarked: true };
  return undefined;
}
