// (c) of bench/participant: builds both pages, serves them the same way, measures the first
// question on a throttled phone (page-load.ts), and states the three targets.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { webAppDirs } from "@skridt/server/env";
import { measurePageLoads, serveLikeSkridt, THROTTLING, type PageLoadRun } from "./page-load";
import { buildParticipantDist, buildSurveyJsDist, repoRoot } from "./size";
import { startSkridt } from "./throughput";

export const PAGE_RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 9);
const TARGET_FIRST_QUESTION_MS = 1500;
const TARGET_SPEEDUP = 2;
const TARGET_JS_BEFORE_FIRST_QUESTION = 90_000;

export interface Target {
  name: string;
  target: string;
  value: string;
  met: boolean;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The last written results, so a run of some parts only keeps the others' figures. */
export function previousResults(): {
  date?: string;
  throughput?: Record<string, unknown> & { keptFromRunOf?: string };
  pageLoad?: Record<string, unknown> & { keptFromRunOf?: string };
  targets?: Target[];
} | null {
  const file = join(repoRoot, "bench", "results", "participant.json");
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** gzip -9 of the scripts a run received before the first question, read from the built folder (the "kB gzip"). */
function jsGzipBytes(dist: string, scripts: string[]): number {
  return scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path.replace(/^\//, ""))), { level: 9 }).length, 0);
}

function summary(runs: PageLoadRun[], dist: string) {
  const last = runs[runs.length - 1];
  return {
    scriptsBeforeFirstQuestion: last?.scripts ?? [],
    jsGzipBytes: median(runs.map((r) => jsGzipBytes(dist, r.scripts))),
    firstQuestionMs: Math.round(median(runs.map((r) => r.firstQuestionMs))),
    firstScreenMs: Math.round(median(runs.map((r) => r.firstScreenMs))),
    jsWireBytes: median(runs.map((r) => r.jsWireBytes)),
    allWireBytes: median(runs.map((r) => r.allWireBytes)),
    requests: median(runs.map((r) => r.requests)),
    minFirstQuestionMs: Math.round(Math.min(...runs.map((r) => r.firstQuestionMs))),
    maxFirstQuestionMs: Math.round(Math.max(...runs.map((r) => r.firstQuestionMs))),
  };
}

export async function firstQuestion(broken: string[]): Promise<{ results: Record<string, unknown>; targets: Target[] }> {
  console.log(`\n(c) first question on a throttled phone: ${THROTTLING.name}, ${PAGE_RUNS} alternating runs each, cold cache`);
  const participantDist = buildParticipantDist();
  const { outDir: surveyJsDist } = await buildSurveyJsDist();
  const dataDir = mkdtempSync(join(tmpdir(), "skridt-bench-pageload-"));
  try {
    const skridt = await startSkridt({ dataDir, surveys: PAGE_RUNS + 1, webAppDirs: { participant: participantDist, staff: webAppDirs.staff } });
    const surveyJs = await serveLikeSkridt(surveyJsDist);
    try {
      const links = skridt.tokens.map((token) => `${skridt.url}/a/${token}`);
      const { browser, runs } = await measurePageLoads({ skridtUrls: links, surveyJsUrl: `${surveyJs.url}/`, runs: PAGE_RUNS, log: console.log });
      const s = summary(
        runs.filter((r) => r.page === "skridt"),
        participantDist,
      );
      const j = summary(
        runs.filter((r) => r.page === "surveyjs"),
        surveyJsDist,
      );
      const speedup = j.firstQuestionMs / s.firstQuestionMs;
      console.log(
        `\n    medians: Skridt first question ${s.firstQuestionMs} ms (first screen ${s.firstScreenMs} ms), JS ${kB(s.jsGzipBytes)} gzip -9 (${kB(s.jsWireBytes)} on the wire), all ${kB(s.allWireBytes)} in ${s.requests} requests`,
      );
      console.log(
        `             SurveyJS first question ${j.firstQuestionMs} ms, JS ${kB(j.jsGzipBytes)} gzip -9 (${kB(j.jsWireBytes)} on the wire), all ${kB(j.allWireBytes)} in ${j.requests} requests`,
      );
      console.log(`             SurveyJS / Skridt: ${speedup.toFixed(2)}x`);
      // A script sent uncompressed although the build made a compressed copy of it is a serving fault;
      // the build makes none for files under 512 bytes (the early script), where headers would eat the gain.
      const dists = { skridt: participantDist, surveyjs: surveyJsDist };
      const needlesslyRaw = runs.flatMap((r) => r.uncompressedScripts.filter((path) => existsSync(join(dists[r.page], `${path.replace(/^\//, "")}.gz`))));
      if (needlesslyRaw.length > 0) broken.push(`page load: sent uncompressed although a compressed copy exists: ${[...new Set(needlesslyRaw)].join(", ")}`);
      return {
        results: {
          note:
            "Chromium over CDP: Network.emulateNetworkConditions (latency per request, throughput) and Emulation.setCPUThrottlingRate; a new browser context per run (cold HTTP cache, no service worker); " +
            "Skridt: time until the first question's first option is visible and enabled (a personal link's first screen is the first question, the welcome and the first part's introduction are notes above it); SurveyJS: until its first radio exists. " +
            "Wire bytes are as received (compressed bodies plus headers; the encodings Chromium got are in each run's contentEncodings: br here). " +
            "jsGzipBytes = the same scripts gzipped at level 9 from the built folder (the issue's 'kB gzip'). Medians of the runs.",
          throttling: THROTTLING,
          browser,
          runsEach: PAGE_RUNS,
          skridt: s,
          surveyjs: j,
          speedup: Math.round(speedup * 100) / 100,
          runs,
        },
        targets: [
          {
            name: "first question usable (median)",
            target: `<= ${TARGET_FIRST_QUESTION_MS} ms`,
            value: `${s.firstQuestionMs} ms`,
            met: s.firstQuestionMs <= TARGET_FIRST_QUESTION_MS,
          },
          {
            name: "first question at least 2x faster than SurveyJS",
            target: `>= ${TARGET_SPEEDUP}x`,
            value: `${speedup.toFixed(2)}x (${j.firstQuestionMs} / ${s.firstQuestionMs} ms)`,
            met: speedup >= TARGET_SPEEDUP,
          },
          {
            name: "first question: JS before it (gzip -9)",
            target: `<= ${kB(TARGET_JS_BEFORE_FIRST_QUESTION)}`,
            value: `${kB(s.jsGzipBytes)} (${kB(s.jsWireBytes)} as sent, brotli, with headers)`,
            met: s.jsGzipBytes <= TARGET_JS_BEFORE_FIRST_QUESTION,
          },
        ],
      };
    } finally {
      await surveyJs.stop();
      await skridt.server.stop();
    }
  } finally {
    for (const dir of [participantDist, surveyJsDist, dataDir]) rmSync(dir, { recursive: true, force: true });
  }
}
