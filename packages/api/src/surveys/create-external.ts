import type { Db } from "@skridt/db";
import { EXTERNAL_RESPONDENT, externalInstruments, type TExternalRespondent } from "@skridt/instruments";
import { newSurveyCredentials } from "./links";

export interface ExternalSurveyInput {
  respondent: { type: "company"; companyId: string } | { type: "volunteer"; volunteerId: string };
  instrumentId: string;
  /** The participant it is about, if any: kept for the mentor, never shown to the respondent. */
  aboutParticipantId: string | null;
  /** The only thing the respondent learns about the participant, if the mentor chooses. */
  aboutFirstName: string | null;
  createdById: string | null;
  now?: Date;
}

/** Whether an instrument is meant for this kind of external respondent. */
export function instrumentFits(instrumentId: string, respondent: TExternalRespondent): boolean {
  return EXTERNAL_RESPONDENT[instrumentId] === respondent && externalInstruments[instrumentId] !== undefined;
}

/**
 * A questionnaire for an employer's contact person or a volunteer mentor, reached by a
 * personal link like a participant's. External surveys have no measurement plan entry:
 * the instrument is given explicitly, and the occasion is its first (the employer form is
 * "end"). The assessment carries no participant, so its answers never count among the
 * participants' own figures or exports; the survey keeps the optional "about" link.
 * Returns the token and short code: they exist in clear only in this return value.
 */
export async function createExternalSurvey(db: Db, input: ExternalSurveyInput) {
  const instrument = externalInstruments[input.instrumentId];
  if (!instrument) throw new Error(`${input.instrumentId} is not an external respondent's instrument`);
  const occasion = instrument.occasions.includes("end") ? "end" : (instrument.occasions[0] ?? "end");
  const credentials = newSurveyCredentials(input.now);
  const survey = await db.survey.create({
    data: {
      participantId: input.aboutParticipantId,
      respondentType: input.respondent.type,
      companyId: input.respondent.type === "company" ? input.respondent.companyId : null,
      volunteerId: input.respondent.type === "volunteer" ? input.respondent.volunteerId : null,
      aboutFirstName: input.aboutFirstName,
      occasion,
      mode: "self",
      tokenHash: credentials.tokenHash,
      shortCodeHash: credentials.shortCodeHash,
      expiresAt: credentials.expiresAt,
      createdById: input.createdById,
      assessments: {
        create: [
          {
            participantId: null,
            position: 0,
            instrumentId: instrument.id,
            instrumentVersion: instrument.version,
            occasion,
            mode: "self",
            createdById: input.createdById,
          },
        ],
      },
    },
    select: { id: true, expiresAt: true },
  });
  return { surveyId: survey.id, token: credentials.token, shortCode: credentials.shortCode, expiresAt: survey.expiresAt };
}
