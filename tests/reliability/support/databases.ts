// Fresh databases on either engine for the reliability project, which runs both engines in
// one project (its globalSetup starts the throwaway PostgreSQL cluster).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, migrate, type Db, type DbConfig, type Engine } from "@skridt/db";
import pg from "pg";
import { inject } from "vitest";

export interface FreshDatabase {
  config: DbConfig;
  /** Opens a client (the caller disconnects it). */
  open(): Promise<Db>;
  cleanup(): Promise<void>;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("pgAdminUrl") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new migrated database on `engine`. */
export async function freshDatabase(engine: Engine): Promise<FreshDatabase> {
  let config: DbConfig;
  let cleanup: () => Promise<void>;
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "skridt-rel-"));
    config = { engine, url: join(dir, "skridt.db") };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `skridt_rel_${randomBytes(6).toString("hex")}`;
    await admin((client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(inject("pgAdminUrl"));
    url.pathname = `/${name}`;
    config = { engine, url: url.toString() };
    cleanup = async () => {
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    };
  }
  await migrate(config);
  return { config, open: () => createDb(config), cleanup };
}
