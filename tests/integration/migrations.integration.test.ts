import { join } from "node:path";
import { createDb, listMigrations, migrate } from "@skridt/db";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot, runTs } from "../support/run-ts";
import { createEmptyDatabase, engine, type EmptyDatabase } from "../support/test-db";

const expected = listMigrations(engine).map((m) => m.name);

async function ledger(config: EmptyDatabase["config"]): Promise<string[]> {
  const db = await createDb(config);
  try {
    const rows = await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM _skridt_migrations ORDER BY name");
    return rows.map((r) => r.name);
  } finally {
    await db.$disconnect();
  }
}

describe(`migrations on ${engine}`, () => {
  let database: EmptyDatabase | null = null;
  afterEach(async () => {
    await database?.cleanup();
    database = null;
  });

  it("has at least one migration for this engine", () => {
    expect(expected.length).toBeGreaterThan(0);
  });

  it("applies every migration on an empty database, and nothing on a second run", async () => {
    database = await createEmptyDatabase();
    expect(await migrate(database.config)).toEqual(expected);
    expect(await migrate(database.config)).toEqual([]);
    expect(await ledger(database.config)).toEqual(expected);

    // The schema is really there: the client can write and read every kind of row it needs now.
    const db = await createDb(database.config);
    try {
      const org = await db.organisation.create({ data: { name: "Migrated" } });
      const programme = await db.programme.create({ data: { name: "P", organisations: { create: { organisationId: org.id } } } });
      await db.participant.create({
        data: { code: "ABC-DEF", organisationId: org.id, programmeId: programme.id, enrolledOn: new Date(), identity: { create: { fullName: "X Y" } } },
      });
      expect(await db.participant.count()).toBe(1);
      expect(await db.participantIdentity.count()).toBe(1);
    } finally {
      await db.$disconnect();
    }
  });

  it("applies each migration once when two migrate() calls run at the same time", async () => {
    database = await createEmptyDatabase();
    const { config } = database;
    const results = await Promise.all([migrate(config), migrate(config)]);
    expect(results.flat().sort()).toEqual(expected);
    expect(await ledger(config)).toEqual(expected);
  });

  it("applies each migration once when two processes migrate at the same time", async () => {
    database = await createEmptyDatabase();
    const script = join(repoRoot, "tests", "support", "migrate-child.ts");
    const arg = JSON.stringify(database.config);
    const outputs = await Promise.all([runTs(script, [arg]), runTs(script, [arg])]);
    const applied = outputs.map((o) => JSON.parse(o.stdout.trim().split("\n").at(-1) ?? "null") as string[]);
    expect(applied.flat().sort()).toEqual(expected);
    expect(await ledger(database.config)).toEqual(expected);
  });
});
