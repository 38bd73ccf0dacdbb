// Vitest globalSetup for the "integration-postgres" project: starts a throwaway PostgreSQL
// cluster for the run and hands its admin URL to the tests (`inject("pgAdminUrl")`).
//
// - initdb -A trust into a fresh temporary directory, pg_ctl start on a free loopback port,
//   with the unix socket in that directory and fsync off (-F: test data is disposable).
// - As root the server must run as the `postgres` user (initdb and postgres refuse root):
//   the directory is handed to that user and the binaries are spawned with its uid/gid.
// - SKRIDT_TEST_POSTGRES_URL, if set, names an existing server to use instead (CI with a
//   service container); its user must be allowed to CREATE DATABASE.
import { execFileSync, spawnSync, type SpawnSyncOptions } from "node:child_process";
import { accessSync, chownSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser connection URL of the test cluster (database "postgres"). */
    pgAdminUrl: string;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The directory holding initdb and pg_ctl: PATH, then `pg_config --bindir`, then Debian's layout. */
export function findPostgresBinDir(): string {
  const candidates: string[] = [];
  for (const dir of (process.env.PATH ?? "").split(delimiter)) if (dir) candidates.push(dir);
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch {
    // no pg_config: fall through
  }
  const debianRoot = "/usr/lib/postgresql";
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) candidates.push(join(debianRoot, version, "bin"));
  }
  const found = candidates.find((dir) => isExecutable(join(dir, "initdb")) && isExecutable(join(dir, "pg_ctl")));
  if (!found) {
    throw new Error(
      "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH, in `pg_config --bindir` or in /usr/lib/postgresql/*/bin. " +
        "Install PostgreSQL (Debian: apt-get install postgresql-15), or set SKRIDT_TEST_POSTGRES_URL to an existing server, " +
        "or run only the integration-sqlite project.",
    );
  }
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface RunAs {
  uid: number;
  gid: number;
}

/** Root cannot run PostgreSQL: find the postgres user to run it as. */
function postgresUser(): RunAs | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    throw new Error("Running as root, but there is no `postgres` user to run the test cluster as (useradd --system postgres).");
  }
}

function run(bin: string, args: string[], runAs: RunAs | undefined, what: string) {
  const options: SpawnSyncOptions = { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 };
  if (runAs) Object.assign(options, { uid: runAs.uid, gid: runAs.gid, env: { ...process.env, HOME: "/tmp", USER: "postgres", LOGNAME: "postgres" } });
  const result = spawnSync(bin, args, options);
  if (result.error || result.status !== 0) {
    throw new Error(`${what} failed (${result.error?.message ?? `exit ${result.status}`}):\n${String(result.stdout ?? "")}${String(result.stderr ?? "")}`);
  }
}

async function waitUntilReady(url: string) {
  let lastError: unknown;
  for (let attempt = 0; attempt < 100; attempt++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(`the test cluster did not accept connections at ${url}: ${String(lastError)}`);
}

export default async function setup(project: TestProject) {
  const external = process.env.SKRIDT_TEST_POSTGRES_URL;
  if (external) {
    await waitUntilReady(external);
    project.provide("pgAdminUrl", external);
    return;
  }

  const binDir = findPostgresBinDir();
  const runAs = postgresUser();
  const base = mkdtempSync(join(tmpdir(), "skridt-pg-"));
  if (runAs) chownSync(base, runAs.uid, runAs.gid);
  const dataDir = join(base, "data");
  const logFile = join(base, "postgres.log");
  const pgCtl = join(binDir, "pg_ctl");
  let started = false;

  const stop = () => {
    if (started) {
      started = false;
      try {
        run(pgCtl, ["stop", "-D", dataDir, "-m", "immediate", "-w"], runAs, "pg_ctl stop");
      } catch (error) {
        console.error(String(error));
      }
    }
    rmSync(base, { recursive: true, force: true });
  };

  try {
    run(join(binDir, "initdb"), ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync"], runAs, "initdb");
    let port = 0;
    // A free port can be taken between probing and binding: try a few.
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const serverOptions = `-p ${port} -k ${base} -c listen_addresses=127.0.0.1 -c max_connections=200 -F`;
      try {
        run(pgCtl, ["start", "-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", serverOptions], runAs, "pg_ctl start");
        started = true;
        break;
      } catch (error) {
        if (attempt >= 3) {
          const log = existsSync(logFile) ? readFileSync(logFile, "utf8") : "(no log)";
          throw new Error(`${String(error)}\nserver log:\n${log}`);
        }
      }
    }
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    await waitUntilReady(url);
    project.provide("pgAdminUrl", url);
  } catch (error) {
    stop();
    throw error;
  }

  // If the run is interrupted, still stop the server rather than leave it behind.
  const onExit = () => stop();
  process.once("exit", onExit);
  return () => {
    process.off("exit", onExit);
    stop();
  };
}
