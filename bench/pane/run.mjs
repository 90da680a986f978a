// `npm run bench:pane`: time to an interactive pane, ours against a minimal Fluent UI v9 pane, same run, same machine.
// Builds both with the production settings, serves each on 127.0.0.1, loads each LOADS times in headless
// Chromium (interleaved, so a busy moment hurts all alike), takes the moment each is ready inside the page
// (probe.cjs: the first animation frame showing its text and an enabled button) and prints the medians; the last line is
// `ratio: R`, ours with the sample workbook ÷ the minimal pane built as Fluent UI apps usually are (Griffel
// inserting CSS at run time). The line before it compares with the minimal pane built as ours is (CSS extracted
// to a file at build time), so the gain of that build step is not mistaken for ours alone.
// Fails if any request leaves 127.0.0.1.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

const require = createRequire(import.meta.url);
const { PREFIX, probe, readyAt } = require("./probe.cjs");
const { CATEGORIES, marker, mainThreadWork } = require("./cpu.cjs");
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const LOADS = Number(process.env.BENCH_PANE_LOADS ?? 31);
const FRAME_MS = 16.7; // one frame at 60 Hz, headless Chromium's pace
// Traced loads after the timed ones (tracing slows a page, so they are not timed): main-thread work before ready.
const TRACES = Number(process.env.BENCH_PANE_TRACES ?? 9);
const WEBPACK = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
// BENCH_PANE_WARM=1: a pane opened again, as staff do every day. Each page keeps one browser profile across its loads
// and the hashed scripts are served as cacheable, so from the third load Chromium takes them from its cache with
// their compiled code. By default every load is a first opening: a fresh profile, nothing kept.
const WARM = Boolean(process.env.BENCH_PANE_WARM);
const WARM_UPS = WARM ? 3 : 1;

function build(label, args) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [WEBPACK, "--mode", "production", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) throw new Error(`the ${label} build failed (${result.status})`);
  console.log(`built ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Each page and what a person waits for before using it (bench/pane/probe.cjs takes that moment inside the page). */
function cases(ours, minimal, minimalExtracted) {
  return [
    {
      name: "ours, empty workbook",
      url: `${ours}/preview.html?sample=none&lang=vi&latency=0`,
      ready: { text: "Chưa có mẫu chỉ tiêu", button: "Chèn mẫu" },
    },
    {
      name: "ours, sample workbook",
      url: `${ours}/preview.html?sample=h1&lang=vi&latency=0`,
      ready: { text: "Tổng hợp", heading: true, button: "Kiểm tra" },
    },
    ...[
      ["minimal Fluent UI v9 pane", minimal],
      ["minimal pane, CSS extracted like ours", minimalExtracted],
    ].map(([name, url]) => ({
      name,
      url: `${url}/minimal.html`,
      ready: { text: "Chỉ tiêu 2024", heading: true, button: "Kiểm tra" },
    })),
  ];
}

/** The middle value, unrounded (traced figures are fractions of a millisecond). */
const middle = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : Math.round((s[m - 1] + s[m]) / 2);
};

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium)`);
  console.log(
    `bench:pane — node ${process.version}, ${new Date().toISOString()}, ${LOADS} loads each, ` +
      (WARM ? "opened again (cache kept)" : "first opening (nothing kept)")
  );
  // Wall-clock medians mean something only on an idle machine: say how busy it was.
  const loadAverage = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(" ");
  console.log(`load average before the loads: ${loadAverage()}`);
  // BENCH_PANE_BUILT=1 measures the builds already there (while trying a change; the README's figures come with builds).
  if (!process.env.BENCH_PANE_BUILT) {
    build("our pane (dist/)", []);
    build("minimal pane (.tmp/bench-pane/)", ["--config", "bench/pane/webpack.config.js"]);
    build("minimal pane, CSS extracted (.tmp/bench-pane-extracted/)", [
      "--config",
      "bench/pane/webpack.config.js",
      "--env",
      "extracted",
    ]);
  }

  const dirs = [join(ROOT, "dist"), join(ROOT, ".tmp", "bench-pane"), join(ROOT, ".tmp", "bench-pane-extracted")];
  const servers = await Promise.all(dirs.map((dir) => serve(dir, 0, { immutable: WARM })));
  const [ours, minimal, minimalExtracted] = servers.map((s) => `http://127.0.0.1:${s.address().port}`);
  // The e2e suite's Chromium, with its arguments: nothing in the background that could reach the network.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: require("../../test/e2e/chromium-args.json"),
  });
  const outside = [];
  const errors = [];
  const all = cases(ours, minimal, minimalExtracted);
  const samples = all.map(() => []);
  const work = all.map(() => []);
  const profiles = WARM ? await Promise.all(all.map(() => browser.newContext())) : [];
  const load = async (c, traced) => {
    const page = WARM ? await profiles[all.indexOf(c)].newPage() : await browser.newPage();
    page.on("request", (r) => {
      if (!r.url().startsWith("http://127.0.0.1:") && !r.url().startsWith("data:")) outside.push(r.url());
    });
    page.on("pageerror", (e) => errors.push(`${c.name}: ${e.message}`));
    if (traced) await browser.startTracing(page, { categories: CATEGORIES });
    await page.addInitScript({ content: marker(PREFIX) });
    await page.addInitScript({ content: probe(c.ready) });
    const ready = readyAt(page);
    await page.goto(c.url);
    const at = await ready;
    const trace = traced ? mainThreadWork((await browser.stopTracing()).toString()) : undefined;
    await page.close();
    return { at, trace };
  };
  try {
    // Warm-up loads, not counted: Chromium's own start-up, first disk reads (and with WARM, filling the cache).
    for (let round = -WARM_UPS; round < LOADS; round++) {
      for (const [i, c] of all.entries()) {
        const { at } = await load(c, false);
        if (round >= 0) samples[i].push(Math.round(at));
      }
    }
    for (let round = 0; round < TRACES; round++) {
      for (const [i, c] of all.entries()) {
        const { trace } = await load(c, true);
        if (!trace) throw new Error(`${c.name}: the trace has no ready mark`);
        work[i].push(trace);
      }
    }
  } finally {
    await browser.close();
    servers.forEach((s) => s.close());
  }
  if (outside.length) throw new Error(`requests left 127.0.0.1: ${[...new Set(outside)].join(", ")}`);
  if (errors.length) throw new Error(`the pages failed: ${errors.join("; ")}`);

  console.log(`load average after the loads: ${loadAverage()}`);
  const medians = samples.map(median);
  for (const [i, c] of all.entries()) {
    const s = [...samples[i]].sort((a, b) => a - b);
    console.log(`${c.name}: ${medians[i]} ms median (${s[0]}–${s[s.length - 1]} ms, ${s.length} loads)`);
  }
  if (TRACES > 0) {
    const cpu = work.map((w) => middle(w.map((x) => x.cpu)));
    for (const [i, c] of all.entries()) {
      const style = middle(work[i].map((x) => x.styleLayout));
      console.log(
        `${c.name}: ${cpu[i].toFixed(1)} ms main-thread CPU before ready (style and layout ${style.toFixed(1)} ms), median of ${TRACES} traced loads`
      );
    }
    console.log(`main-thread CPU ratio (sample ÷ minimal): ${(cpu[1] / cpu[2]).toFixed(2)}`);
  }
  // The same round's loads side by side: a drift of the machine (the minimal pane's median moved from 88 to 114 ms
  // in two hours) moves both. Readiness is seen at animation frames (probe.cjs), 16.7 ms apart at 60 Hz: at ~115 ms,
  // one frame is 0.15 of the ratio, so the ratio of two medians jumps between values a frame apart.
  const paired = samples[1].map((ms, round) => ms / samples[2][round]);
  const later = samples[1].map((ms, round) => ms - samples[2][round]);
  const quartiles = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return [s[Math.floor((s.length - 1) / 4)], s[Math.ceil((3 * (s.length - 1)) / 4)]];
  };
  const [q1, q3] = quartiles(paired);
  const frames = middle(later) / FRAME_MS;
  console.log(
    `paired (ours with the sample ÷ the minimal pane, load by load): median ${middle(paired).toFixed(2)} ` +
      `(middle half ${q1.toFixed(2)}–${q3.toFixed(2)}); ours ready ${middle(later).toFixed(0)} ms later, ` +
      `${frames.toFixed(1)} frames of ${FRAME_MS} ms`
  );
  console.log(`ratio against the minimal pane with CSS extracted like ours: ${(medians[1] / medians[3]).toFixed(2)}`);
  console.log(`ratio: ${(medians[1] / medians[2]).toFixed(2)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
