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
// Prints each run and the medians of RUNS runs, per build, window width and CPU throttling,
// and writes them to bench/results/staff-charts.json. No thresholds: figures only; exits
// non-zero only when the page could not be opened.
//
// Settings (environment): BASE_URL (http://127.0.0.1:3105), RUNS (5), CHROMIUM
// (/usr/bin/chromium), WIDTHS (1366,390: window widths in px, 900 px high at 1366, 844 at
// 390), THROTTLE (1,4: CPU slow-down rates through CDP Emulation.setCPUThrottlingRate; 1 is
// none), STAFF_DIST: serve the staff app's files from another build folder (e.g. a copy of
// apps/staff/dist made before a change) to measure before and after against the same server;
// several folders, comma-separated, each optionally named (before=/tmp/a,after=/tmp/b), are
// measured in turn run by run (so a noisy machine hits each alike), each with its own
// medians. Copies also keep a rebuild of apps/staff/dist during the runs from breaking the
// page. BENCH_RESULTS: where the JSON goes ("" writes none).
import { execSync } from "node:child_process";
import { readFileSync, existsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";

const require = createRequire(new URL("../../tests/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:3105";
const RUNS = Number(process.env.RUNS ?? 5);
const DISTS = (process.env.STAFF_DIST ?? "").split(",").map((entry) => {
  const [name, path] = entry.includes("=") ? entry.split("=") : [entry || "server", entry];
  return { name, path };
});
const WIDTHS = (process.env.WIDTHS ?? "1366,390").split(",").map(Number);
const THROTTLE = (process.env.THROTTLE ?? "1,4").split(",").map(Number);
const RESULTS = process.env.BENCH_RESULTS ?? new URL("../results/staff-charts.json", import.meta.url).pathname;
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

/**
 * The main thread's tasks from a Chrome trace, with their thread (CPU) time beside their wall
 * time. On a shared machine a task's wall time grows with every other process running (the
 * long-task API sees only wall time); its thread time is the work the page itself did.
 * CDP's CPU throttling counts in thread time too (a task throttled 4x shows about four times
 * its thread time), so the throttled figures compare with each other, not with unthrottled ones.
 */
async function startTrace(cdp) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on("Tracing.dataCollected", collect);
  await cdp.send("Tracing.start", { categories: "toplevel,__metadata", transferMode: "ReportEvents" });
  return async () => {
    const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
    await cdp.send("Tracing.end");
    await done;
    cdp.off("Tracing.dataCollected", collect);
    const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`);
    const byThread = new Map();
    for (const e of events) {
      const key = `${e.pid}:${e.tid}`;
      if ((e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask") && e.ph === "X" && mains.includes(key)) {
        if (!byThread.has(key)) byThread.set(key, []);
        byThread.get(key).push({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000 });
      }
    }
    // The page's renderer: the main thread that worked most.
    const total = (tasks) => tasks.reduce((sum, t) => sum + t.cpu, 0);
    return [...byThread.values()].sort((a, b) => total(b) - total(a))[0] ?? [];
  };
}

async function measure(context, url, throttle) {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  const stopLoadTrace = await startTrace(cdp);
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
  const loadTrace = await stopLoadTrace();
  if (process.env.BENCH_VERBOSE)
    console.log(
      `  shown at ${Math.round(shownAt)} ms; long tasks (start+duration): ${tasks.map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`).join(" ")}`,
    );
  const lastEnd = Math.max(0, ...tasks.map((t) => t.start + t.duration));
  const charts = await page.locator(".recharts-wrapper").count();
  // Scroll through the page as a reader would, a screen at a time.
  const before = tasks.length;
  const stopScrollTrace = await startTrace(cdp);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(800);
  const all = await page.evaluate(() => globalThis.__longTasks);
  const scrollTasks = all.slice(before);
  const scrollTrace = await stopScrollTrace();
  const most = (list, key) => Math.round(Math.max(0, ...list.map((t) => t[key])));
  const result = {
    usable: Math.round(Math.max(shownAt, ...tasks.filter((t) => t.duration > 200).map((t) => t.start + t.duration))),
    quiet: Math.round(Math.max(shownAt, lastEnd)),
    longest: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    blocking: Math.round(tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)),
    over200: tasks.filter((t) => t.duration > 200).length,
    charts,
    scrollLongest: Math.round(Math.max(0, ...scrollTasks.map((t) => t.duration))),
    chartsAfterScroll: await page.locator(".recharts-wrapper").count(),
    // From the trace: the longest main-thread task while loading, by thread time and by wall
    // time, tasks over 200 ms of thread time, and the longest while scrolling by thread time.
    cpuLongest: most(loadTrace, "cpu"),
    traceWallLongest: most(loadTrace, "wall"),
    cpuOver200: loadTrace.filter((t) => t.cpu > 200).length,
    cpuScrollLongest: most(scrollTrace, "cpu"),
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
/** A signed-in context at `width` serving the staff files from `dist.path` ("" = the server's own), and the page's URL. */
async function signIn(dist, width) {
  const context = await browser.newContext({ locale: "da-DK", viewport: { width, height: width < 800 ? 844 : 900 } });
  if (dist.path) await serveDist(context, dist.path);
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
  console.log(`questionnaires page: ${url} (staff files from ${dist.path || "the server"}, ${width} px)`);
  return { dist, width, context, url };
}

const describe = (r) =>
  `usable ${r.usable} ms, quiet ${r.quiet} ms, longest task ${r.longest} ms, blocking ${r.blocking} ms, tasks > 200 ms ${r.over200}, charts drawn ${r.charts}; scrolling: longest task ${r.scrollLongest} ms, charts ${r.chartsAfterScroll}; thread time: longest task ${r.cpuLongest} ms (wall ${r.traceWallLongest} ms), tasks > 200 ms ${r.cpuOver200}, scrolling ${r.cpuScrollLongest} ms`;

const KEYS = [
  "usable",
  "quiet",
  "longest",
  "blocking",
  "over200",
  "charts",
  "scrollLongest",
  "chartsAfterScroll",
  "cpuLongest",
  "traceWallLongest",
  "cpuOver200",
  "cpuScrollLongest",
];
const label = (setup) => `${setup.dist.name}, ${setup.width} px, CPU ${setup.throttle}x`;

try {
  const setups = [];
  for (const dist of DISTS)
    for (const width of WIDTHS) {
      const signedIn = await signIn(dist, width);
      for (const throttle of THROTTLE) setups.push({ ...signedIn, throttle, runs: [] });
    }
  for (let i = 0; i < RUNS; i++) {
    for (const setup of setups) {
      const r = await measure(setup.context, setup.url, setup.throttle);
      setup.runs.push(r);
      console.log(`run ${i + 1} [${label(setup)}]: ${describe(r)}`);
    }
  }
  for (const setup of setups) {
    setup.median = Object.fromEntries(KEYS.map((k) => [k, median(setup.runs.map((r) => r[k]))]));
    console.log(`median of ${RUNS} [${label(setup)}]: ${describe(setup.median)}`);
  }
  if (RESULTS) {
    const commit = (() => {
      try {
        return execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
      } catch {
        return null;
      }
    })();
    const result = {
      page: "evaluator's Spørgeskemaer (questionnaires) page of the demo programme",
      measuredAt: new Date().toISOString(),
      sourceCommit: commit,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, loadAverage: loadavg().map((l) => Math.round(l * 100) / 100) },
      runs: RUNS,
      units: "ms; over200 and charts are counts",
      setups: setups.map((s) => ({ build: s.dist.name, width: s.width, cpuThrottling: s.throttle, median: s.median, runs: s.runs })),
    };
    writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`written: ${RESULTS}`);
  }
} finally {
  await browser.close();
}
