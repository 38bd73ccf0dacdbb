// Participants who may be sent messages: an address, and consent to questionnaires recorded.
import type { Db } from "@skridt/db";
import { newParticipantCode } from "@skridt/api";

export async function createReachableParticipant(
  db: Db,
  opts: { organisationId: string; programmeId: string; enrolledOn: Date; email?: string | null; phone?: string | null; consent?: boolean; endedOn?: Date },
) {
  const participant = await db.participant.create({
    data: {
      code: newParticipantCode(),
      organisationId: opts.organisationId,
      programmeId: opts.programmeId,
      enrolledOn: opts.enrolledOn,
      endedOn: opts.endedOn ?? null,
      identity: { create: { fullName: "Test Deltager", email: opts.email ?? null, phone: opts.phone ?? null } },
    },
    select: { id: true, code: true },
  });
  if (opts.consent !== false) {
    await db.consent.create({
      data: { participantId: participant.id, kind: "questionnaires", textVersion: "1", givenOn: new Date(opts.enrolledOn.getTime() - 60_000) },
    });
  }
  return participant;
}
