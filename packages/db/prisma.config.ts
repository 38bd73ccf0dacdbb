// Prisma CLI configuration (generate, migrate diff). Prisma 6.19's Rust schema engine
// cannot be downloaded on our machines, so the CLI runs its JavaScript (Wasm) engine
// through a driver adapter. The adapter here is a throwaway in-memory SQLite database:
// the CLI only needs it for commands that touch a database, which we do not use
// (migrations are applied by src/migrate.ts).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  adapter: async () => new PrismaBetterSQLite3({ url: ":memory:" }),
});
