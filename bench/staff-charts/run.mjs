// bench/staff-charts: the evaluator's "Spørgeskemaer" page in real Chromium (issue 16, item 2).
// Signs in as evaluator@skridt.demo on a running demo server, opens the questionnaires page
// of the demo programme cold (a fresh page, the session kept), and records every long task
// (PerformanceObserver "longtask", > 50 ms) until 2 s pass without one. Per run it reports:
//   - usable: ms from navigation start until the section's item heading is shown and no
//     task blocks input for more than 200 ms any more (the end of the last task > 200 ms);
//   - quiet: ms until the end of the last long task of any length (everything drawn);
//   - longest: the longest single task in that load, ms;
//   - blocking: the sum over long tasks of their time beyond 50 ms (total blocking time);
//   - charts: how many chart drawings (.recharts-wrapper) the page holds when quiet;
//   - scroll longest: the longest task while scrolling to the bottom in 600 px steps.
// Prints each run and the medians of RUNS runs. No thresholds: figures only; exits non-zero
// only when the page could not be opened.
//
// Settings (environment): BASE_URL (http://127.0.0.1:3105), RUNS (5), CHROMIUM
// (/usr/bin/chromium), STAFF_DIST: serve the staff app's files from another build folder
// (e.g. a copy of apps/staff/dist made before a change) to measure before and after against
// the same server; several folders, comma-separated, are measured in turn run by run (so a
// noisy machine hits each alike), each with its own medians. Copies also keep a rebuild of
// apps/staff/dist during the runs from breaking the page.
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(new URL("../../tests/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:3105";
const RUNS = Number(process.env.RUNS ?? 5);
const DISTS = (process.env.STAFF_DIST ?? "").split(",");
const QUIET_MS = 2000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const TYPES = { ".js": "text/javascript", ".css": "text/css", ".html": "text/html", ".svg": "image/svg+xml", ".json": "application/json" };

/** Answer the staff app's own files from STAFF_DIST, keeping the server's headers (CSP). */
async function serveDist(context, DIST) {
  await context.route(`${BASE_URL}/staff/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith("/staff/assets/")) {
      const file = join(DIST, url.pathname.slice("/staff/".length));
      if (existsSync(file)) {
        const ext = file.slice(file.lastIndexOf("."));
        return route.fulfill({ status: 200, body: readFileSync(file), headers: { "content-type": TYPES[ext] ?? "application/octet-stream" } });
      }
    }
    if (route.request().resourceType() === "document") {
      const response = await route.fetch();
      return route.fulfill({ response, body: readFileSync(join(DIST, "index.html"), "utf8") });
    }
    return route.fallback();
  });
}

const LONG_TASKS = () => {
  globalThis.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) globalThis.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
};

async function measure(context, url) {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  await page.goto(url);
  const heading = page.locator("#evaluation-items");
  await heading.waitFor({ timeout: 60_000 });
  const shownAt = await page.evaluate(() => performance.now());
  // Wait for quiet: no new long task for QUIET_MS.
  let lastCount = -1;
  let quietSince = Date.now();
  for (;;) {
    const count = await page.evaluate(() => globalThis.__longTasks.length);
    if (count !== lastCount) {
      lastCount = count;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= QUIET_MS) break;
    await page.waitForTimeout(100);
  }
  const tasks = await page.evaluate(() => globalThis.__longTasks);
  if (process.env.BENCH_VERBOSE)
    console.log(
      `  shown at ${Math.round(shownAt)} ms; long tasks (start+duration): ${tasks.map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`).join(" ")}`,
    );
  const lastEnd = Math.max(0, ...tasks.map((t) => t.start + t.duration));
  const charts = await page.locator(".recharts-wrapper").count();
  // Scroll through the page as a reader would, a screen at a time.
  const before = tasks.length;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(800);
  const all = await page.evaluate(() => globalThis.__longTasks);
  const scrollTasks = all.slice(before);
  const result = {
    usable: Math.round(Math.max(shownAt, ...tasks.filter((t) => t.duration > 200).map((t) => t.start + t.duration))),
    quiet: Math.round(Math.max(shownAt, lastEnd)),
    longest: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    blocking: Math.round(tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)),
    over200: tasks.filter((t) => t.duration > 200).length,
    charts,
    scrollLongest: Math.round(Math.max(0, ...scrollTasks.map((t) => t.duration))),
    chartsAfterScroll: await page.locator(".recharts-wrapper").count(),
  };
  await page.close();
  return result;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
/** A signed-in context serving the staff files from `dist` ("" = the server's own), and the page's URL. */
async function signIn(dist) {
  const context = await browser.newContext({ locale: "da-DK", viewport: { width: 1366, height: 900 } });
  if (dist) await serveDist(context, dist);
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/staff/`);
  await page.getByLabel("E-mail").fill("evaluator@skridt.demo");
  await page.getByLabel("Adgangskode").fill("skridt-demo");
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.locator("nav.main-nav").getByRole("link", { name: "Programmer" }).click();
  await page.getByRole("link", { name: "Åbn evalueringen af Brug din rampe" }).click();
  await page.getByRole("navigation", { name: "Evalueringens afsnit" }).getByRole("link", { name: "Spørgeskemaer" }).click();
  await page.locator("#evaluation-items").waitFor({ timeout: 60_000 });
  const url = page.url();
  await page.close();
  console.log(`questionnaires page: ${url} (staff files from ${dist || "the server"})`);
  return { dist, context, url, runs: [] };
}

const describe = (r) =>
  `usable ${r.usable} ms, quiet ${r.quiet} ms, longest task ${r.longest} ms, blocking ${r.blocking} ms, tasks > 200 ms ${r.over200}, charts drawn ${r.charts}; scrolling: longest task ${r.scrollLongest} ms, charts ${r.chartsAfterScroll}`;

try {
  const setups = [];
  for (const dist of DISTS) setups.push(await signIn(dist));
  for (let i = 0; i < RUNS; i++) {
    for (const setup of setups) {
      const r = await measure(setup.context, setup.url);
      setup.runs.push(r);
      console.log(`run ${i + 1} [${setup.dist || "server"}]: ${describe(r)}`);
    }
  }
  for (const setup of setups) {
    const m = (key) => median(setup.runs.map((r) => r[key]));
    const keys = ["usable", "quiet", "longest", "blocking", "over200", "charts", "scrollLongest", "chartsAfterScroll"];
    console.log(`median of ${RUNS} [${setup.dist || "server"}]: ${describe(Object.fromEntries(keys.map((k) => [k, m(k)])))}`);
  }
} finally {
  await browser.close();
}
