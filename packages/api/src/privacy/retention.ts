// The retention rule: a participant whose programme keeps data `retentionMonths` after they
// end is erased (with the programme's erasure setting) once endedOn + retentionMonths has
// passed. Participants without an end date, programmes without a period, and participants
// already anonymised are left alone.
import type { Db } from "@skridt/db";
import { eraseParticipant, erasureModeOf, type ErasureMode, type ErasureResult } from "./erase";

/** endedOn plus whole calendar months (UTC), clamped to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)));
}

export interface RetentionCandidate {
  participantId: string;
  code: string;
  organisationId: string;
  programmeId: string;
  programmeName: string;
  endedOn: string;
  eraseFrom: string;
  mode: ErasureMode;
}

/** Participants due for erasure on `now`, oldest end date first. */
export async function dueForRetention(db: Db, now: Date = new Date()): Promise<RetentionCandidate[]> {
  const rows = await db.participant.findMany({
    where: { erasedAt: null, endedOn: { not: null }, programme: { retentionMonths: { not: null } } },
    select: {
      id: true,
      code: true,
      organisationId: true,
      endedOn: true,
      programmeId: true,
      programme: { select: { name: true, retentionMonths: true, erasure: true } },
    },
    orderBy: [{ endedOn: "asc" }, { code: "asc" }],
  });
  return rows.flatMap((r) => {
    const eraseFrom = addMonths(r.endedOn!, r.programme.retentionMonths!);
    if (eraseFrom > now) return [];
    return [
      {
        participantId: r.id,
        code: r.code,
        organisationId: r.organisationId,
        programmeId: r.programmeId,
        programmeName: r.programme.name,
        endedOn: r.endedOn!.toISOString().slice(0, 10),
        eraseFrom: eraseFrom.toISOString().slice(0, 10),
        mode: erasureModeOf(r.programme.erasure),
      },
    ];
  });
}

export interface RetentionRun {
  dryRun: boolean;
  due: RetentionCandidate[];
  erased: ErasureResult[];
}

/** Erases everyone due (or, with dryRun, only lists them). Each erasure is its own audited transaction. */
export async function applyRetention(db: Db, opts: { now?: Date; dryRun?: boolean } = {}): Promise<RetentionRun> {
  const due = await dueForRetention(db, opts.now ?? new Date());
  const erased: ErasureResult[] = [];
  if (!opts.dryRun) {
    for (const candidate of due) {
      erased.push(
        await eraseParticipant(db, { participantId: candidate.participantId, actorId: null, organisationId: candidate.organisationId, reason: "retention" }),
      );
    }
  }
  return { dryRun: opts.dryRun ?? false, due, erased };
}
