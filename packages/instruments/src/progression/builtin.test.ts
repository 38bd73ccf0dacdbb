import { describe, expect, it } from "vitest";
import { defaultMeasurementPlan } from "../plan";
import { halsnaes } from "./builtin/halsnaes";
import { stige } from "./builtin/stige";
import { meaningOf, normalise, supportOf } from "./meaning";
import { checkProgressionPlan, nextReviewDue, planFor } from "./plan";
import { defaultProgressionPlan, getProgressionModel, progressionModels } from "./registry";

describe("Halsnæs model", () => {
  it("has the six areas in order", () => {
    expect(halsnaes.areas.map((a) => a.id)).toEqual(["beskaeftigelse", "uddannelse", "sundhed", "socialt-netvaerk", "bolig-oekonomi", "hverdagsmestring"]);
  });

  it.each([
    [-5, "Tilbagegang"],
    [-1, "Tilbagegang"],
    [0, "Status quo"],
    [1, "Fremgang"],
    [4, "Fremgang"],
    [5, "Målet er nået"],
  ])("shows %i as %s", (value, da) => {
    expect(meaningOf(halsnaes, value)?.da).toBe(da);
  });

  it("has no meaning outside -5..5", () => {
    expect(meaningOf(halsnaes, 6)).toBeUndefined();
    expect(meaningOf(halsnaes, -6)).toBeUndefined();
  });

  it("normalises -5 → 0, 0 → 50, 5 → 100", () => {
    expect(normalise(halsnaes, -5)).toBe(0);
    expect(normalise(halsnaes, 0)).toBe(50);
    expect(normalise(halsnaes, 2)).toBe(70);
    expect(normalise(halsnaes, 5)).toBe(100);
    expect(normalise(halsnaes, 9)).toBe(100);
  });

  it("has no support figure", () => {
    expect(supportOf(halsnaes, 3)).toBeNull();
  });
});

describe("ladder (asymmetric alliance)", () => {
  it("gives support = 10 − the participant's score", () => {
    expect(supportOf(stige, 1)).toBe(9);
    expect(supportOf(stige, 3)).toBe(7);
    expect(supportOf(stige, 10)).toBe(0);
    expect(supportOf(stige, 11)).toBeNull();
  });

  it("normalises 1 → 0 and 10 → 100", () => {
    expect(normalise(stige, 1)).toBe(0);
    expect(normalise(stige, 10)).toBe(100);
    expect(normalise(stige, 4)).toBeCloseTo(33.333, 3);
  });

  it("labels the ends", () => {
    expect(meaningOf(stige, 1)?.da).toBe("Brug for meget hjælp");
    expect(meaningOf(stige, 10)?.da).toBe("Kan selv");
  });

  it("requires the participant's own score", () => {
    expect(stige.participantScore).toBe("required");
  });
});

describe("registry and plans", () => {
  it("finds the built-ins", () => {
    expect(Object.keys(progressionModels)).toEqual(["halsnaes", "stige"]);
    expect(getProgressionModel("stige")).toBe(stige);
    expect(getProgressionModel("halsnaes", "1.0.0")).toBe(halsnaes);
    expect(getProgressionModel("halsnaes", "9.0.0")).toBeUndefined();
    expect(getProgressionModel("nope")).toBeUndefined();
  });

  it("defaults to all Halsnæs areas every 28 days", () => {
    expect(defaultProgressionPlan).toEqual({ modelId: "halsnaes", areaIds: halsnaes.areas.map((a) => a.id), reviewIntervalDays: 28 });
    expect(checkProgressionPlan(halsnaes, defaultProgressionPlan)).toEqual([]);
  });

  it("flags unknown and repeated areas and the wrong model", () => {
    const plan = { modelId: "stige", areaIds: ["sundhed", "sundhed", "x"], reviewIntervalDays: 14 };
    expect(checkProgressionPlan(halsnaes, plan)).toEqual([
      'plan is for model "stige", not "halsnaes"',
      'area "sundhed" is listed twice',
      'model "halsnaes" has no area "x"',
    ]);
  });

  it("computes the next review", () => {
    expect(nextReviewDue(planFor(stige, 14), "2024-02-20")).toBe("2024-03-05");
  });

  it("leaves the measurement plan's target statuses to the status catalogue", () => {
    expect(defaultMeasurementPlan.targets[0]?.statuses).toEqual(["flexjob", "pension"]);
  });
});
