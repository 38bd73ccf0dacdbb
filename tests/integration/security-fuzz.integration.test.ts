// A small version of the reliability fuzz (tests/reliability/fuzz.test.ts), so every CI run
// exercises every procedure on both engines: generated inputs, valid-shaped and hostile, as
// anonymous and as each staff role; no INTERNAL_SERVER_ERROR, and a refused call changes no
// table. Then the same kind of inputs through real HTTP (Fastify's inject): never a 5xx.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, SESSION_COOKIE, type SkridtServer } from "../../apps/server/src/server";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";
import { fuzzProcedure, httpRequestFor, inputFor, listProcedures, prepareWorld, refreshSessions, type FuzzWorld } from "../reliability/support/fuzz";

const RUNS = Number(process.env.SKRIDT_FUZZ_RUNS ?? 20);
const HTTP_RUNS = Number(process.env.SKRIDT_FUZZ_HTTP_RUNS ?? 5);
const SEED = Number(process.env.SKRIDT_FUZZ_SEED ?? 7);
const procedures = listProcedures();

describe(`fuzzing every procedure on ${engine} (${RUNS} runs each, seed ${SEED})`, () => {
  let t: TestDatabase;
  let world: FuzzWorld;
  let calls = 0;
  let succeeded = 0;
  const codes: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestDatabase();
    world = await prepareWorld(t.db);
  }, 60_000);
  afterAll(async () => {
    console.info(`[fuzz ${engine}] ${calls} calls over ${procedures.length} procedures: ${succeeded} succeeded, refused ${JSON.stringify(codes)}`);
    await t?.cleanup();
  });

  it("finds the procedures and the keys of their inputs", () => {
    expect(procedures.length).toBeGreaterThan(40);
    expect(procedures.find((p) => p.path === "take.saveAnswer")?.keys).toEqual(expect.arrayContaining(["token", "itemId", "value"]));
  });

  it.each(procedures)(
    "$path: no internal error, a refused call changes nothing",
    async (procedure) => {
      const report = await fuzzProcedure(world, procedure, { runs: RUNS, seed: SEED });
      calls += report.calls;
      succeeded += report.succeeded;
      for (const [code, n] of Object.entries(report.codes)) codes[code] = (codes[code] ?? 0) + n;
      expect(report.findings).toEqual([]);
      expect(report.calls).toBe(RUNS);
    },
    120_000,
  );
});

describe(`fuzzing over HTTP on ${engine}`, () => {
  let t: TestDatabase;
  let world: FuzzWorld;
  let server: SkridtServer;
  let webDir: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    world = await prepareWorld(t.db);
    webDir = mkdtempSync(join(tmpdir(), "skridt-web-"));
    server = await createServer({
      db: t.config,
      port: 0,
      host: "127.0.0.1",
      trustProxy: false,
      logLevel: "silent",
      webAppDirs: { participant: join(webDir, "participant"), staff: join(webDir, "staff") },
    });
    await server.start();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await t?.cleanup();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  it("answers every procedure's generated requests without a 5xx", async () => {
    const failures: string[] = [];
    for (const procedure of procedures) {
      const samples = fc.sample(fc.tuple(fc.constantFrom(null, "admin", "mentor"), inputFor(world, procedure, true)), { numRuns: HTTP_RUNS, seed: SEED });
      for (const [role, input] of samples) {
        const request = httpRequestFor(procedure, input);
        const token = role ? world.tokens[role] : null;
        const response = await server.app.inject({
          method: request.method,
          url: request.url,
          payload: request.payload,
          headers: { "content-type": "application/json", ...(token ? { cookie: `${SESSION_COOKIE}=${token}` } : {}) },
        });
        if (response.statusCode < 300 && /^(auth|user)\./.test(procedure.path)) await refreshSessions(world);
        if (response.statusCode >= 500)
          failures.push(`${request.method} ${procedure.path} as ${role ?? "anonymous"}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);

  it("answers malformed requests without a 5xx", async () => {
    const bodies = [
      "",
      "{",
      "null",
      "[]",
      '{"__proto__":{"isAdmin":true}}',
      `${"[".repeat(10_000)}${"]".repeat(10_000)}`,
      '"\\ud800"',
      "\u0000",
      "1e999",
      JSON.stringify({ token: "x".repeat(200_000) }),
    ];
    const failures: string[] = [];
    for (const path of ["take.saveAnswer", "auth.signIn", "participant.create", "nothing.here", "take.open,auth.me"]) {
      for (const body of bodies) {
        for (const method of ["POST", "GET"] as const) {
          const response = await server.app.inject({
            method,
            url: method === "GET" ? `/trpc/${path}?input=${encodeURIComponent(body)}&batch=${body.length % 2}` : `/trpc/${path}`,
            payload: method === "POST" ? body : undefined,
            headers: { "content-type": "application/json" },
          });
          if (response.statusCode >= 500)
            failures.push(`${method} ${path} ${JSON.stringify(body.slice(0, 40))}: ${response.statusCode} ${response.body.slice(0, 200)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
