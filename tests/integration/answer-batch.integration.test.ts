import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertAnswer, type AnswerWrite } from "../../packages/api/src/surveys/answer-upsert";
import { callerFor, createOrganisation, createProgramme, createUser, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

// Saves that arrive together are written together (one statement per round of distinct
// questions): each must still get exactly the answer it would get alone, in arrival order.
describe(`answer saves written together on ${engine}`, () => {
  let t: TestDatabase;
  let mentor: Caller;
  let anonymous: Caller;
  let orgId: string;
  let programmeId: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    const org = await createOrganisation(t.db, "Jobcenter Samlet");
    orgId = org.id;
    programmeId = (await createProgramme(t.db, "Samlet program", [org.id])).id;
    const user = await createUser(t.db, { roles: [{ organisationId: org.id, role: "mentor" }] });
    mentor = (await signedInCaller(t.db, user.id)).caller;
    anonymous = (await callerFor(t.db)).caller;
  });
  afterAll(async () => t.cleanup());

  async function who5Of(name: string) {
    const p = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: name, enrolledOn: "2026-11-01" });
    const survey = await t.db.survey.findFirstOrThrow({ where: { participantId: p.id } });
    const assessment = await t.db.assessment.findFirstOrThrow({ where: { surveyId: survey.id, instrumentId: "who5" } });
    return { token: p.startSurvey.token, assessment };
  }

  const stored = async (assessmentId: string) =>
    Object.fromEntries((await t.db.answer.findMany({ where: { assessmentId } })).map((a) => [a.itemId, JSON.parse(a.value) as unknown]));

  it("applies each save of a batch as if alone: retries once, the newest answer of a question wins, in arrival order", async () => {
    const a = await who5Of("Asta Amby");
    const b = await who5Of("Bent Bruun");
    const t0 = Date.now() - 60_000;
    const write = (assessmentId: string, itemId: string, value: number, mutation: string, secondsAfter: number): AnswerWrite => ({
      assessmentId,
      itemId,
      instrumentVersion: a.assessment.instrumentVersion,
      value: JSON.stringify(value),
      clientMutationId: mutation,
      clientAnsweredAt: new Date(t0 + secondsAfter * 1000),
    });
    // All started in one turn of the event loop, so they reach the database together.
    const results = await Promise.all([
      upsertAnswer(t.db, write(a.assessment.id, "who5_1", 1, "a1-first", 1)),
      upsertAnswer(t.db, write(b.assessment.id, "who5_1", 2, "b1-only", 1)),
      // The same save again (a retry): stored once.
      upsertAnswer(t.db, write(a.assessment.id, "who5_1", 1, "a1-first", 1)),
      // A change of the same question: newer, so it wins.
      upsertAnswer(t.db, write(a.assessment.id, "who5_1", 4, "a1-change", 5)),
      // A late retry of an older answer arriving after the change: refused.
      upsertAnswer(t.db, write(a.assessment.id, "who5_1", 0, "a1-stale", 2)),
      upsertAnswer(t.db, write(a.assessment.id, "who5_2", 3, "a2-only", 1)),
    ]);
    expect(results).toEqual([true, true, false, true, false, true]);
    expect(await stored(a.assessment.id)).toEqual({ who5_1: 4, who5_2: 3 });
    expect(await stored(b.assessment.id)).toEqual({ who5_1: 2 });
    const row = await t.db.answer.findFirstOrThrow({ where: { assessmentId: a.assessment.id, itemId: "who5_1" } });
    expect(row.clientMutationId).toBe("a1-change");
  });

  it("a save the database refuses fails alone: its neighbours in the batch are still written", async () => {
    const a = await who5Of("Cille Carlsen");
    const results = await Promise.allSettled([
      upsertAnswer(t.db, {
        assessmentId: a.assessment.id,
        itemId: "who5_3",
        instrumentVersion: a.assessment.instrumentVersion,
        value: "2",
        clientMutationId: "c3",
        clientAnsweredAt: new Date(),
      }),
      // No such assessment: the foreign key refuses this row.
      upsertAnswer(t.db, {
        assessmentId: "no-such-assessment",
        itemId: "who5_3",
        instrumentVersion: a.assessment.instrumentVersion,
        value: "2",
        clientMutationId: "x3",
        clientAnsweredAt: new Date(),
      }),
      upsertAnswer(t.db, {
        assessmentId: a.assessment.id,
        itemId: "who5_4",
        instrumentVersion: a.assessment.instrumentVersion,
        value: "5",
        clientMutationId: "c4",
        clientAnsweredAt: new Date(),
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await stored(a.assessment.id)).toEqual({ who5_3: 2, who5_4: 5 });
  });

  it("sixty saves from twelve participants at once through their links: every save acknowledged is stored", async () => {
    const people = await Promise.all(Array.from({ length: 12 }, (_, i) => who5Of(`Deltager ${i}`)));
    const saves = people.flatMap((p, i) =>
      [1, 2, 3, 4, 5].map((n) =>
        anonymous.take.saveAnswer({
          token: p.token,
          instrumentId: "who5",
          itemId: `who5_${n}`,
          value: (i + n) % 6,
          clientMutationId: `many-${i}-${n}`,
          answeredAt: new Date().toISOString(),
        }),
      ),
    );
    const answers = await Promise.all(saves);
    expect(answers.every((r) => r.saved && r.applied)).toBe(true);
    for (const [i, p] of people.entries()) {
      expect(await stored(p.assessment.id)).toEqual(Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`who5_${n}`, (i + n) % 6])));
    }
  });
});
