// One row per participant for the overview: their end day, how far their questionnaire got
// at each occasion, their status events packed into one text, and their cell key. At 100,000 participants
// this one pass reads a third of what separate participant, questionnaire and event rows
// did (bench/analytics). Status codes, days and timestamps never hold the two separator
// characters (codes come from the status catalogue), so unpacking is a plain split.
import { Prisma, type Db } from "@skridt/db";
import type { THeadlineHistory, TSurveyStateCount } from "@skridt/analytics";
import { asText } from "./cohort-sql";
import { inCohort, type CohortScope } from "./read-counts";

const FIELD = "\u001f";
const RECORD = "\u001e";

function packedEvents(db: Db): Prisma.Sql {
  const occurredOn = asText(db, Prisma.sql`e."occurredOn"`, 10);
  const createdAt = asText(db, Prisma.sql`e."createdAt"`, 23);
  if (db.engine === "postgresql") {
    return Prisma.sql`(SELECT string_agg(e."status" || chr(31) || ${occurredOn} || chr(31) || (CASE WHEN e."inProcess" THEN '1' ELSE '0' END) || chr(31) || ${createdAt}, chr(30))
      FROM "StatusEvent" e WHERE e."participantId" = p."id")`;
  }
  return Prisma.sql`(SELECT group_concat(e."status" || char(31) || ${occurredOn} || char(31) || (CASE WHEN e."inProcess" THEN '1' ELSE '0' END) || char(31) || ${createdAt}, char(30))
    FROM "StatusEvent" e WHERE e."participantId" = p."id")`;
}

/**
 * How far the participant's own questionnaire at each occasion got (3 submitted, 2 begun,
 * 1 not begun, 0 none), as "3/1": one index seek per participant for all occasions.
 */
function furthest(occasions: readonly string[]): Prisma.Sql {
  const rank = Prisma.sql`CASE s."status" WHEN 'submitted' THEN 3 WHEN 'in_progress' THEN 2 ELSE 1 END`;
  const perOccasion = occasions.map((o) => Prisma.sql`COALESCE(max(CASE WHEN s."occasion" = ${o} THEN ${rank} END), 0)`);
  return Prisma.sql`(SELECT ${Prisma.join(perOccasion, " || '/' || ")}
    FROM "Survey" s WHERE s."participantId" = p."id" AND s."respondentType" = 'participant')`;
}

export async function readParticipantHistories(
  db: Db,
  scope: CohortScope,
  occasions: readonly string[],
): Promise<{ histories: THeadlineHistory[]; surveyStates: TSurveyStateCount[] }> {
  if (scope.organisationIds.length === 0) return { histories: [], surveyStates: [] };
  const rows = await db.bulk.rows(Prisma.sql`
    SELECT ${asText(db, Prisma.sql`p."endedOn"`, 10)}, ${packedEvents(db)}, ${furthest(occasions)}, p."cellKey", ${asText(db, Prisma.sql`p."enrolledOn"`, 10)}
    FROM "Participant" p WHERE ${inCohort(db, scope)}`);
  // Per occasion and rank: how many, and the sum of their cell keys (disclosure control).
  const ranks = occasions.map(() => [0, 0, 0, 0]);
  const rankKeys = occasions.map(() => [0, 0, 0, 0]);
  const histories = rows.map((row) => {
    const key = Number(row[3]);
    // Null when the participant has no questionnaire at all.
    const furthestByOccasion = row[2] === null ? [] : String(row[2]).split("/");
    const furthestRanks = occasions.map((_, k) => {
      const rank = Number(furthestByOccasion[k] ?? 0);
      ranks[k]![rank]!++;
      rankKeys[k]![rank]! += key;
      return rank;
    });
    const packed = row[1] as string | null;
    const events = packed
      ? packed.split(RECORD).map((record) => {
          const [status, occurredOn, inProcess, recordedAt] = record.split(FIELD) as [string, string, string, string];
          return { status, occurredOn, inProcess: inProcess === "1", recordedAt };
        })
      : [];
    return { endedOn: (row[0] as string | null) ?? null, enrolledOn: row[4] as string, furthest: furthestRanks, events, key };
  });
  const surveyStates: TSurveyStateCount[] = occasions.flatMap((occasion, k) => [
    { occasion, state: "submitted" as const, count: ranks[k]![3]!, key: rankKeys[k]![3]! },
    { occasion, state: "in_progress" as const, count: ranks[k]![2]!, key: rankKeys[k]![2]! },
    { occasion, state: "not_begun" as const, count: ranks[k]![1]!, key: rankKeys[k]![1]! },
  ]);
  return { histories, surveyStates };
}
