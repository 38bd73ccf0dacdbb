import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveDbConfig } from "@skridt/db";
import { webAppDirs } from "@skridt/server/env";
import { seedDemo } from "@skridt/server/seed";
import { createServer } from "@skridt/server";

/** A real Skridt server on a free loopback port, on a fresh SQLite file seeded with the demo programme. */
export async function startDemoServer() {
  const dataDir = mkdtempSync(join(tmpdir(), "skridt-e2e-"));
  const server = await createServer({
    db: resolveDbConfig({ dataDir }),
    port: 0,
    host: "127.0.0.1",
    trustProxy: false,
    logLevel: "warn",
    webAppDirs,
    afterMigrate: async (db) => {
      await seedDemo(db);
    },
  });
  const url = await server.start();
  return {
    url,
    db: server.db,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
