// Applies the committed migrations (prisma/migrations/<engine>/<name>/migration.sql, made by
// `prisma migrate diff`) at start. We apply them ourselves rather than spawning
// `prisma migrate deploy`: that needs the CLI at run time, a driver-adapter workaround on
// PostgreSQL (prisma/orm#27403), and seconds per start. Each migration runs in a transaction
// under a lock, so several server processes starting together apply it exactly once.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import type { DbConfig, Engine } from "./config";

const migrationsRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "prisma", "migrations");
const LEDGER = "_skridt_migrations";

export interface Migration {
  name: string;
  sql: string;
}

export function listMigrations(engine: Engine): Migration[] {
  const dir = join(migrationsRoot, engine);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, "migration.sql")))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name, "migration.sql"), "utf8") }));
}

/**
 * Applies pending migrations and returns the names of those it applied. `until` stops after
 * the named migration (tests use it to check that later migrations keep existing data).
 */
export async function migrate(config: DbConfig, opts: { until?: string } = {}): Promise<string[]> {
  const all = listMigrations(config.engine);
  const stop = opts.until ? all.findIndex((m) => m.name === opts.until) : all.length - 1;
  if (stop < 0) throw new Error(`unknown migration "${opts.until}"`);
  const migrations = all.slice(0, stop + 1);
  return config.engine === "postgresql" ? migratePostgres(config.url, migrations) : migrateSqlite(config.url, migrations);
}

/**
 * Switches the file to WAL. Two processes starting on a fresh file at once can both try;
 * the switch needs the file to themselves and SQLite answers SQLITE_BUSY at once rather than
 * waiting (the busy timeout does not cover it), so wait and try again: it is idempotent.
 */
function inWalMode(db: Database.Database, waitMs = 30_000) {
  const until = Date.now() + waitMs;
  for (;;) {
    try {
      db.pragma("journal_mode = WAL");
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY" || Date.now() > until) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }
}

function migrateSqlite(file: string, migrations: Migration[]): string[] {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 30_000 });
  try {
    inWalMode(db);
    db.exec(`CREATE TABLE IF NOT EXISTS ${LEDGER} (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
    const applied: string[] = [];
    // Prisma's SQLite migrations rebuild tables (create new, copy, DROP old, rename). With
    // foreign keys on, DROP TABLE runs an implicit DELETE that fires ON DELETE CASCADE and
    // empties child tables. So keys are off while migrating (the pragma is ignored inside a
    // transaction, hence here) and checked before commit instead.
    db.pragma("foreign_keys = OFF");
    // BEGIN IMMEDIATE takes the write lock first, so a second process waits, then sees the ledger.
    const apply = db.transaction(() => {
      const done = new Set(db.prepare(`SELECT name FROM ${LEDGER}`).pluck().all() as string[]);
      for (const m of migrations) {
        if (done.has(m.name)) continue;
        db.exec(m.sql);
        db.prepare(`INSERT INTO ${LEDGER} (name, applied_at) VALUES (?, ?)`).run(m.name, new Date().toISOString());
        applied.push(m.name);
      }
      const broken = db.pragma("foreign_key_check") as unknown[];
      if (broken.length > 0) throw new Error(`migration left ${broken.length} broken foreign keys; rolled back`);
    });
    apply.immediate();
    return applied;
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    // One lock key for all Skridt processes; released at COMMIT/ROLLBACK.
    await client.query("SELECT pg_advisory_xact_lock(72837461)");
    await client.query(`CREATE TABLE IF NOT EXISTS ${LEDGER} (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)`);
    const done = new Set((await client.query<{ name: string }>(`SELECT name FROM ${LEDGER}`)).rows.map((r) => r.name));
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await client.query(m.sql);
      await client.query(`INSERT INTO ${LEDGER} (name, applied_at) VALUES ($1, now())`, [m.name]);
      applied.push(m.name);
    }
    await client.query("COMMIT");
    return applied;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
