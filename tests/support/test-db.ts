// A fresh, migrated database per test file, on the engine the project names
// (SKRIDT_TEST_ENGINE=sqlite|postgresql): a temporary SQLite file, or a new database with a
// random name in the throwaway cluster started by postgres-cluster.ts.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, migrate, type Db, type DbConfig, type Engine } from "@skridt/db";
import pg from "pg";
import { inject } from "vitest";

export function testEngine(): Engine {
  const value = process.env.SKRIDT_TEST_ENGINE;
  if (value === "sqlite" || value === "postgresql") return value;
  throw new Error(`SKRIDT_TEST_ENGINE must be "sqlite" or "postgresql" (got ${JSON.stringify(value)}); run through a vitest integration project`);
}

/** The engine of this run, for test names: describe(`... on ${engine}`). */
export const engine: Engine = testEngine();

export interface TestDatabase {
  engine: Engine;
  config: DbConfig;
  db: Db;
  /** Disconnects and removes the database. */
  cleanup(): Promise<void>;
}

export interface EmptyDatabase {
  engine: Engine;
  config: DbConfig;
  cleanup(): Promise<void>;
}

function adminUrl(): string {
  const url = inject("pgAdminUrl");
  if (!url) throw new Error("no PostgreSQL test cluster: run through the integration-postgres project (its globalSetup starts one)");
  return url;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new, empty (unmigrated) database and its config. */
export async function createEmptyDatabase(): Promise<EmptyDatabase> {
  const kind = testEngine();
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "skridt-test-"));
    return {
      engine: kind,
      config: { engine: kind, url: join(dir, "skridt.db") },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `skridt_test_${randomBytes(6).toString("hex")}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    engine: kind,
    config: { engine: kind, url: url.toString() },
    cleanup: async () => {
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** A new database with all migrations applied, and a client for it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const empty = await createEmptyDatabase();
  try {
    await migrate(empty.config);
    const db = await createDb(empty.config);
    return {
      engine: empty.engine,
      config: empty.config,
      db,
      cleanup: async () => {
        await db.$disconnect();
        await empty.cleanup();
      },
    };
  } catch (error) {
    await empty.cleanup();
    throw error;
  }
}
