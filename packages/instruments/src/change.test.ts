import { describe, expect, it } from "vitest";
import { gse } from "./builtin/gse";
import { selvvurderetHelbred } from "./builtin/selvvurderet-helbred";
import { who5 } from "./builtin/who5";
import { classifyChange, describeChange } from "./change";

const who5Scale = who5.scales[0]!;

describe("classifyChange", () => {
  it.each([
    [40, 50, "improved"], // +10 = MIC counts (≥)
    [45, 50, "unchanged"], // +5 < 10
    [50, 40, "worse"],
    [50, 44, "unchanged"],
    [0, 100, "improved"],
    [60, 60, "unchanged"],
  ] as const)("WHO-5 (MIC 10): %d → %d is %s", (start, end, expected) => {
    expect(classifyChange(who5Scale, start, end)).toBe(expected);
  });

  it("self-rated health: one category (25 points) is a change", () => {
    const scale = selvvurderetHelbred.scales[0]!;
    expect(classifyChange(scale, 50, 75)).toBe("improved");
    expect(classifyChange(scale, 50, 25)).toBe("worse");
  });

  it("respects a lower-is-better scale", () => {
    const lowerBetter = { ...who5Scale, higherIsBetter: false };
    expect(classifyChange(lowerBetter, 40, 50)).toBe("worse");
    expect(classifyChange(lowerBetter, 50, 40)).toBe("improved");
  });

  it("is null when a score is missing", () => {
    expect(classifyChange(who5Scale, null, 50)).toBeNull();
    expect(classifyChange(who5Scale, 40, null)).toBeNull();
  });

  it("is null when the scale has no minimal important change (GSE)", () => {
    expect(classifyChange(gse.scales[0]!, 20, 35)).toBeNull();
  });

  it("does not miss the threshold through floating-point error", () => {
    const scale = { ...who5Scale, minimalImportantChange: 0.3 };
    expect(classifyChange(scale, 0.1, 0.1 + 0.3)).toBe("improved");
  });
});

describe("describeChange: the participant's sentence", () => {
  const gseScale = gse.scales[0]!;
  const health = selvvurderetHelbred.scales[0]!;

  it.each([
    [80, 20, "much_worse"], // the case: never "a little worse"
    [60, 50, "worse"], // 10 = MIC
    [60, 37, "worse"], // 23 < the reliable change of 24
    [60, 36, "much_worse"], // 24 points: beyond measurement error (Schougaard 2018)
    [50, 45, "unchanged"],
    [30, 70, "improved"],
  ] as const)("WHO-5 %d → %d is %s (large change 24)", (start, end, expected) => {
    expect(describeChange(who5Scale, start, end, { largeChange: 24 })).toBe(expected);
  });

  it("without a source's large change, twice the MIC is large", () => {
    expect(describeChange(health, 75, 50)).toBe("worse");
    expect(describeChange(health, 75, 25)).toBe("much_worse");
  });

  it("GSE (no MIC) still gets a plain sentence: the direction only", () => {
    expect(describeChange(gseScale, 10, 40)).toBe("towards_better");
    expect(describeChange(gseScale, 30, 22)).toBe("towards_worse");
    expect(describeChange(gseScale, 25, 25)).toBe("same");
  });

  it("lower-is-better scales turn the direction round", () => {
    const lowerBetter = { ...gseScale, higherIsBetter: false };
    expect(describeChange(lowerBetter, 30, 20)).toBe("towards_better");
    expect(describeChange({ ...who5Scale, higherIsBetter: false }, 20, 80, { largeChange: 24 })).toBe("much_worse");
  });
});
