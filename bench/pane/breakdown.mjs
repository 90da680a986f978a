// `node bench/pane/breakdown.mjs`: where our pane's extra start-up work goes, by Chromium trace event, against the
// minimal pane built as ours is (CSS extracted). Run `npm run bench:pane` first (it builds dist/ and the minimal
// panes); this only loads them. Each page is loaded BREAKDOWN_LOADS times (7) after one warm-up, traced, and the
// main thread's events up to the ready frame (bench/pane/probe.cjs, cpu.cjs) are summed by name: thread time, nested
// events counted inside their parents too. It prints the 30 names where ours spends most beyond the minimal pane.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

const require = createRequire(import.meta.url);
const { PREFIX, probe } = require("./probe.cjs");
const { marker, markOf, beforeMark } = require("./cpu.cjs");
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const LOADS = Number(process.env.BREAKDOWN_LOADS ?? 7);
const CATEGORIES = process.env.BREAKDOWN_CATEGORIES?.split(",") ?? [
  "devtools.timeline",
  "toplevel",
  "blink",
  "v8",
  "disabled-by-default-devtools.timeline",
];
const pages = [
  {
    dir: join(ROOT, "dist"),
    path: "/preview.html?sample=h1&lang=vi&latency=0",
    ready: { text: "Tổng hợp", heading: true, button: "Kiểm tra" },
  },
  {
    dir: join(ROOT, ".tmp", "bench-pane-extracted"),
    path: "/minimal.html",
    ready: { text: "Chỉ tiêu 2024", heading: true, button: "Kiểm tra" },
  },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: require("../../test/e2e/chromium-args.json"),
});
const servers = await Promise.all(pages.map((p) => serve(p.dir, 0)));
const sums = pages.map(() => new Map());
try {
  for (let round = -1; round < LOADS; round++) {
    for (const [i, p] of pages.entries()) {
      const page = await browser.newPage();
      await browser.startTracing(page, { categories: CATEGORIES });
      await page.addInitScript({ content: marker(PREFIX) });
      await page.addInitScript({ content: probe(p.ready) });
      const ready = page.waitForEvent("console", { predicate: (m) => m.text().startsWith(PREFIX) });
      await page.goto(`http://127.0.0.1:${servers[i].address().port}${p.path}`);
      await ready;
      const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
      await page.close();
      if (round < 0) continue;
      const mark = markOf(events);
      if (!mark) throw new Error(`${p.path}: the trace has no ready mark`);
      for (const e of beforeMark(events, mark))
        sums[i].set(e.name, (sums[i].get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000 / LOADS);
    }
  }
} finally {
  await browser.close();
  servers.forEach((s) => s.close());
}
const names = [...new Set(sums.flatMap((m) => [...m.keys()]))];
const rows = names
  .map((name) => ({ name, ours: sums[0].get(name) ?? 0, minimal: sums[1].get(name) ?? 0 }))
  .sort((a, b) => b.ours - b.minimal - (a.ours - a.minimal));
console.log(
  `trace event: ours with the sample / minimal pane (CSS extracted), ms of thread time per load, ${LOADS} loads`
);
for (const r of rows.slice(0, 30))
  console.log(`${r.name}: ${r.ours.toFixed(2)} / ${r.minimal.toFixed(2)} (+${(r.ours - r.minimal).toFixed(2)})`);
