import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as validators from "./index";
import { isWellFormedText } from "./text";

const LONE = "\udfff";

/** Every string schema reachable from a schema (objects, optionals, defaults, pipes, unions, arrays, records...). */
function strings(schema: z.ZodType, found = new Set<z.ZodType>(), seen = new Set<unknown>()): Set<z.ZodType> {
  if (seen.has(schema)) return found;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === "string") found.add(schema);
  const children: unknown[] = [def.innerType, def.in, def.out, def.left, def.right, def.element, def.keyType, def.valueType, def.rest];
  if (def.shape) children.push(...Object.values(def.shape as Record<string, unknown>));
  if (Array.isArray(def.options)) children.push(...(def.options as unknown[]));
  if (Array.isArray(def.items)) children.push(...(def.items as unknown[]));
  for (const child of children) if (child instanceof z.ZodType) strings(child, found, seen);
  return found;
}

describe("well-formed text (issue 11, item 7)", () => {
  it("tells lone surrogates from pairs", () => {
    expect(isWellFormedText("Søren 😀")).toBe(true);
    expect(isWellFormedText("a\udfffb")).toBe(false);
    expect(isWellFormedText("a\ud83d")).toBe(false);
    expect(isWellFormedText("\ude00\ud83d")).toBe(false);
  });

  it("is required of every string field in every shared schema", () => {
    const schemas = (Object.entries(validators) as [string, unknown][]).filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType);
    expect(schemas.length).toBeGreaterThan(30);
    let checked = 0;
    for (const [name, schema] of schemas) {
      for (const field of strings(schema)) {
        // A value the field takes (letters, digits, a dash, some length), then the same with one half of a pair in it.
        const accepted = ["abc", "abcdefgh", "ABCD-EFGH", "abcdefghijklmnopqrstuvwxyz1234", "a".repeat(43)].find((v) => field.safeParse(v).success);
        if (accepted === undefined) continue; // a format (e-mail, phone, CVR) that letters never satisfy
        checked++;
        const broken = `${accepted.slice(0, 1)}${LONE}${accepted.slice(2)}`;
        expect(field.safeParse(broken).success, `${name}: a string field takes a lone surrogate`).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
