import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { da } from "./da";
import { en } from "./en";

// A text key that resolves to nothing shows the raw key ("plan.ownInstrument") on screen.
// The type of en only checks that both languages have the same keys, not that the keys the
// pages ask for exist where they ask: this reads every literal t("...") in the app.
const src = fileURLToPath(new URL("..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

function lookup(texts: unknown, key: string): unknown {
  const at = (k: string) =>
    k.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), texts);
  return at(key) ?? at(`${key}_one`) ?? at(`${key}_other`);
}

describe("the staff app's texts", () => {
  const keys = new Map<string, string>();
  for (const file of sourceFiles(src)) {
    for (const match of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([A-Za-z0-9_.]+)"/g)) keys.set(match[1]!, file.slice(src.length));
  }

  it("finds the keys the pages ask for", () => {
    expect(keys.size).toBeGreaterThan(300);
  });

  it.each([
    ["Danish", da],
    ["English", en],
  ])("has a %s text for every key a page asks for", (_, texts) => {
    const missing = [...keys].filter(([key]) => typeof lookup(texts, key) !== "string").map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});
