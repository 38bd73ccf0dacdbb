import type { Db } from "@skridt/db";
import type { TEntryMode } from "@skridt/validators";
import { surveyState, type SurveyState } from "./state";
import { apiError } from "../errors";
import { assertNotErased } from "../guards";

export interface EntrySurvey {
  id: string;
  participantId: string;
  occasion: string;
  mode: string;
  startedAt: Date | null;
  state: SurveyState;
}

/**
 * A participant's own survey in this organisation, for a mentor to fill in. Refused when
 * it is not theirs to see (not found), already submitted or withdrawn. An expired link
 * does not stop a mentor: expiry limits how long the link works, and a paper form is often
 * typed in weeks later.
 */
export async function surveyForEntry(db: Db, organisationId: string, surveyId: string): Promise<EntrySurvey> {
  const survey = await db.survey.findFirst({
    // An erased participant's figures are frozen (docs/privacy.md): nobody adds answers for them.
    where: { id: surveyId, respondentType: "participant", participant: { organisationId } },
    select: {
      id: true,
      participantId: true,
      occasion: true,
      mode: true,
      status: true,
      expiresAt: true,
      startedAt: true,
      participant: { select: { erasedAt: true } },
    },
  });
  if (!survey?.participantId || !survey.participant) throw apiError("NOT_FOUND", "not_found");
  assertNotErased(survey.participant);
  const state = surveyState(survey);
  if (state === "submitted") throw apiError("CONFLICT", "already_submitted");
  if (state === "withdrawn") throw apiError("CONFLICT", "survey_closed");
  return { id: survey.id, participantId: survey.participantId, occasion: survey.occasion, mode: survey.mode, startedAt: survey.startedAt, state };
}

/**
 * Records how the answers came in, on the survey and on its current assessments, so exports
 * and the evaluator can tell self-completed answers from assisted, phone and paper ones.
 * The latest way of entry wins; the audit log keeps each one with who entered it.
 */
export async function recordEntryMode(db: Db, survey: EntrySurvey, mode: TEntryMode) {
  if (survey.mode === mode) return;
  await db.survey.update({ where: { id: survey.id }, data: { mode } });
  await db.assessment.updateMany({ where: { surveyId: survey.id, status: { not: "superseded" } }, data: { mode } });
}

/** Marks the survey as begun, as the participant's own first answer does. */
export async function markStarted(db: Db, survey: EntrySurvey) {
  if (survey.startedAt) return;
  await db.survey.updateMany({ where: { id: survey.id, startedAt: null }, data: { startedAt: new Date(), status: "in_progress" } });
}

/**
 * A paper form counts from the day it was filled in, not the day it was typed in: the
 * submission time of the survey and its assessments is that day (noon UTC, so the day is the
 * same in every Danish export). Given to submitSurvey, so it is set in the submitting transaction.
 */
export function paperSubmittedAt(filledOn: string): Date {
  return new Date(`${filledOn}T12:00:00.000Z`);
}

/** The day it is in Denmark, as YYYY-MM-DD (Sweden's locale writes dates that way). */
function danishToday(now: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(now);
}

/** The filled-in day must be a real calendar day that has already come. */
export function checkFilledOn(filledOn: string, now = new Date()) {
  const day = new Date(`${filledOn}T00:00:00.000Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== filledOn || filledOn > danishToday(now)) {
    throw apiError("BAD_REQUEST", "filled_on_invalid");
  }
}
