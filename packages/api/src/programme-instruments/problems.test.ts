import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDefinitionFile, danishCrossCheck } from "./problems";

type Example = { items: { options: { code: unknown }[]; max?: unknown }[] };
const example = () => JSON.parse(readFileSync(new URL("../../../instruments/src/examples/hverdagsmestring.json", import.meta.url), "utf8")) as Example;

describe("problems in a definition file", () => {
  it("has Danish wording for every message the cross-checks can write", () => {
    // Read from the source, so a new cross-check message without Danish wording fails here.
    const source = readFileSync(new URL("../../../instruments/src/cross-checks.ts", import.meta.url), "utf8");
    const templates = [...source.matchAll(/problems\.push\(`([^`]*)`/g)].map((m) => m[1]!);
    expect(templates.length).toBeGreaterThan(20);
    for (const template of templates) {
      const message = template.replace("${where}: ", "").replace(/\$\{[^}]+\}/g, "x1");
      expect(danishCrossCheck(message), template).not.toBe(message);
    }
  });

  it("names the item by index and id, in Danish and English", () => {
    const d = example();
    d.items[1]!.options[1]!.code = 1;
    const checked = checkDefinitionFile(JSON.stringify(d));
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems).toContainEqual({
      path: 'items[1] ("overblik")',
      da: "svarkoden 1 bruges mere end én gang",
      en: "option code 1 is used more than once",
    });
  });

  it("words zod's own messages in Danish, with the path into the file", () => {
    const d = example();
    d.items[2]!.max = "syv";
    const checked = checkDefinitionFile(d);
    expect(!checked.ok && checked.problems[0]?.path).toBe('items[2] ("ude").max');
    expect(!checked.ok && checked.problems[0]?.da).toMatch(/forventede tal/);
  });

  it("says when the file is not JSON at all", () => {
    const checked = checkDefinitionFile("{ id: ");
    expect(!checked.ok && checked.problems[0]).toMatchObject({ path: "(root)", da: expect.stringMatching(/^Filen er ikke gyldig JSON/) });
  });

  it("accepts the example", () => {
    expect(checkDefinitionFile(JSON.stringify(example())).ok).toBe(true);
  });
});
