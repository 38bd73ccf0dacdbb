// `skridt backup <file>` and `skridt restore <file>`: a consistent copy of the database while
// the server keeps running (SQLite: VACUUM INTO; PostgreSQL: pg_dump -Fc), and bringing one
// back (stop the server first). Restore refuses a database that already holds data unless
// --force. Figures go to stdout; exit code 1 on any failure.
import { resolve } from "node:path";
import type { Command } from "commander";
import type { DbConfigOf } from "./cli-db";

export function registerBackupCommands(program: Command, dbConfigOf: DbConfigOf) {
  program
    .command("backup")
    .description("write a consistent copy of the database to <file> (safe while the server runs)")
    .argument("<file>", "where to write the backup (must not exist)")
    .action(async (file: string) => {
      const [{ backupDatabase }, dbConfig] = await Promise.all([import("@skridt/db"), dbConfigOf()]);
      const result = await backupDatabase(dbConfig, resolve(file));
      const rows = Object.values(result.rows).reduce((a, b) => a + b, 0);
      console.log(`backup written: ${result.file} (${result.bytes} bytes${dbConfig.engine === "sqlite" ? `, ${rows} rows, integrity ok` : ""})`);
    });

  program
    .command("restore")
    .description("restore a backup made by `skridt backup` into the database (stop the server first)")
    .argument("<file>", "the backup file")
    .option("--force", "overwrite a database that already holds data")
    .action(async (file: string, opts: { force?: boolean }) => {
      const [{ migrate, restoreDatabase }, dbConfig] = await Promise.all([import("@skridt/db"), dbConfigOf()]);
      const result = await restoreDatabase(dbConfig, resolve(file), { force: opts.force === true });
      // A backup from an older release gets the newer migrations at once.
      const applied = await migrate(dbConfig);
      const rows = Object.values(result.rows).reduce((a, b) => a + b, 0);
      console.log(`restored ${rows} rows from ${result.file}${applied.length ? `; migrations applied: ${applied.join(", ")}` : ""}`);
    });
}
