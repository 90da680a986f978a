/**
 * What every end-to-end test file shares: the production build served on this machine, headless
 * Chromium (Debian's, driven by playwright-core), and helpers that act on the pane and the in-memory sheet.
 * A page fails its test on any request outside the local server and on any error it logs.
 */

import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import CHROMIUM_ARGS from "./chromium-args.json";

export const ROOT = path.join(__dirname, "../..");
export const ARTIFACTS = path.join(ROOT, "test-results", "e2e");
// A port of its own for each test file, given by the system when its server starts (a port picked at
// random here once collided with a port already in use, and CI failed): files may run side by side.
/** Where the current test file's server listens; set by useBrowser() before the first test. */
export let ORIGIN = "";
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const available = fs.existsSync(CHROMIUM) && fs.existsSync(path.join(ROOT, "dist", "preview.html"));
if (!available && process.env.CI)
  throw new Error("CI needs Chromium (.ci/run installs it) and a production build in dist/");
if (!available)
  console.warn(
    "Chromium or dist/ is missing: the end-to-end tests are skipped (apt-get install chromium; npm run build)."
  );
export const suite = available ? describe : describe.skip;

let server: ChildProcess;
/** The Chromium of the current test file, started by useBrowser(). */
export let browser: Browser;

/** Everything a page did wrong: requests leaving this machine, errors in the console, exceptions. */
interface Watch {
  outside: string[];
  errors: string[];
}

export async function open(
  query: string,
  viewport = { width: 1280, height: 860 }
): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport, locale: "vi-VN" });
  const watch: Watch = { outside: [], errors: [] };
  page.on("request", (r) => {
    if (!r.url().startsWith(ORIGIN) && !r.url().startsWith("data:")) watch.outside.push(r.url());
  });
  page.on("console", (m) => {
    if (m.type() === "error") watch.errors.push(m.text());
  });
  page.on("pageerror", (e) => watch.errors.push(e.message));
  page.on("response", (r) => {
    if (r.status() >= 400) watch.errors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${ORIGIN}/preview.html?${query}`);
  return { page, watch };
}

export function clean(watch: Watch): void {
  expect(watch.outside).toEqual([]);
  expect(watch.errors).toEqual([]);
}

export const pane = (page: Page) => page.locator("#pane");
export const sheet = (page: Page) => page.locator("#sheet");
/** The sheet's cell, e.g. "I7", by the row of a code. */
export async function cellOf(page: Page, code: string, column: string) {
  const row = await sheet(page)
    .locator("tr", {
      has: page.locator(`td[data-cell^="B"]`, { hasText: new RegExp(`^${code.replace(/\./g, "\\.")}$`) }),
    })
    .getAttribute("data-row");
  return sheet(page).locator(`td[data-cell="${column}${row}"]`);
}

/**
 * Waits until nothing on the page moves: an agency's panel opens with an animation (Web Animations), and a click
 * aimed at a row inside it while it still moves can be pressed on one element and released on another, which is
 * no click at all (seen: pointerdown on "Đến dòng 14", pointerup 3 ms later on the row below).
 */
export async function still(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

export async function type(page: Page, code: string, column: "F" | "G", text: string): Promise<void> {
  const cell = await cellOf(page, code, column);
  const input = cell.locator("input");
  await input.fill(text);
  await input.press("Enter");
}

export async function axe(page: Page, label: string, context = "#pane"): Promise<void> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate(async (context) => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: unknown,
          opts: unknown
        ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    return w.axe.run(context, { resultTypes: ["violations"] });
  }, context);
  const serious = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${label}: ${v.id} (${v.impact}) at ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`
    );
  expect(serious).toEqual([]);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Starts the local server and Chromium before the file's tests, and stops them after. */
export function useBrowser(): void {
  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs"), path.join(ROOT, "dist"), "0"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((ready, fail) => {
      server.stdout?.once("data", (line: Buffer) => {
        const port = /localhost:(\d+)\//.exec(line.toString())?.[1];
        if (!port) return fail(new Error(`the server printed no port: ${line.toString()}`));
        ORIGIN = `http://127.0.0.1:${port}`;
        ready();
      });
      server.on("exit", (code) => fail(new Error(`the server stopped (${code})`)));
    });
    // playwright starts Chromium with a fresh, empty profile of its own.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // Shared with bench/pane/run.mjs, so the benchmark times the Chromium the tests drive.
      args: CHROMIUM_ARGS,
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });
}
