// Issue 11, item 8: Skridt starts and stops like a service. While the demo seed runs on first
// start (~15 s), the server used to accept connections and answer nothing; now /healthz says
// 503 "starting" and pages get a short "starting" page until it is ready. A normal stop (SIGTERM,
// or Ctrl-C, which signals the whole process group) ends with exit 0 and no ELIFECYCLE or
// ERR_PNPM lines. The server is started the way people start it: through pnpm.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer as netServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb } from "@skridt/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl } from "../reliability/support/fixtures";
import { repoRoot } from "../support/run-ts";
import { createEmptyDatabase, engine, type EmptyDatabase } from "../support/test-db";

/** The pnpm the README's commands run (npx -y pnpm@10.34.9), called directly: npx itself dies by a signal. */
function pnpmBin(): string {
  return execFileSync("npx", ["-y", "-p", "pnpm@10.34.9", "sh", "-c", "command -v pnpm"], { encoding: "utf8" }).trim();
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = netServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  base: string;
  output(): string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function start(command: string[], cwd: string, env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  // Its own process group, as a terminal's foreground job: Ctrl-C signals every process in it.
  const child = spawn(command[0]!, command.slice(1), {
    cwd,
    detached: true,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env },
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += String(chunk)));
  child.stderr?.on("data", (chunk) => (output += String(chunk)));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, base: `http://127.0.0.1:${port}`, output: () => output, exit };
}

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers, signal: AbortSignal.timeout(1500) });

/** Polls until the server answers at all (connection refused while node and tsx load). */
async function firstAnswer(base: string, deadline: number): Promise<Response> {
  while (Date.now() < deadline) {
    try {
      return await get(`${base}/healthz`);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error("the server never answered");
}

const ERROR_LINES = /ELIFECYCLE|ERR_PNPM|Command failed/;

describe(`starting and stopping like a service on ${engine}`, () => {
  let pnpm: string;
  const databases: EmptyDatabase[] = [];
  const dirs: string[] = [];
  const children: ChildProcess[] = [];

  beforeAll(() => {
    pnpm = pnpmBin();
  }, 60_000);
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, "SIGKILL");
    for (const database of databases) await database.cleanup();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  async function fresh() {
    const database = await createEmptyDatabase();
    databases.push(database);
    const dataDir = mkdtempSync(join(tmpdir(), "skridt-service-"));
    dirs.push(dataDir);
    return { DATABASE_URL: databaseUrl(database.config), DATA_DIR: dataDir, SEED_DEMO: "true" };
  }

  it("answers 503 starting (health) and a starting page (pages) while the demo seed runs, then ends on Ctrl-C with exit 0", async () => {
    const server = await start([pnpm, "--filter", "@skridt/server", "start"], repoRoot, await fresh());
    children.push(server.child);
    const deadline = Date.now() + 120_000;
    const first = await firstAnswer(server.base, deadline);
    const seen: number[] = [first.status];
    let sawStartingPage = false;
    // Every poll must be answered promptly while the seed runs (a blocked server times out).
    while (Date.now() < deadline) {
      const health = await get(`${server.base}/healthz`);
      seen.push(health.status);
      if (health.status === 200) break;
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: "starting" });
      const page = await get(`${server.base}/staff/participants`, { accept: "text/html" });
      expect(page.status).toBe(503);
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);
      expect(page.headers.get("retry-after")).toBeTruthy();
      const html = await page.text();
      expect(html).toMatch(/Skridt starter/);
      expect(html).toMatch(/Skridt is starting/);
      sawStartingPage = true;
      const api = await get(`${server.base}/trpc/auth.me`);
      expect(api.status).toBe(503);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(seen.at(-1)).toBe(200);
    // The seed takes long enough that the starting answers were seen.
    expect(sawStartingPage).toBe(true);
    expect(seen.filter((s) => s === 503).length).toBeGreaterThan(3);

    process.kill(-server.child.pid!, "SIGINT");
    expect(await server.exit).toEqual({ code: 0, signal: null });
    expect(server.output()).not.toMatch(ERROR_LINES);
  }, 180_000);

  it("ends on SIGTERM to the process group (as systemd stops a service) with exit 0, also from the root's serve script", async () => {
    const env = { ...(await fresh()), SEED_DEMO: "false" };
    // The root's `serve` after its build step, run by pnpm as `npm start` runs it.
    const serve = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.serve!;
    expect(serve).toMatch(/^turbo run build && /);
    const dir = mkdtempSync(join(tmpdir(), "skridt-serve-"));
    dirs.push(dir);
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: "serve-check", private: true, scripts: { serve: `cd ${repoRoot} && ${serve.replace(/^turbo run build && /, "")}` } }),
    );
    for (const [command, cwd] of [
      [[pnpm, "--filter", "@skridt/server", "start"], repoRoot],
      [[pnpm, "run", "serve"], dir],
    ] as const) {
      const server = await start([...command], cwd, env);
      children.push(server.child);
      const deadline = Date.now() + 90_000;
      while ((await firstAnswer(server.base, deadline)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
      process.kill(-server.child.pid!, "SIGTERM");
      expect(await server.exit, command.join(" ")).toEqual({ code: 0, signal: null });
      expect(server.output()).not.toMatch(ERROR_LINES);
    }
  }, 240_000);

  it("stops cleanly when told to during the demo seed: the seed finishes, so the next start has whole demo data", async () => {
    const env = await fresh();
    const server = await start([pnpm, "--filter", "@skridt/server", "start"], repoRoot, env);
    children.push(server.child);
    await firstAnswer(server.base, Date.now() + 120_000);
    process.kill(-server.child.pid!, "SIGTERM");
    expect(await server.exit).toEqual({ code: 0, signal: null });
    expect(server.output()).not.toMatch(ERROR_LINES);
    const again = await start([pnpm, "--filter", "@skridt/server", "start"], repoRoot, env);
    children.push(again.child);
    const deadline = Date.now() + 90_000;
    while ((await firstAnswer(again.base, deadline)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    // The demo admin can sign in, and the whole demo programme is there (125 participants).
    const signIn = await fetch(`${again.base}/trpc/auth.signIn`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: again.base },
      body: JSON.stringify({ email: "admin@skridt.demo", password: "skridt-demo" }),
    });
    expect(signIn.status).toBe(200);
    const db = await createDb(databases.at(-1)!.config);
    expect(await db.participant.count()).toBe(125);
    await db.$disconnect();
    process.kill(-again.child.pid!, "SIGTERM");
    expect(await again.exit).toEqual({ code: 0, signal: null });
  }, 240_000);
});
