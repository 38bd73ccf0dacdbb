// Makes the next migration for both engines from the change in prisma/schema.prisma:
//   pnpm --filter @skridt/db migration:new <name>
// `prisma migrate dev` cannot run with the JS engine (P1014), so we diff the schema
// against the snapshot taken at the last migration; this needs no database at all.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dbRoot, deriveSchema, engines, sourceSchema, type Engine } from "./providers";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: migration:new <name in snake_case>");
  process.exit(2);
}

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");
const migrationsRoot = join(dbRoot, "prisma", "migrations");
const snapshot = join(migrationsRoot, "schema.snapshot.prisma");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const work = mkdtempSync(join(tmpdir(), "skridt-migration-"));

function diff(engine: Engine): string {
  const to = join(work, `${engine}-to.prisma`);
  writeFileSync(to, deriveSchema(readFileSync(sourceSchema, "utf8"), engine));
  const from = existsSync(snapshot) ? join(work, `${engine}-from.prisma`) : undefined;
  if (from) writeFileSync(from, deriveSchema(readFileSync(snapshot, "utf8"), engine));
  const args = [prismaCli, "migrate", "diff", "--config", join(dbRoot, `prisma.config.ts`)];
  args.push(...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]));
  args.push("--to-schema-datamodel", to, "--script");
  return execFileSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
}

let wrote = false;
for (const engine of engines) {
  const sql = diff(engine);
  if (!/\b(CREATE|ALTER|DROP)\b/i.test(sql)) continue;
  const dir = join(migrationsRoot, engine, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  console.log(`wrote ${dir}/migration.sql`);
  wrote = true;
}
rmSync(work, { recursive: true, force: true });
if (wrote) copyFileSync(sourceSchema, snapshot);
else console.log("schema unchanged since the last migration: nothing written");
