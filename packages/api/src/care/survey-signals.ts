import type { Db } from "@skridt/db";
import { careSignals, type TCareRule, type TCareSignal } from "@skridt/instruments";

/** One submitted assessment's scores, as read for care. */
export interface TScoredAssessment {
  surveyId: string | null;
  instrumentId: string;
  submittedAt: Date | null;
  scores: { scaleId: string; value: number | null }[];
}

/**
 * The care signals of one submitted questionnaire (surveyId) among a participant's submitted
 * assessments: its scores now, each compared with the same scale in the participant's latest
 * earlier questionnaire (a correction has replaced the original: only "submitted" rows count).
 */
export function signalsOfSurvey(rules: readonly TCareRule[], surveyId: string, assessments: readonly TScoredAssessment[]): TCareSignal[] {
  const inSurvey = assessments.filter((a) => a.surveyId === surveyId);
  const submittedAt = Math.max(...inSurvey.map((a) => a.submittedAt?.getTime() ?? 0));
  const earlier = assessments
    .filter((a) => a.surveyId !== surveyId && a.submittedAt !== null && a.submittedAt.getTime() < submittedAt)
    .sort((a, b) => b.submittedAt!.getTime() - a.submittedAt!.getTime());
  const scores = inSurvey.flatMap((a) =>
    a.scores.map((score) => {
      const previous = earlier.find((e) => e.instrumentId === a.instrumentId)?.scores.find((s) => s.scaleId === score.scaleId)?.value;
      return { instrumentId: a.instrumentId, scaleId: score.scaleId, value: score.value, previous };
    }),
  );
  return careSignals(rules, scores);
}

/** The participant's own submitted assessments of instruments that have care rules, oldest first. */
export async function scoredAssessments(db: Db, participantIds: readonly string[], rules: readonly TCareRule[]) {
  return db.assessment.findMany({
    where: {
      participantId: { in: [...participantIds] },
      status: "submitted",
      instrumentId: { in: [...new Set(rules.map((r) => r.instrumentId))] },
      survey: { respondentType: "participant" },
    },
    select: { participantId: true, surveyId: true, instrumentId: true, submittedAt: true, scores: { select: { scaleId: true, value: true } } },
    orderBy: { submittedAt: "asc" },
  });
}
