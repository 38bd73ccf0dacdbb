// The cohort's progression reviews that hold the participant's own score beside the mentor's,
// with each participant's cell key, for the agreement figures (packages/analytics agreement.ts).
// Only reviews whose JSON names a participant score are read; notes are never parsed out.
import { Prisma, type Db } from "@skridt/db";
import type { TAgreementReview } from "@skridt/analytics";
import { asText } from "./cohort-sql";
import { inCohort, type CohortScope } from "./read-counts";

export async function readAgreementReviews(db: Db, scope: CohortScope): Promise<TAgreementReview[]> {
  if (scope.organisationIds.length === 0) return [];
  const rows = await db.bulk.rows(Prisma.sql`
    SELECT r."participantId", ${asText(db, Prisma.sql`r."reviewedOn"`, 10)}, r."areaScores", p."cellKey"
    FROM "Review" r JOIN "Participant" p ON p."id" = r."participantId"
    WHERE ${inCohort(db, scope)} AND r."areaScores" LIKE ${'%"participant"%'}`);
  return rows.map(([participantId, reviewedOn, areaScores, key]) => {
    const parsed = JSON.parse(areaScores as string) as Record<string, { mentor?: unknown; participant?: unknown } | null>;
    const scores: Record<string, { mentor: number; participant: number }> = {};
    for (const area in parsed) {
      const s = parsed[area];
      // Numbers only: nothing else of a review (its notes) is carried on.
      if (s && typeof s.mentor === "number" && typeof s.participant === "number") scores[area] = { mentor: s.mentor, participant: s.participant };
    }
    return { participantId: participantId as string, reviewedOn: reviewedOn as string, key: Number(key), scores };
  });
}
