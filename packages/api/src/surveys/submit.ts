import type { Db } from "@skridt/db";
import { scoreInstrument, validateAnswers, type TScaleScore } from "@skridt/instruments";
import { refreshScaleFigures } from "../evaluation/scale-figures";
import { loadAnswers, loadInstrumentOf } from "./answers";
import { apiErrorWithDetail } from "../errors";

export interface MissingAnswer {
  instrumentId: string;
  itemId: string;
}

/**
 * Submits a survey: every required, visible question must be answered; then each
 * assessment is scored with the shared scoring function and frozen. All or nothing.
 * Submitting an already submitted survey is a no-op (double clicks, retries).
 */
export async function submitSurvey(db: Db, surveyId: string, options: { submittedAt?: Date } = {}): Promise<{ alreadySubmitted: boolean }> {
  const survey = await db.survey.findUniqueOrThrow({
    where: { id: surveyId },
    select: {
      status: true,
      participantId: true,
      assessments: { select: { id: true, instrumentId: true, instrumentVersion: true }, orderBy: { position: "asc" } },
    },
  });
  if (survey.status === "submitted") return { alreadySubmitted: true };

  const missing: MissingAnswer[] = [];
  const scored: { assessment: (typeof survey.assessments)[number]; scores: TScaleScore[] }[] = [];
  for (const assessment of survey.assessments) {
    const instrument = await loadInstrumentOf(db, assessment);
    const answers = await loadAnswers(db, assessment.id);
    const validation = validateAnswers(instrument, answers);
    for (const issue of validation.issues) {
      if (issue.severity === "error") missing.push({ instrumentId: instrument.id, itemId: issue.itemId });
    }
    scored.push({ assessment, scores: scoreInstrument(instrument, validation.values) });
  }
  if (missing.length > 0) {
    throw apiErrorWithDetail("BAD_REQUEST", "answers_incomplete", { missing });
  }

  // A paper form typed in later counts from the day it was filled in.
  const now = options.submittedAt ?? new Date();
  const alreadySubmitted = await db.$transaction(async (tx) => {
    // The conditional update makes a concurrent second submit do nothing.
    const claimed = await tx.survey.updateMany({ where: { id: surveyId, status: { not: "submitted" } }, data: { status: "submitted", submittedAt: now } });
    if (claimed.count === 0) return true;
    for (const { assessment, scores } of scored) {
      await tx.assessment.update({ where: { id: assessment.id }, data: { status: "submitted", submittedAt: now } });
      await tx.score.deleteMany({ where: { assessmentId: assessment.id } });
      if (scores.length > 0) {
        await tx.score.createMany({
          data: scores.map((s) => ({
            assessmentId: assessment.id,
            scaleId: s.scaleId,
            value: s.value,
            status: s.status,
            instrumentVersion: assessment.instrumentVersion,
          })),
        });
      }
    }
    if (survey.participantId) await refreshScaleFigures(tx, db.engine, [survey.participantId]);
    return false;
  });
  return { alreadySubmitted };
}
