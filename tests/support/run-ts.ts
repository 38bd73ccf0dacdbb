// Runs a TypeScript file in a separate Node process (through tsx, which the server uses too),
// to test behaviour across processes: concurrent migrations, the server's own log output.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function tsxLoader(): string {
  const require = createRequire(join(repoRoot, "apps", "server", "package.json"));
  return pathToFileURL(require.resolve("tsx")).href;
}

export function spawnTs(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(process.execPath, ["--import", tsxLoader(), script, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
}

/** Runs a script to its end; resolves with its output, rejects on a non-zero exit. */
export function runTs(script: string, args: string[], env?: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnTs(script, args, env);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk) => (stdout += String(chunk)));
    child.stderr?.on("data", (chunk) => (stderr += String(chunk)));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve({ stdout, stderr }) : reject(new Error(`${script} exited ${code}:\n${stdout}\n${stderr}`))));
  });
}
