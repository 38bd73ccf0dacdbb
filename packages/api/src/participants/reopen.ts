import type { TReopenReason } from "@skridt/validators";
import type { ContextAudit } from "../audit";
import { apiError } from "../errors";
import { dateToDay } from "../guards";
import type { LifecycleDb } from "./end";

/** A mentor's reason from the catalogue, or "status_removed" when the status that ended it was removed. */
export type ReopenAuditReason = TReopenReason | "status_removed";

/**
 * Reopens an ended participation: the end date and reason are cleared, and the audit log keeps
 * what they were and the reason's key (never free text: the log outlives an erasure).
 */
export async function reopenParticipation(
  db: LifecycleDb,
  audit: ContextAudit,
  input: { organisationId: string; participantId: string; reason: ReopenAuditReason },
) {
  const row = await db.participant.findFirst({
    where: { id: input.participantId, organisationId: input.organisationId },
    select: { endedOn: true, endReason: true, erasedAt: true },
  });
  if (!row) throw apiError("NOT_FOUND", "not_found");
  if (row.erasedAt) throw apiError("CONFLICT", "participant_erased");
  if (!row.endedOn) throw apiError("CONFLICT", "participation_not_ended");
  const { count } = await db.participant.updateMany({
    where: { id: input.participantId, organisationId: input.organisationId, endedOn: row.endedOn, erasedAt: null },
    data: { endedOn: null, endReason: null },
  });
  if (count === 0) throw apiError("CONFLICT", "participation_not_ended");
  await audit(
    {
      action: "participant.reopen",
      targetType: "participant",
      targetId: input.participantId,
      detail: { reason: input.reason, endedOn: dateToDay(row.endedOn), endReason: row.endReason },
    },
    db,
  );
  return { ok: true as const };
}
