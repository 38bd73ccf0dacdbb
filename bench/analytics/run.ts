// bench/analytics: the programme overview plus paired change for all scales at 1,000, 10,000
// and 100,000 participants, beside one hand-written SQL aggregation of the same core figures,
// measured in the same run. Each measurement runs in its own child process (Skridt and
// baseline alternating), so peak memory is that child's own. Prints a table and writes
// bench/results/analytics.json. Exits 0 whether or not the targets are met; non-zero only
// when the benchmark broke (a child failed, or Skridt's figures differ from the baseline's).
import { execFileSync, spawn } from "node:child_process";
import { createReadStream, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { MAGNITUDE_SPREAD, MAX_COUNT_NOISE } from "../../packages/analytics/src/index";
import { todayLocal } from "../../packages/instruments/src/index";
import type { CoreFigures } from "./baseline-sql";
import type { ChildArgs, ChildReport } from "./child";
import { cacheDir, cacheKey, CONTACTS_PER_PARTICIPANT, ensureDataset, ORGANISATIONS, REVIEWS_PER_PARTICIPANT, type Dataset } from "./generate";

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = join(here, "..");
const repoRoot = join(benchDir, "..");

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map((s) => Number(s.trim()));
/** Child processes per path and size; the median is over all their timed runs. */
const PROCS = Number(process.env.BENCH_PROCS ?? 3);
/** Untimed and timed runs per child: more for the small sizes, where a run is short. */
const plan = (n: number) => (n <= 1_000 ? { warmup: 3, runs: 7 } : n <= 10_000 ? { warmup: 2, runs: 5 } : { warmup: 1, runs: 3 });
const TARGET_RATIO = 3;
const TARGET_MS_AT = { participants: 100_000, ms: 1000 };

type Path = "skridt" | "baseline";
const SCRIPT: Record<Path, string> = { skridt: join(here, "measure-skridt.ts"), baseline: join(here, "measure-baseline.ts") };

const log = (line = "") => process.stdout.write(`${line}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function child(path: Path, args: ChildArgs, mode?: "phases"): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const argv = ["--expose-gc", "--import", "tsx", SCRIPT[path], JSON.stringify(args), ...(mode ? [mode] : [])];
    const proc = spawn(process.execPath, argv, { cwd: benchDir, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    proc.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    proc.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    proc.on("error", reject);
    proc.on("close", (code, signal) => {
      const line = stdout.split("\n").find((l) => l.startsWith("@@RESULT@@"));
      if (code !== 0 || !line) return reject(new Error(`${path} child exited ${code ?? signal}:\n${stderr.slice(-4000)}\n${stdout.slice(-2000)}`));
      resolve(JSON.parse(line.slice("@@RESULT@@".length)) as ChildReport);
    });
  });
}

/** Reads the file once so every child starts with it in the OS page cache. */
function warmFile(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = createReadStream(file, { highWaterMark: 4 << 20 });
    s.on("data", () => undefined);
    s.on("end", resolve);
    s.on("error", reject);
  });
}

/**
 * Skridt's figures must be the baseline's, or the comparison means nothing. Skridt's are
 * perturbed by disclosure control (docs/privacy.md), so each must be within the noise the
 * method can add: a count within MAX_COUNT_NOISE, a mean within the largest contribution's
 * noise (scores and changes here are within ±100) over the perturbed n.
 */
function compare(size: number, skridt: CoreFigures, baseline: CoreFigures): string[] {
  const problems: string[] = [];
  const D = MAX_COUNT_NOISE;
  // A count under 5 after perturbation is shown as "<5".
  const count = (a: unknown, b: number) => (a === "<5" ? b - D < 5 : typeof a === "number" && Math.abs(a - b) <= D);
  const within = (a: number | null, b: number | null, bound: number) => (a === null || b === null ? a === b : Math.abs(a - b) <= bound + 1e-9);
  /** A mean of n values within ±top, perturbed as a sum over a perturbed n. */
  const mean = (m: number, n: number, top = 100) => (Math.abs(m) * D + MAGNITUDE_SPREAD * top) / (n - D);
  for (const key of ["enrolled", "active", "ended"] as const)
    if (!count(skridt[key], baseline[key] as number)) problems.push(`${size}: ${key} ${skridt[key]} vs ${baseline[key]}`);
  for (const b of baseline.responseRates) {
    const s = skridt.responseRates.find((r) => r.occasion === b.occasion);
    const rateBound = (2 * D) / (b.eligible - D);
    if (!s || !count(s.eligible, b.eligible) || !count(s.completed, b.completed) || !count(s.incomplete, b.incomplete) || !within(s.rate, b.rate, rateBound))
      problems.push(`${size}: response rate ${b.occasion} ${JSON.stringify(s)} vs ${JSON.stringify(b)}`);
  }
  if (skridt.change.length !== baseline.change.length) problems.push(`${size}: ${skridt.change.length} scales vs ${baseline.change.length}`);
  for (const b of baseline.change) {
    const s = skridt.change.find((c) => c.instrumentId === b.instrumentId && c.scaleId === b.scaleId);
    const n = b.n;
    const startBound = mean(b.meanStart ?? 0, n);
    const changeBound = mean(b.meanChange ?? 0, n);
    // SD² = SS/(n−1): the sum of squared deviations gets noise of its largest term (a change within ±100: 200²).
    const sdOk =
      s &&
      s.sdChange !== null &&
      b.sdChange !== null &&
      Math.abs(s.sdChange ** 2 - b.sdChange ** 2) <= (b.sdChange ** 2 * D + MAGNITUDE_SPREAD * 200 ** 2) / (n - D - 1);
    if (
      !s ||
      !count(s.n, n) ||
      !within(s.meanStart, b.meanStart, startBound) ||
      !within(s.meanChange, b.meanChange, changeBound) ||
      !within(s.meanEnd, b.meanEnd, startBound + changeBound) ||
      !sdOk
    ) {
      problems.push(`${size}: change ${b.instrumentId}/${b.scaleId} ${JSON.stringify(s)} vs ${JSON.stringify(b)}`);
    }
  }
  return problems;
}

function summarise(reports: ChildReport[]) {
  const times = reports.flatMap((r) => r.times);
  return {
    medianMs: round(median(times), 1),
    minMs: round(Math.min(...times), 1),
    maxMs: round(Math.max(...times), 1),
    timesMs: times.map((t) => round(t, 1)),
    /** Median over the children of (peak RSS − RSS after imports and opening the database). */
    peakRssDeltaMB: round(median(reports.map((r) => r.maxRssMB - r.rssBeforeMB))),
    /** Median over the children of the whole process's peak RSS. */
    peakRssMB: round(median(reports.map((r) => r.maxRssMB))),
    rssBeforeMB: round(median(reports.map((r) => r.rssBeforeMB))),
    heapAfterRunMB: round(median(reports.map((r) => r.heapAfterRunMB))),
    children: reports.length,
  };
}

function git(...args: string[]): string | null {
  try {
    return execFileSync("git", args, { cwd: repoRoot, encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

async function main() {
  const started = performance.now();
  const loadStart = loadavg();
  const today = todayLocal();
  log(`bench/analytics: overview + paired change vs one SQL aggregation (${PROCS} child processes per path and size; cache ${cacheDir()}, key ${cacheKey()})`);
  log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, load average ${loadStart.map((l) => l.toFixed(2)).join(" ")}`);

  const datasets: Dataset[] = [];
  for (const n of SIZES) datasets.push(await ensureDataset(n, log));

  const results = [];
  const problems: string[] = [];
  for (const ds of datasets) {
    log(
      `\n${ds.participants.toLocaleString("en")} participants (${ds.cached ? "cached" : "generated"}: ${Object.entries(ds.rows)
        .map(([t, c]) => `${t} ${c.toLocaleString("en")}`)
        .join(", ")})`,
    );
    // Sessions left by earlier runs are cleared first. Their audit rows stay (the audit log is
    // append-only, also here): a few hundred rows beside 100,000 participants change nothing.
    const raw = new Database(ds.file, { timeout: 10_000 });
    raw.prepare("DELETE FROM Session WHERE userId = ?").run(ds.evaluatorId);
    raw.pragma("wal_checkpoint(TRUNCATE)");
    const sqliteVersion = raw.prepare("SELECT sqlite_version()").pluck().get() as string;
    raw.close();
    await warmFile(ds.file);
    const { warmup, runs } = plan(ds.participants);
    const args: ChildArgs = { file: ds.file, programmeId: ds.programmeId, organisationId: ds.organisationId, evaluatorId: ds.evaluatorId, today, warmup, runs };
    const reports: Record<Path, ChildReport[]> = { skridt: [], baseline: [] };
    for (let p = 0; p < PROCS; p++) {
      const order: Path[] = p % 2 === 0 ? ["skridt", "baseline"] : ["baseline", "skridt"];
      for (const path of order) {
        const r = await child(path, args);
        reports[path].push(r);
        log(
          `  ${path.padEnd(8)} child ${p + 1}: ${r.times.map((t) => `${round(t, 1)} ms`).join(", ")}; peak RSS ${round(r.maxRssMB)} MB (${round(r.maxRssMB - r.rssBeforeMB)} MB over ${round(r.rssBeforeMB)} MB at start)`,
        );
      }
    }
    const phaseRuns = ds.participants <= 10_000 ? 3 : 1;
    const phases = (await child("skridt", { ...args, runs: phaseRuns, warmup: Math.min(1, warmup) }, "phases")).phases ?? {};
    const mismatch = compare(ds.participants, reports.skridt[0]!.figures as CoreFigures, reports.baseline[0]!.figures as CoreFigures);
    problems.push(...mismatch);
    const skridt = summarise(reports.skridt);
    const baseline = summarise(reports.baseline);
    const ratio = skridt.medianMs / baseline.medianMs;
    results.push({
      participants: ds.participants,
      rows: ds.rows,
      sqliteVersion,
      skridt,
      baseline,
      ratio: round(ratio, 2),
      memoryDeltaRatio: round(skridt.peakRssDeltaMB / Math.max(baseline.peakRssDeltaMB, 0.1), 1),
      figuresAgree: mismatch.length === 0,
      phasesMs: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round(v, 1)])),
      phaseRuns,
      figures: reports.baseline[0]!.figures,
    });
  }

  const targets = [
    ...results.map((r) => ({
      name: `Skridt ≤ ${TARGET_RATIO}× the SQL baseline at ${r.participants.toLocaleString("en")}`,
      limit: TARGET_RATIO,
      value: r.ratio,
      met: r.ratio <= TARGET_RATIO,
    })),
    ...results
      .filter((r) => r.participants === TARGET_MS_AT.participants)
      .map((r) => ({
        name: `Skridt < ${TARGET_MS_AT.ms} ms at ${r.participants.toLocaleString("en")}`,
        limit: TARGET_MS_AT.ms,
        value: r.skridt.medianMs,
        met: r.skridt.medianMs < TARGET_MS_AT.ms,
      })),
  ];

  log("\n| participants | Skridt median ms | Skridt peak RSS Δ MB (whole) | SQL median ms | SQL peak RSS Δ MB (whole) | ratio (time) |");
  log("| ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    log(
      `| ${r.participants.toLocaleString("en")} | ${r.skridt.medianMs} | ${r.skridt.peakRssDeltaMB} (${r.skridt.peakRssMB}) | ${r.baseline.medianMs} | ${r.baseline.peakRssDeltaMB} (${r.baseline.peakRssMB}) | ${r.ratio}× |`,
    );
  }
  log("\nwhere Skridt's time goes (medians of steps timed apart; loads are net of the participants query each load repeats):");
  for (const r of results) {
    log(
      `  ${r.participants.toLocaleString("en")}: ${Object.entries(r.phasesMs)
        .filter(([k]) => !k.includes("(+participants)"))
        .map(([k, v]) => `${k} ${v}`)
        .join("; ")}`,
    );
  }
  log("\ntargets:");
  for (const t of targets) log(`  ${t.met ? "met    " : "NOT met"}  ${t.name}: ${t.value}`);

  const commit = git("rev-parse", "HEAD");
  const dirty = git("status", "--porcelain", "--", "packages", "apps");
  const out = {
    benchmark: "bench/analytics",
    command: "npx -y pnpm@10.34.9 --filter @skridt/bench analytics",
    measuredAt: new Date().toISOString(),
    source: { commit, packagesOrAppsModified: dirty ? dirty.split("\n").length > 0 : false },
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      memoryGB: round(totalmem() / 1024 ** 3),
      platform: `${platform()} ${release()}`,
      node: process.version,
      loadAverageAtStart: loadStart.map((l) => round(l, 2)),
      loadAverageAtEnd: loadavg().map((l) => round(l, 2)),
    },
    settings: {
      sizes: SIZES,
      childProcessesPerPathAndSize: PROCS,
      runsPerChild: Object.fromEntries(SIZES.map((n) => [n, plan(n)])),
      data: {
        organisations: ORGANISATIONS.length,
        perParticipant: `start and end questionnaire (default plan: 6 instruments each, all submitted), a score for every scale at both (5 scales), ${REVIEWS_PER_PARTICIPANT} reviews, 1-3 status events, ${CONTACTS_PER_PARTICIPANT} contacts, no Answer rows`,
      },
      memory:
        "each measurement in its own child process; peak RSS from process.resourceUsage().maxRSS, Δ = peak − RSS after imports and opening the database (before the first run)",
    },
    datasets: datasets.map((d) => ({
      participants: d.participants,
      cacheKey: cacheKey(),
      cached: d.cached,
      generationMs: d.generationMs === null ? null : round(d.generationMs, 0),
      rows: d.rows,
    })),
    results,
    targets,
    allTargetsMet: targets.every((t) => t.met),
    durationS: round((performance.now() - started) / 1000, 0),
  };
  mkdirSync(join(benchDir, "results"), { recursive: true });
  writeFileSync(join(benchDir, "results", "analytics.json"), `${JSON.stringify(out, null, 2)}\n`);
  log(`\nwrote bench/results/analytics.json (${out.durationS} s)`);
  if (problems.length > 0) {
    log(`\nBROKEN: Skridt's figures differ from the baseline's:\n  ${problems.join("\n  ")}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
