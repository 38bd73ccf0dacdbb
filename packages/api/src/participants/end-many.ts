// A project's closing day: an admin ends many participations with one day and one reason.
// All or none: every row is checked first, and the refusal lists each row's problem.
import type { Db } from "@skridt/db";
import { todayLocal } from "@skridt/instruments";
import type { TEndProblem, TEndReason } from "@skridt/validators";
import type { ContextAudit } from "../audit";
import { apiError, apiErrorWithDetail } from "../errors";
import { dayToDate } from "../guards";
import { ENDABLE_SELECT } from "./end";
import { endProblemOf } from "./end-problem";

export interface EndManyInput {
  organisationId: string;
  participantIds: string[];
  endedOn: string;
  reason: TEndReason;
  today?: string;
}

export async function endParticipations(db: Db, audit: ContextAudit, input: EndManyInput) {
  const today = input.today ?? todayLocal();
  const rows = await db.participant.findMany({ where: { id: { in: input.participantIds }, organisationId: input.organisationId }, select: ENDABLE_SELECT });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: { participantId: string; code: string | null; problem: TEndProblem }[] = [];
  for (const participantId of input.participantIds) {
    const row = byId.get(participantId) ?? null;
    const problem = endProblemOf(row, input.endedOn, today);
    // Someone outside the organisation is "not found", without their code: no existence leak.
    if (problem) problems.push({ participantId, code: row && !row.erasedAt ? row.code : null, problem });
  }
  if (problems.length > 0) throw apiErrorWithDetail("BAD_REQUEST", "participations_not_endable", { problems });

  await db.$transaction(async (tx) => {
    const { count } = await tx.participant.updateMany({
      where: { id: { in: input.participantIds }, organisationId: input.organisationId, endedOn: null, erasedAt: null },
      data: { endedOn: dayToDate(input.endedOn), endReason: input.reason },
    });
    // Someone ended or erased one of them meanwhile: roll back rather than end part of the list.
    if (count !== input.participantIds.length) throw apiError("CONFLICT", "participation_already_ended");
    for (const participantId of input.participantIds) {
      await audit(
        {
          action: "participant.end",
          targetType: "participant",
          targetId: participantId,
          detail: { endedOn: input.endedOn, reason: input.reason, source: "bulk" },
        },
        tx,
      );
    }
    await audit(
      {
        action: "participant.end_many",
        targetType: "participant",
        detail: { count: input.participantIds.length, endedOn: input.endedOn, reason: input.reason },
      },
      tx,
    );
  });
  return { ended: input.participantIds.length };
}
