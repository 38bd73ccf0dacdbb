// Backup of a PostgreSQL database with pg_dump's custom format: one consistent snapshot
// (pg_dump runs in a single repeatable-read transaction), taken while the servers go on
// writing. Restore is pg_restore in one transaction: all of it or nothing.
import { execFileSync, spawn } from "node:child_process";
import { accessSync, constants, existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import pg from "pg";
import type { BackupResult } from "./sqlite";

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where pg_dump and pg_restore are: PATH, then `pg_config --bindir`, then Debian's /usr/lib/postgresql/<newest>/bin. */
export function findPgTool(name: "pg_dump" | "pg_restore"): string {
  const dirs = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  try {
    dirs.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch {
    // no pg_config
  }
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) dirs.push(join(debian, version, "bin"));
  }
  const found = dirs.map((dir) => join(dir, name)).find(executable);
  if (!found)
    throw new Error(`${name} was not found on PATH, in \`pg_config --bindir\` or /usr/lib/postgresql/*/bin (Debian: apt-get install postgresql-client-15)`);
  return found;
}

function run(bin: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(bin, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => (code === 0 ? done() : fail(new Error(`${bin.split("/").pop()} exited ${code}: ${stderr.trim()}`))));
  });
}

/** Rows per table of the public schema. */
export async function postgresRowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    const rows: Record<string, number> = {};
    for (const { tablename } of tables.rows) {
      const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${tablename.replace(/"/g, '""')}"`);
      rows[tablename] = Number(result.rows[0]?.n ?? 0);
    }
    return rows;
  } finally {
    await client.end();
  }
}

/** pg_dump -Fc of the database at `url` into `target` (which must not exist), written beside it then renamed. */
export async function backupPostgres(url: string, target: string): Promise<BackupResult> {
  const file = resolve(target);
  if (existsSync(file)) throw new Error(`${file} exists already: choose a new file name`);
  const partial = `${file}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  try {
    // --no-owner/--no-privileges: the copy restores into a database owned by whoever restores it.
    await run(findPgTool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", "--file", partial, "--dbname", url]);
    // The archive must be readable: list its table of contents.
    await run(findPgTool("pg_restore"), ["--list", partial]);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { file, bytes: statSync(file).size, rows: {} };
}

/** Restores a pg_dump archive into the database at `url`. Refuses a database that holds data unless `force`. */
export async function restorePostgres(backup: string, url: string, opts: { force?: boolean } = {}): Promise<BackupResult> {
  if (!existsSync(backup)) throw new Error(`no backup at ${backup}`);
  const before = await postgresRowCounts(url);
  const existing = Object.entries(before)
    .filter(([table]) => !table.startsWith("_"))
    .reduce((sum, [, n]) => sum + n, 0);
  if (existing > 0 && !opts.force) throw new Error(`the database holds ${existing} rows: refusing to overwrite it (use --force)`);
  const args = ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", url];
  // Replacing an existing schema: drop what the archive creates before creating it again.
  if (Object.keys(before).length > 0) args.push("--clean", "--if-exists");
  await run(findPgTool("pg_restore"), [...args, backup]);
  return { file: backup, bytes: statSync(backup).size, rows: await postgresRowCounts(url) };
}
