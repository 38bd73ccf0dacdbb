import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "results");

/** Writes a run's figures to tests/reliability/results/<name>.json (quoted in docs/reliability.md). */
export function writeResult(name: string, figures: unknown) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ at: new Date().toISOString(), ...(figures as object) }, null, 2)}\n`);
}
