import type { Db } from "@skridt/db";
import type { TOccasion } from "@skridt/instruments";
import { instrumentsFromRows, PROGRAMME_INSTRUMENT_ROW, registryWith } from "../programme-instruments/cache";
import { instrumentsFor, planFromStored } from "./plan";
import { newSurveyCredentials } from "./links";

export type SurveyMode = "self" | "assisted" | "phone" | "paper";

/**
 * Creates the survey for one participant and occasion from the programme's measurement
 * plan: one assessment per planned instrument, reached by one new link. Returns the link's
 * token and short code: they exist in clear only in this return value. Takes a transaction's
 * client too (the outbox creates the survey in the transaction that records the message's link).
 */
export async function createSurvey(
  db: Pick<Db, "participant" | "survey">,
  input: { participantId: string; occasion: TOccasion; mode: SurveyMode; createdById: string | null; now?: Date },
) {
  const participant = await db.participant.findUniqueOrThrow({
    where: { id: input.participantId },
    // The programme's own instruments come along in the same query, from the database rather
    // than the cache: another process may have added a newer version.
    select: { programme: { select: { measurementPlan: true, instruments: { select: PROGRAMME_INSTRUMENT_ROW } } } },
  });
  const own = instrumentsFromRows(participant.programme.instruments);
  const instruments = instrumentsFor(planFromStored(participant.programme.measurementPlan), input.occasion, registryWith(own));
  const credentials = newSurveyCredentials(input.now);
  const survey = await db.survey.create({
    data: {
      participantId: input.participantId,
      occasion: input.occasion,
      mode: input.mode,
      tokenHash: credentials.tokenHash,
      shortCodeHash: credentials.shortCodeHash,
      expiresAt: credentials.expiresAt,
      createdById: input.createdById,
      assessments: {
        create: instruments.map((instrument, position) => ({
          participantId: input.participantId,
          position,
          instrumentId: instrument.id,
          instrumentVersion: instrument.version,
          occasion: input.occasion,
          mode: input.mode,
          createdById: input.createdById,
        })),
      },
    },
    select: { id: true, expiresAt: true },
  });
  return { surveyId: survey.id, token: credentials.token, shortCode: credentials.shortCode, expiresAt: survey.expiresAt };
}
