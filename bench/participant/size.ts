// (a) What a participant's browser downloads before the first screen: the JS and CSS that
// index.html loads eagerly (entry script, its modulepreloads and static imports, stylesheets),
// gzipped at level 9, beside the same figures for a minimal SurveyJS page built with the
// same Vite.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { precompress } from "../../apps/participant/build/precompress";

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, "..", "..");
const participantDir = join(repoRoot, "apps", "participant");

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface PageSize {
  /** JS the page loads before it can render: entry, modulepreloads and their static imports. */
  initialJs: { gzip: number; bytes: number; files: FileSize[] };
  initialCss: { gzip: number; bytes: number; files: FileSize[] };
  /** Chunks loaded later (dynamic import), not part of the first load. */
  lazy: FileSize[];
  viteVersion: string;
}

function sizeOf(dist: string, file: string): FileSize {
  const content = readFileSync(join(dist, file));
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

function total(files: FileSize[]) {
  return { gzip: files.reduce((s, f) => s + f.gzip, 0), bytes: files.reduce((s, f) => s + f.bytes, 0), files };
}

/** "/assets/x.js" or "./assets/x.js" → "assets/x.js" (relative to dist). */
function distPath(url: string): string {
  return url.replace(/^(\.\/|\/)/, "");
}

function attr(tag: string, name: string): string | null {
  return new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, "i").exec(tag)?.[1] ?? null;
}

function allFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full, base) : [relative(base, full).split("\\").join("/")];
  });
}

/** Static `import ... from "./x.js"` / `import "./x.js"` / `export ... from "./x.js"` of a built chunk (not `import("...")`). */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const re = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
  for (let m = re.exec(code); m; m = re.exec(code)) found.push(m[1]!);
  return found;
}

export function measureDist(dist: string, viteVersion: string): PageSize {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const js = new Set<string>();
  const css = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attr(tag, "src");
    // Module entries, and classic scripts (the participant app's early script) alike.
    if (src) js.add(distPath(src));
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = attr(tag, "rel");
    const href = attr(tag, "href");
    if (!href) continue;
    if (rel === "modulepreload") js.add(distPath(href));
    if (rel === "stylesheet") css.add(distPath(href));
  }
  // Static imports of eager chunks are eager too (Vite normally lists them as modulepreload).
  const queue = [...js];
  while (queue.length > 0) {
    const file = queue.pop()!;
    for (const spec of staticImports(readFileSync(join(dist, file), "utf8"))) {
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      if (!js.has(target) && existsSync(join(dist, target))) {
        js.add(target);
        queue.push(target);
      }
    }
  }
  // sw.js is the service worker, installed after the page has loaded: not part of the page.
  const lazy = allFiles(dist)
    .filter((f) => f !== "sw.js")
    .filter((f) => (f.endsWith(".js") && !js.has(f)) || (f.endsWith(".css") && !css.has(f)))
    .sort()
    .map((f) => sizeOf(dist, f));
  return {
    initialJs: total([...js].sort().map((f) => sizeOf(dist, f))),
    initialCss: total([...css].sort().map((f) => sizeOf(dist, f))),
    lazy,
    viteVersion,
  };
}

function versionOf(pkg: string, fromDir: string): { version: string; path: string } {
  // The package's folder as pnpm links it for this workspace package (its own direct dependency).
  let dir = fromDir;
  while (!existsSync(join(dir, "node_modules", pkg, "package.json"))) {
    if (dirname(dir) === dir) throw new Error(`${pkg} is not installed for ${fromDir}`);
    dir = dirname(dir);
  }
  const path = realpathSync(join(dir, "node_modules", pkg));
  return { version: (JSON.parse(readFileSync(join(path, "package.json"), "utf8")) as { version: string }).version, path };
}

/**
 * Builds apps/participant with its own config and script (`pnpm --filter @skridt/participant
 * build`), into a temp outDir: apps/participant/dist may be in use (the server, e2e tests) and
 * a concurrent build there could change it under the measurement. The caller removes the folder.
 */
export function buildParticipantDist(): string {
  const outDir = mkdtempSync(join(tmpdir(), "skridt-bench-participant-"));
  const extra = ["--outDir", outDir, "--emptyOutDir"];
  const execPath = process.env.npm_execpath;
  const viaPnpm = execPath && /pnpm/.test(execPath);
  const [command, args, cwd] = viaPnpm
    ? [process.execPath, [execPath, "--filter", "@skridt/participant", "build", ...extra], repoRoot]
    : [process.execPath, [join(participantDir, "node_modules", "vite", "bin", "vite.js"), "build", ...extra], participantDir];
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`participant build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return outDir;
}

export function participantViteVersion(): string {
  return versionOf("vite", participantDir).version;
}

/** Builds apps/participant (see buildParticipantDist) and measures its first load. */
export function buildParticipant(): PageSize {
  const outDir = buildParticipantDist();
  try {
    return measureDist(outDir, participantViteVersion());
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Builds bench/participant/surveyjs-page with Vite's build() API into a temp dir, compressed
 * at build time like the participant app (.br and .gz beside each file). The caller removes it.
 */
export async function buildSurveyJsDist(): Promise<{ outDir: string; viteVersion: string }> {
  const participantVite = versionOf("vite", participantDir);
  const benchVite = versionOf("vite", here);
  if (participantVite.path !== benchVite.path) {
    throw new Error(`not the same Vite: participant ${participantVite.version} (${participantVite.path}), bench ${benchVite.version} (${benchVite.path})`);
  }
  const participantReact = versionOf("@vitejs/plugin-react", participantDir);
  const benchReact = versionOf("@vitejs/plugin-react", here);
  if (participantReact.path !== benchReact.path) {
    throw new Error(`not the same @vitejs/plugin-react: participant ${participantReact.version}, bench ${benchReact.version}`);
  }
  const { build } = await import("vite");
  const { default: react } = await import("@vitejs/plugin-react");
  const outDir = mkdtempSync(join(tmpdir(), "skridt-bench-surveyjs-"));
  await build({
    root: join(here, "surveyjs-page"),
    base: "/",
    configFile: false,
    logLevel: "warn",
    mode: "production",
    plugins: [react(), precompress()],
    build: { outDir, emptyOutDir: true },
  });
  return { outDir, viteVersion: benchVite.version };
}

/** Builds the SurveyJS page (see buildSurveyJsDist) and measures its first load. */
export async function buildSurveyJsPage(): Promise<PageSize & { surveyCore: string; surveyReactUi: string }> {
  const { outDir, viteVersion } = await buildSurveyJsDist();
  try {
    return {
      ...measureDist(outDir, viteVersion),
      surveyCore: versionOf("survey-core", here).version,
      surveyReactUi: versionOf("survey-react-ui", here).version,
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
