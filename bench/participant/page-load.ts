// (c) The first question on a slow phone: real Chromium driven over CDP with Lighthouse's
// "Slow 4G" figures (150 ms round trip per request, 1.6 Mbit/s down, 750 kbit/s up) and a 4x
// slower CPU, a cold cache every run (a new browser context: no HTTP cache, no service
// worker), at a 390 px phone viewport. Skridt's participant app and the SurveyJS page are
// built here (both precompressed) and served by the same code (apps/server/src/web-apps.ts),
// measured alternately in the same run.
//
// "First question usable" is the moment the first question's answer inputs are on screen:
// for Skridt the first screen of a personal link is the first question (the welcome and the
// first part's introduction are short notes above it), timed when its first option is visible
// and enabled (Playwright's own check, as before a tap); for SurveyJS (all five WHO-5
// questions on one page, no welcome) when its first radio is there. Times are the page's performance.now(), i.e.
// from the start of navigation.
import { join } from "node:path";
import Fastify from "fastify";
import { registerWebApps } from "../../apps/server/src/web-apps";
import { repoRoot } from "./size";

export const THROTTLING = {
  name: 'Lighthouse "Slow 4G" (as the issue states it) + 4x CPU slowdown',
  latencyMs: 150,
  downloadKbitPerSecond: 1600,
  uploadKbitPerSecond: 750,
  cpuSlowdown: 4,
  viewport: { width: 390, height: 844 },
} as const;

/** The few playwright-core calls used here (it is the tests' dependency; loaded from tests/node_modules). */
interface Locator {
  first(): Locator;
  waitFor(options?: { state?: "visible" | "attached"; timeout?: number }): Promise<void>;
  isEnabled(): Promise<boolean>;
  click(options?: { timeout?: number }): Promise<void>;
}
interface CdpSession {
  send(method: string, params?: object): Promise<unknown>;
  on(event: string, listener: (params: Record<string, unknown>) => void): void;
}
interface Page {
  goto(url: string, options?: { waitUntil?: "commit" | "load"; timeout?: number }): Promise<unknown>;
  evaluate<T>(expression: string): Promise<T>;
  locator(selector: string): Locator;
  getByRole(role: string, options: { name: string }): Locator;
}
interface Context {
  newPage(): Promise<Page>;
  newCDPSession(page: Page): Promise<CdpSession>;
  close(): Promise<void>;
}
interface Browser {
  newContext(options: object): Promise<Context>;
  close(): Promise<void>;
  version(): string;
}

async function launch(): Promise<Browser> {
  const { chromium } = (await import(join(repoRoot, "tests", "node_modules", "playwright-core", "index.mjs"))) as {
    chromium: { launch(options: object): Promise<Browser> };
  };
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
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
}

export interface PageLoadRun {
  page: "skridt" | "surveyjs";
  run: number;
  /** Skridt: the first screen (now the first question itself). SurveyJS: same as firstQuestionMs. */
  firstScreenMs: number;
  firstQuestionMs: number;
  /** Bytes received for scripts (bodies as sent, i.e. compressed, plus headers) before the first question was usable. */
  jsWireBytes: number;
  /** Every response before the first question, compressed, with headers. */
  allWireBytes: number;
  requests: number;
  scripts: string[];
  contentEncodings: string[];
  /** Scripts that came without Content-Encoding (the build leaves files under 512 bytes uncompressed). */
  uncompressedScripts: string[];
}

/** Serves a built folder the way Skridt serves its apps (precompressed, cache headers), on its own port. */
export async function serveLikeSkridt(dir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const app = Fastify({ logger: false });
  await registerWebApps(app, { participant: dir, staff: join(dir, "no-staff-app") });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return { url, stop: () => app.close() };
}

async function measureOnce(browser: Browser, which: PageLoadRun["page"], url: string, run: number): Promise<PageLoadRun> {
  const context = await browser.newContext({
    viewport: THROTTLING.viewport,
    isMobile: true,
    hasTouch: true,
    locale: "da-DK",
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: THROTTLING.latencyMs,
      downloadThroughput: (THROTTLING.downloadKbitPerSecond * 1000) / 8,
      uploadThroughput: (THROTTLING.uploadKbitPerSecond * 1000) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLING.cpuSlowdown });
    const seen = new Map<string, { url: string; type: string; encoding: string }>();
    const finished: { url: string; type: string; bytes: number; encoding: string }[] = [];
    cdp.on("Network.responseReceived", (e) => {
      const response = e.response as { url: string; headers: Record<string, string> };
      const encoding = Object.entries(response.headers).find(([k]) => k.toLowerCase() === "content-encoding")?.[1] ?? "identity";
      seen.set(e.requestId as string, { url: response.url, type: e.type as string, encoding });
    });
    cdp.on("Network.loadingFinished", (e) => {
      const r = seen.get(e.requestId as string);
      if (r) finished.push({ ...r, bytes: e.encodedDataLength as number });
    });

    await page.goto(url, { waitUntil: "commit", timeout: 60_000 });
    let firstScreenMs: number;
    if (which === "skridt") {
      // The first option of the first question, visible and enabled: what a tap needs.
      const option = page.locator("main form input").first();
      await option.waitFor({ state: "visible", timeout: 60_000 });
      if (!(await option.isEnabled())) throw new Error("page load: the first question's option is disabled");
      firstScreenMs = await page.evaluate<number>("performance.now()");
    } else {
      await page.locator("input[type=radio]").first().waitFor({ state: "attached", timeout: 60_000 });
      firstScreenMs = -1;
    }
    const firstQuestionMs = await page.evaluate<number>("performance.now()");
    const before = [...finished];
    const scripts = before.filter((r) => r.type === "Script");
    return {
      page: which,
      run,
      firstScreenMs: which === "skridt" ? firstScreenMs : firstQuestionMs,
      firstQuestionMs,
      jsWireBytes: scripts.reduce((s, r) => s + r.bytes, 0),
      allWireBytes: before.reduce((s, r) => s + r.bytes, 0),
      requests: before.length,
      scripts: scripts.map((r) => new URL(r.url).pathname),
      contentEncodings: [...new Set(scripts.map((r) => r.encoding))],
      uncompressedScripts: scripts.filter((r) => r.encoding === "identity").map((r) => new URL(r.url).pathname),
    };
  } finally {
    await context.close();
  }
}

/** `runs` runs of each page, alternating which goes first; one personal link per Skridt run. */
export async function measurePageLoads(opts: { skridtUrls: string[]; surveyJsUrl: string; runs: number; log: (line: string) => void }) {
  const browser = await launch();
  const runs: PageLoadRun[] = [];
  try {
    // One unthrottled visit each, not counted: the servers' and the disk's caches warm up.
    await measureOnce(browser, "surveyjs", opts.surveyJsUrl, -1).catch(() => undefined);
    for (let i = 0; i < opts.runs; i++) {
      const order: PageLoadRun["page"][] = i % 2 === 0 ? ["skridt", "surveyjs"] : ["surveyjs", "skridt"];
      for (const which of order) {
        const result = await measureOnce(browser, which, which === "skridt" ? opts.skridtUrls[i]! : opts.surveyJsUrl, i + 1);
        runs.push(result);
        opts.log(
          `    run ${i + 1} ${which.padEnd(8)} first question ${result.firstQuestionMs.toFixed(0).padStart(5)} ms` +
            `${which === "skridt" ? ` (first screen ${result.firstScreenMs.toFixed(0)} ms)` : ""}` +
            `  JS ${(result.jsWireBytes / 1000).toFixed(1)} kB (${result.contentEncodings.join(",")}) in ${result.scripts.length} files, all ${(result.allWireBytes / 1000).toFixed(1)} kB in ${result.requests} requests`,
        );
      }
    }
    return { browser: browser.version(), runs };
  } finally {
    await browser.close();
  }
}
