import { describe, expect, it } from "vitest";
import { defineProgressionModel, parseProgressionModel, ProgressionModelError } from "./define";
import type { TProgressionModelInput } from "./model";

const label = (s: string) => ({ da: s, en: s });
const valid = (): TProgressionModelInput => ({
  id: "lille",
  version: "1.0.0",
  kind: "relative",
  title: label("Lille"),
  description: label("Lille model"),
  source: { citation: "test" },
  range: { min: -2, max: 2 },
  bands: [
    { min: -2, max: -1, label: label("Ned") },
    { min: 0, max: 0, label: label("Samme") },
    { min: 1, max: 2, label: label("Op") },
  ],
  areas: [
    { id: "a", label: label("A"), description: label("A") },
    { id: "b", label: label("B"), description: label("B") },
  ],
});

function problemsOf(input: unknown): string[] {
  try {
    parseProgressionModel(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ProgressionModelError);
    return (e as ProgressionModelError).problems;
  }
  return [];
}

describe("defineProgressionModel", () => {
  it("accepts a valid model and fills in defaults", () => {
    const m = defineProgressionModel(valid());
    expect(m.higherIsBetter).toBe(true);
    expect(m.participantScore).toBe("optional");
  });

  it("rejects overlapping bands", () => {
    const m = valid();
    m.bands = [
      { min: -2, max: 0, label: label("Ned") },
      { min: 0, max: 0, label: label("Samme") },
      { min: 1, max: 2, label: label("Op") },
    ];
    expect(problemsOf(m)).toEqual([expect.stringContaining("bands[1] (0..0): overlaps")]);
  });

  it("rejects gaps, uncovered ends and bands beyond the range", () => {
    const m = valid();
    m.bands = [
      { min: -2, max: -2, label: label("Ned") },
      { min: 0, max: 1, label: label("Op") },
    ];
    const problems = problemsOf(m);
    expect(problems).toContainEqual(expect.stringContaining("leaves -1..-1 without a meaning"));
    expect(problems).toContainEqual(expect.stringContaining("2..2 have no meaning"));
    m.bands = [{ min: -2, max: 3, label: label("Alt") }];
    expect(problemsOf(m)).toEqual([expect.stringContaining("goes beyond the range max 2")]);
  });

  it("rejects duplicate area ids and a relative range without 0 inside", () => {
    const m = valid();
    m.areas.push({ id: "a", label: label("A2"), description: label("A2") });
    m.range = { min: 1, max: 5 };
    m.bands = [{ min: 1, max: 5, label: label("x") }];
    const problems = problemsOf(m);
    expect(problems).toContainEqual('area id "a" is used more than once');
    expect(problems).toContainEqual(expect.stringContaining("needs 0 (status quo) strictly inside"));
  });

  it("reports schema problems with the model id", () => {
    try {
      parseProgressionModel({ ...valid(), kind: "spiral", range: { min: 0.5, max: 2 } });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toContain('"lille"');
      expect((e as ProgressionModelError).problems.length).toBe(2);
    }
  });
});
