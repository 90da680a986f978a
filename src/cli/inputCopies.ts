/** Which files a folder walk found are the tool's own copies of another input, to be skipped so nothing counts twice. */

import * as path from "path";

/** What `validate --write FOLDER` names each copy (see outputPaths in validate.ts): `NAME.checked.xlsx`, `NAME-2.checked.xlsx`. */
const CHECKED_COPY = /\.checked\.xlsx$/i;

/** A workbook found in a folder that is the tool's copy of another input: skipped, and said so. */
export interface SkippedCopy {
  file: string;
  /** The input it was made from. */
  of: string;
}

/** The names of the inputs a copy called `name` may have been made from (`a-2.checked.xlsx`: `a-2` or `a`). */
export function copySources(name: string): string[] {
  if (!CHECKED_COPY.test(name)) return [];
  const base = name.replace(CHECKED_COPY, "");
  const unnumbered = base.replace(/-\d+$/, "");
  return (unnumbered === base ? [base] : [base, unnumbered]).map((b) => b.toLowerCase());
}

/**
 * The copies among `found` (files a folder walk reached, not named on the command line) whose original is also
 * among `files`: reading both counted every agency of that file twice. A copy whose original is not there is
 * the only reply of its kind (a Sở may send its checked copy back) and is read.
 */
export function ownCopies(files: readonly string[], found: ReadonlySet<string>): SkippedCopy[] {
  const byName = new Map<string, string>();
  for (const file of files) {
    const name = path.basename(file);
    const base = name.replace(/\.(xlsx|xlsm)$/i, "");
    if (base !== name && !byName.has(base.toLowerCase())) byName.set(base.toLowerCase(), file);
  }
  return files.flatMap((file) => {
    if (!found.has(file)) return [];
    const of = copySources(path.basename(file))
      .map((source) => byName.get(source))
      .find((source) => source !== undefined && source !== file);
    return of === undefined ? [] : [{ file, of }];
  });
}
