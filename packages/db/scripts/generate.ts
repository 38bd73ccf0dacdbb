// Generates one Prisma client per engine from the single source schema.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { dbRoot, engines, writeDerivedSchema } from "./providers";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");

for (const engine of engines) {
  const schema = writeDerivedSchema(engine);
  execFileSync(process.execPath, [prismaCli, "generate", "--no-hints", "--schema", schema, "--config", join(dbRoot, "prisma.config.ts")], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  });
}
