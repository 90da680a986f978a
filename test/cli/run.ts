/** Runs the command line in-process, as the tests call it: exit code, stdout and stderr; and a test file's folder. */

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main, type Io } from "../../src/cli/main";
import { COLUMNS, columnLetter } from "../../src/template";

export async function runCli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, cwd };
  const code = await main(args, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/**
 * A scratch folder for one test file (`chi-tieu-NAME-…` under the system's temporary folder), removed after its
 * tests: `run` runs the command line in it, `at` names a path inside it.
 */
export function cliWorkspace(name: string) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `chi-tieu-${name}-`));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  return {
    work,
    run: (args: string[]) => runCli(args, work),
    at: (...parts: string[]) => path.join(work, ...parts),
  };
}

/** The template's column letter for a column key ("actual" → "F"), as the sheet's XML names cells. */
export const letterOf = (key: string) => columnLetter(COLUMNS.findIndex((c) => c.key === key));
