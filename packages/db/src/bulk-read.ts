import Database from "better-sqlite3";
import pg from "pg";
import type { Engine } from "./config";

/** A statement in both placeholder styles, as `Prisma.sql` builds it (`sql` uses ?, `text` uses $1). */
export interface BulkStatement {
  readonly sql: string;
  readonly text: string;
  readonly values: readonly unknown[];
}

/**
 * Reads many rows as plain arrays, on a connection of its own, for the evaluator's figures
 * and exports. Prisma's raw-query path builds an object per row and converts every value
 * through the driver adapter: at 100,000 participants that took seconds per query
 * (bench/analytics), where the driver alone takes a fraction. Read-only by construction:
 * SQLite's connection is opened readonly, PostgreSQL's sessions are set read-only.
 */
export interface BulkReader {
  /** Rows as arrays in the statement's column order. PostgreSQL's bigint/numeric come back as strings: convert with Number(). */
  rows(statement: BulkStatement): Promise<unknown[][]>;
  close(): Promise<void>;
}

export function createBulkReader(engine: Engine, url: string): BulkReader {
  return engine === "postgresql" ? postgresReader(url) : sqliteReader(url);
}

function sqliteReader(file: string): BulkReader {
  // Opened on first use: a process that never reads figures never holds a second handle.
  // WAL mode (set by the writing connection) lets this one read beside the writer.
  let db: Database.Database | null = null;
  const cache = new Map<string, Database.Statement>();
  return {
    async rows(statement) {
      if (!db) {
        db = new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
      }
      let prepared = cache.get(statement.sql);
      if (!prepared) {
        prepared = db.prepare(statement.sql).raw(true);
        if (cache.size > 200) cache.clear();
        cache.set(statement.sql, prepared);
      }
      return prepared.all(...(statement.values as unknown[])) as unknown[][];
    },
    async close() {
      cache.clear();
      db?.close();
      db = null;
    },
  };
}

/** OID of PostgreSQL's `timestamp without time zone`, which Prisma's DateTime columns are. */
const TIMESTAMP = 1114;

/**
 * Prisma stores DateTime as UTC in `timestamp` columns; pg's default parser would read them
 * as local time, off by the server's offset from UTC (a link would expire an hour early in
 * Copenhagen). Read them as UTC, as Prisma's own adapter does.
 */
function getTypeParser(oid: number, format?: "text" | "binary") {
  if (oid === TIMESTAMP && format !== "binary") return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
  return pg.types.getTypeParser(oid, format);
}

function postgresReader(connectionString: string): BulkReader {
  let pool: pg.Pool | null = null;
  return {
    async rows(statement) {
      if (!pool) {
        pool = new pg.Pool({ connectionString, max: 4, options: "-c default_transaction_read_only=on", types: { getTypeParser } });
        // An idle connection the server closes (restart, failover, timeouts) emits "error" on
        // the pool; unhandled, that would end the process. The pool replaces it on next use.
        pool.on("error", () => undefined);
      }
      const result = await pool.query({ text: statement.text, values: statement.values as unknown[], rowMode: "array" });
      return result.rows as unknown[][];
    },
    async close() {
      const closing = pool;
      pool = null;
      await closing?.end();
    },
  };
}
