// Compiles the command line into dist/cli.js (the package's `bin`, "skridt"), so it starts with
// plain `node` instead of npx, pnpm and tsx compiling TypeScript on every call (11 s for
// --help). The workspace's own packages (TypeScript sources) are bundled; third-party packages
// are not: each stays an import of the file the workspace package that uses it resolves, written
// relative to dist/, so Prisma, the database drivers and exceljs load from node_modules as
// they do under tsx. Commands import what they use when they run (cli-db.ts), and each such
// import is its own chunk: --help loads commander, zod and the environment only.
import { readFile, rm } from "node:fs/promises";
import { isBuiltin } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(here, "dist");
const entry = join(here, "src", "cli.ts");

/** A file's path as an import from dist/ (chunks stay in dist/ itself, so one base serves all). */
const fromDist = (file) => {
  const path = relative(outdir, file).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
};

const workspace = {
  name: "skridt-workspace",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData?.resolving || args.path.startsWith("@skridt/")) return undefined;
      if (isBuiltin(args.path)) return { path: args.path, external: true };
      const found = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { resolving: true } });
      if (found.errors.length > 0) return { errors: found.errors };
      return { path: fromDist(found.path), external: true };
    });
    // `import.meta.url` in a bundled source file keeps meaning that file's own place: the
    // migrations next to packages/db, the XLSX worker next to the importer, the repository root.
    b.onLoad({ filter: /\.(ts|mts|mjs|js)$/ }, async (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      let text = await readFile(args.path, "utf8");
      if (args.path === entry) text = text.replace(/^#!.*\n/, "");
      else if (!text.includes("import.meta.url")) return undefined;
      text = text.replaceAll("import.meta.url", `new URL(${JSON.stringify(fromDist(args.path))}, import.meta.url).href`);
      return { contents: text, loader: /\.m?ts$/.test(args.path) ? "ts" : "js", resolveDir: dirname(args.path) };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { cli: entry },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Plain Node conditions: no "module" builds meant for browsers' bundlers.
  conditions: [],
  chunkNames: "[name]-[hash]",
  banner: { js: "#!/usr/bin/env node" },
  sourcemap: "linked",
  logLevel: "warning",
  plugins: [workspace],
});
