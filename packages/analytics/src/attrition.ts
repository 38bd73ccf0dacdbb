import { participantIndex, scaleMatrix, submittedMask } from "./scale-matrix";
import { summarize } from "./summary";
import type { TOccasion, TParticipantRow, TScaleMeta, TScoreRow, TSummary, TSurveyRow } from "./types";

export type TAttrition = {
  instrumentId: string;
  scaleId: string;
  /** Start scores of those who submitted the end questionnaire. */
  answeredEnd: TSummary;
  /** Start scores of those who did not (dropped out, not yet ended, or incomplete). */
  didNotAnswerEnd: TSummary;
  /** answeredEnd.mean − didNotAnswerEnd.mean, in scale points. */
  difference: number | null;
  /**
   * The difference over the pooled SD (Cohen's d). Descriptive: it says whether the
   * paired change describes a selected group (e.g. those who felt better stayed), not a test.
   */
  standardisedDifference: number | null;
};

/**
 * Attrition per scale: were the people who answered at the end different at the start?
 * "Answered the end questionnaire" means a submitted questionnaire at `to` (the seed's 80),
 * so the five incomplete ones count as not answered, as they are left out of results.
 */
export function attrition(
  participants: readonly TParticipantRow[],
  scores: readonly TScoreRow[],
  scales: readonly TScaleMeta[],
  surveys: readonly TSurveyRow[],
  options: { from?: TOccasion; to?: TOccasion } = {},
): TAttrition[] {
  const from = options.from ?? "start";
  const to = options.to ?? "end";
  const answered = submittedMask(participantIndex(participants), surveys, to);
  const matrix = scaleMatrix(participants, scores, scales, [from]);
  return scales.map((scale, k) => attritionOfScale(scale, (matrix.values[k] as Float64Array[])[0] as Float64Array, answered));
}

/** One scale: start values (NaN = none) split by whether the participant answered at the end (1). */
export function attritionOfScale(scale: TScaleMeta, start: Float64Array, answered: Uint8Array): TAttrition {
  const yes = new Float64Array(start.length);
  const no = new Float64Array(start.length);
  let ny = 0;
  let nn = 0;
  for (let i = 0; i < start.length; i++) {
    const v = start[i] as number;
    if (v !== v) continue;
    if (answered[i] === 1) yes[ny++] = v;
    else no[nn++] = v;
  }
  const a = summarize(yes, ny);
  const b = summarize(no, nn);
  const difference = a.mean !== null && b.mean !== null ? a.mean - b.mean : null;
  let standardisedDifference: number | null = null;
  if (difference !== null && a.sd !== null && b.sd !== null) {
    const pooled = Math.sqrt(((ny - 1) * a.sd * a.sd + (nn - 1) * b.sd * b.sd) / (ny + nn - 2));
    standardisedDifference = pooled > 0 ? difference / pooled : null;
  }
  return { instrumentId: scale.instrumentId, scaleId: scale.scaleId, answeredEnd: a, didNotAnswerEnd: b, difference, standardisedDifference };
}
