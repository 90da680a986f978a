/**
 * Benchmark of hostile files (bottom row, far cell, zip bomb, 100,000 extra rows): each judged by the built
 * command line in its own child process, so the peak memory printed is that case's alone, against the aims.
 * Then validate over a folder against a bare ExcelJS read of the same files, measured in the same run.
 */

import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../src/cli/main";
import { bomb, bottomRow, extraRows, farCell, filledTemplate } from "../test/cli/hostile";

const ROOT = path.join(__dirname, "..");

interface Aim {
  name: string;
  make: (base: Buffer) => Promise<Buffer>;
  /** The exit code expected: 0 judged, 2 refused. */
  exit: number;
  ms: number;
  mb: number;
}

const AIMS: Aim[] = [
  { name: "bottom row (1,048,576) with a height", make: bottomRow, exit: 0, ms: 2000, mb: 200 },
  { name: "one cell at XFD1048576", make: farCell, exit: 0, ms: 2000, mb: 200 },
  { name: "zip bomb (450 MB of sheet XML)", make: (b) => bomb(b, 450), exit: 2, ms: 10_000, mb: 500 },
  { name: "zip bomb lying about its size", make: (b) => bomb(b, 450, true), exit: 2, ms: 10_000, mb: 500 },
  { name: "100,000 extra rows", make: (b) => extraRows(b, 100_000), exit: 0, ms: 5000, mb: 400 },
];

/** Runs `chi-tieu validate FILE --json` from lib/ in a child; its time inside main() and its peak RSS. */
function child(file: string): { code: number; ms: number; mb: number } {
  const script = `
    const { main } = require(${JSON.stringify(path.join(ROOT, "lib/src/cli/main.js"))});
    const start = process.hrtime.bigint();
    main(["validate", ${JSON.stringify(file)}, "--json"], { stdout: () => {}, stderr: () => {}, env: {}, cwd: "/" })
      .then((code) => {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        process.stdout.write(JSON.stringify({ code, ms, mb: process.resourceUsage().maxRSS / 1024 }));
      });`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 120_000 });
  if (r.status !== 0 || !r.stdout) return { code: r.status ?? -1, ms: NaN, mb: NaN };
  return JSON.parse(r.stdout);
}

async function writeFolder(dir: string, base: Buffer, count: number): Promise<void> {
  fs.mkdirSync(dir);
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `co-quan-${String(i).padStart(3, "0")}.xlsx`), base);
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function benchFiles(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "chi-tieu-bench-files-"));
  try {
    execFileSync("npm", ["run", "-s", "build:cli"], { cwd: ROOT, stdio: "ignore" });
    const base = await filledTemplate();
    console.log("Hostile files: chi-tieu validate --json, one child process each (time inside the command, peak RSS)");
    for (const aim of AIMS) {
      const file = path.join(root, `${aim.name.replace(/\W+/g, "-")}.xlsx`);
      fs.writeFileSync(file, await aim.make(base));
      const r = child(file);
      const met = r.code === aim.exit && r.ms < aim.ms && r.mb < aim.mb;
      console.log(
        `  ${aim.name.padEnd(38)} ${`${(fs.statSync(file).size / 1024).toFixed(0)} KB`.padStart(9)}  exit ${r.code}  ${r.ms.toFixed(0).padStart(6)} ms  ${r.mb.toFixed(0).padStart(4)} MB   aim: exit ${aim.exit}, < ${aim.ms / 1000} s, < ${aim.mb} MB  ${met ? "met" : "NOT MET"}`
      );
    }

    // Validate over a folder against reading the same files with ExcelJS and nothing else, alternated, best of 3.
    const folder = path.join(root, "thu-muc");
    await writeFolder(folder, base, 100);
    const files = fs.readdirSync(folder).map((f) => path.join(folder, f));
    const validate = () =>
      main(["validate", folder, "--json"], { stdout: () => {}, stderr: () => {}, env: {}, cwd: folder });
    const bare = async () => {
      for (const f of files) await new ExcelJS.Workbook().xlsx.readFile(f);
    };
    let best = { validate: Infinity, bare: Infinity };
    for (let i = 0; i < 3; i++) {
      best = { validate: Math.min(best.validate, await timed(validate)), bare: Math.min(best.bare, await timed(bare)) };
    }
    const ratio = best.validate / best.bare;
    console.log(
      `  validate, folder of ${files.length} workbooks ${best.validate.toFixed(0).padStart(7)} ms; bare ExcelJS read of the same ${best.bare.toFixed(0)} ms; ratio ${ratio.toFixed(2)} (aim ≤ 1.3) ${ratio <= 1.3 ? "met" : "NOT MET"}`
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
