// The demo programme as the disclosure attacks and the information-loss measurement use it:
// seeded on the day of the hand probe (issue 11: `enrolledTo` 2026-05-26 vs 2026-05-27 gives a
// cohort of 90 vs 91), with cell keys drawn from a seeded generator so every run attacks the
// same keys (the keys are random either way; docs/privacy.md reports the spread over many).
import { Prisma, type Db } from "@skridt/db";
import { seedDemo } from "@skridt/server/seed";
import { KEY_RANGE } from "../../packages/analytics/src/index";
import { loadProgrammeRows, type ProgrammeRows } from "../../packages/api/src/evaluation/load";
import { signedInCaller, type Caller } from "./api";
import { createTestDatabase, type TestDatabase } from "./test-db";

export const PROBE_DAY = new Date("2026-12-03T12:00:00Z");

export interface DisclosureDemo {
  t: TestDatabase;
  evaluator: Caller;
  organisationId: string;
  programmeId: string;
  organisationIds: string[];
  /** Every row of the programme (participants with their keys), as the exports load them. */
  rows: ProgrammeRows;
}

/** mulberry32, as packages/analytics/src/testing-keys.ts. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Gives every participant a new random key from `seed` (and the figure rows their copy). */
export async function rekey(db: Db, seed: number): Promise<void> {
  const next = seeded(seed);
  // In the order the seed made them (ids and codes are random; the seed's e-mails are not).
  const participants = await db.participant.findMany({ select: { id: true, organisation: { select: { name: true } }, identity: { select: { email: true } } } });
  const order = (p: (typeof participants)[number]) => `${p.organisation.name}|${p.identity?.email ?? ""}`;
  participants.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  for (const p of participants) await db.participant.update({ where: { id: p.id }, data: { cellKey: Math.floor(next() * KEY_RANGE) } });
  await db.$executeRaw(
    Prisma.sql`UPDATE "ParticipantScale" SET "cellKey" = (SELECT p."cellKey" FROM "Participant" p WHERE p."id" = "ParticipantScale"."participantId")`,
  );
}

export async function disclosureDemo(keySeed = 2016): Promise<DisclosureDemo> {
  const t = await createTestDatabase();
  await seedDemo(t.db, { today: PROBE_DAY });
  await rekey(t.db, keySeed);
  const user = await t.db.user.findUniqueOrThrow({ where: { email: "evaluator@skridt.demo" } });
  const evaluator = (await signedInCaller(t.db, user.id)).caller;
  const organisationId = (await t.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Aarhus" } })).id;
  const programmeId = (await t.db.programme.findFirstOrThrow()).id;
  const organisationIds = (await t.db.organisation.findMany({ select: { id: true } })).map((o) => o.id);
  const rows = await loadProgrammeRows(t.db, programmeId, organisationIds, ["surveys", "answers", "scores", "statusEvents", "contacts", "reviews"]);
  return { t, evaluator, organisationId, programmeId, organisationIds, rows };
}

/** A participant's submitted start answers to choice items: item id → code. */
export function startAnswers(rows: ProgrammeRows, participantId: string): Map<string, number> {
  const submitted = rows.surveys.some((s) => s.participantId === participantId && s.occasion === "start" && s.state === "submitted");
  const out = new Map<string, number>();
  if (!submitted) return out;
  for (const a of rows.answers) {
    if (a.participantId === participantId && a.occasion === "start" && typeof a.value === "number") out.set(`${a.instrumentId}/${a.itemId}`, a.value);
  }
  return out;
}
