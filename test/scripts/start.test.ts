import { spawn } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");

/** Runs `npm start`'s script with a stand-in for webpack serve, until the steps are printed. */
function start(serverOutput: string[]): Promise<string> {
  const script = `for (const line of ${JSON.stringify(serverOutput)}) console.log(line); setTimeout(() => {}, 60000);`;
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs")], {
    cwd: ROOT,
    env: { ...process.env, CHI_TIEU_WEB: "1", CHI_TIEU_SERVE: JSON.stringify([process.execPath, "-e", script]) },
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no steps after 20 s:\n${output}`));
    }, 20_000);
    const take = (chunk: Buffer) => {
      output += String(chunk);
      if (output.includes('"npm run preview" shows the task pane')) {
        clearTimeout(timer);
        child.kill("SIGTERM");
        resolve(output);
      }
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
  });
}

describe("npm start on a machine without desktop Excel", () => {
  test("ends with its numbered steps, after webpack's output, in both languages", async () => {
    const output = await start([
      "<i> [webpack-dev-server] Project is running at:",
      "<i> [webpack-dev-server] Loopback: https://localhost:3000/",
      "webpack 5.113.0 compiled successfully in 8123 ms",
    ]);
    const built = output.indexOf("compiled successfully");
    expect(built).toBeGreaterThan(0);
    expect(output.indexOf("  1. Mở https://localhost:3000/taskpane.html")).toBeGreaterThan(built);
    expect(output.indexOf("  1. Open https://localhost:3000/taskpane.html")).toBeGreaterThan(built);
    const lines = output.trim().split("\n");
    expect(lines.at(-1)).toBe('No Excel at all? "npm run preview" shows the task pane beside an in-memory workbook.');
    expect(output).not.toMatch(/sudo|budget/i);
  });

  test("a failed first build still ends with the steps", async () => {
    const output = await start([
      "ERROR in ./src/taskpane/index.tsx",
      "webpack 5.113.0 compiled with 1 error in 900 ms",
    ]);
    expect(output.indexOf("1 error")).toBeLessThan(output.indexOf("  1. Open https://localhost:3000"));
  });
});
