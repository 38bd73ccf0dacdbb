import { z } from "zod";
import { addDays, type TIsoDate } from "../status/iso-date";
import { ZId } from "../text";
import type { TProgressionModel } from "./model";

/**
 * A programme's choice: which model, which of its areas in which order (the order of the
 * spider chart's spokes), and how often the mentor reviews. Four weeks by default: the
 * seeds' mentors meet "oftest hver 2.–3. uge" (seed 001) and score "periodevist".
 */
export const ZProgressionPlan = z.strictObject({
  modelId: ZId,
  areaIds: z.array(ZId).min(1),
  reviewIntervalDays: z.number().int().min(1).max(366).default(28),
});
export type TProgressionPlan = z.infer<typeof ZProgressionPlan>;

/** All of the model's areas in the model's order, reviewed every four weeks. */
export function planFor(model: TProgressionModel, reviewIntervalDays = 28): TProgressionPlan {
  return { modelId: model.id, areaIds: model.areas.map((a) => a.id), reviewIntervalDays };
}

/** Problems with a plan for this model; empty = fine. */
export function checkProgressionPlan(model: TProgressionModel, plan: TProgressionPlan): string[] {
  const problems: string[] = [];
  if (plan.modelId !== model.id) problems.push(`plan is for model "${plan.modelId}", not "${model.id}"`);
  const known = new Set(model.areas.map((a) => a.id));
  const seen = new Set<string>();
  for (const id of plan.areaIds) {
    if (seen.has(id)) problems.push(`area "${id}" is listed twice`);
    seen.add(id);
    if (!known.has(id)) problems.push(`model "${model.id}" has no area "${id}"`);
  }
  return problems;
}

/** When the next review is due after one held on `lastReviewOn`. */
export function nextReviewDue(plan: TProgressionPlan, lastReviewOn: TIsoDate): TIsoDate {
  return addDays(lastReviewOn, plan.reviewIntervalDays);
}
