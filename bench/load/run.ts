// Load test (issue 7): the real server (`skridt start`, its own process) on loopback with a
// fresh demo-seeded SQLite file; 500 simulated participants, each with their own link,
// answering the start questionnaire while the demo mentors and the evaluator browse.
//
//   npx -y pnpm@10.34.9 --filter @skridt/bench load
//
// Phase "paced" (LOAD_SECONDS, 60): each participant saves an answer, then thinks for a random
// 0..2×LOAD_THINK_MS (mean 5 s, a quick participant), mentors and the evaluator click every
// 1-2 s. Phase "flat-out" (LOAD_FLATOUT_SECONDS, 20; 0 skips it): the same 500 participants
// with no think time at all, to show where the server saturates. Requests come from this
// process (Node's fetch, keep-alive); the server never shares its event loop with them.
// Figures per request kind (requests, errors, non-2xx, p50/p90/p99/max ms) go to stdout and
// bench/results/load.json. Exits 1 if any request failed or answered non-2xx.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createSurvey, newParticipantCode } from "@skridt/api";
import { createDb } from "@skridt/db";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "..", "..");
const PARTICIPANTS = Number(process.env.LOAD_PARTICIPANTS ?? 500);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 5_000);
const FLATOUT_SECONDS = Number(process.env.LOAD_FLATOUT_SECONDS ?? 20);
const DEMO_PASSWORD = "skridt-demo";

type Kind = "take.saveAnswer" | "participant.list" | "review.list" | "caseload.due" | "evaluation.overview" | "evaluation.questionnaires";

class Recorder {
  latencies = new Map<Kind, number[]>();
  errors = new Map<Kind, number>();
  non2xx = new Map<Kind, number>();
  notApplied = 0;
  samples: string[] = [];

  async time(kind: Kind, request: () => Promise<Response>, check?: (body: string) => boolean) {
    const started = performance.now();
    try {
      const response = await request();
      const body = await response.text();
      const ms = performance.now() - started;
      const list = this.latencies.get(kind) ?? [];
      list.push(ms);
      this.latencies.set(kind, list);
      if (response.status < 200 || response.status >= 300) {
        this.non2xx.set(kind, (this.non2xx.get(kind) ?? 0) + 1);
        if (this.samples.length < 5) this.samples.push(`${kind} ${response.status} ${body.slice(0, 200)}`);
      } else if (check && !check(body)) this.notApplied++;
    } catch (error) {
      this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
      if (this.samples.length < 5) this.samples.push(`${kind} ${String(error)}`);
    }
  }

  summary(seconds: number) {
    const kinds = [...new Set<Kind>([...this.latencies.keys(), ...this.errors.keys()])];
    const pct = (sorted: number[], p: number) =>
      sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10 : null;
    const perKind = Object.fromEntries(
      kinds.map((kind) => {
        const sorted = [...(this.latencies.get(kind) ?? [])].sort((a, b) => a - b);
        return [
          kind,
          {
            requests: sorted.length + (this.errors.get(kind) ?? 0),
            perSecond: Math.round((sorted.length / seconds) * 10) / 10,
            errors: this.errors.get(kind) ?? 0,
            non2xx: this.non2xx.get(kind) ?? 0,
            p50Ms: pct(sorted, 50),
            p90Ms: pct(sorted, 90),
            p99Ms: pct(sorted, 99),
            maxMs: pct(sorted, 100),
          },
        ];
      }),
    );
    const all = kinds.flatMap((kind) => this.latencies.get(kind) ?? []).sort((a, b) => a - b);
    const total = {
      requests: all.length + [...this.errors.values()].reduce((a, b) => a + b, 0),
      perSecond: Math.round((all.length / seconds) * 10) / 10,
      errors: [...this.errors.values()].reduce((a, b) => a + b, 0),
      non2xx: [...this.non2xx.values()].reduce((a, b) => a + b, 0),
      savesNotApplied: this.notApplied,
      p50Ms: pct(all, 50),
      p99Ms: pct(all, 99),
    };
    return { seconds, total, perKind, failureSamples: this.samples };
  }
}

let stopping = false;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startServer(dataDir: string) {
  const require = (await import("node:module")).createRequire(join(repoRoot, "apps", "server", "package.json"));
  const tsx = (await import("node:url")).pathToFileURL(require.resolve("tsx")).href;
  const child = spawn(process.execPath, ["--import", tsx, join(repoRoot, "apps", "server", "src", "cli.ts"), "start"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, SEED_DEMO: "true", LOG_LEVEL: "warn", DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
    child.stdout.on("data", () => {
      const match = /Sundhed \/ health:\s+(http:\/\/\S+)\/healthz/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!.replace("localhost", "127.0.0.1"));
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited ${code}:\n${output}`)));
  });
  // A server that dies under load is the finding: say how, with the end of its output.
  child.once("exit", (code, signal) => {
    if (!stopping) console.error(`SERVER EXITED during the run (code ${code}, signal ${signal}); its last output:\n${output.slice(-4000)}`);
  });
  return { base, child, output: () => output };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "skridt-load-"));
  const server = await startServer(dataDir);
  const db = await createDb({ engine: "sqlite", url: join(dataDir, "skridt.db") });
  try {
    console.error(`server at ${server.base}; creating ${PARTICIPANTS} participants with open questionnaires…`);
    const programme = await db.programme.findFirstOrThrow({ select: { id: true } });
    const mentors = await db.membership.findMany({ where: { role: "mentor" }, select: { organisationId: true, user: { select: { id: true, email: true } } } });
    const evaluator = await db.membership.findFirstOrThrow({
      where: { role: "evaluator" },
      select: { organisationId: true, user: { select: { email: true } } },
    });
    const participants: { token: string; who5: string }[] = [];
    for (let i = 0; i < PARTICIPANTS; i++) {
      const mentor = mentors[i % mentors.length]!;
      const participant = await db.participant.create({
        data: {
          code: newParticipantCode(),
          organisationId: mentor.organisationId,
          programmeId: programme.id,
          mentorId: mentor.user.id,
          enrolledOn: new Date(),
        },
        select: { id: true },
      });
      const survey = await createSurvey(db, { participantId: participant.id, occasion: "start", mode: "self", createdById: null });
      participants.push({ token: survey.token, who5: "who5" });
    }

    const post = (path: string, body: unknown, cookie?: string) =>
      fetch(`${server.base}/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    const get = (path: string, input: unknown, cookie: string) =>
      fetch(`${server.base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers: { cookie }, signal: AbortSignal.timeout(30_000) });
    const signIn = async (email: string) => {
      const response = await post("auth.signIn", { email, password: DEMO_PASSWORD });
      if (response.status !== 200) throw new Error(`sign-in of ${email} answered ${response.status}`);
      return response.headers.getSetCookie()[0]!.split(";")[0]!;
    };
    const mentorSessions = [];
    for (const m of mentors) {
      const caseload = await db.participant.findMany({ where: { mentorId: m.user.id }, select: { id: true }, take: 50 });
      mentorSessions.push({ organisationId: m.organisationId, cookie: await signIn(m.user.email), participantIds: caseload.map((p: { id: string }) => p.id) });
    }
    const evaluatorCookie = await signIn(evaluator.user.email);

    const phases: Record<string, unknown> = {};
    for (const [name, seconds, thinkMs] of [
      ["paced", SECONDS, THINK_MS],
      ["flatOut", FLATOUT_SECONDS, 0],
    ] as const) {
      if (seconds <= 0) continue;
      console.error(
        `phase ${name}: ${PARTICIPANTS} participants (think ${thinkMs ? `0-${2 * thinkMs} ms` : "none"}), ${mentorSessions.length} mentors, 1 evaluator, ${seconds} s…`,
      );
      const recorder = new Recorder();
      const until = Date.now() + seconds * 1000;
      let counter = 0;
      const participantLoops = participants.map(async (p, index) => {
        // Start spread over the first think interval, as people arrive.
        if (thinkMs) await sleep(Math.random() * 2 * thinkMs);
        for (let n = 0; Date.now() < until; n++) {
          const cmid = `${name}-${index}-${n}-${counter++}`;
          await recorder.time(
            "take.saveAnswer",
            () =>
              post("take.saveAnswer", {
                token: p.token,
                instrumentId: "who5",
                itemId: `who5_${(n % 5) + 1}`,
                value: (n + index) % 6,
                clientMutationId: cmid.padEnd(8, "0"),
                answeredAt: new Date().toISOString(),
              }),
            (body) => body.includes('"saved":true'),
          );
          if (thinkMs) await sleep(Math.random() * 2 * thinkMs);
        }
      });
      const mentorLoops = mentorSessions.map(async (m, index) => {
        for (let n = 0; Date.now() < until; n++) {
          const org = { organisationId: m.organisationId };
          await recorder.time("participant.list", () => get("participant.list", { ...org, scope: "mine" }, m.cookie));
          await sleep(500 + Math.random() * 1000);
          const participantId = m.participantIds[(n + index) % m.participantIds.length];
          if (participantId) await recorder.time("review.list", () => get("review.list", { ...org, participantId }, m.cookie));
          await sleep(500 + Math.random() * 1000);
          await recorder.time("caseload.due", () => get("caseload.due", { ...org, scope: "mine" }, m.cookie));
          await sleep(500 + Math.random() * 1000);
        }
      });
      const evaluatorLoop = (async () => {
        const input = { organisationId: evaluator.organisationId, programmeId: programme.id };
        while (Date.now() < until) {
          await recorder.time("evaluation.overview", () => get("evaluation.overview", input, evaluatorCookie));
          await sleep(1000 + Math.random() * 1000);
          await recorder.time("evaluation.questionnaires", () => get("evaluation.questionnaires", input, evaluatorCookie));
          await sleep(1000 + Math.random() * 1000);
        }
      })();
      const started = Date.now();
      await Promise.all([...participantLoops, ...mentorLoops, evaluatorLoop]);
      phases[name] = {
        participants: PARTICIPANTS,
        thinkMsMean: thinkMs,
        mentors: mentorSessions.length,
        evaluators: 1,
        ...recorder.summary((Date.now() - started) / 1000),
      };
      console.error(JSON.stringify(phases[name], null, 2));
    }

    const [sync] = await db.$queryRawUnsafe<{ synchronous: number | bigint }[]>("PRAGMA synchronous");
    let commit = "unknown";
    try {
      commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoRoot, encoding: "utf8" }).trim();
    } catch {
      // not a git checkout
    }
    const result = {
      at: new Date().toISOString(),
      commit,
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 1e9), node: process.version },
      server: { engine: "sqlite", synchronous: Number(sync?.synchronous), seed: "demo", process: "skridt start (tsx), own process" },
      phases,
    };
    writeFileSync(join(here, "..", "results", "load.json"), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
    const failed = Object.values(phases).some((p) => {
      const total = (p as { total: { errors: number; non2xx: number; savesNotApplied: number } }).total;
      return total.errors > 0 || total.non2xx > 0 || total.savesNotApplied > 0;
    });
    if (failed) {
      console.error("FAILED: some requests failed or answered non-2xx");
      process.exitCode = 1;
    }
  } finally {
    await db.$disconnect();
    stopping = true;
    server.child.kill("SIGTERM");
    await new Promise((resolve) => server.child.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
