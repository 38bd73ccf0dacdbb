import type { Db } from "@skridt/db";
import { builtinCareRules, type TCareSignal } from "@skridt/instruments";
import { dateToDay } from "../guards";
import { programmeCareFromStored } from "./programme-rules";
import { scoredAssessments, signalsOfSurvey } from "./survey-signals";

export interface TCareDue {
  participantId: string;
  code: string;
  name: string | null;
  surveyId: string;
  occasion: string;
  /** The day the questionnaire was submitted. */
  dueOn: string;
  signals: TCareSignal["kind"][];
}

/**
 * Participants whose latest questionnaire with a care-rule scale (WHO-5) calls for care and whom
 * nobody has followed up yet: the mentor's due list says "Trivsel lav ved slutskema: tag kontakt".
 * Only the latest counts: an older low score that a later one has replaced is not today's concern.
 */
export async function careDueItems(db: Db, opts: { organisationId: string; mentorId?: string }): Promise<TCareDue[]> {
  const participants = await db.participant.findMany({
    where: { organisationId: opts.organisationId, erasedAt: null, ...(opts.mentorId ? { mentorId: opts.mentorId } : {}) },
    select: { id: true, code: true, identity: { select: { fullName: true } }, programme: { select: { careSettings: true } } },
  });
  if (participants.length === 0) return [];
  // Rules may differ per programme, but a programme can only add to the built-in instruments' rules.
  const assessments = await scoredAssessments(
    db,
    participants.map((p) => p.id),
    builtinCareRules,
  );
  const followedUp = new Set(
    (
      await db.careFollowUp.findMany({
        where: { participantId: { in: participants.map((p) => p.id) }, outcome: { in: ["contacted", "already_in_contact"] } },
        select: { surveyId: true },
      })
    ).map((f) => f.surveyId),
  );
  const due: TCareDue[] = [];
  for (const p of participants) {
    const own = assessments.filter((a) => a.participantId === p.id);
    const latest = own.at(-1);
    if (!latest?.surveyId || followedUp.has(latest.surveyId)) continue;
    const { rules } = programmeCareFromStored(p.programme.careSettings);
    const signals = signalsOfSurvey(rules, latest.surveyId, own);
    if (signals.length === 0) continue;
    const survey = await db.survey.findUnique({ where: { id: latest.surveyId }, select: { occasion: true, submittedAt: true } });
    due.push({
      participantId: p.id,
      code: p.code,
      name: p.identity?.fullName ?? null,
      surveyId: latest.surveyId,
      occasion: survey?.occasion ?? "start",
      dueOn: dateToDay(survey?.submittedAt ?? latest.submittedAt ?? new Date()),
      signals: [...new Set(signals.map((s) => s.kind))],
    });
  }
  return due;
}
