// Derives each engine's Prisma schema from the one source schema (prisma/schema.prisma).
// Only the provider and the generated client's folder differ between engines.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const dbRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const sourceSchema = join(dbRoot, "prisma", "schema.prisma");
export const engines = ["sqlite", "postgresql"] as const;
export type Engine = (typeof engines)[number];

export function deriveSchema(source: string, engine: Engine): string {
  if (engine === "sqlite") return source;
  const derived = source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:./unused.db"', 'url      = "postgresql://unused@localhost/unused"')
    .replace('output          = "../src/generated/sqlite"', 'output          = "../../src/generated/postgresql"')
    // The random cell keys (participants', external respondents'): SQLite's random() is a 64-bit integer, PostgreSQL's a float in [0, 1).
    .replaceAll('dbgenerated("(random() & 2147483647)")', 'dbgenerated("(floor(random() * 2147483648))::integer")');
  if (derived === source) throw new Error("could not derive the PostgreSQL schema");
  return `// GENERATED from ../schema.prisma by scripts/providers.ts: do not edit.\n${derived}`;
}

/** Writes the derived schema for an engine and returns its path. */
export function writeDerivedSchema(engine: Engine, source = readFileSync(sourceSchema, "utf8")): string {
  if (engine === "sqlite") return sourceSchema;
  const path = join(dbRoot, "prisma", engine, "schema.prisma");
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, deriveSchema(source, engine));
  return path;
}
