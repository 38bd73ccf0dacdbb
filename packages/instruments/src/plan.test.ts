import { describe, expect, it } from "vitest";
import { defaultMeasurementPlan, validatePlan } from "./plan";
import { builtinInstruments } from "./registry";

describe("measurement plan", () => {
  it("the demo plan is valid against the built-ins", () => {
    const r = validatePlan(defaultMeasurementPlan, builtinInstruments);
    expect(r).toEqual({ ok: true, plan: defaultMeasurementPlan });
  });

  it("the demo plan gives background at start and satisfaction at end", () => {
    expect(defaultMeasurementPlan.occasions.start).toContain("baggrund");
    expect(defaultMeasurementPlan.occasions.end).toContain("tilfredshed");
    expect(defaultMeasurementPlan.occasions.end).not.toContain("baggrund");
  });

  it("rejects unknown instruments, wrong occasions and duplicates", () => {
    const r = validatePlan({ occasions: { start: ["who5", "who5", "soc13"], end: ["baggrund"] } }, builtinInstruments);
    expect(r).toEqual({
      ok: false,
      problems: ['start: "who5" is listed twice', 'start: unknown instrument "soc13"', 'end: "baggrund" is meant for start only'],
    });
  });

  it("needs followupMonths when a follow-up is planned", () => {
    const r = validatePlan({ occasions: { followup: ["who5"] } }, builtinInstruments);
    expect(r).toEqual({ ok: false, problems: ["followup instruments are planned but followupMonths is not set"] });
    expect(validatePlan({ occasions: { followup: ["who5"] }, followupMonths: 6 }, builtinInstruments).ok).toBe(true);
  });

  it("rejects a malformed plan with the path of the problem", () => {
    const r = validatePlan({ occasions: {}, targets: [{ label: { da: "x", en: "x" }, share: 1.5, statuses: ["flexjob"] }] }, builtinInstruments);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/^targets\.0\.share: /);
  });
});
