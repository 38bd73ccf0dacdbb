// Statuses that end a participation (Udmeldt, Overgået til anden aktør, Død): recording one ends
// the participation (router/status-event.ts), and removing it (a mistake undone) reopens it.
import type { Db } from "@skridt/db";
import { STATUSES, isStatusCode } from "@skridt/instruments";
import { END_REASON_OF_STATUS } from "@skridt/validators";
import type { ContextAudit } from "../audit";
import { dateToDay } from "../guards";
import type { LifecycleDb } from "./end";
import { reopenParticipation } from "./reopen";

/** The end reason a status ends the participation with, or undefined when it does not end it. */
export function endReasonOfStatus(status: string) {
  return isStatusCode(status) && STATUSES[status].endsParticipation ? END_REASON_OF_STATUS[status] : undefined;
}

/**
 * After a status event is removed: when it is what ended the participation (an ending status,
 * the same day and the reason it ends with) and no other ending status of that day remains,
 * the participation is reopened. An ending the mentor recorded otherwise is left as it is.
 */
export async function reopenIfStatusEndedIt(
  db: LifecycleDb & Pick<Db, "statusEvent">,
  audit: ContextAudit,
  removed: { organisationId: string; participantId: string; status: string; occurredOn: Date },
): Promise<boolean> {
  const reason = endReasonOfStatus(removed.status);
  if (!reason) return false;
  const participant = await db.participant.findFirst({
    where: { id: removed.participantId, organisationId: removed.organisationId, erasedAt: null },
    select: { endedOn: true, endReason: true },
  });
  if (!participant?.endedOn || participant.endReason !== reason || dateToDay(participant.endedOn) !== dateToDay(removed.occurredOn)) return false;
  const others = await db.statusEvent.findMany({ where: { participantId: removed.participantId, occurredOn: removed.occurredOn }, select: { status: true } });
  if (others.some((e) => endReasonOfStatus(e.status) === reason)) return false;
  await reopenParticipation(db, audit, { organisationId: removed.organisationId, participantId: removed.participantId, reason: "status_removed" });
  return true;
}
