/** Runs the command line in-process, as the tests call it: exit code, stdout and stderr. */

import { main, type Io } from "../../src/cli/main";

export async function runCli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, cwd };
  const code = await main(args, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
