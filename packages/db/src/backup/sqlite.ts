// Online backup of the embedded SQLite database. `VACUUM INTO` copies the database as one
// read transaction sees it: a consistent snapshot even while the server goes on writing (in
// WAL mode readers never block writers, and the copy never restarts as the page-by-page
// backup API does when another connection writes). The copy is written beside the target,
// synced, checked, and only then renamed into place, so a half-written backup never carries
// the target's name.
import { existsSync, fsyncSync, openSync, closeSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";

export interface BackupResult {
  file: string;
  bytes: number;
  /** Rows per table in the copy. */
  rows: Record<string, number>;
}

function syncFile(path: string) {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncDir(path: string) {
  try {
    syncFile(path);
  } catch {
    // some file systems cannot sync a directory; the file itself is synced
  }
}

/** Tables of a Skridt database (without SQLite's own), sorted. */
export function sqliteTables(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
}

export function sqliteRowCounts(db: Database.Database): Record<string, number> {
  const rows: Record<string, number> = {};
  for (const table of sqliteTables(db))
    rows[table] = Number(
      db
        .prepare(`SELECT count(*) FROM "${table.replace(/"/g, '""')}"`)
        .pluck()
        .get(),
    );
  return rows;
}

/** Throws unless `PRAGMA integrity_check` and `foreign_key_check` pass on the file. */
export function checkSqliteFile(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma("integrity_check") as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== "ok") {
      throw new Error(`integrity_check failed on ${file}: ${integrity.map((r) => r.integrity_check).join("; ")}`);
    }
    const broken = db.pragma("foreign_key_check") as unknown[];
    if (broken.length > 0) throw new Error(`${broken.length} broken foreign keys in ${file}`);
    return sqliteRowCounts(db);
  } finally {
    db.close();
  }
}

/** Copies the live database at `source` into `target` (which must not exist) while writes go on. */
export function backupSqlite(source: string, target: string): BackupResult {
  const file = resolve(target);
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  if (existsSync(file)) throw new Error(`${file} exists already: choose a new file name`);
  const partial = `${file}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true, timeout: 30_000 });
  try {
    db.prepare("VACUUM INTO ?").run(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
  try {
    syncFile(partial);
    const rows = checkSqliteFile(partial);
    renameSync(partial, file);
    syncDir(dirname(file));
    return { file, bytes: statSync(file).size, rows };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Rows in the tables that hold data (the migrations ledger does not count). */
export function sqliteDataRows(file: string): number {
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true });
  try {
    return Object.entries(sqliteRowCounts(db))
      .filter(([table]) => !table.startsWith("_"))
      .reduce((sum, [, n]) => sum + n, 0);
  } finally {
    db.close();
  }
}

/**
 * Brings a backup back into `target`. Refuses when the target holds data unless `force`.
 * Stop the server first: the copy replaces the whole database. The backup is checked before
 * anything is touched, then copied with SQLite's backup API into a connection to the
 * target, so the target's WAL and shared-memory files stay coherent; the result is checked
 * again and its row counts compared with the backup's.
 */
export async function restoreSqlite(backup: string, target: string, opts: { force?: boolean } = {}): Promise<BackupResult> {
  const rows = checkSqliteFile(backup);
  const existing = sqliteDataRows(target);
  if (existing > 0 && !opts.force) {
    throw new Error(`the database at ${target} holds ${existing} rows: refusing to overwrite it (use --force)`);
  }
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  const db = new Database(target, { timeout: 30_000 });
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
  const after = checkSqliteFile(target);
  if (JSON.stringify(after) !== JSON.stringify(rows)) throw new Error("the restored database does not hold the backup's rows");
  return { file: target, bytes: statSync(target).size, rows: after };
}
