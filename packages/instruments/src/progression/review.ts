import { z } from "zod";
import type { TProgressionModel } from "./model";
import { checkProgressionPlan, type TProgressionPlan } from "./plan";

/** One area's score in a review: the mentor's, the participant's own beside it, a note. */
export const ZAreaScore = z.strictObject({
  mentor: z.number(),
  participant: z.number().optional(),
  note: z.string().trim().max(2000).optional(),
});
export type TAreaScore = z.infer<typeof ZAreaScore>;

/**
 * areaId → score, or null for an area deliberately skipped this time (not discussed,
 * participant did not want to). Every plan area must appear: a missing key is more likely
 * a form bug than a decision, so skipping has to be said out loud.
 */
export const ZReviewScores = z.record(z.string(), ZAreaScore.nullable());
export type TReviewScores = z.infer<typeof ZReviewScores>;

export type TReviewProblemKind =
  "invalid" | "plan" | "unknown_area" | "missing_area" | "out_of_range" | "not_integer" | "participant_missing" | "participant_not_allowed";
export type TReviewProblem = { kind: TReviewProblemKind; areaId?: string; message: string };
export type TReviewValidation = { ok: true; scores: TReviewScores } | { ok: false; problems: TReviewProblem[] };

function checkValue(model: TProgressionModel, areaId: string, who: string, value: number): TReviewProblem[] {
  const { min, max } = model.range;
  if (!Number.isInteger(value)) return [{ kind: "not_integer", areaId, message: `${areaId}: ${who} score ${value} is not a whole number` }];
  if (value < min || value > max) return [{ kind: "out_of_range", areaId, message: `${areaId}: ${who} score ${value} is outside ${min}..${max}` }];
  return [];
}

/**
 * Check a review against the model and the programme's plan. Scores are whole numbers in
 * the model's range; only the plan's areas; each plan area scored or explicitly null.
 * The participant's score follows the model's rule (required on the ladder, where it is
 * the method's starting point; optional on Halsnæs). Returns every problem, not the first.
 */
export function validateReview(model: TProgressionModel, plan: TProgressionPlan, input: unknown): TReviewValidation {
  const parsed = ZReviewScores.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ kind: "invalid", message: `${i.path.map(String).join(".") || "(root)"}: ${i.message}` })) };
  }
  const scores = parsed.data;
  const problems: TReviewProblem[] = checkProgressionPlan(model, plan).map((message) => ({ kind: "plan", message }));
  const planned = new Set(plan.areaIds);
  for (const areaId of Object.keys(scores)) {
    if (!planned.has(areaId)) problems.push({ kind: "unknown_area", areaId, message: `${areaId}: not an area of this plan` });
  }
  for (const areaId of plan.areaIds) {
    if (!Object.hasOwn(scores, areaId)) {
      problems.push({ kind: "missing_area", areaId, message: `${areaId}: not scored (use null to skip it)` });
      continue;
    }
    const score = scores[areaId];
    if (score === null || score === undefined) continue;
    problems.push(...checkValue(model, areaId, "mentor", score.mentor));
    if (score.participant !== undefined) {
      if (model.participantScore === "none") {
        problems.push({ kind: "participant_not_allowed", areaId, message: `${areaId}: model "${model.id}" takes no participant score` });
      } else problems.push(...checkValue(model, areaId, "participant", score.participant));
    } else if (model.participantScore === "required") {
      problems.push({ kind: "participant_missing", areaId, message: `${areaId}: the participant's own score is required` });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scores };
}
