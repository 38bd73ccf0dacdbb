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

function upsertStatement(db: Db, a: AnswerWrite, now: Date) {
  // SQLite says IS NOT where PostgreSQL says IS DISTINCT FROM; the rest is the same SQL.
  const differs = db.engine === "postgresql" ? Prisma.sql`IS DISTINCT FROM` : Prisma.sql`IS NOT`;
  return db.$executeRaw`
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
}

interface Pending {
  write: AnswerWrite;
  resolve: (applied: boolean) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: saves that arrive while a transaction is being written wait and go together in
 * the next one, so a hundred participants answering at once cost a few disk syncs rather than
 * a hundred. Nobody is answered before their save is committed.
 */
class AnswerBatcher {
  private queue: Pending[] = [];
  private writing = false;

  constructor(private readonly db: Db) {}

  save(write: AnswerWrite): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain() {
    this.writing = true;
    // Let the saves that arrived in this turn of the event loop join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, 200);
      const now = new Date();
      try {
        const counts = await this.db.$transaction(batch.map((p) => upsertStatement(this.db, p.write, now)));
        batch.forEach((p, i) => p.resolve((counts[i] ?? 0) > 0));
      } catch {
        // One bad save must not fail its neighbours: write them one by one to find it.
        for (const p of batch) {
          try {
            p.resolve((await upsertStatement(this.db, p.write, now)) > 0);
          } catch (error) {
            p.reject(error);
          }
        }
      }
    }
    this.writing = false;
  }
}

const batchers = new WeakMap<Db, AnswerBatcher>();

/**
 * Inserts the answer, or updates the stored one unless it was written by this very save
 * (same clientMutationId: a retry) or is newer (a late retry of an older save).
 * Resolves, once committed, with whether anything was written.
 */
export function upsertAnswer(db: Db, write: AnswerWrite): Promise<boolean> {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new AnswerBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher.save(write);
}
