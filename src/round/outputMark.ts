/** What a workbook the tool wrote says it is (`ChiTieu_Output`), and which ones a folder's walk must not read as replies. */

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
