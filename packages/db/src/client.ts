import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { createBulkReader, type BulkReader } from "./bulk-read";
import type { DbConfig, Engine } from "./config";

/**
 * The database handle every package uses. Both engines' clients are generated from the
 * same model file, so they expose the same model API; we type them by the SQLite one.
 */
export type Db = SqliteClient & { readonly engine: Engine; readonly bulk: BulkReader };

/** Adds the engine and the bulk reader, and closes the reader's connection with the client's. */
function withExtras<T extends { $disconnect(): Promise<void> }>(client: T, config: DbConfig): T & { engine: Engine; bulk: BulkReader } {
  const bulk = createBulkReader(config.engine, config.url);
  const disconnect = client.$disconnect.bind(client);
  return Object.assign(client, {
    engine: config.engine,
    bulk,
    $disconnect: async () => {
      await bulk.close();
      await disconnect();
    },
  });
}

export async function createDb(config: DbConfig): Promise<Db> {
  if (config.engine === "postgresql") {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: config.url, max: 10 }) });
    // Same generated model API, different query compiler: see the type comment above.
    return withExtras(client as unknown as SqliteClient, config);
  }
  mkdirSync(dirname(config.url), { recursive: true });
  // `timeout` is SQLite's busy timeout: concurrent writers from other processes wait instead of failing.
  const client = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: config.url, timeout: 10_000 }) });
  // The adapter holds one connection, so per-connection pragmas set here stay in force.
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  // better-sqlite3 builds with synchronous=NORMAL for WAL, which may lose the last commits on a
  // power cut. An acknowledged answer must survive that, so every commit is synced.
  await client.$executeRawUnsafe("PRAGMA synchronous = FULL");
  return withExtras(client, config);
}
