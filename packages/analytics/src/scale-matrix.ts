import type { TOccasion, TParticipantRow, TScaleMeta, TScoreRow, TSurveyRow } from "./types";

/**
 * Scores laid out as one Float64Array per scale and occasion, indexed by the participant's
 * position (NaN = no score). Grouping once with Maps keeps paired change and attrition
 * linear in the number of score rows, with no per-row objects or string keys.
 */
export type TScaleMatrix = {
  scales: readonly TScaleMeta[];
  /** values[scale][occasion][participant] */
  values: Float64Array[][];
};

export function participantIndex(participants: readonly TParticipantRow[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < participants.length; i++) index.set((participants[i] as TParticipantRow).participantId, i);
  return index;
}

/** 1 where the participant's questionnaire at `occasion` was submitted. */
export function submittedMask(index: Map<string, number>, surveys: readonly TSurveyRow[], occasion: TOccasion): Uint8Array {
  const mask = new Uint8Array(index.size);
  for (const s of surveys) {
    if (s.occasion !== occasion || s.state !== "submitted") continue;
    const i = index.get(s.participantId);
    if (i !== undefined) mask[i] = 1;
  }
  return mask;
}

export function scaleMatrix(
  participants: readonly TParticipantRow[],
  scores: readonly TScoreRow[],
  scales: readonly TScaleMeta[],
  occasions: readonly TOccasion[],
  surveys?: readonly TSurveyRow[],
): TScaleMatrix {
  const index = participantIndex(participants);
  const n = participants.length;
  const scaleIds = new Map<string, Map<string, number>>();
  scales.forEach((s, k) => {
    let byScale = scaleIds.get(s.instrumentId);
    if (!byScale) scaleIds.set(s.instrumentId, (byScale = new Map()));
    byScale.set(s.scaleId, k);
  });
  const occasionIds = new Map<TOccasion, number>(occasions.map((o, k) => [o, k]));
  const values = scales.map(() => occasions.map(() => new Float64Array(n).fill(NaN)));
  const masks = surveys ? occasions.map((o) => submittedMask(index, surveys, o)) : null;
  for (const row of scores) {
    const k = scaleIds.get(row.instrumentId)?.get(row.scaleId);
    const o = occasionIds.get(row.occasion);
    if (k === undefined || o === undefined) continue;
    const i = index.get(row.participantId);
    if (i === undefined) continue;
    if (masks && (masks[o] as Uint8Array)[i] !== 1) continue;
    // A later row for the same score replaces the earlier (a corrected version).
    ((values[k] as Float64Array[])[o] as Float64Array)[i] = row.value === null ? NaN : row.value;
  }
  return { scales, values };
}
