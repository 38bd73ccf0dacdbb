import type { TReviewScores } from "@skridt/instruments/client";

/** What the ranking needs of a review: its day and, per area, the mentor's and the participant's score. */
export interface PairedReview {
  reviewedOn: string;
  scores: TReviewScores;
}

/** One area where the participant's own score and the mentor's differ at the latest review with both. */
export interface ScoreDifference {
  areaId: string;
  mentor: number;
  participant: number;
  /** How far apart, in whole steps of the model (never negative: neither view is the "right" one). */
  gap: number;
  /** The two scores at the review before, when both were given for this area then; else null. */
  previous: { mentor: number; participant: number; gap: number } | null;
}

export interface ScoreDifferences {
  /** The latest review where the participant gave their own score for at least one area. */
  latestOn: string;
  /** The review before it with both scores, the one "how it changed" compares with; null when there is none. */
  previousOn: string | null;
  /** Areas with a gap, largest first (ties in the plan's order). */
  differing: ScoreDifference[];
  /** Areas where both gave the same score at the latest review. */
  sameCount: number;
}

type Pair = { mentor: number; participant: number };

/** The area's two scores in a review, when both are there (a skipped area or no own score gives null). */
function pairOf(scores: TReviewScores, areaId: string): Pair | null {
  const score = Object.hasOwn(scores, areaId) ? scores[areaId] : null;
  if (!score || typeof score.mentor !== "number" || typeof score.participant !== "number") return null;
  return { mentor: score.mentor, participant: score.participant };
}

/**
 * Where the mentor and the participant see things most differently: at the latest review that has
 * the participant's own score, the plan's areas ranked by the distance between the two scores, each
 * with the same area's two scores at the review with both before it. Reviews come oldest first (as
 * review.list gives them); null when no review has both scores for any plan area.
 */
export function scoreDifferences(areaIds: readonly string[], reviews: readonly PairedReview[]): ScoreDifferences | null {
  const withBoth = reviews.filter((review) => areaIds.some((areaId) => pairOf(review.scores, areaId) !== null));
  const latest = withBoth.at(-1);
  if (!latest) return null;
  const previous = withBoth.at(-2) ?? null;
  const paired = areaIds.flatMap((areaId, order) => {
    const now = pairOf(latest.scores, areaId);
    if (!now) return [];
    const before = previous ? pairOf(previous.scores, areaId) : null;
    const difference: ScoreDifference = {
      areaId,
      ...now,
      gap: Math.abs(now.participant - now.mentor),
      previous: before ? { ...before, gap: Math.abs(before.participant - before.mentor) } : null,
    };
    return [{ difference, order }];
  });
  const differing = paired
    .filter((p) => p.difference.gap > 0)
    .sort((a, b) => b.difference.gap - a.difference.gap || a.order - b.order)
    .map((p) => p.difference);
  return { latestOn: latest.reviewedOn, previousOn: previous?.reviewedOn ?? null, differing, sameCount: paired.length - differing.length };
}

/** Whether the distance between the two views grew, shrank or stayed since the review before. */
export function gapChange(difference: ScoreDifference): "wider" | "closer" | "same" | null {
  if (!difference.previous) return null;
  return difference.gap > difference.previous.gap ? "wider" : difference.gap < difference.previous.gap ? "closer" : "same";
}
