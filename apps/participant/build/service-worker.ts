import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const SOURCE = fileURLToPath(new URL("../sw/sw.js", import.meta.url));

/**
 * Emits /sw.js from sw/sw.js with this build's file list and a version derived from it: every
 * built JS and CSS file plus /index.html is precached, so the app opens without a connection
 * once a personal link has been opened. The version changes whenever any file does, which is
 * what makes browsers install the new worker (and drop the caches of older ones).
 */
export function serviceWorker(): Plugin {
  let base = "/";
  let publicDir = "";
  let publicFiles: string[] = [];
  return {
    name: "skridt-service-worker",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      base = config.base;
      // Files copied as they are from public/ (open-early.js): the page needs them offline too.
      publicDir = config.publicDir;
      publicFiles = publicDir && existsSync(publicDir) ? readdirSync(publicDir).filter((f) => /\.(?:js|css)$/.test(f)) : [];
    },
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((file) => /\.(?:js|css)$/.test(file) && file !== "sw.js")
        .sort();
      const hash = createHash("sha256");
      for (const file of files) {
        const output = bundle[file]!;
        hash.update(file);
        hash.update(output.type === "chunk" ? output.code : output.source);
      }
      const html = bundle["index.html"];
      if (html?.type === "asset") hash.update(html.source);
      for (const file of publicFiles) hash.update(readFileSync(join(publicDir, file)));
      const version = hash.digest("hex").slice(0, 12);
      const precache = ["index.html", ...files, ...publicFiles].map((file) => `${base}${file}`);
      const source = readFileSync(SOURCE, "utf8")
        .replace('"__SKRIDT_VERSION__"', JSON.stringify(version))
        .replace("/* __SKRIDT_PRECACHE__ */ []", JSON.stringify(precache));
      this.emitFile({ type: "asset", fileName: "sw.js", source });
    },
  };
}
