import type { Db } from "@skridt/db";
import { apiError } from "./errors";

/** Ensures the participant belongs to the organisation the caller acts in (else NOT_FOUND: no existence leak). */
export async function assertParticipantInOrganisation(db: Db, organisationId: string, participantId: string) {
  const found = await db.participant.count({ where: { id: participantId, organisationId } });
  if (found === 0) throw apiError("NOT_FOUND", "not_found");
}

/** A date-only value (YYYY-MM-DD) as stored: midnight UTC of that day. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * An erased participant's remaining records are frozen pseudonymous data (docs/privacy.md):
 * every write that names them, directly or through one of their records, is refused.
 */
export function assertNotErased(participant: { erasedAt: Date | null }) {
  if (participant.erasedAt) throw apiError("CONFLICT", "participant_erased");
}

/** A participant of this organisation who may still be written to (else NOT_FOUND, or participant_erased). */
export async function assertWritableParticipant(db: Db, organisationId: string, participantId: string) {
  const row = await db.participant.findFirst({ where: { id: participantId, organisationId }, select: { erasedAt: true } });
  if (!row) throw apiError("NOT_FOUND", "not_found");
  assertNotErased(row);
}
