import { describe, expect, it } from "vitest";
import {
  conventionCategory,
  isRecovered,
  reliableCategory,
  reliableChangeCounts,
  reliableChangeIndex,
  reliableChangeThreshold,
  standardErrorOfDifference,
  type TChangeNorm,
} from "./reliable-change";

// WHO-5 as packages/instruments/src/norms declares it (Schougaard 2018: MDC95 23.6; cut-off 50; 10-point convention).
const WHO5: TChangeNorm = {
  instrumentId: "who5",
  scaleId: "who5",
  reliableChange: { kind: "mdc95", mdc95: 23.6, reliability: 0.81 },
  cutOff: { value: 50, functional: "above" },
  convention: { points: 10 },
};
// GSE: reliability .76 (Scholz 2002's lowest α) and the cohort's own SD at the start.
const GSE: TChangeNorm = {
  instrumentId: "gse",
  scaleId: "gse",
  reliableChange: { kind: "reliability", reliability: 0.76, sd: null },
  cutOff: null,
  convention: null,
};

describe("Jacobson-Truax reliable change, worked by hand", () => {
  it("takes WHO-5's MDC95 as the threshold: SEdiff = 23.6 / 1.959964 = 12.0410, RCI of +28 = 2.3254", () => {
    expect(standardErrorOfDifference(WHO5.reliableChange!)).toBeCloseTo(12.041, 3);
    expect(reliableChangeThreshold(WHO5.reliableChange!)).toBeCloseTo(23.6, 10);
    expect(reliableChangeIndex(32, 60, 23.6 / 1.959963984540054)).toBeCloseTo(2.3254, 4);
  });

  it("computes SEdiff = √2 · SD · √(1 − r) from a reliability: SD 5, r .76 → 3.4641, threshold 6.7896", () => {
    // √2 · 5 · √0.24 = 1.414214 · 5 · 0.489898 = 3.464102; · 1.959964 = 6.789514.
    expect(standardErrorOfDifference(GSE.reliableChange!, 5)).toBeCloseTo(3.464102, 5);
    expect(reliableChangeThreshold(GSE.reliableChange!, 5)).toBeCloseTo(6.789514, 5);
    // Without an SD of its own or of the cohort there is no threshold, not a guess.
    expect(reliableChangeThreshold(GSE.reliableChange!, null)).toBeNull();
  });

  it("classifies by |change| > threshold strictly, and by the convention at 10 or more", () => {
    expect(reliableCategory(32, 60, 23.6, true)).toBe("improved");
    expect(reliableCategory(40, 63.6, 23.6, true)).toBe("unchanged"); // exactly the threshold: not beyond it
    expect(reliableCategory(60, 32, 23.6, true)).toBe("worse");
    expect(reliableCategory(60, 32, 23.6, false)).toBe("improved"); // lower is better
    expect(conventionCategory(40, 50, 10, true)).toBe("improved");
    expect(conventionCategory(40, 49, 10, true)).toBe("unchanged");
  });

  it("calls recovered only a reliable improvement from 50 or below to above 50", () => {
    expect(isRecovered(32, 60, 23.6, true, WHO5.cutOff!)).toBe(true);
    expect(isRecovered(50, 76, 23.6, true, WHO5.cutOff!)).toBe(true); // 50 is reduced wellbeing
    expect(isRecovered(56, 84, 23.6, true, WHO5.cutOff!)).toBe(false); // started above the cut-off
    expect(isRecovered(40, 60, 23.6, true, WHO5.cutOff!)).toBe(false); // crossed, but 20 is within noise
    expect(isRecovered(20, 48, 23.6, true, WHO5.cutOff!)).toBe(false); // reliable, but still below
  });

  it("counts a cohort: six people on WHO-5", () => {
    // 32→60 improved, recovered, +28 ≥ 10; 40→60 unchanged (20), convention improved;
    // 48→72 improved, recovered; 56→84 improved, not recovered; 60→32 worse; 44→48 unchanged both ways.
    const pairs = [
      { start: 32, end: 60 },
      { start: 40, end: 60 },
      { start: 48, end: 72 },
      { start: 56, end: 84 },
      { start: 60, end: 32 },
      { start: 44, end: 48 },
    ];
    expect(reliableChangeCounts(pairs, WHO5, true)).toEqual({
      n: 6,
      threshold: 23.6,
      improved: 3,
      unchanged: 2,
      worse: 1,
      startDysfunctional: 4,
      recovered: 2,
      convention: { points: 10, improved: 4, unchanged: 1, worse: 1 },
    });
  });
});
