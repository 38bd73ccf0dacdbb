// "Mit forløb": a participant's own figures over time, read through their personal link.
// Only what they themselves answered and sent (submitted assessments), and only the reviews
// their mentor chose to share; never notes, never anyone else's figures, never a band label.
import type { Db } from "@skridt/db";
import { builtinCareRules, describeChange, getProgressionModel, type TChangeSentence, type TLocalizedText, type TReviewScores } from "@skridt/instruments";
import { ensureInstruments, findInstrument } from "../programme-instruments/cache";

export interface TimelinePoint {
  occasion: string;
  /** The day it was sent (YYYY-MM-DD). */
  on: string;
  value: number;
}

export interface TimelineScale {
  instrumentId: string;
  scaleId: string;
  label: TLocalizedText;
  range: { min: number; max: number };
  higherIsBetter: boolean;
  points: TimelinePoint[];
  /** First to latest, in the same plain sentences as the change after the end questionnaire; null with one point. */
  sentence: TChangeSentence | null;
}

export interface TimelineReview {
  on: string;
  range: { min: number; max: number };
  areas: { label: TLocalizedText; participant: number | null; mentor: number }[];
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The participant's own submitted scale scores, one point per sent questionnaire, oldest first. */
export async function ownScaleTimeline(db: Db, participantId: string): Promise<TimelineScale[]> {
  const assessments = await db.assessment.findMany({
    where: { participantId, status: "submitted", submittedAt: { not: null } },
    select: { occasion: true, instrumentId: true, instrumentVersion: true, submittedAt: true, scores: { select: { scaleId: true, value: true } } },
    orderBy: { submittedAt: "asc" },
  });
  await ensureInstruments(db, assessments);
  const byScale = new Map<string, TimelineScale>();
  for (const a of assessments) {
    for (const score of a.scores) {
      if (score.value === null || !a.submittedAt) continue;
      const scale = findInstrument(a.instrumentId)?.scales.find((s) => s.id === score.scaleId);
      if (!scale) continue;
      const key = `${a.instrumentId}/${score.scaleId}`;
      const entry = byScale.get(key) ?? {
        instrumentId: a.instrumentId,
        scaleId: score.scaleId,
        label: scale.label,
        range: scale.range,
        higherIsBetter: scale.higherIsBetter,
        points: [],
        sentence: null,
      };
      entry.points.push({ occasion: a.occasion, on: day(a.submittedAt), value: score.value });
      byScale.set(key, entry);
    }
  }
  for (const entry of byScale.values()) {
    const first = entry.points[0];
    const last = entry.points.at(-1);
    const scale = findInstrument(entry.instrumentId)?.scales.find((s) => s.id === entry.scaleId);
    if (!scale || !first || !last || entry.points.length < 2) continue;
    entry.sentence = describeChange(scale, first.value, last.value, {
      largeChange: builtinCareRules.find((r) => r.instrumentId === entry.instrumentId && r.scaleId === entry.scaleId)?.reliableChange?.atLeast,
    });
  }
  return [...byScale.values()];
}

/** The progression reviews the mentor shared with the participant: both scores per area, no notes. */
export async function sharedReviews(db: Db, participantId: string): Promise<TimelineReview[]> {
  const rows = await db.review.findMany({
    where: { participantId, sharedWithParticipant: true },
    select: { reviewedOn: true, modelId: true, modelVersion: true, areaScores: true },
    orderBy: { reviewedOn: "asc" },
  });
  const out: TimelineReview[] = [];
  for (const row of rows) {
    const model = getProgressionModel(row.modelId, row.modelVersion || undefined) ?? getProgressionModel(row.modelId);
    if (!model) continue;
    const scores = JSON.parse(row.areaScores) as TReviewScores;
    const areas = model.areas.flatMap((area) => {
      const score = scores[area.id];
      return score ? [{ label: area.label, participant: score.participant ?? null, mentor: score.mentor }] : [];
    });
    if (areas.length > 0) out.push({ on: day(row.reviewedOn), range: model.range, areas });
  }
  return out;
}
