import { builtinInstruments, defaultMeasurementPlan, getInstrument, validatePlan, type TInstrument, type TMeasurementPlan, type TOccasion } from "@skridt/instruments";

/** The programme's stored plan, or the built-in default when none is stored. */
export function planFromStored(stored: string): TMeasurementPlan {
  if (!stored) return defaultMeasurementPlan;
  const result = validatePlan(JSON.parse(stored), builtinInstruments);
  // Plans are validated when saved; one that no longer validates (an instrument removed) falls back visibly.
  if (!result.ok) throw new Error(`stored measurement plan is invalid: ${result.problems.join("; ")}`);
  return result.plan;
}

/** The instruments (latest versions) a plan gives at an occasion, in the plan's order. */
export function instrumentsFor(plan: TMeasurementPlan, occasion: TOccasion): TInstrument[] {
  return plan.occasions[occasion].map((id) => {
    const instrument = getInstrument(id);
    if (!instrument) throw new Error(`unknown instrument "${id}" in plan`);
    return instrument;
  });
}
