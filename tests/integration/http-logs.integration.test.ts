// What the server writes to its log while people sign in: the real CLI in its own process,
// at the most verbose level, with its output captured.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createUser, TEST_PASSWORD } from "../support/api";
import { repoRoot, spawnTs } from "../support/run-ts";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const WRONG_PASSWORD = "wrong-Pa55word-that-must-not-be-logged";

describe(`server logs on ${engine}`, () => {
  let t: TestDatabase;
  let child: ChildProcess;
  let output = "";
  let base: string;
  let email: string;
  let dataDir: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    const org = await createOrganisation(t.db, "Log Org");
    email = (await createUser(t.db, { roles: [{ organisationId: org.id, role: "mentor" }] })).email;
    dataDir = mkdtempSync(join(tmpdir(), "skridt-logs-"));
    child = spawnTs(join(repoRoot, "apps", "server", "src", "cli.ts"), ["start"], {
      ...process.env,
      DATABASE_URL: t.config.engine === "sqlite" ? `file:${t.config.url}` : t.config.url,
      DATA_DIR: dataDir,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "trace",
      SEED_DEMO: "false",
    });
    child.stdout?.on("data", (chunk) => (output += String(chunk)));
    child.stderr?.on("data", (chunk) => (output += String(chunk)));
    base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 45_000);
      const check = () => {
        const match = /Sundhed \/ health:\s+(http:\/\/\S+)\/healthz/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!.replace("localhost", "127.0.0.1"));
        }
      };
      child.stdout?.on("data", check);
      child.on("exit", (code) => reject(new Error(`server exited ${code}:\n${output}`)));
    });
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await t?.cleanup();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/trpc/auth.signIn`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, ...headers },
      body: JSON.stringify(body),
    });

  it("logs requests but never the password or the session token", async () => {
    const wrong = await post({ email, password: WRONG_PASSWORD });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toBe("invalid_credentials");
    expect((await post({ email, password: WRONG_PASSWORD }, { origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ email: "bad", password: WRONG_PASSWORD })).status).toBe(400);
    const right = await post({ email, password: TEST_PASSWORD });
    expect(right.status).toBe(200);
    const token = right.headers.getSetCookie()[0]?.split(";")[0]?.split("=")[1];
    expect(token).toBeTruthy();
    await fetch(`${base}/trpc/auth.me`, { headers: { cookie: `skridt_session=${token}` } });

    // Wait until the last request's log line has reached us (the log is asynchronous).
    for (let i = 0; i < 100 && !output.includes("/trpc/auth.me"); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(output).toContain("/trpc/auth.me");
    // The capture works: the requests are in it...
    expect(output).toContain("/trpc/auth.signIn");
    expect(output).toContain("refused cross-site or non-JSON state change");
    // ...and the secrets are not.
    expect(output).not.toContain(WRONG_PASSWORD);
    expect(output).not.toContain(TEST_PASSWORD);
    expect(output).not.toContain(token!);
  });
});
