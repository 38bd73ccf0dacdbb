// The database's configuration, resolved when a command needs it: @skridt/db brings in Prisma
// and the database drivers, which `skridt --help` (or a typo) has no use for. Each command
// loads what it uses with import(), so the CLI answers in a fraction of a second.
import type { DbConfig } from "@skridt/db";
import type { Env } from "./env";

export type DbConfigOf = () => Promise<DbConfig>;

export function lazyDbConfig(env: Env): DbConfigOf {
  let config: Promise<DbConfig> | undefined;
  return () => (config ??= import("@skridt/db").then((db) => db.resolveDbConfig({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR })));
}
