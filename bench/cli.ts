/** Benchmark of the command line: a folder of 200 filled workbooks, time and memory. */

import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import shipped from "../assets/catalogues/lang-son-2024.json";
import { main } from "../src/cli/main";
import { addTemplateSheet } from "../src/cli/xlsx";
import { loadCatalogue } from "../src/core";
import { buildTemplate, COLUMNS } from "../src/template";

const VALUES = ["7,5", 23.5, "4.060", "97,2%", 2100, "N/A", null, "1.234,5", 64, -0.5];

async function writeWorkbooks(dir: string, count: number): Promise<void> {
  const loaded = loadCatalogue(shipped);
  if (!loaded.ok) throw new Error("catalogue");
  const template = buildTemplate(loaded.catalogue);
  const actual = COLUMNS.findIndex((c) => c.key === "actual");
  for (let i = 0; i < count; i++) {
    const workbook = new ExcelJS.Workbook();
    const sheet = addTemplateSheet(workbook, template);
    template.rowCodes.forEach((code, r) => {
      if (code && code !== "02") sheet.getCell(r + 1, actual + 1).value = VALUES[(r + i) % VALUES.length];
    });
    await workbook.xlsx.writeFile(path.join(dir, `co-quan-${String(i).padStart(3, "0")}.xlsx`));
  }
}

async function measure(dir: string): Promise<{ ms: number; peakMb: number; files: number }> {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  let output = "";
  const start = process.hrtime.bigint();
  const code = await main(["validate", dir, "--json"], {
    stdout: (t) => (output = t),
    stderr: () => undefined,
    env: {},
    cwd: dir,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  clearInterval(timer);
  if (code !== 0) throw new Error(`validate exited ${code}`);
  return { ms, peakMb: peak / 2 ** 20, files: JSON.parse(output).files.length };
}

export async function benchCli(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-bench-"));
  try {
    const small = path.join(root, "50");
    const large = path.join(root, "200");
    fs.mkdirSync(small);
    fs.mkdirSync(large);
    await writeWorkbooks(small, 50);
    await writeWorkbooks(large, 200);
    const a = await measure(small);
    const b = await measure(large);
    for (const r of [a, b]) {
      console.log(
        `${`chi-tieu validate, folder of ${r.files} workbooks`.padEnd(44)} ${r.ms.toFixed(0).padStart(9)} ms  ${(r.ms / r.files).toFixed(1).padStart(6)} ms/file  peak heap ${r.peakMb.toFixed(0)} MB`
      );
    }
    const growth = b.peakMb - a.peakMb;
    console.log(
      `  memory: peak heap grows ${growth.toFixed(0)} MB from 50 to 200 files — ${growth < 50 ? "flat" : "NOT flat"}`
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
