import { join, resolve } from "node:path";

export type Engine = "sqlite" | "postgresql";

export interface DbConfig {
  engine: Engine;
  /** A file path for SQLite, a connection string for PostgreSQL. */
  url: string;
}

/**
 * PostgreSQL when DATABASE_URL is a postgres URL, otherwise the embedded SQLite file
 * `skridt.db` under the data directory.
 */
export function resolveDbConfig(opts: { databaseUrl?: string | undefined; dataDir: string }): DbConfig {
  const url = opts.databaseUrl?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { engine: "postgresql", url };
  if (url && url.startsWith("file:")) return { engine: "sqlite", url: resolve(url.slice("file:".length)) };
  if (url) throw new Error(`DATABASE_URL must start with postgres://, postgresql:// or file: (got "${url.split(":")[0]}:...")`);
  return { engine: "sqlite", url: join(resolve(opts.dataDir), "skridt.db") };
}
