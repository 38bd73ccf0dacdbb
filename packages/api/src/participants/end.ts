// Ending one participation: the one path for the mentor's "Afslut deltagelse", the admin's
// closing day and a status that ends the participation (Udmeldt, Overgået til anden aktør, Død).
import type { Db } from "@skridt/db";
import { todayLocal } from "@skridt/instruments";
import type { TEndProblem, TEndReason } from "@skridt/validators";
import type { AuditDb, ContextAudit } from "../audit";
import { dayToDate } from "../guards";
import { apiError } from "../errors";
import { endProblemOf } from "./end-problem";

/** Where an ending came from, kept in the audit log beside it. */
export type EndSource = "manual" | "status" | "bulk";

/** The client or a transaction's: ending a participation writes the participant and the audit log. */
export type LifecycleDb = Pick<Db, "participant"> & AuditDb;

export const ENDABLE_SELECT = { id: true, code: true, enrolledOn: true, endedOn: true, erasedAt: true } as const;

/** Each problem as the error a single ending fails with. */
export function endProblemError(problem: TEndProblem) {
  switch (problem) {
    case "not_found":
      return apiError("NOT_FOUND", "not_found");
    case "erased":
      return apiError("CONFLICT", "participant_erased");
    case "already_ended":
      return apiError("CONFLICT", "participation_already_ended");
    case "before_enrolment":
      return apiError("BAD_REQUEST", "ended_before_enrolment");
    case "in_future":
      return apiError("BAD_REQUEST", "date_in_future");
  }
}

export interface EndInput {
  organisationId: string;
  participantId: string;
  endedOn: string;
  reason: TEndReason;
  source: EndSource;
  today?: string;
}

/** Ends the participation or throws why it cannot; audited in the same database call chain (pass a transaction to commit both together). */
export async function endParticipation(db: LifecycleDb, audit: ContextAudit, input: EndInput) {
  const row = await db.participant.findFirst({ where: { id: input.participantId, organisationId: input.organisationId }, select: ENDABLE_SELECT });
  const problem = endProblemOf(row, input.endedOn, input.today ?? todayLocal());
  if (problem) throw endProblemError(problem);
  // Only a participation still open is ended: two mentors ending at once cannot both succeed.
  const { count } = await db.participant.updateMany({
    where: { id: input.participantId, organisationId: input.organisationId, endedOn: null, erasedAt: null },
    data: { endedOn: dayToDate(input.endedOn), endReason: input.reason },
  });
  if (count === 0) throw apiError("CONFLICT", "participation_already_ended");
  await audit(
    {
      action: "participant.end",
      targetType: "participant",
      targetId: input.participantId,
      detail: { endedOn: input.endedOn, reason: input.reason, source: input.source },
    },
    db,
  );
  return { endedOn: input.endedOn, reason: input.reason };
}
