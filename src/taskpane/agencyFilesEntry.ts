/**
 * The round's .xlsx work in the pane, built as a script of its own (webpack's agencyFiles entry) and loaded only
 * when the user splits or merges: ExcelJS, the merge messages and their own copy of core, template and round, so
 * the pane's modules stay concatenated (a lazy chunk sharing them cost 5 KB gzip of the pane's budget).
 */

import type { Catalogue, Lang, LeadAgency } from "../core";
import { planSplit, type MergeSource, type RoundSheet } from "../round";
import { agencyWorkbookBytes, readAgencyFile, toBase64, type AgencyFileRead } from "../cli/agencyFiles";
import { megabytes } from "../cli/strings";
import type { RoundStrings } from "../ui/roundStrings";

/** The pane's words for picked files it cannot read, where the command line's do not fit the pane. */
export type PickedWords = Pick<RoundStrings, "tooLarge">;

export { describeRound } from "../round";

/** Each agency's workbook (or only `only`'s) as base64 .xlsx, as Excel.createWorkbook takes it. */
export async function splitToBase64(catalogue: Catalogue, round: RoundSheet, only?: LeadAgency): Promise<string[]> {
  const files: string[] = [];
  for (const plan of planSplit(catalogue, round, { only })) files.push(toBase64(await agencyWorkbookBytes(plan)));
  return files;
}

/** A picked file's bytes; FileReader where Blob.arrayBuffer is missing (older webviews). */
function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
    reader.readAsArrayBuffer(file);
  });
}

/** Why a picked file is not read, in the pane's words where the command line's would not fit (`words`). */
function pickedProblem(
  read: Exclude<AgencyFileRead, { ok: true } | { code: "noTemplate" }>,
  lang: Lang,
  words: PickedWords
): string {
  // The command line's advice for a file that large is a setting the pane cannot read (CHI_TIEU_MAX_PART_MB).
  if (read.code === "tooLarge" && read.size) {
    return words.tooLarge(read.size.part, megabytes(read.size.bytes), megabytes(read.size.limit));
  }
  return read.message[lang];
}

/**
 * The picked files as merge sources, read as the command line's merge reads them (readAgencyFile: the same sheet,
 * validate's findings on it); a file too large says so in the pane's `words`, one that is no template as the
 * command line's merge says it (merge.notTemplate: whom to ask for the filled file).
 */
export async function readPicked(
  files: readonly File[],
  catalogue: Catalogue,
  lang: Lang,
  words: PickedWords
): Promise<MergeSource[]> {
  const sources: MergeSource[] = [];
  for (const file of files) {
    const read = await readAgencyFile(await bytesOf(file), catalogue, { name: file.name });
    sources.push(
      read.ok
        ? { file: file.name, sheet: read.sheet, structure: read.structure }
        : read.code === "noTemplate"
          ? { file: file.name, notTemplate: read.sheets }
          : { file: file.name, error: pickedProblem(read, lang, words) }
    );
  }
  return sources;
}
