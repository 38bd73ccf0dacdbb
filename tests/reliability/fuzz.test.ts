// The large fuzz of every tRPC procedure on both engines (the small one runs in every CI run:
// tests/integration/security-fuzz.integration.test.ts). SKRIDT_FUZZ_RUNS calls per procedure
// (default 300) straight through the router, SKRIDT_FUZZ_HTTP_RUNS per procedure (default 50)
// through the HTTP server. Figures: tests/reliability/results/fuzz-<engine>.json.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Engine } from "@skridt/db";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createServer, SESSION_COOKIE } from "../../apps/server/src/server";
import { freshDatabase } from "./support/databases";
import { fuzzProcedure, httpRequestFor, inputFor, listProcedures, prepareWorld, refreshSessions } from "./support/fuzz";
import { writeResult } from "./support/results";

const RUNS = Number(process.env.SKRIDT_FUZZ_RUNS ?? 300);
const HTTP_RUNS = Number(process.env.SKRIDT_FUZZ_HTTP_RUNS ?? 50);
const SEED = Number(process.env.SKRIDT_FUZZ_SEED ?? Date.now() % 1_000_000);

describe.each(["sqlite", "postgresql"] as Engine[])("large fuzz on %s", (engine) => {
  it(`calls every procedure ${RUNS} times directly and ${HTTP_RUNS} times over HTTP (seed ${SEED})`, async () => {
    const started = Date.now();
    const procedures = listProcedures();
    const findings: string[] = [];
    const codes: Record<string, number> = {};
    let calls = 0;
    let succeeded = 0;

    const direct = await freshDatabase(engine);
    const db = await direct.open();
    try {
      const world = await prepareWorld(db);
      for (const procedure of procedures) {
        const report = await fuzzProcedure(world, procedure, { runs: RUNS, seed: SEED });
        calls += report.calls;
        succeeded += report.succeeded;
        findings.push(...report.findings);
        for (const [code, n] of Object.entries(report.codes)) codes[code] = (codes[code] ?? 0) + n;
      }
    } finally {
      await db.$disconnect();
      await direct.cleanup();
    }

    const http = await freshDatabase(engine);
    const webDir = mkdtempSync(join(tmpdir(), "skridt-web-"));
    const server = await createServer({
      db: http.config,
      port: 0,
      host: "127.0.0.1",
      trustProxy: false,
      logLevel: "silent",
      webAppDirs: { participant: join(webDir, "p"), staff: join(webDir, "s") },
    });
    let httpCalls = 0;
    const statuses: Record<string, number> = {};
    try {
      await server.start();
      const world = await prepareWorld(server.db);
      for (const procedure of procedures) {
        const samples = fc.sample(fc.tuple(fc.constantFrom(null, "admin", "mentor", "evaluator"), inputFor(world, procedure, true)), {
          numRuns: HTTP_RUNS,
          seed: SEED,
        });
        for (const [role, input] of samples) {
          const request = httpRequestFor(procedure, input);
          const token = role ? world.tokens[role] : null;
          const response = await server.app.inject({
            method: request.method,
            url: request.url,
            payload: request.payload,
            headers: { "content-type": "application/json", ...(token ? { cookie: `${SESSION_COOKIE}=${token}` } : {}) },
          });
          httpCalls++;
          statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
          // A signed-out or changed session would make the rest anonymous: sign in again.
          if (response.statusCode < 300 && /^(auth|user)\./.test(procedure.path)) await refreshSessions(world);
          if (response.statusCode >= 500)
            findings.push(`HTTP ${request.method} ${procedure.path} as ${role ?? "anonymous"}: ${response.statusCode} ${response.body.slice(0, 200)}`);
        }
      }
    } finally {
      await server.stop();
      await http.cleanup();
      rmSync(webDir, { recursive: true, force: true });
    }

    const figures = {
      engine,
      seed: SEED,
      procedures: procedures.length,
      runsPerProcedure: RUNS,
      calls,
      succeeded,
      refused: codes,
      httpRunsPerProcedure: HTTP_RUNS,
      httpCalls,
      httpStatuses: statuses,
      findings,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    writeResult(`fuzz-${engine}`, figures);
    console.info(`[fuzz ${engine}] ${JSON.stringify({ ...figures, findings: findings.length })}`);
    expect(findings).toEqual([]);
  });
});
