import type { DbConfig } from "../config";
import { backupPostgres, restorePostgres } from "./postgres";
import { backupSqlite, restoreSqlite, type BackupResult } from "./sqlite";

export type { BackupResult } from "./sqlite";
export { checkSqliteFile, sqliteRowCounts } from "./sqlite";
export { findPgTool, postgresRowCounts } from "./postgres";

/** A consistent copy of the live database in `file`, taken while the server goes on writing. */
export async function backupDatabase(config: DbConfig, file: string): Promise<BackupResult> {
  return config.engine === "postgresql" ? backupPostgres(config.url, file) : backupSqlite(config.url, file);
}

/** Restores `file` into the configured database; refuses one that holds data unless `force`. */
export async function restoreDatabase(config: DbConfig, file: string, opts: { force?: boolean } = {}): Promise<BackupResult> {
  return config.engine === "postgresql" ? restorePostgres(file, config.url, opts) : restoreSqlite(file, config.url, opts);
}
