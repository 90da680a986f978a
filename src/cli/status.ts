/** `chi-tieu status`: who is missing for the period, the furthest behind first, and the explanations owed. */

import { DEFAULT_TOLERANCE, evaluateSheet, PERIOD_LABELS } from "../core";
import { describeRound, planCompleteness, sheetScope, todayInVietnam } from "../round";
import { calculationFindings, readEntries } from "../template";
import { EXIT_OK, FileError, parseCommand, UsageError, type CommandContext } from "./common";
import { singleInput } from "./inputs";
import { groupFindings } from "./findings";
import { findingJson } from "./merge";
import { openRoundWorkbook } from "./roundFiles";
import { parseTolerance } from "./validate";

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export async function statusCommand(args: string[], cli: CommandContext): Promise<number> {
  const { io, t, lang } = cli;
  const parsed = parseCommand(
    args,
    {
      today: { type: "string" },
      tolerance: { type: "string" },
      json: { type: "boolean" },
      catalogue: { type: "string" },
    },
    t.round.helpStatus,
    cli
  );
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(t.round.noWorkbook);
  const today = (values.today as string | undefined) ?? todayInVietnam();
  if (!ISO_DATE.test(today)) throw new UsageError(t.round.badToday(today));
  let tolerance = DEFAULT_TOLERANCE;
  if (values.tolerance !== undefined) {
    const parsed = parseTolerance(values.tolerance as string);
    if (parsed === undefined) throw new UsageError(t.badTolerance(values.tolerance as string));
    tolerance = parsed;
  }
  const catalogue = parsed.catalogue();
  const input = singleInput(positionals[0], cli);
  const opened = await openRoundWorkbook(input, catalogue, cli);
  if ("error" in opened) throw new FileError(t.fileError(input.file, opened.error.message), opened.error.code);
  const { round } = opened.found;
  // One agency's own file is judged on its rows alone, as validate and report judge it.
  const evaluation = evaluateSheet(sheetScope(catalogue, round).catalogue, readEntries(round.grid, round.located), {
    period: round.located.period,
    tolerance,
  });
  const completeness = planCompleteness(catalogue, round, evaluation, today);
  // A file saved set to Manual calculation: the totals counted here may be stale results (as validate says).
  const warnings = groupFindings(calculationFindings(round.grid, round.located), t, lang);

  if (values.json) {
    io.stdout(
      JSON.stringify(
        {
          tool: "chi-tieu",
          format: 1,
          command: "status",
          file: input.file,
          agency: completeness.agency ?? null,
          period: completeness.dates.period,
          dates: completeness.dates,
          today,
          agencies: completeness.agencies,
          findings: completeness.findings.map((f) => findingJson(f, cli)),
          warnings,
        },
        null,
        2
      )
    );
    return EXIT_OK;
  }
  for (const w of warnings) io.stderr(t.fileWarning(input.file, w.message));
  const { dates } = completeness;
  io.stdout(
    t.round.statusTitle(PERIOD_LABELS[lang][dates.period], t.round.showDate(dates.due), t.round.showDate(today))
  );
  if (completeness.agency !== undefined) io.stdout(t.round.statusOwnFile(completeness.agency));
  const rows = completeness.agencies.map((a) => [
    a.agency,
    `${a.filled}/${a.expected}`,
    a.missingCodes.join(" "),
    a.conflictCodes.join(" "),
    a.invalidCodes.join(" "),
    a.explanationsMissing.join(" "),
    a.overdue ? t.round.overdue : t.round.onTime,
  ]);
  const all = [t.round.statusHeader, ...rows];
  const widths = t.round.statusHeader.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  for (const r of all)
    io.stdout(
      r
        .map((cell, c) => cell.padEnd(widths[c]))
        .join("  ")
        .trimEnd()
    );
  if (completeness.findings.length > 0) {
    io.stdout("");
    for (const f of completeness.findings) io.stdout(`  - ${describeRound(f, lang)}`);
  }
  return EXIT_OK;
}
