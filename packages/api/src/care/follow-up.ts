import type { Db } from "@skridt/db";
import { todayLocal } from "@skridt/instruments";
import type { TCareOutcome } from "@skridt/validators";
import type { ContextAudit } from "../audit";
import { apiError } from "../errors";
import { assertWritableParticipant, dateToDay, dayToDate } from "../guards";

type Audit = ContextAudit;

/**
 * Records that a mentor followed up a questionnaire that called for care: who, on which day,
 * with what outcome. "not_reached" keeps the item on the due list; the others take it off.
 */
export async function recordCareFollowUp(
  db: Db,
  audit: Audit,
  input: { organisationId: string; participantId: string; surveyId: string; outcome: TCareOutcome; followedUpOn: string; userId: string },
) {
  await assertWritableParticipant(db, input.organisationId, input.participantId);
  const survey = await db.survey.findFirst({
    where: { id: input.surveyId, participantId: input.participantId, respondentType: "participant", status: "submitted" },
    select: { id: true, submittedAt: true },
  });
  if (!survey) throw apiError("NOT_FOUND", "not_found");
  const submittedOn = dateToDay(survey.submittedAt ?? new Date(0));
  if (input.followedUpOn < submittedOn || input.followedUpOn > todayLocal()) throw apiError("BAD_REQUEST", "date_out_of_range");
  const row = await db.careFollowUp.create({
    data: {
      participantId: input.participantId,
      surveyId: survey.id,
      outcome: input.outcome,
      followedUpOn: dayToDate(input.followedUpOn),
      followedUpById: input.userId,
    },
    select: { id: true },
  });
  await audit({ action: "care.follow_up", targetType: "participant", targetId: input.participantId, detail: { outcome: input.outcome } });
  return row;
}
