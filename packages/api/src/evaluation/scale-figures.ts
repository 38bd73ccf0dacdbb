// Keeps ParticipantScale (one row per participant and scale: start value, end value, whether
// the end questionnaire was submitted) equal to what the source tables say. Every write that
// changes a participant's submitted scores calls refreshScaleFigures in its own transaction,
// so the evaluator's figures never see half a change. The rule is the one the figures use:
// a score counts when its assessment and its questionnaire (the participant's own, not an
// employer's or volunteer's) are submitted; a correction supersedes the original; of two
// submitted questionnaires at one occasion, the one submitted later counts (a correction
// does not move its questionnaire's time).
import { Prisma, type Db, type Engine } from "@skridt/db";

/** What refresh needs of a client: the plain one or a transaction's. */
type Executor = Pick<Db, "$executeRaw">;

const CHUNK = 500;

/** The figure rows of the participants matching `where` (a condition on Participant p). */
function figureRows(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT p."id", p."programmeId", p."organisationId", p."cellKey", sc."instrumentId", sc."scaleId",
      MAX(CASE WHEN sc."occasion" = 'start' THEN sc."value" END),
      MAX(CASE WHEN sc."occasion" = 'end' THEN sc."value" END),
      EXISTS (SELECT 1 FROM "Survey" e WHERE e."participantId" = p."id" AND e."respondentType" = 'participant' AND e."occasion" = 'end' AND e."status" = 'submitted')
    FROM (
      SELECT a."participantId", a."occasion", a."instrumentId", x."scaleId", x."value",
        ROW_NUMBER() OVER (PARTITION BY a."participantId", a."occasion", a."instrumentId", x."scaleId" ORDER BY s."submittedAt" DESC, a."submittedAt" DESC, a."id" DESC) AS "latest"
      FROM "Participant" p
      JOIN "Assessment" a ON a."participantId" = p."id"
      JOIN "Survey" s ON s."id" = a."surveyId"
      JOIN "Score" x ON x."assessmentId" = a."id"
      WHERE ${where} AND a."status" = 'submitted' AND a."occasion" IN ('start', 'end')
        AND s."status" = 'submitted' AND s."respondentType" = 'participant' AND x."value" IS NOT NULL
    ) sc
    JOIN "Participant" p ON p."id" = sc."participantId"
    WHERE sc."latest" = 1
    GROUP BY p."id", p."programmeId", p."organisationId", p."cellKey", sc."instrumentId", sc."scaleId"`;
}

// The participant's cell key is copied in, so the evaluator's key sums come from the figure rows alone.
const COLUMNS = Prisma.sql`("participantId", "programmeId", "organisationId", "cellKey", "instrumentId", "scaleId", "startValue", "endValue", "endSubmitted")`;

/**
 * Rewrites the figure rows of these participants from their scores. Call inside the
 * transaction that changed them. On PostgreSQL the participants' rows are locked first (in id
 * order), so two transactions refreshing one participant take turns instead of the second
 * inserting rows the first has just inserted; SQLite has one writer at a time anyway.
 */
export async function refreshScaleFigures(db: Executor, engine: Engine, participantIds: readonly string[]): Promise<void> {
  const ids = [...new Set(participantIds)].sort();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = Prisma.join(ids.slice(i, i + CHUNK));
    if (engine === "postgresql") await db.$executeRaw`SELECT "id" FROM "Participant" WHERE "id" IN (${chunk}) ORDER BY "id" FOR UPDATE`;
    await db.$executeRaw`DELETE FROM "ParticipantScale" WHERE "participantId" IN (${chunk})`;
    await db.$executeRaw`INSERT INTO "ParticipantScale" ${COLUMNS} ${figureRows(Prisma.sql`p."id" IN (${chunk})`)}`;
  }
}

/** The statements that rewrite every figure row of a programme, in order. */
export function rebuildStatements(programmeId: string): Prisma.Sql[] {
  return [
    Prisma.sql`DELETE FROM "ParticipantScale" WHERE "programmeId" = ${programmeId}`,
    Prisma.sql`INSERT INTO "ParticipantScale" ${COLUMNS} ${figureRows(Prisma.sql`p."programmeId" = ${programmeId}`)}`,
  ];
}

/** Rewrites every figure row of a programme (after a bulk load, or to repair). */
export async function rebuildProgrammeScaleFigures(db: Executor, programmeId: string): Promise<void> {
  for (const statement of rebuildStatements(programmeId)) await db.$executeRaw(statement);
}
