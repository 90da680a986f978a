/** What every command shares: the terminal and environment (Io), exit codes, option parsing, language, output writes. */

import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import shippedCatalogue from "../../assets/catalogues/lang-son-2024.json";
import {
  describe,
  loadCatalogue,
  parseCatalogue,
  periodExample,
  readPeriodText,
  type Catalogue,
  type Lang,
  type ReportingPeriod,
} from "../core";
import { checkOutput, OutputError, writeOutput, type OutputOptions } from "./output";
import { CLI_STRINGS, type CliStrings } from "./strings";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

export const processIo: Io = {
  stdout: (t) => process.stdout.write(`${t}\n`),
  stderr: (t) => process.stderr.write(`${t}\n`),
  env: process.env,
  cwd: process.cwd(),
};

/**
 * Control characters (but line breaks and tabs) and the marks that reorder text (bidirectional overrides,
 * isolates, line separators): a sheet name holding them could rewrite what the terminal shows.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text made safe to print: each such character shown as `\uXXXX`. In a JSON document this is the same escape
 * JSON itself uses, so the data read back is unchanged.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The same output, every line made terminal-safe. */
export function safeIo(io: Io): Io {
  return { ...io, stdout: (t) => io.stdout(terminalSafe(t)), stderr: (t) => io.stderr(terminalSafe(t)) };
}

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_FILE = 2;

/** What a command receives: where to print, and in which language. */
export interface CommandContext {
  io: Io;
  t: CliStrings;
  lang: Lang;
}

/** One command of the command line: its arguments after the command name, its exit code. */
export type Command = (args: string[], cli: CommandContext) => Promise<number>;

/** An error a command stops on, with a stable code for `--json` (the message is for people). */
class CommandError extends Error {
  constructor(
    message: string,
    readonly code?: string
  ) {
    super(message);
  }
}

/** A refusal caused by the command line itself (a wrong option): its message is printed and the exit code is 1. */
export class UsageError extends CommandError {}

/** A file the command could not read or write: its message is printed and the exit code is 2. */
export class FileError extends CommandError {}

export function languageFrom(option: string | undefined, env: Io["env"]): Lang {
  if (option === "en" || option === "vi") return option;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("en") ? "en" : "vi";
}

export function contextFor(argv: string[], io: Io): CommandContext {
  const langIndex = argv.indexOf("--lang");
  const lang = languageFrom(langIndex >= 0 ? argv[langIndex + 1] : undefined, io.env);
  return { io: safeIo(io), t: CLI_STRINGS[lang], lang };
}

type OptionSpec = Record<string, { type: "string" | "boolean"; multiple?: boolean }>;

/** A command's options, plus the ones every command takes (--lang, --help). */
export function parseOptions<T extends OptionSpec>(args: string[], options: T, t: CliStrings) {
  // `--tolerance -5`: Node reads -5 as an option and says the value is missing; it is a (wrong) value.
  const joined = args.flatMap((arg, i) =>
    /^-\d/.test(arg) && /^--[\w-]+$/.test(args[i - 1] ?? "") && options[args[i - 1].slice(2)]?.type === "string"
      ? []
      : /^--[\w-]+$/.test(arg) && options[arg.slice(2)]?.type === "string" && /^-\d/.test(args[i + 1] ?? "")
        ? [`${arg}=${args[i + 1]}`]
        : [arg]
  );
  try {
    return parseArgs({
      args: joined,
      options: { ...options, lang: { type: "string" }, help: { type: "boolean" } },
      allowPositionals: true,
    });
  } catch (e) {
    throw new UsageError(optionError(e as NodeJS.ErrnoException, Object.keys(options), t));
  }
}

/**
 * What every command does first: its options parsed (with --lang and --help), its help printed when asked (then
 * `undefined`: the command returns EXIT_OK), and its --catalogue loaded when the command asks, after its own checks.
 */
export function parseCommand<T extends OptionSpec & { catalogue?: { type: "string" } }>(
  args: string[],
  options: T,
  help: string,
  cli: CommandContext
) {
  const parsed = parseOptions(args, options, cli.t);
  const common = parsed.values as { help?: boolean; catalogue?: string };
  if (common.help) {
    cli.io.stdout(help);
    return undefined;
  }
  const catalogue = () => loadCatalogueOption(common.catalogue, cli);
  return { values: parsed.values, positionals: parsed.positionals, catalogue };
}

/** Node's parser explains in English; the person is told which option, in their language. */
function optionError(e: NodeJS.ErrnoException, known: string[], t: CliStrings): string {
  const option = /'(-[^' ]+)/.exec(e.message)?.[1] ?? "";
  const list = [...known, "lang", "help"].map((k) => `--${k}`);
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return t.unknownOption(option, list);
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return e.message.includes("does not take") ? t.optionTakesNoValue(option) : t.optionNeedsValue(option);
  }
  return t.badOption(option);
}

export function loadCatalogueOption(file: string | undefined, cli: CommandContext): Catalogue {
  const { io, t, lang } = cli;
  if (file === undefined) {
    const shipped = loadCatalogue(shippedCatalogue);
    if (!shipped.ok) throw new Error("the shipped catalogue does not load");
    return shipped.catalogue;
  }
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(io.cwd, file), "utf8");
  } catch (e) {
    throw new UsageError(t.catalogueUnreadable(file, (e as Error).message));
  }
  const loaded = parseCatalogue(text);
  if (!loaded.ok) {
    throw new UsageError(
      [t.catalogueInvalid(file), ...loaded.problems.map((p) => `  - ${describe(p, lang)}`)].join("\n")
    );
  }
  return loaded.catalogue;
}

/**
 * The --period option, read as the period cell is read (`Quý I`, `6 tháng đầu năm 2024`…). A year other than the
 * catalogue's is refused: its figures would be judged, and a report titled, against another year's targets.
 */
export function periodOption(
  text: string | undefined,
  catalogueYear: number,
  t: CliStrings
): { period: ReportingPeriod; year?: number } | undefined {
  if (text === undefined) return undefined;
  const { period, year } = readPeriodText(text);
  if (year !== undefined && year !== catalogueYear) {
    throw new UsageError(t.periodOtherYear(text, year, catalogueYear, periodExample(period ?? "H1", catalogueYear)));
  }
  if (!period) throw new UsageError(t.badPeriod(text));
  // The year it named (only the catalogue's passes): a chosen period is written into the cell with it.
  return { period, ...(year === undefined ? {} : { year }) };
}

/**
 * A number given to an option or a setting as staff write it: "5", "5,5" or "5.5", with its unit after it or not
 * (`unit`: "5 %", "80 MB"); undefined for anything else, a sign included.
 */
export function optionNumber(text: string, unit: RegExp): number | undefined {
  const trimmed = text.trim().replace(unit, "").replace(",", ".");
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** The --tolerance option read by `parse` (5, 5%, 0,05), or the default when absent. */
export function toleranceOption(
  text: string | undefined,
  parse: (text: string) => number | undefined,
  fallback: number,
  t: CliStrings
): number {
  if (text === undefined) return fallback;
  const parsed = parse(text);
  if (parsed === undefined) throw new UsageError(t.badTolerance(text));
  return parsed;
}

/** An output refusal the person can fix by changing the command (an existing file, an input) is a usage error. */
export function isUsageRefusal(e: OutputError): boolean {
  return e.code === "exists" || e.code === "isInput" || e.code === "macroName";
}

/** The message for an output that could not be written, in the user's language. */
export function outputErrorMessage(e: unknown, t: CliStrings): { code: string; message: string } {
  if (e instanceof OutputError) return { code: e.code, message: t.outputError(e.code, e.file, e.detail) };
  throw e;
}

/** An OutputError as the error a command throws: a refusal is a UsageError (exit 1), anything else a FileError (exit 2). */
function commandError(e: unknown, t: CliStrings): Error {
  const { code, message } = outputErrorMessage(e, t);
  return isUsageRefusal(e as OutputError) ? new UsageError(message, code) : new FileError(message, code);
}

/** Checks that a command may write `target`, before it does the work. */
export function checkCommandOutput(target: string, options: OutputOptions, t: CliStrings): void {
  try {
    checkOutput(target, options);
  } catch (e) {
    throw commandError(e, t);
  }
}

/** Writes a command's output through the shared writer, with its refusals as messages in the user's language. */
export function writeCommandOutput(target: string, data: Uint8Array, options: OutputOptions, t: CliStrings): void {
  try {
    writeOutput(target, data, options);
  } catch (e) {
    throw commandError(e, t);
  }
}
