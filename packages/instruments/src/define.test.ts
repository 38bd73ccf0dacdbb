import { describe, expect, it } from "vitest";
import { defineInstrument, InstrumentDefinitionError } from "./define";
import type { TInstrumentInput } from "./instrument";
import { scoreInstrument } from "./scoring";

const choice = (id: string, codes = [1, 2, 3]) => ({
  id,
  type: "single-choice" as const,
  prompt: { da: id, en: id },
  options: codes.map((code) => ({ code, label: { da: `k${code}`, en: `c${code}` } })),
});

const valid = (): TInstrumentInput => ({
  id: "lille",
  version: "1.0.0",
  kind: "questionnaire",
  title: { da: "Lille", en: "Small" },
  introduction: { da: "Intro", en: "Intro" },
  source: { citation: "test" },
  licence: "test",
  occasions: ["start", "end"],
  items: [choice("a"), choice("b"), { id: "c", type: "text", prompt: { da: "c", en: "c" } }],
  scales: [
    {
      id: "s",
      label: { da: "S", en: "S" },
      items: [{ itemId: "a" }, { itemId: "b" }],
      method: "sum",
      missing: { kind: "none" },
      range: { min: 2, max: 6 },
      higherIsBetter: true,
    },
  ],
});

function problemsOf(input: TInstrumentInput): string[] {
  try {
    defineInstrument(input);
  } catch (e) {
    expect(e).toBeInstanceOf(InstrumentDefinitionError);
    return (e as InstrumentDefinitionError).problems;
  }
  throw new Error("expected defineInstrument to throw");
}

describe("defineInstrument", () => {
  it("accepts a valid definition and fills in defaults", () => {
    const i = defineInstrument(valid());
    expect(i.items[0]?.required).toBe(false);
    expect(i.scales[0]?.transform).toEqual({ multiply: 1, add: 0 });
    expect(i.items[2]).toMatchObject({ type: "text", maxLength: 500 });
  });

  it("names the instrument in the error message", () => {
    const bad = valid();
    bad.items.push(choice("a"));
    expect(() => defineInstrument(bad)).toThrow(/Instrument "lille" is invalid:\n- item id "a" is used more than once/);
  });

  it("rejects a dangling display condition", () => {
    const bad = valid();
    bad.items[1] = { ...choice("b"), showIf: { itemId: "ghost", equals: 1 } };
    expect(problemsOf(bad)).toEqual(['item "b": display condition refers to unknown item "ghost"']);
  });

  it("rejects a condition on a later item, or on itself", () => {
    const bad = valid();
    bad.items[0] = { ...choice("a"), showIf: { itemId: "b", equals: 1 } };
    bad.items[1] = { ...choice("b"), showIf: { itemId: "b", equals: 1 } };
    expect(problemsOf(bad)).toEqual([
      'item "a": display condition refers to "b", which does not come before it',
      'item "b": display condition refers to "b", which does not come before it',
    ]);
  });

  it("rejects a condition on a code the target does not have", () => {
    const bad = valid();
    bad.items[1] = { ...choice("b"), showIf: { itemId: "a", in: [1, 9] } };
    expect(problemsOf(bad)).toEqual(['item "b": display condition uses code 9, which "a" does not have']);
  });

  it("rejects comparing codes of a text item", () => {
    const bad = valid();
    bad.items.push({ ...choice("d"), showIf: { itemId: "c", equals: 1 } });
    expect(problemsOf(bad)[0]).toMatch(/text item "c"; use \{ answered: true \}/);
  });

  it("rejects a scale item that is free text", () => {
    const bad = valid();
    bad.scales![0]!.items.push({ itemId: "c" });
    expect(problemsOf(bad)).toEqual(['scale "s": item "c" is text; only single-choice and number items can be scored']);
  });

  it("rejects a scale item that does not exist", () => {
    const bad = valid();
    bad.scales![0]!.items = [{ itemId: "a" }, { itemId: "zz" }];
    expect(problemsOf(bad)).toEqual(['scale "s": refers to unknown item "zz"']);
  });

  it("rejects duplicate option codes", () => {
    const bad = valid();
    bad.items[0] = choice("a", [1, 2, 2]);
    expect(problemsOf(bad)).toContain('item "a": option code 2 is used more than once');
  });

  it("rejects a declared range the items cannot produce", () => {
    const bad = valid();
    bad.scales![0]!.range = { min: 0, max: 100 };
    expect(problemsOf(bad)).toEqual(['scale "s": declared range 0-100 does not match what the items give: 2-6']);
  });

  it("rejects a recode that misses a code, and recode together with reverse", () => {
    const bad = valid();
    bad.scales![0]! = {
      ...bad.scales![0]!,
      items: [
        {
          itemId: "a",
          recode: [
            { code: 1, value: 0 },
            { code: 2, value: 1 },
          ],
          reverse: true,
        },
        { itemId: "b" },
      ],
    };
    const problems = problemsOf(bad);
    expect(problems).toContain('scale "s": item "a" has both recode and reverse; put the reversal in the recode table');
    expect(problems).toContain('scale "s": item "a": recode has no value for code 3');
  });

  it("rejects a number item without bounds in a scale", () => {
    const bad = valid();
    bad.items.push({ id: "n", type: "number", prompt: { da: "n", en: "n" } });
    bad.scales![0]!.items.push({ itemId: "n" });
    expect(problemsOf(bad)).toContain('scale "s": number item "n" needs min and max to be scored');
  });

  it("rejects a missing-item rule that would score nothing", () => {
    const bad = valid();
    bad.scales![0]!.missing = { kind: "prorate", maxMissing: 2 };
    expect(problemsOf(bad)).toEqual(['scale "s": maxMissing 2 would allow scoring with no items answered']);
  });

  it("rejects unordered cut-offs and an open band that is not last", () => {
    const bad = valid();
    bad.scales![0]!.cutoffs = [
      { max: 4, label: { da: "x", en: "x" } },
      { max: 3, label: { da: "y", en: "y" } },
      { label: { da: "z", en: "z" } },
      { label: { da: "w", en: "w" } },
    ];
    expect(problemsOf(bad)).toEqual(['scale "s": cut-off maxima must increase (band 2: 3)', 'scale "s": cut-off 3 has no max; only the last band may be open']);
  });

  it("reports schema problems with the item's id in the path", () => {
    const bad = valid();
    bad.items[1] = { ...choice("b"), options: [] };
    expect(problemsOf(bad)[0]).toMatch(/^items\[1\] \("b"\)\.options: /);
  });

  it("rejects a bad id, version or occasion", () => {
    const problems = problemsOf({ ...valid(), id: "Lille Skema", version: "1.0", occasions: ["midway" as "start"] });
    expect(problems.map((p) => p.split(":")[0])).toEqual(["id", "version", "occasions[0]"]);
  });

  it("caps free-text length in the definition itself", () => {
    const bad = valid();
    bad.items[2] = { id: "c", type: "text", prompt: { da: "c", en: "c" }, maxLength: 1_000_000 };
    expect(problemsOf(bad)[0]).toMatch(/^items\[2\] \("c"\)\.maxLength/);
  });

  it("scores a conditional scale item as missing while it is hidden", () => {
    const input = valid();
    input.items[1] = { ...choice("b"), showIf: { itemId: "a", equals: 3 } };
    const instrument = defineInstrument(input);
    expect(scoreInstrument(instrument, { a: 3, b: 2 })[0]?.value).toBe(5);
    // "a" = 1 hides "b": its stale answer must not be scored.
    expect(scoreInstrument(instrument, { a: 1, b: 2 })[0]).toMatchObject({ value: null, status: "insufficient", answered: 1 });
  });
});
