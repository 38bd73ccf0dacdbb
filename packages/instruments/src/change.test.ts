import { describe, expect, it } from "vitest";
import { gse } from "./builtin/gse";
import { selvvurderetHelbred } from "./builtin/selvvurderet-helbred";
import { who5 } from "./builtin/who5";
import { classifyChange } from "./change";

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
