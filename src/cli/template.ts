/** `chi-tieu template`: writes the add-in's template sheet as an .xlsx file. */

import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { buildTemplate } from "../template";
import {
  checkCommandOutput,
  EXIT_OK,
  parseCommand,
  periodOption,
  UsageError,
  writeCommandOutput,
  type CommandContext,
} from "./common";
import { zipLimits } from "./inputs";
import { keepOldWorkbook } from "./templateKeep";
import { addTemplateSheet } from "./xlsx";

export async function templateCommand(args: string[], cli: CommandContext): Promise<number> {
  const { io, t } = cli;
  const parsed = parseCommand(
    args,
    { out: { type: "string" }, catalogue: { type: "string" }, period: { type: "string" }, force: { type: "boolean" } },
    t.helpTemplate,
    cli
  );
  if (!parsed) return EXIT_OK;
  const { values } = parsed;
  const catalogue = parsed.catalogue();
  const period = periodOption(values.period as string | undefined, catalogue.year, t)?.period;
  const named = (values.out as string | undefined) ?? `chi-tieu-${catalogue.year}.xlsx`;
  const out = path.resolve(io.cwd, named);
  // `--out t-dir/` wrote a file named t-dir, `--out t.docx` an .xlsx with a Word name: only an .xlsx name is
  // taken (an existing folder is refused as such by the writer).
  const isFolder = fs.statSync(out, { throwIfNoEntry: false })?.isDirectory() === true;
  if (!isFolder && (/[\\/]$/.test(named) || !/\.xlsx$/i.test(named))) {
    throw new UsageError(t.templateNotXlsx(named, `chi-tieu-${catalogue.year}.xlsx`));
  }
  const force = Boolean(values.force);
  // Refuse before building anything; the writer checks again at the moment it renames.
  checkCommandOutput(out, { force }, t);
  const template = buildTemplate(catalogue, { period });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "chi-tieu";
  addTemplateSheet(workbook, template);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  // --force replaces a file, never what someone typed in it: a workbook holding anything is kept beside it first.
  const kept = force ? keepOldWorkbook(out, template, cli, zipLimits(io.env)) : undefined;
  writeCommandOutput(out, bytes, { force }, t);
  if (kept) io.stderr(t.walk.keptOld(out, kept));
  io.stdout(t.wroteTemplate(out, template.name));
  return EXIT_OK;
}
