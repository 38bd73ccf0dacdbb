// One round of the crash test per engine in every CI run (tests/reliability/crash.test.ts runs
// many): the real server is killed with SIGKILL while 30 participants save answers, restarted,
// and every acknowledged answer is there, none twice, and SQLite's integrity_check passes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crashRounds } from "../reliability/support/crash";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`kill -9 during answer saves on ${engine}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.cleanup());

  it("keeps every acknowledged answer, once, in an intact database", async () => {
    const stats = await crashRounds(t.config, {
      rounds: 1,
      participants: 30,
      minLoadMs: 200,
      maxLoadMs: 1_500,
      log: (line) => console.info(`[crash ${engine}] ${line}`),
    });
    expect(stats.rounds).toBe(1);
    expect(stats.acknowledged).toBeGreaterThan(0);
  }, 120_000);
});
