// `skridt backup` / `skridt restore` through the real CLI, with writes going on in this process
// while the CLI (another process) copies the database: the copy opens, passes SQLite's
// integrity check (or pg_restore's), is consistent (every pair written in one transaction is
// either wholly in it or wholly absent, every answer's assessment is there), and restoring it
// into a fresh database brings back exactly its rows.
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkSqliteFile, createDb, postgresRowCounts, type DbConfig } from "@skridt/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTs } from "../support/run-ts";
import { createEmptyDatabase, createTestDatabase, engine, type EmptyDatabase, type TestDatabase } from "../support/test-db";
import { cliPath, createOpenSurveys, databaseUrl, rowCounts } from "../reliability/support/fixtures";

const cli = (config: DbConfig, args: string[]) => runTs(cliPath, args, { ...process.env, DATABASE_URL: databaseUrl(config), LOG_LEVEL: "warn" });

async function countsOf(config: DbConfig): Promise<Record<string, number>> {
  if (config.engine === "postgresql") return postgresRowCounts(config.url);
  return checkSqliteFile(config.url);
}

describe(`backup and restore on ${engine}`, () => {
  let t: TestDatabase;
  let dir: string;
  const targets: EmptyDatabase[] = [];
  let assessmentIds: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), "skridt-backup-"));
    const { surveys } = await createOpenSurveys(t.db, 10, "Backup");
    assessmentIds = (await t.db.assessment.findMany({ where: { surveyId: { in: surveys.map((s) => s.surveyId) } }, select: { id: true } })).map((a) => a.id);
  }, 60_000);
  afterAll(async () => {
    for (const target of targets) await target.cleanup();
    await t?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("copies a consistent snapshot while writes go on, and restores it into a fresh database", async () => {
    let writing = true;
    let pairs = 0;
    const writer = (async () => {
      while (writing) {
        // One transaction writes an audit row and an answer that name each other: a consistent copy has both or neither.
        const tag = randomUUID();
        const assessmentId = assessmentIds[pairs % assessmentIds.length]!;
        await t.db.$transaction([
          t.db.auditEvent.create({ data: { action: "backup.test", targetType: "Answer", targetId: tag } }),
          t.db.answer.create({ data: { assessmentId, itemId: `pair-${tag}`, instrumentVersion: "1", value: "1", clientMutationId: tag } }),
        ]);
        pairs++;
        // SQLite's driver is synchronous: yield to timers and I/O, or the CLI's exit is never seen.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const file = join(dir, `during-writes.${engine === "sqlite" ? "db" : "dump"}`);
    try {
      while (pairs < 20) await new Promise((resolve) => setTimeout(resolve, 10));
      const { stdout } = await cli(t.config, ["backup", file]);
      expect(stdout).toContain("backup written");
    } finally {
      writing = false;
      await writer;
    }
    expect(existsSync(file)).toBe(true);
    // The copy neither waited for the writes to end nor missed the ones before it.
    expect(pairs).toBeGreaterThan(20);

    const target = await createEmptyDatabase();
    targets.push(target);
    const { stdout } = await cli(target.config, ["restore", file]);
    expect(stdout).toContain("restored");
    const restored = await createDb(target.config);
    try {
      const audits = await restored.auditEvent.findMany({ where: { action: "backup.test" }, select: { targetId: true } });
      const answers = await restored.answer.findMany({ where: { itemId: { startsWith: "pair-" } }, select: { itemId: true, assessmentId: true } });
      expect(audits.length).toBeGreaterThanOrEqual(20);
      expect(audits.length).toBeLessThanOrEqual(pairs);
      expect(answers.map((a) => a.itemId.slice("pair-".length)).sort()).toEqual(audits.map((a) => a.targetId).sort());
      const assessments = new Set((await restored.assessment.findMany({ select: { id: true } })).map((a) => a.id));
      expect(answers.every((a) => assessments.has(a.assessmentId))).toBe(true);
    } finally {
      await restored.$disconnect();
    }
    if (engine === "sqlite") checkSqliteFile(target.config.url);
  }, 120_000);

  it("round-trips every row of a quiet database, and refuses to overwrite data without --force", async () => {
    const file = join(dir, `quiet.${engine === "sqlite" ? "db" : "dump"}`);
    await cli(t.config, ["backup", file]);
    const source = await rowCounts(t.db);
    expect(source.Answer).toBeGreaterThan(0);

    const target = await createEmptyDatabase();
    targets.push(target);
    await cli(target.config, ["restore", file]);
    expect(await countsOf(target.config)).toEqual(source);

    // A second restore onto the now non-empty database is refused, and changes nothing...
    await expect(cli(target.config, ["restore", file])).rejects.toThrow(/refusing to overwrite/);
    // ...and refused the same way for an existing backup file name.
    await expect(cli(t.config, ["backup", file])).rejects.toThrow(/exists already/);
    // With --force it replaces the content: after a new write in the target, the backup's rows come back.
    const db = await createDb(target.config);
    try {
      await db.auditEvent.create({ data: { action: "after.restore", targetType: "Test" } });
    } finally {
      await db.$disconnect();
    }
    await cli(target.config, ["restore", file, "--force"]);
    expect(await countsOf(target.config)).toEqual(source);
  }, 120_000);
});
