import type { Db } from "@skridt/db";
import type { TCareSignal } from "@skridt/instruments";
import { dateToDay } from "../guards";
import { programmeCare } from "./programme-rules";
import { scoredAssessments, signalsOfSurvey } from "./survey-signals";

export interface TCareQuestionnaire {
  surveyId: string;
  occasion: string;
  submittedOn: string;
  signals: TCareSignal[];
  followUps: { outcome: string; followedUpOn: string; by: string | null }[];
  /** Taken off the due list: someone made contact, or help was already in place. */
  resolved: boolean;
  /** The participant's latest questionnaire with a care-rule scale: only this one is on the due list (an older one is history). */
  current: boolean;
}

/** The participant's questionnaires that called for care, newest first, with who followed each up and when. */
export async function participantCare(db: Db, participant: { id: string; programmeId: string }): Promise<TCareQuestionnaire[]> {
  const { rules } = await programmeCare(db, participant.programmeId);
  const assessments = await scoredAssessments(db, [participant.id], rules);
  const surveyIds = [...new Set(assessments.flatMap((a) => (a.surveyId ? [a.surveyId] : [])))];
  const [surveys, followUps] = await Promise.all([
    db.survey.findMany({ where: { id: { in: surveyIds } }, select: { id: true, occasion: true, submittedAt: true } }),
    db.careFollowUp.findMany({ where: { participantId: participant.id }, orderBy: [{ followedUpOn: "asc" }, { createdAt: "asc" }] }),
  ]);
  const staff = await db.user.findMany({
    where: { id: { in: followUps.flatMap((f) => (f.followedUpById ? [f.followedUpById] : [])) } },
    select: { id: true, name: true },
  });
  const latestSurveyId = assessments.at(-1)?.surveyId ?? null;
  const out: TCareQuestionnaire[] = [];
  for (const survey of surveys) {
    const signals = signalsOfSurvey(rules, survey.id, assessments);
    if (signals.length === 0) continue;
    const own = followUps.filter((f) => f.surveyId === survey.id);
    out.push({
      surveyId: survey.id,
      occasion: survey.occasion,
      submittedOn: dateToDay(survey.submittedAt ?? new Date(0)),
      signals,
      followUps: own.map((f) => ({
        outcome: f.outcome,
        followedUpOn: dateToDay(f.followedUpOn),
        by: staff.find((s) => s.id === f.followedUpById)?.name ?? null,
      })),
      resolved: own.some((f) => f.outcome !== "not_reached"),
      current: survey.id === latestSurveyId,
    });
  }
  return out.sort((a, b) => b.submittedOn.localeCompare(a.submittedOn));
}

/** For the participant's own thank-you page: does the questionnaire just sent call for care, and where can they get help. */
export async function careForSubmittedSurvey(db: Db, survey: { id: string; participantId: string }) {
  const participant = await db.participant.findUnique({ where: { id: survey.participantId }, select: { programmeId: true } });
  if (!participant) return { callsForCare: false, help: [] };
  const { rules, help } = await programmeCare(db, participant.programmeId);
  const assessments = await scoredAssessments(db, [survey.participantId], rules);
  const signals = signalsOfSurvey(rules, survey.id, assessments);
  return { callsForCare: signals.length > 0, help: signals.length > 0 ? help : [] };
}
