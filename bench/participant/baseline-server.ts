// The throughput baseline: a bare Fastify server with one POST endpoint that parses the same
// JSON body as take.saveAnswer and does one upsert of the answer row into a WAL-mode SQLite
// file through better-sqlite3, with the same columns, unique key and pragmas as Skridt's
// Answer table. No link check, no validation, no ORM: the floor for "save one answer over
// HTTP into SQLite" on this machine.
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import Database from "better-sqlite3";
import Fastify, { type FastifyInstance } from "fastify";

export interface Baseline {
  url: string;
  tokens: string[];
  stop(): Promise<void>;
}

interface Body {
  token: string;
  instrumentId: string;
  itemId: string;
  value: unknown;
  clientMutationId: string;
  answeredAt: string;
}

export async function startBaseline(opts: { dataDir: string; surveys: number; synchronous: number }): Promise<Baseline> {
  const db = new Database(join(opts.dataDir, "baseline.db"), { timeout: 10_000 });
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma(`synchronous = ${opts.synchronous}`);
  db.exec(`
    CREATE TABLE Assessment (id TEXT NOT NULL PRIMARY KEY, instrumentId TEXT NOT NULL, instrumentVersion TEXT NOT NULL);
    CREATE TABLE Answer (
      id TEXT NOT NULL PRIMARY KEY,
      assessmentId TEXT NOT NULL,
      itemId TEXT NOT NULL,
      instrumentVersion TEXT NOT NULL,
      value TEXT NOT NULL,
      clientMutationId TEXT,
      clientAnsweredAt DATETIME,
      answeredAt DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
      CONSTRAINT Answer_assessmentId_fkey FOREIGN KEY (assessmentId) REFERENCES Assessment (id) ON DELETE CASCADE ON UPDATE CASCADE
    );
    CREATE UNIQUE INDEX Answer_assessmentId_itemId_key ON Answer(assessmentId, itemId);
  `);
  // One WHO-5 assessment per "link"; the token → assessment map stays in memory.
  const assessmentOf = new Map<string, string>();
  const addAssessment = db.prepare("INSERT INTO Assessment (id, instrumentId, instrumentVersion) VALUES (?, 'who5', '1')");
  for (let i = 0; i < opts.surveys; i++) {
    const token = randomUUID();
    const id = randomUUID();
    addAssessment.run(id);
    assessmentOf.set(token, id);
  }
  const upsert = db.prepare(`
    INSERT INTO Answer (id, assessmentId, itemId, instrumentVersion, value, clientMutationId, clientAnsweredAt, answeredAt)
    VALUES (@id, @assessmentId, @itemId, '1', @value, @clientMutationId, @clientAnsweredAt, @answeredAt)
    ON CONFLICT (assessmentId, itemId) DO UPDATE SET
      value = excluded.value, clientMutationId = excluded.clientMutationId,
      clientAnsweredAt = excluded.clientAnsweredAt, answeredAt = excluded.answeredAt
  `);

  const app: FastifyInstance = Fastify({ logger: false, bodyLimit: 256 * 1024 });
  app.post("/answer", async (request, reply) => {
    const body = request.body as Body;
    const assessmentId = assessmentOf.get(body.token);
    if (!assessmentId) return reply.code(404).send({ error: "link_unknown" });
    upsert.run({
      id: randomUUID(),
      assessmentId,
      itemId: body.itemId,
      value: JSON.stringify(body.value),
      clientMutationId: body.clientMutationId,
      clientAnsweredAt: body.answeredAt,
      answeredAt: new Date().toISOString(),
    });
    return { saved: true, applied: true };
  });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url,
    tokens: [...assessmentOf.keys()],
    async stop() {
      await app.close();
      db.close();
    },
  };
}
