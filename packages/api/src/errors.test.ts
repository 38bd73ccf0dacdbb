import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("API errors", () => {
  // apiError takes only keys of @skridt/validators' list (a typo does not compile), so every
  // key the apps may receive is one they have a text for. A TRPCError built by hand escapes that.
  it("are all made by apiError, so each key is one of the shared list", () => {
    const byHand = sourceFiles(SRC)
      .filter((file) => relative(SRC, file) !== "errors.ts")
      .filter((file) => /new TRPCError\(/.test(readFileSync(file, "utf8")))
      .map((file) => relative(SRC, file));
    expect(byHand).toEqual([]);
  });
});
