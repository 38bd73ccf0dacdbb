export { resolveDbConfig, type DbConfig, type Engine } from "./config";
export { createDb, type Db } from "./client";
export { listMigrations, migrate } from "./migrate";
export { Prisma } from "./generated/sqlite/client";
export type * from "./generated/sqlite/models";
export { backupDatabase, restoreDatabase, checkSqliteFile, postgresRowCounts, findPgTool, type BackupResult } from "./backup";
export { type BulkReader, type BulkStatement } from "./bulk-read";
