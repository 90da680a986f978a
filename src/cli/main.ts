/** `chi-tieu`: dispatches to one command a file; each command parses its own options and prints its own results. */

import {
  contextFor,
  EXIT_FILE,
  EXIT_OK,
  EXIT_USAGE,
  FileError,
  processIo,
  UsageError,
  type Command,
  type Io,
} from "./common";
import { mergeCommand } from "./merge";
import { splitCommand } from "./split";
import { statusCommand } from "./status";
import { reportCommand } from "./report";
import { templateCommand } from "./template";
import { validateCommand } from "./validate";

export { EXIT_FILE, EXIT_OK, EXIT_USAGE, type Io } from "./common";
export { parseTolerance } from "./validate";

/** Every command: add a line here for a new one (its file exports a `Command`). */
const COMMANDS: Record<string, Command> = {
  template: templateCommand,
  validate: validateCommand,
  split: splitCommand,
  merge: mergeCommand,
  status: statusCommand,
  report: reportCommand,
};

/**
 * What a command given --json prints when it stops on an error (docs/cli-json.schema.json, `failure`): a script
 * reading stdout always gets one JSON object, as validate gives for a file it could not read.
 */
export function failureDocument(command: string | undefined, code: string, message: string) {
  return { tool: "chi-tieu", format: 1, command: command ?? null, ok: false, error: { code, message } };
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const cli = contextFor(argv, io);
  // Everything printed goes through the terminal-safe output.
  const { t } = cli;
  io = cli.io;
  const [command, ...rest] = argv;
  // The error on stderr for people, and on stdout as one JSON object when the command was asked for JSON.
  const fail = (code: string, message: string, exit: number) => {
    io.stderr(message);
    const known = command !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, command);
    if (rest.includes("--json")) {
      io.stdout(JSON.stringify(failureDocument(known ? command : undefined, code, message), null, 2));
    }
    return exit;
  };
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout(t.help);
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    }
    const run = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) return fail("usage", t.unknownCommand(command), EXIT_USAGE);
    return await run(rest, cli);
  } catch (e) {
    if (e instanceof UsageError) return fail(e.code ?? "usage", e.message, EXIT_USAGE);
    if (e instanceof FileError) return fail(e.code ?? "file", e.message, EXIT_FILE);
    // Nobody foresaw it: one line in the person's language and what to do; the trace only when asked for.
    const detail = e instanceof Error ? `${e.name}: ${e.message.split("\n")[0]}` : String(e);
    const exit = fail("unexpected", t.unexpected(detail), EXIT_FILE);
    if (io.env.CHI_TIEU_DEBUG && e instanceof Error && e.stack) io.stderr(e.stack);
    return exit;
  }
}
