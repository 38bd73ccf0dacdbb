import {
  builtinInstruments,
  defaultMeasurementPlan,
  ZMeasurementPlan,
  type TInstrument,
  type TInstrumentRegistry,
  type TMeasurementPlan,
  type TOccasion,
} from "@skridt/instruments";

/**
 * The programme's stored plan, or the built-in default when none is stored. Plans are
 * validated against the programme's instruments when saved (router/programme.ts setPlan);
 * here only the shape is checked, because a plan may name the programme's own instruments,
 * which this process may not have loaded yet. A plan that names an instrument nobody has
 * fails visibly where its instruments are needed (instrumentsFor).
 */
export function planFromStored(stored: string): TMeasurementPlan {
  if (!stored) return defaultMeasurementPlan;
  const result = ZMeasurementPlan.safeParse(JSON.parse(stored));
  if (!result.success) throw new Error(`stored measurement plan is invalid: ${result.error.issues.map((i) => i.message).join("; ")}`);
  return result.data;
}

/**
 * The instruments (latest versions) a plan gives at an occasion, in the plan's order.
 * Pass the programme's registry (programme-instruments/cache registryWith) when the plan may
 * name the programme's own instruments.
 */
export function instrumentsFor(plan: TMeasurementPlan, occasion: TOccasion, registry: TInstrumentRegistry = builtinInstruments): TInstrument[] {
  return plan.occasions[occasion].map((id) => {
    const instrument = registry[id];
    if (!instrument) throw new Error(`unknown instrument "${id}" in plan`);
    return instrument;
  });
}
