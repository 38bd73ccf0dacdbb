import { Prisma } from "@skridt/db";
import { attrition, attritionFromCounts, filterParticipants, pairedChange, pairedChangeFromCounts } from "../../packages/analytics/src/index";
import { seedDemo } from "@skridt/server/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { participantCriteria } from "../../packages/api/src/evaluation/cohort-sql";
import { loadProgrammeRows } from "../../packages/api/src/evaluation/load";
import { scaleMetas } from "../../packages/api/src/evaluation/metadata";
import { readScaleFigureCounts } from "../../packages/api/src/evaluation/read-scale-figures";
import { rebuildProgrammeScaleFigures, refreshScaleFigures } from "../../packages/api/src/evaluation/scale-figures";
import { correctAssessment } from "../../packages/api/src/surveys/correct";
import type { TEvaluationFilter } from "@skridt/validators";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

// ParticipantScale is derived data kept current on every write: the figures grouped from it
// must equal the figures computed from the score rows themselves, before and after changes.
describe(`scale figures kept beside the scores on ${engine}`, () => {
  let t: TestDatabase;
  let programmeId: string;
  let organisationIds: string[];

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    programmeId = (await t.db.programme.findFirstOrThrow()).id;
    organisationIds = (await t.db.organisation.findMany({ select: { id: true } })).map((o) => o.id);
  }, 180_000);
  afterAll(async () => t.cleanup());

  async function fromRows(filter: Omit<TEvaluationFilter, "organisationIds"> = {}) {
    const rows = await loadProgrammeRows(t.db, programmeId, organisationIds, ["surveys", "scores"]);
    const participants = filterParticipants(rows.participants, filter);
    return {
      change: pairedChange(participants, rows.scores, scaleMetas(), { surveys: rows.surveys }),
      attrition: attrition(participants, rows.scores, scaleMetas(), rows.surveys),
    };
  }
  async function fromTable(filter: Omit<TEvaluationFilter, "organisationIds"> = {}) {
    const counts = await readScaleFigureCounts(t.db, programmeId, organisationIds, filter);
    return { change: pairedChangeFromCounts(counts, scaleMetas()), attrition: attritionFromCounts(counts, scaleMetas()) };
  }
  function expectSameFigures(a: Awaited<ReturnType<typeof fromRows>>, b: Awaited<ReturnType<typeof fromRows>>) {
    expect(b.change.length).toBe(a.change.length);
    a.change.forEach((x, k) => {
      const y = b.change[k]!;
      expect([y.instrumentId, y.scaleId, y.paired.n, y.unpaired.start.n, y.unpaired.end.n]).toEqual([
        x.instrumentId,
        x.scaleId,
        x.paired.n,
        x.unpaired.start.n,
        x.unpaired.end.n,
      ]);
      if (x.paired.meanChange === null) expect(y.paired.meanChange).toBeNull();
      else expect(y.paired.meanChange).toBeCloseTo(x.paired.meanChange, 9);
      expect(y.paired.wilcoxon?.V ?? null).toBe(x.paired.wilcoxon?.V ?? null);
      expect(y.paired.byMic).toEqual(x.paired.byMic);
    });
    a.attrition.forEach((x, k) => {
      expect([b.attrition[k]!.answeredEnd.n, b.attrition[k]!.didNotAnswerEnd.n]).toEqual([x.answeredEnd.n, x.didNotAnswerEnd.n]);
    });
  }

  it("gives the demo programme the same paired change and attrition as its score rows", async () => {
    const rows = await fromRows();
    expect(rows.change.find((c) => c.instrumentId === "who5")!.paired.n).toBeGreaterThan(50);
    expectSameFigures(rows, await fromTable());
  });

  it("follows a mentor's correction: the corrected score counts, the superseded one not", async () => {
    const assessment = await t.db.assessment.findFirstOrThrow({
      where: { instrumentId: "who5", status: "submitted", occasion: "start", participant: { programmeId }, survey: { status: "submitted" } },
      select: { id: true, participantId: true, answers: { where: { itemId: "who5_1" }, select: { value: true } } },
    });
    const before = JSON.parse(assessment.answers[0]!.value) as number;
    const mentor = await t.db.user.findFirstOrThrow({ where: { email: "mentor.aarhus@skridt.demo" } });
    await correctAssessment(t.db, { assessmentId: assessment.id, changes: { who5_1: before === 0 ? 5 : 0 }, correctedById: mentor.id, reason: "Tastefejl" });
    const row = await t.db.participantScale.findUniqueOrThrow({
      where: { participantId_instrumentId_scaleId: { participantId: assessment.participantId!, instrumentId: "who5", scaleId: "who5" } },
    });
    const corrected = await t.db.score.findFirstOrThrow({ where: { scaleId: "who5", assessment: { supersedesId: assessment.id } } });
    expect(row.startValue).toBe(corrected.value);
    expectSameFigures(await fromRows(), await fromTable());
  });

  it("is rebuilt to exactly the rows kept up to date by the writes", async () => {
    const snapshot = async () =>
      (await t.db.participantScale.findMany({ where: { programmeId }, orderBy: [{ participantId: "asc" }, { instrumentId: "asc" }, { scaleId: "asc" }] })).map(
        (r) => ({ ...r, endSubmitted: Boolean(r.endSubmitted) }),
      );
    const kept = await snapshot();
    expect(kept.length).toBeGreaterThan(100);
    await rebuildProgrammeScaleFigures(t.db, programmeId);
    expect(await snapshot()).toEqual(kept);
  });

  it.each<Omit<TEvaluationFilter, "organisationIds">>([
    { genders: ["female"] },
    { genders: ["male", "unknown"] },
    { ageBands: ["18-29", "60+"] },
    { ageBands: ["30-39", "unknown"] },
    // Enrolment days relative to the demo's (which are relative to today): quartiles below.
    { enrolledFrom: "Q1", enrolledTo: "Q3" },
    { genders: ["female"], ageBands: ["40-49", "50-59"], enrolledFrom: "Q1" },
  ])("selects in SQL exactly the participants filterParticipants keeps: %j", async (given) => {
    const rows = await loadProgrammeRows(t.db, programmeId, organisationIds, []);
    const days = rows.participants.map((p) => p.enrolledOn).sort();
    const day = (q?: string) => (q === "Q1" ? days[Math.floor(days.length / 4)] : q === "Q3" ? days[Math.floor((3 * days.length) / 4)] : q);
    const filter = {
      ...given,
      ...(given.enrolledFrom ? { enrolledFrom: day(given.enrolledFrom) } : {}),
      ...(given.enrolledTo ? { enrolledTo: day(given.enrolledTo) } : {}),
    };
    const expected = filterParticipants(rows.participants, filter)
      .map((p) => p.participantId)
      .sort();
    const criteria = participantCriteria(t.db, filter)!;
    const got = (await t.db.bulk.rows(Prisma.sql`SELECT p."id" FROM "Participant" p WHERE p."programmeId" = ${programmeId} AND ${criteria}`))
      .map((r) => r[0] as string)
      .sort();
    expect(got).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(rows.participants.length);
    expectSameFigures(await fromRows(filter), await fromTable(filter));
  });

  it("lets two transactions refresh one participant at once: they take turns, neither fails", async () => {
    const participant = await t.db.participantScale.findFirstOrThrow({ where: { programmeId }, select: { participantId: true } });
    const before = await t.db.participantScale.findMany({
      where: { participantId: participant.participantId },
      orderBy: [{ instrumentId: "asc" }, { scaleId: "asc" }],
    });
    const refresh = () =>
      t.db.$transaction(async (tx) => {
        await refreshScaleFigures(tx, t.db.engine, [participant.participantId]);
        // Hold the transaction open so the other one arrives while this one has written.
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
    await Promise.all([refresh(), refresh()]);
    expect(
      await t.db.participantScale.findMany({ where: { participantId: participant.participantId }, orderBy: [{ instrumentId: "asc" }, { scaleId: "asc" }] }),
    ).toEqual(before);
  });
});
