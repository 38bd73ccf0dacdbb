import type { Db } from "@skridt/db";
import type { ContextAudit } from "../audit";
import { apiError } from "../errors";
import { assertNotErased } from "../guards";

/** Gives a participant another mentor: someone with the mentor role in the same organisation, not deactivated. */
export async function reassignMentor(db: Db, audit: ContextAudit, input: { organisationId: string; participantId: string; mentorId: string }) {
  const row = await db.participant.findFirst({
    where: { id: input.participantId, organisationId: input.organisationId },
    select: { mentorId: true, erasedAt: true },
  });
  if (!row) throw apiError("NOT_FOUND", "not_found");
  assertNotErased(row);
  const mentor = await db.membership.count({
    where: { organisationId: input.organisationId, userId: input.mentorId, role: "mentor", user: { disabledAt: null } },
  });
  if (mentor === 0) throw apiError("BAD_REQUEST", "mentor_not_in_organisation");
  if (row.mentorId === input.mentorId) return { ok: true as const, changed: false };
  await db.$transaction(async (tx) => {
    await tx.participant.update({ where: { id: input.participantId }, data: { mentorId: input.mentorId } });
    await audit(
      {
        action: "participant.reassign",
        targetType: "participant",
        targetId: input.participantId,
        detail: { mentorId: input.mentorId, previousMentorId: row.mentorId },
      },
      tx,
    );
  });
  return { ok: true as const, changed: true };
}
