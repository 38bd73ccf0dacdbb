// Many rounds of kill -9 during concurrent answer saves, on both engines (one round per engine
// runs in every CI run: tests/integration/security-crash.integration.test.ts).
// SKRIDT_CRASH_ROUNDS rounds (default 10) with SKRIDT_CRASH_PARTICIPANTS concurrent
// participants (default 100). Figures: tests/reliability/results/crash-<engine>.json.
import type { Engine } from "@skridt/db";
import { describe, expect, it } from "vitest";
import { crashRounds } from "./support/crash";
import { freshDatabase } from "./support/databases";
import { writeResult } from "./support/results";

const ROUNDS = Number(process.env.SKRIDT_CRASH_ROUNDS ?? 10);
const PARTICIPANTS = Number(process.env.SKRIDT_CRASH_PARTICIPANTS ?? 100);

describe.each(["sqlite", "postgresql"] as Engine[])("kill -9 rounds on %s", (engine) => {
  it(`survives ${ROUNDS} rounds with ${PARTICIPANTS} participants saving`, async () => {
    const database = await freshDatabase(engine);
    const started = Date.now();
    try {
      const lines: string[] = [];
      const stats = await crashRounds(database.config, {
        rounds: ROUNDS,
        participants: PARTICIPANTS,
        minLoadMs: 100,
        maxLoadMs: 3_000,
        log: (line) => {
          lines.push(line);
          console.info(`[crash ${engine}] ${line}`);
        },
      });
      writeResult(`crash-${engine}`, { engine, participants: PARTICIPANTS, ...stats, seconds: Math.round((Date.now() - started) / 1000), rounds_log: lines });
      expect(stats.rounds).toBe(ROUNDS);
    } finally {
      await database.cleanup();
    }
  });
});
