import type { TChange } from "../change";
import type { TLocalizedText } from "../text";
import { meaningOf, normalise, supportOf } from "./meaning";
import type { TProgressionModel } from "./model";
import type { TProgressionPlan } from "./plan";
import type { TReviewScores } from "./review";

/** One spoke of the spider chart. Null values: the area was skipped (or not in the review). */
export type TAreaSummary = {
  areaId: string;
  label: TLocalizedText;
  value: number | null;
  normalised: number | null;
  meaning: TLocalizedText | null;
  participant: number | null;
  participantNormalised: number | null;
  /** Ladder only: the mentor's support after the alliance, 10 − the participant's score. */
  support: number | null;
  note: string | null;
};

/**
 * The review in the plan's area order, ready to draw. `value` is the mentor's score (the
 * review's score of record); the participant's own score is carried beside it. Meant for
 * reviews that passed validateReview; out-of-range values are clamped by normalise.
 */
export function reviewSummary(model: TProgressionModel, plan: TProgressionPlan, scores: TReviewScores): TAreaSummary[] {
  return plan.areaIds.map((areaId) => {
    const area = model.areas.find((a) => a.id === areaId);
    // hasOwn: an area id like "constructor" must not find Object.prototype's member.
    const score = Object.hasOwn(scores, areaId) ? (scores[areaId] ?? null) : null;
    const participant = score?.participant ?? null;
    return {
      areaId,
      label: area?.label ?? { da: areaId, en: areaId },
      value: score ? score.mentor : null,
      normalised: score ? normalise(model, score.mentor) : null,
      meaning: score ? (meaningOf(model, score.mentor) ?? null) : null,
      participant,
      participantNormalised: participant === null ? null : normalise(model, participant),
      support: participant === null ? null : supportOf(model, participant),
      note: score?.note ?? null,
    };
  });
}

export type TAreaComparison = {
  areaId: string;
  from: number | null;
  to: number | null;
  delta: number | null;
  /** In the model's good direction; null when either review skipped the area. */
  direction: TChange | null;
};

/**
 * Area by area from review `a` (e.g. the first) to review `b` (e.g. the latest), on the
 * mentor's scores or the participant's own. Any difference of a whole step counts: the
 * models have no minimal important change, and a mentor's one-step move is a judgement
 * already. On a relative model both reviews are measured from the start, so the delta is
 * the change between the two reviews, not since the start.
 */
export function compareReviews(
  model: TProgressionModel,
  plan: TProgressionPlan,
  a: TReviewScores,
  b: TReviewScores,
  who: "mentor" | "participant" = "mentor",
): TAreaComparison[] {
  const pick = (scores: TReviewScores, areaId: string): number | null => (Object.hasOwn(scores, areaId) ? (scores[areaId]?.[who] ?? null) : null);
  return plan.areaIds.map((areaId) => {
    const from = pick(a, areaId);
    const to = pick(b, areaId);
    if (from === null || to === null) return { areaId, from, to, delta: null, direction: null };
    const delta = to - from;
    const better = model.higherIsBetter ? delta : -delta;
    const direction: TChange = better > 0 ? "improved" : better < 0 ? "worse" : "unchanged";
    return { areaId, from, to, delta, direction };
  });
}
