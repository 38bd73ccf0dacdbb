import { describe, expect, it } from "vitest";
import { halsnaes } from "./builtin/halsnaes";
import { stige } from "./builtin/stige";
import type { TProgressionPlan } from "./plan";
import { validateReview } from "./review";

const plan: TProgressionPlan = { modelId: "halsnaes", areaIds: ["beskaeftigelse", "sundhed"], reviewIntervalDays: 28 };
const kinds = (input: unknown, model = halsnaes, p = plan) => {
  const r = validateReview(model, p, input);
  return r.ok ? [] : r.problems.map((x) => [x.kind, x.areaId]);
};

describe("validateReview", () => {
  it("accepts whole numbers in range, notes and participant scores", () => {
    const r = validateReview(halsnaes, plan, {
      beskaeftigelse: { mentor: 3, participant: 4, note: "Praktik som kok" },
      sundhed: { mentor: -5 },
    });
    expect(r.ok).toBe(true);
  });

  it("accepts an explicitly skipped area", () => {
    expect(kinds({ beskaeftigelse: { mentor: 0 }, sundhed: null })).toEqual([]);
  });

  it("rejects 6 and 2.5", () => {
    expect(kinds({ beskaeftigelse: { mentor: 6 }, sundhed: { mentor: 2.5 } })).toEqual([
      ["out_of_range", "beskaeftigelse"],
      ["not_integer", "sundhed"],
    ]);
    expect(kinds({ beskaeftigelse: { mentor: 1, participant: -6 }, sundhed: null })).toEqual([["out_of_range", "beskaeftigelse"]]);
  });

  it("rejects an area outside the plan, even one the model has", () => {
    expect(kinds({ beskaeftigelse: { mentor: 1 }, sundhed: null, bolig: { mentor: 1 }, uddannelse: { mentor: 1 } })).toEqual([
      ["unknown_area", "bolig"],
      ["unknown_area", "uddannelse"],
    ]);
  });

  it("rejects a missing area", () => {
    expect(kinds({ beskaeftigelse: { mentor: 1 } })).toEqual([["missing_area", "sundhed"]]);
  });

  it("requires the participant's score on the ladder", () => {
    const ladderPlan: TProgressionPlan = { modelId: "stige", areaIds: ["job", "netvaerk"], reviewIntervalDays: 14 };
    expect(kinds({ job: { mentor: 4, participant: 3 }, netvaerk: { mentor: 6 } }, stige, ladderPlan)).toEqual([["participant_missing", "netvaerk"]]);
    expect(kinds({ job: { mentor: 0, participant: 3 }, netvaerk: null }, stige, ladderPlan)).toEqual([["out_of_range", "job"]]);
  });

  it("rejects malformed input and a plan for another model", () => {
    expect(kinds({ beskaeftigelse: { mentor: "3" }, sundhed: null })).toEqual([["invalid", undefined]]);
    expect(kinds({ beskaeftigelse: { mentor: 1, extra: true }, sundhed: null })).toEqual([["invalid", undefined]]);
    expect(kinds({ job: { mentor: 1 } }, halsnaes, { modelId: "stige", areaIds: ["job"], reviewIntervalDays: 7 })).toEqual([
      ["plan", undefined],
      ["plan", undefined],
    ]);
  });
});

describe("validateReview with prototype-like area ids", () => {
  it("does not mistake Object.prototype members for scores", () => {
    const model = { ...halsnaes, areas: [...halsnaes.areas, { id: "constructor", label: { da: "x", en: "x" }, description: { da: "x", en: "x" } }] };
    const p: TProgressionPlan = { modelId: "halsnaes", areaIds: ["constructor"], reviewIntervalDays: 28 };
    expect(kinds({}, model, p)).toEqual([["missing_area", "constructor"]]);
  });
});
