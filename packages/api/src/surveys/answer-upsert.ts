// The hot path of the participant app: one answer, one statement. Prisma's model API needs a
// read then a write (and compiles each query); this single INSERT ... ON CONFLICT does the
// idempotency and stale-retry checks inside the database, atomically.
import { randomUUID } from "node:crypto";
import { Prisma, type Db } from "@skridt/db";

export interface AnswerWrite {
  assessmentId: string;
  itemId: string;
  instrumentVersion: string;
  /** JSON-encoded answer value. */
  value: string;
  clientMutationId: string;
  clientAnsweredAt: Date;
}

/**
 * Inserts the answer, or updates the stored one unless it was written by this very save
 * (same clientMutationId: a retry) or is newer (a late retry of an older save).
 * Returns whether anything was written.
 */
export async function upsertAnswer(db: Db, a: AnswerWrite): Promise<boolean> {
  // SQLite says IS NOT where PostgreSQL says IS DISTINCT FROM; the rest is the same SQL.
  const differs = db.engine === "postgresql" ? Prisma.sql`IS DISTINCT FROM` : Prisma.sql`IS NOT`;
  const now = new Date();
  const written = await db.$executeRaw`
    INSERT INTO "Answer" ("id", "assessmentId", "itemId", "instrumentVersion", "value", "clientMutationId", "clientAnsweredAt", "answeredAt")
    VALUES (${randomUUID()}, ${a.assessmentId}, ${a.itemId}, ${a.instrumentVersion}, ${a.value}, ${a.clientMutationId}, ${a.clientAnsweredAt}, ${now})
    ON CONFLICT ("assessmentId", "itemId") DO UPDATE SET
      "value" = excluded."value",
      "instrumentVersion" = excluded."instrumentVersion",
      "clientMutationId" = excluded."clientMutationId",
      "clientAnsweredAt" = excluded."clientAnsweredAt",
      "answeredAt" = excluded."answeredAt"
    WHERE "Answer"."clientMutationId" ${differs} excluded."clientMutationId"
      AND ("Answer"."clientAnsweredAt" IS NULL OR "Answer"."clientAnsweredAt" <= excluded."clientAnsweredAt")`;
  return written > 0;
}
