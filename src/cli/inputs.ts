/** The .xlsx files a command reads: folders searched through, each file opened or given a reason in the user's language. */

import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import type { CliStrings } from "./strings";

export interface InputFile {
  file: string;
  missing?: boolean;
}

/** Why a file could not be used: a stable code for the JSON, a message for people. */
export interface FileProblem {
  code: string;
  message: string;
}

/** Every .xlsx file named, folders searched through (Excel's ~$ lock files left out), in a stable order. */
export function expandInputs(inputs: string[], cwd: string): InputFile[] {
  const files: InputFile[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$")) files.push({ file: full });
    }
  };
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    if (!fs.existsSync(full)) files.push({ file: full, missing: true });
    else if (fs.statSync(full).isDirectory()) walk(full);
    else files.push({ file: full });
  }
  return files;
}

/** Why a file cannot be opened as a workbook, from its first bytes. */
function sniff(file: string, t: CliStrings): FileProblem | undefined {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(8);
    const read = fs.readSync(fd, head, 0, 8, 0);
    if (read === 0) return { code: "empty", message: t.emptyFile };
    if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
      return { code: "encrypted", message: t.encrypted };
    }
    if (!head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
      return { code: "notXlsx", message: t.notXlsx };
    }
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/** Opens one input as an ExcelJS workbook, or says why it cannot be used. */
export async function openWorkbook(
  input: InputFile,
  t: CliStrings
): Promise<{ workbook: ExcelJS.Workbook } | { error: FileProblem }> {
  if (input.missing) return { error: { code: "notFound", message: t.notFound } };
  const why = sniff(input.file, t);
  if (why) return { error: why };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(input.file);
  } catch (e) {
    return { error: { code: "corrupt", message: t.corrupt((e as Error).message.split("\n")[0]) } };
  }
  // A zip with no worksheet at all is another kind of document (a .docx renamed, say), not a workbook.
  if (workbook.worksheets.length === 0) return { error: { code: "notXlsx", message: t.notXlsx } };
  return { workbook };
}
