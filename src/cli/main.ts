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

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const cli = contextFor(argv, io);
  // Everything printed goes through the terminal-safe output.
  const { t } = cli;
  io = cli.io;
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout(t.help);
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    }
    const run = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) {
      io.stderr(t.unknownCommand(command));
      return EXIT_USAGE;
    }
    return await run(rest, cli);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(e.message);
      return EXIT_USAGE;
    }
    if (e instanceof FileError) {
      io.stderr(e.message);
      return EXIT_FILE;
    }
    // Nobody foresaw it: one line in the person's language and what to do; the trace only when asked for.
    const detail = e instanceof Error ? `${e.name}: ${e.message.split("\n")[0]}` : String(e);
    io.stderr(t.unexpected(detail));
    if (io.env.CHI_TIEU_DEBUG && e instanceof Error && e.stack) io.stderr(e.stack);
    return EXIT_FILE;
  }
}
