import type { Db } from "@skridt/db";
import {
  checkProgressionPlan,
  defaultProgressionPlan,
  getProgressionModel,
  ZProgressionPlan,
  type TProgressionModel,
  type TProgressionPlan,
} from "@skridt/instruments";

export interface ProgrammeProgression {
  plan: TProgressionPlan;
  model: TProgressionModel;
}

/** The programme's progression plan (or the default) with its model, for a participant. */
export async function progressionFor(db: Db, participantId: string): Promise<ProgrammeProgression> {
  const row = await db.participant.findUniqueOrThrow({
    where: { id: participantId },
    select: { programme: { select: { progressionPlan: true, reviewIntervalDays: true } } },
  });
  return progressionFromStored(row.programme.progressionPlan, row.programme.reviewIntervalDays);
}

export function progressionFromStored(stored: string, reviewIntervalDays: number): ProgrammeProgression {
  const plan = stored ? ZProgressionPlan.parse(JSON.parse(stored)) : { ...defaultProgressionPlan, reviewIntervalDays };
  const model = getProgressionModel(plan.modelId);
  if (!model) throw new Error(`unknown progression model "${plan.modelId}"`);
  const problems = checkProgressionPlan(model, plan);
  if (problems.length > 0) throw new Error(`stored progression plan is invalid: ${problems.join("; ")}`);
  return { plan, model };
}
