/** Benchmark of the reporting round: `chi-tieu split` writing 13 agencies' files, `chi-tieu merge` bringing all 13 back. */

import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import shipped from "../assets/catalogues/lang-son-2024.json";
import { main } from "../src/cli/main";
import { addTemplateSheet } from "../src/cli/xlsx";
import { loadCatalogue } from "../src/core";
import { buildTemplate, COLUMNS } from "../src/template";

const AIM_MS = 2000;

async function workbook(file: string, filled: boolean): Promise<void> {
  const loaded = loadCatalogue(shipped);
  if (!loaded.ok) throw new Error("catalogue");
  const template = buildTemplate(loaded.catalogue);
  const wb = new ExcelJS.Workbook();
  const sheet = addTemplateSheet(wb, template);
  const actual = COLUMNS.findIndex((c) => c.key === "actual");
  if (filled) {
    template.rowCodes.forEach((code, r) => {
      if (code && code !== "02") sheet.getCell(r + 1, actual + 1).value = 10 + r;
    });
  }
  await wb.xlsx.writeFile(file);
}

async function timed(args: string[], cwd: string): Promise<number> {
  const start = process.hrtime.bigint();
  const code = await main(args, { stdout: () => undefined, stderr: () => undefined, env: {}, cwd });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (code !== 0) throw new Error(`chi-tieu ${args[0]} exited ${code}`);
  return ms;
}

/** Median of three runs (each into a fresh folder or file), after one warm-up. */
async function median(run: (i: number) => Promise<number>): Promise<number> {
  await run(-1);
  const samples = [await run(0), await run(1), await run(2)].sort((a, b) => a - b);
  return samples[1];
}

export async function benchRound(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-bench-round-"));
  try {
    await workbook(path.join(root, "filled.xlsx"), true);
    await workbook(path.join(root, "blank.xlsx"), false);
    const split = await median((i) => timed(["split", "filled.xlsx", "--out", `split-${i}`], root));
    const files = fs.readdirSync(path.join(root, "split-0")).length;
    // Every agency's figures go into a blank consolidated workbook: every file applies, every cell is logged.
    const merge = await median((i) => timed(["merge", "blank.xlsx", "split-0", "--write", `merged-${i}.xlsx`], root));
    for (const [what, ms] of [
      [`chi-tieu split, ${files} agencies' files`, split],
      [`chi-tieu merge, ${files} agencies' files`, merge],
    ] as const) {
      console.log(
        `${what.padEnd(44)} ${ms.toFixed(0).padStart(9)} ms  aim < ${AIM_MS} ms: ${ms < AIM_MS ? "met" : "NOT met"}`
      );
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
