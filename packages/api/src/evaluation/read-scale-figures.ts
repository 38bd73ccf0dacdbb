// The cohort's start and end scores per scale, grouped in the database: a few thousand
// (value, value, count) rows instead of a million score rows (bench/analytics).
import { Prisma, type Db } from "@skridt/db";
import type { TScaleFigureCount } from "@skridt/analytics";
import type { TEvaluationFilter } from "@skridt/validators";
import { participantCriteria } from "./cohort-sql";

export async function readScaleFigureCounts(
  db: Db,
  programmeId: string,
  organisationIds: readonly string[],
  filter: Omit<TEvaluationFilter, "organisationIds">,
): Promise<TScaleFigureCount[]> {
  if (organisationIds.length === 0) return [];
  const criteria = participantCriteria(db, filter);
  // Without participant criteria the covering index on (programme, organisation, ...) answers alone.
  const from = criteria ? Prisma.sql`"ParticipantScale" f JOIN "Participant" p ON p."id" = f."participantId"` : Prisma.sql`"ParticipantScale" f`;
  const rows = await db.bulk.rows(Prisma.sql`
    SELECT f."instrumentId", f."scaleId", f."startValue", f."endValue", f."endSubmitted", count(*), sum(f."cellKey")
    FROM ${from}
    WHERE f."programmeId" = ${programmeId} AND f."organisationId" IN (${Prisma.join(organisationIds)})${criteria ? Prisma.sql` AND ${criteria}` : Prisma.empty}
    GROUP BY f."instrumentId", f."scaleId", f."startValue", f."endValue", f."endSubmitted"`);
  return rows.map(([instrumentId, scaleId, start, end, endSubmitted, count, key]) => ({
    instrumentId: instrumentId as string,
    scaleId: scaleId as string,
    start: start === null ? null : Number(start),
    end: end === null ? null : Number(end),
    // SQLite answers 0/1, PostgreSQL true/false.
    endSubmitted: endSubmitted === true || endSubmitted === 1,
    count: Number(count),
    // The sum of the group's cell keys (disclosure control; the index covers it).
    key: Number(key),
  }));
}
