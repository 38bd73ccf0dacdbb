// vitest globalSetup for the e2e project: finds the system Chromium (Debian's package; a
// test tool's own browser download cannot work on our machines) and hands its path to tests.
import { execFileSync } from "node:child_process";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, "chromium", "chromium-browser", "google-chrome"].filter(Boolean) as string[];
  for (const candidate of candidates) {
    try {
      return execFileSync("sh", ["-c", `command -v "${candidate}"`], { encoding: "utf8" }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error("No Chromium found: install Debian's chromium (scripts/ensure-test-tools.sh does) or set CHROMIUM_PATH.");
}

export default function setup(project: TestProject) {
  project.provide("chromiumPath", findChromium());
}
