// A schema change without a migration fails here: the snapshot taken when the last migration
// was made (scripts/new-migration.ts) must equal the schema.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listMigrations } from "./migrate";

const prismaDir = join(dirname(fileURLToPath(import.meta.url)), "..", "prisma");

describe("migrations", () => {
  it("were made from the current schema (run `pnpm --filter @skridt/db migration:new <name>` after changing it)", () => {
    const schema = readFileSync(join(prismaDir, "schema.prisma"), "utf8");
    const snapshot = readFileSync(join(prismaDir, "migrations", "schema.snapshot.prisma"), "utf8");
    expect(snapshot).toBe(schema);
  });

  it("exist for both engines with the same names, in order", () => {
    const sqlite = listMigrations("sqlite").map((m) => m.name);
    const postgresql = listMigrations("postgresql").map((m) => m.name);
    expect(sqlite.length).toBeGreaterThan(0);
    expect(postgresql).toEqual(sqlite);
    expect([...sqlite].sort()).toEqual(sqlite);
    for (const name of sqlite) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
  });

  it("are not empty", () => {
    for (const engine of ["sqlite", "postgresql"] as const) {
      for (const m of listMigrations(engine)) expect(m.sql, `${engine}/${m.name}`).toMatch(/\b(CREATE|ALTER|DROP)\b/);
    }
  });
});
