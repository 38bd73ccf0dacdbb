import { describe, expect, it } from "vitest";
import { gse } from "./builtin/gse";
import { humoer } from "./builtin/humoer";
import { selvvurderetHelbred } from "./builtin/selvvurderet-helbred";
import { who5 } from "./builtin/who5";
import { defineInstrument } from "./define";
import type { TInstrumentInput } from "./instrument";
import { bandFor, scoreInstrument } from "./scoring";

const who5Answers = (codes: (number | null)[]) => Object.fromEntries(codes.map((c, i) => [`who5_${i + 1}`, c]));
const gseAnswers = (codes: (number | undefined)[]) => Object.fromEntries(codes.flatMap((c, i) => (c === undefined ? [] : [[`gse_${i + 1}`, c]])));
const only = <T>(list: T[]): T => {
  expect(list).toHaveLength(1);
  return list[0]!;
};

describe("WHO-5", () => {
  it("3,2,4,1,0 → raw 10 → 40, low wellbeing", () => {
    const s = only(scoreInstrument(who5, who5Answers([3, 2, 4, 1, 0])));
    expect(s).toMatchObject({ scaleId: "who5", value: 40, status: "complete", answered: 5, missing: 0 });
    expect(s.band?.label.da).toBe("Lav trivsel (≤ 50)");
  });

  it("all 5s → 100 and all 0s → 0", () => {
    expect(only(scoreInstrument(who5, who5Answers([5, 5, 5, 5, 5]))).value).toBe(100);
    expect(only(scoreInstrument(who5, who5Answers([0, 0, 0, 0, 0]))).value).toBe(0);
  });

  it("one item missing → null, insufficient (no official prorating)", () => {
    const s = only(scoreInstrument(who5, who5Answers([3, 2, 4, 1, null])));
    expect(s).toEqual({ scaleId: "who5", value: null, status: "insufficient", answered: 4, missing: 1, band: null });
  });

  it("an out-of-range code counts as missing, never scored", () => {
    expect(only(scoreInstrument(who5, who5Answers([3, 2, 4, 1, 6]))).status).toBe("insufficient");
  });

  it.each([
    [[3, 2, 1, 1, 0], 28, 0], // exactly 28 → very low
    [[3, 2, 2, 1, 0], 32, 1],
    [[3, 3, 3, 2, 1], 48, 1],
    [[3, 3, 3, 2, 2], 52, 2],
  ])("band boundaries: %j → %d in band %d", (codes, value, band) => {
    const s = only(scoreInstrument(who5, who5Answers(codes)));
    expect(s.value).toBe(value);
    expect(s.band?.index).toBe(band);
  });

  it.each([
    [28, 0],
    [28.5, 1],
    [50, 1],
    [50.5, 2],
    [100, 2],
  ])("bandFor: %d falls in band %d (≤ is inclusive)", (value, index) => {
    expect(bandFor(who5.scales[0]!, value)?.index).toBe(index);
  });
});

describe("GSE", () => {
  it("all 3s → 30 complete", () => {
    expect(only(scoreInstrument(gse, gseAnswers(Array(10).fill(3))))).toMatchObject({ value: 30, status: "complete", answered: 10 });
  });

  it("2 missing, the other 8 summing to 24 → mean 3 × 10 = 30, prorated", () => {
    const s = only(scoreInstrument(gse, gseAnswers([4, 2, 3, 3, undefined, 4, 2, 3, undefined, 3])));
    expect(s).toMatchObject({ value: 30, status: "prorated", answered: 8, missing: 2, band: null });
  });

  it("3 missing is still scored; 4 missing → null", () => {
    expect(only(scoreInstrument(gse, gseAnswers([4, 4, 4, 4, 4, 4, 4, undefined, undefined, undefined]))).value).toBe(40);
    const s = only(scoreInstrument(gse, gseAnswers([4, 4, 4, 4, 4, 4, undefined, undefined, undefined, undefined])));
    expect(s).toMatchObject({ value: null, status: "insufficient", answered: 6, missing: 4 });
  });

  it("prorated values are not rounded to whole points", () => {
    // 9 answered summing to 25: 25 / 9 × 10 = 27.777...
    const s = only(scoreInstrument(gse, gseAnswers([3, 3, 3, 3, 3, 3, 3, 2, 2, undefined])));
    expect(s.value).toBeCloseTo(27.7778, 4);
  });
});

describe("self-rated health", () => {
  it.each([
    [1, 100, "Godt eller bedre"],
    [2, 75, "Godt eller bedre"],
    [3, 50, "Godt eller bedre"],
    [4, 25, "Mindre godt eller dårligt"],
    [5, 0, "Mindre godt eller dårligt"],
  ])("code %d → %d (%s)", (code, value, band) => {
    const s = only(scoreInstrument(selvvurderetHelbred, { helbred: code }));
    expect(s.value).toBe(value);
    expect(s.band?.label.da).toBe(band);
  });

  it("unanswered → null", () => {
    expect(only(scoreInstrument(selvvurderetHelbred, {})).status).toBe("insufficient");
  });
});

describe("mood items", () => {
  it("scores each item on its own, higher = better; 'rolig' is reverse-keyed", () => {
    const scores = scoreInstrument(humoer, { trist: 2, rolig: 2 });
    expect(scores.map((s) => [s.scaleId, s.value])).toEqual([
      ["trist", 2], // most of the time sad → 2 of 5
      ["rolig", 4], // most of the time calm → 4 of 5
    ]);
  });
});

describe("reverse keying and linear transform", () => {
  const base: TInstrumentInput = {
    id: "test",
    version: "0.1.0",
    kind: "questionnaire",
    title: { da: "Test", en: "Test" },
    introduction: { da: "Test", en: "Test" },
    source: { citation: "test" },
    licence: "test",
    occasions: ["start"],
    items: ["a", "b", "c"].map((id) => ({
      id,
      type: "single-choice" as const,
      prompt: { da: id, en: id },
      options: [0, 1, 2, 3].map((code) => ({ code, label: { da: String(code), en: String(code) } })),
    })),
    scales: [
      {
        id: "s",
        label: { da: "S", en: "S" },
        items: [{ itemId: "a" }, { itemId: "b", reverse: true }, { itemId: "c" }],
        method: "mean",
        transform: { multiply: 100 / 3, add: 0 },
        missing: { kind: "prorate", maxMissing: 1 },
        range: { min: 0, max: 100 },
        higherIsBetter: true,
      },
    ],
  };
  const instrument = defineInstrument(base);

  it("reverses within the item's code range (0..3: 1 → 2)", () => {
    // a 3, b 1 → 2, c 1: mean 2 → × 100/3 = 66.67
    expect(only(scoreInstrument(instrument, { a: 3, b: 1, c: 1 })).value).toBeCloseTo(66.6667, 4);
  });

  it("transform maps the extremes onto the declared range", () => {
    expect(only(scoreInstrument(instrument, { a: 3, b: 0, c: 3 })).value).toBe(100);
    expect(only(scoreInstrument(instrument, { a: 0, b: 3, c: 0 })).value).toBe(0);
  });

  it("a mean scale prorates as the mean of the answered items", () => {
    expect(only(scoreInstrument(instrument, { a: 3, b: 0 }))).toMatchObject({ value: 100, status: "prorated", missing: 1 });
  });

  it("add is applied after multiply", () => {
    const shifted = defineInstrument({
      ...base,
      scales: [{ ...base.scales![0]!, method: "sum", transform: { multiply: 2, add: 10 }, missing: { kind: "none" }, range: { min: 10, max: 28 } }],
    });
    // a 1 + b (3→0) + c 2 = 3 → 3 × 2 + 10 = 16
    expect(only(scoreInstrument(shifted, { a: 1, b: 3, c: 2 })).value).toBe(16);
  });
});
