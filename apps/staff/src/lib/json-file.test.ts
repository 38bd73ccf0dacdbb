import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatJsonFile } from "./json-file";

const repo = (path: string) => readFileSync(new URL(`../../../../${path}`, import.meta.url), "utf8");

describe("formatJsonFile", () => {
  it("puts an object or list on one line when it fits, else one member per line, and ends with a newline", () => {
    expect(formatJsonFile({ a: 1, b: [1, 2], c: {}, d: [] })).toBe('{ "a": 1, "b": [1, 2], "c": {}, "d": [] }\n');
    const long = "x".repeat(150);
    expect(formatJsonFile({ short: { a: 1 }, long: { text: long } })).toBe(`{\n  "short": { "a": 1 },\n  "long": {\n    "text": "${long}"\n  }\n}\n`);
  });

  it("counts the comma after a member and the key before it in the line's width (160)", () => {
    const fits = "y".repeat(160 - 2 - '"k": '.length - '{ "t": "" }'.length - 1);
    expect(formatJsonFile({ k: { t: fits }, z: 1 }).split("\n")[1]).toBe(`  "k": { "t": "${fits}" },`);
    expect(formatJsonFile({ k: { t: `${fits}y` }, z: 1 }).split("\n")[1]).toBe('  "k": {');
  });

  it("never puts a list of several objects with more than one key each on one line", () => {
    expect(
      formatJsonFile([
        { a: 1, b: 2 },
        { a: 3, b: 4 },
      ]),
    ).toBe('[\n  { "a": 1, "b": 2 },\n  { "a": 3, "b": 4 }\n]\n');
    expect(formatJsonFile([{ a: 1 }, { a: 2 }])).toBe('[{ "a": 1 }, { "a": 2 }]\n');
  });

  it("leaves out undefined members, as JSON.stringify does", () => {
    expect(formatJsonFile({ a: 1, b: undefined })).toBe('{ "a": 1 }\n');
  });

  it("writes the repository's hand-written files exactly as they are", () => {
    for (const path of [
      "packages/instruments/src/examples/hverdagsmestring.json",
      "tests/fixtures/import/surveyxact-who5.mapping.json",
      "tests/fixtures/import/followup-who5.mapping.json",
    ]) {
      const text = repo(path);
      expect(formatJsonFile(JSON.parse(text)), path).toBe(text);
    }
  });
});
