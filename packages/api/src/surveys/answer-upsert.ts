// The hot path of the participant app. Prisma's model API needs a read then a write (and
// compiles each query); an INSERT ... ON CONFLICT does the idempotency and stale-retry checks
// inside the database, atomically. Saves that arrive together go in one multi-row statement:
// Prisma's cost is per statement (plan, parameter conversion, a fresh prepare), and at a
// hundred saves in flight that cost, paid per save, was the largest part of a save's CPU
// (bench/participant, docs/reliability.md).
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

const keyOf = (assessmentId: string, itemId: string) => `${assessmentId}\u0000${itemId}`;

/**
 * One statement for saves of different questions: each row is inserted, or updates the stored
 * answer under the same rules as a single save. RETURNING names the rows written (a row whose
 * update the WHERE refused is not returned), so each save learns whether it applied.
 */
function upsertStatement(db: Db, writes: AnswerWrite[], now: Date) {
  // SQLite says IS NOT where PostgreSQL says IS DISTINCT FROM; the rest is the same SQL.
  const differs = db.engine === "postgresql" ? Prisma.sql`IS DISTINCT FROM` : Prisma.sql`IS NOT`;
  const rows = writes.map(
    (a) =>
      Prisma.sql`(${randomUUID()}, ${a.assessmentId}, ${a.itemId}, ${a.instrumentVersion}, ${a.value}, ${a.clientMutationId}, ${a.clientAnsweredAt}, ${now})`,
  );
  return db.$queryRaw<WrittenRow[]>`
    INSERT INTO "Answer" ("id", "assessmentId", "itemId", "instrumentVersion", "value", "clientMutationId", "clientAnsweredAt", "answeredAt")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("assessmentId", "itemId") DO UPDATE SET
      "value" = excluded."value",
      "instrumentVersion" = excluded."instrumentVersion",
      "clientMutationId" = excluded."clientMutationId",
      "clientAnsweredAt" = excluded."clientAnsweredAt",
      "answeredAt" = excluded."answeredAt"
    WHERE "Answer"."clientMutationId" ${differs} excluded."clientMutationId"
      AND ("Answer"."clientAnsweredAt" IS NULL OR "Answer"."clientAnsweredAt" <= excluded."clientAnsweredAt")
    RETURNING "assessmentId", "itemId"`;
}

type WrittenRow = { assessmentId: string; itemId: string };

/** Whether each save of a statement was written, from the rows it returned. */
function appliedOf(writes: AnswerWrite[], written: WrittenRow[]): boolean[] {
  const applied = new Set(written.map((r) => keyOf(r.assessmentId, r.itemId)));
  return writes.map((a) => applied.has(keyOf(a.assessmentId, a.itemId)));
}

/**
 * Splits a batch into rounds in which no question appears twice (PostgreSQL refuses a
 * statement that would update one row twice, and the order of two saves of one question
 * matters): the n-th save of a question goes in round n, so rounds run in arrival order.
 */
function roundsOf<T extends { write: AnswerWrite }>(batch: T[]): T[][] {
  const rounds: T[][] = [];
  const seen = new Map<string, number>();
  for (const p of batch) {
    const key = keyOf(p.write.assessmentId, p.write.itemId);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    (rounds[n] ??= []).push(p);
  }
  return rounds;
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
      const rounds = roundsOf(batch);
      try {
        // Almost always one round: one statement, one commit. Several go in one transaction, in order.
        const writes = rounds.map((round) => round.map((p) => p.write));
        const written =
          writes.length === 1
            ? [await upsertStatement(this.db, writes[0]!, now)]
            : await this.db.$transaction(writes.map((w) => upsertStatement(this.db, w, now)));
        rounds.forEach((round, r) => {
          const applied = appliedOf(writes[r]!, written[r] ?? []);
          round.forEach((p, i) => p.resolve(applied[i] ?? false));
        });
      } catch {
        // One bad save must not fail its neighbours: write them one by one, in order, to find it.
        for (const round of rounds) {
          for (const p of round) {
            try {
              const [applied] = appliedOf([p.write], await upsertStatement(this.db, [p.write], now));
              p.resolve(applied ?? false);
            } catch (error) {
              p.reject(error);
            }
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
