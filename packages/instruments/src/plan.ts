import { z } from "zod";
import type { TOccasion } from "./instrument";
import type { TInstrumentRegistry } from "./registry";
import { ZId, ZLocalizedText } from "./text";

/**
 * A programme's target figure (måltal): at least `share` of participants reach one of
 * `statuses` (e.g. lasting flex job or pension), optionally held for `minMonths`.
 * Status names are those of the status events; they are not checked here.
 */
export const ZTarget = z.strictObject({
  label: ZLocalizedText,
  share: z.number().min(0).max(1),
  statuses: z.array(ZId).min(1),
  minMonths: z.number().int().positive().optional(),
});
export type TTarget = z.infer<typeof ZTarget>;

export const ZMeasurementPlan = z.strictObject({
  occasions: z.strictObject({
    start: z.array(ZId).default([]),
    end: z.array(ZId).default([]),
    followup: z.array(ZId).default([]),
  }),
  /** Months after the end that the follow-up questionnaire is sent. */
  followupMonths: z.number().int().positive().optional(),
  targets: z.array(ZTarget).default([]),
});
export type TMeasurementPlan = z.infer<typeof ZMeasurementPlan>;

/**
 * The demo programme, modelled on "Brug din rampe": background at start, the same
 * outcome measures at start and end, satisfaction at end. Target from the seed: 60 % in
 * a lasting flex job (at least 6 months) or pension.
 */
export const defaultMeasurementPlan: TMeasurementPlan = ZMeasurementPlan.parse({
  occasions: {
    start: ["baggrund", "selvvurderet-helbred", "who5", "gse", "humoer", "netvaerk"],
    end: ["selvvurderet-helbred", "who5", "gse", "humoer", "netvaerk", "tilfredshed"],
    followup: [],
  },
  targets: [
    {
      label: { da: "Varigt fleksjob (mindst 6 måneder) eller pension", en: "Lasting flex job (at least 6 months) or pension" },
      share: 0.6,
      statuses: ["flexjob", "pension"],
      minMonths: 6,
    },
  ],
});

export type TPlanValidation = { ok: true; plan: TMeasurementPlan } | { ok: false; problems: string[] };

/** Parse a plan and check it against the instruments available to the programme. */
export function validatePlan(plan: unknown, registry: TInstrumentRegistry): TPlanValidation {
  const parsed = ZMeasurementPlan.safeParse(plan);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
  }
  const problems: string[] = [];
  const occasions = Object.entries(parsed.data.occasions) as [TOccasion, string[]][];
  for (const [occasion, ids] of occasions) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${occasion}: "${id}" is listed twice`);
      seen.add(id);
      const instrument = registry[id];
      if (!instrument) problems.push(`${occasion}: unknown instrument "${id}"`);
      else if (!instrument.occasions.includes(occasion)) {
        problems.push(`${occasion}: "${id}" is meant for ${instrument.occasions.join("/")} only`);
      }
    }
  }
  if (parsed.data.occasions.followup.length > 0 && parsed.data.followupMonths === undefined) {
    problems.push("followup instruments are planned but followupMonths is not set");
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan: parsed.data };
}
