// Issue 11, item 7: after an erasure (anonymise) the participant's remaining records are frozen
// pseudonymous data. Every write that names the participant, directly or through one of their
// records, is refused with participant_erased and changes nothing; and the free-text reason of
// a correction never lands in the append-only audit log, where no erasure could reach it.
import { visibleItems } from "@skridt/instruments";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowCounts } from "../reliability/support/fixtures";
import { callerFor, createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const allAreas = (value: number) =>
  Object.fromEntries(
    ["beskaeftigelse", "uddannelse", "sundhed", "socialt-netvaerk", "bolig-oekonomi", "hverdagsmestring"].map((id) => [id, { mentor: value }]),
  );

describe(`an erased participant on ${engine}`, () => {
  let t: TestDatabase;
  let mentor: Caller;
  let admin: Caller;
  let anonymous: Caller;
  let orgId: string;
  let programmeId: string;
  let mutation = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    orgId = (await createOrganisation(t.db, "Jobcenter Slet")).id;
    programmeId = (await createProgramme(t.db, "Sletteprogram", [orgId])).id;
    mentor = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "mentor" }] })).id)).caller;
    admin = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "admin" }] })).id)).caller;
    anonymous = (await callerFor(t.db)).caller;
  });
  afterAll(async () => t.cleanup());

  /** Answers every visible item of a link's questionnaire and submits it. */
  async function answerAll(token: string) {
    const opened = await anonymous.take.open({ token });
    for (const { definition } of opened.instruments) {
      const given: Record<string, unknown> = {};
      for (const item of definition.items) {
        if (!visibleItems(definition, given).some((i) => i.id === item.id)) continue;
        let value: unknown;
        if (item.type === "single-choice") value = item.options.some((o) => o.code === 3) ? 3 : item.options[0]!.code;
        else if (item.type === "multiple-choice") value = [item.options[0]!.code];
        else if (item.type === "number") value = item.min ?? 0;
        else continue;
        given[item.id] = value;
        await anonymous.take.saveAnswer({
          token,
          instrumentId: definition.id,
          itemId: item.id,
          value: value as number,
          clientMutationId: `erased-${++mutation}`,
          answeredAt: new Date().toISOString(),
        });
      }
    }
    await anonymous.take.submit({ token });
  }

  it("refuses every write that names them, and changes nothing", async () => {
    const p = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: "Erik Slettet", enrolledOn: "2026-01-05" });
    const ref = { organisationId: orgId, participantId: p.id };
    await answerAll(p.startSurvey.token);
    const end = await mentor.survey.create({ ...ref, occasion: "end" });
    const who5 = await t.db.assessment.findFirstOrThrow({ where: { participantId: p.id, instrumentId: "who5" } });
    const goal = await mentor.goal.create({ ...ref, areaId: "sundhed", title: "Gå en tur" });
    const contact = await mentor.contact.create({ ...ref, occurredOn: "2026-01-10", kind: "meeting", minutes: 30 });
    const status = await mentor.statusEvent.create({ ...ref, event: { status: "internship", occurredOn: "2026-01-15" } });
    const review = await mentor.review.create({ ...ref, reviewedOn: "2026-01-19", scores: allAreas(0) });
    const company = await mentor.company.create({ organisationId: orgId, name: "Virksomhed Slet" });

    await admin.privacy.eraseParticipant({ ...ref, confirmCode: p.code });
    const before = await rowCounts(t.db);

    const refused: [string, () => Promise<unknown>][] = [
      ["survey.create", () => mentor.survey.create({ ...ref, occasion: "end" })],
      ["survey.renewLink", () => mentor.survey.renewLink({ organisationId: orgId, surveyId: end.surveyId })],
      ["survey.withdraw", () => mentor.survey.withdraw({ organisationId: orgId, surveyId: end.surveyId })],
      [
        "survey.correct",
        () => mentor.survey.correct({ organisationId: orgId, assessmentId: who5.id, changes: { who5_1: 5 }, reason: "Tastefejl ved indtastning" }),
      ],
      ["goal.create", () => mentor.goal.create({ ...ref, areaId: "sundhed", title: "Nyt delmål" })],
      ["goal.update", () => mentor.goal.update({ organisationId: orgId, goalId: goal.id, status: "reached", title: "Gå en tur", actions: "", support: "" })],
      ["contact.create", () => mentor.contact.create({ ...ref, occurredOn: "2026-02-10", kind: "phone", minutes: 5 })],
      ["contact.remove", () => mentor.contact.remove({ organisationId: orgId, contactId: contact.id })],
      ["statusEvent.create", () => mentor.statusEvent.create({ ...ref, event: { status: "ordinary_job", occurredOn: "2026-03-01", hoursPerWeek: 37 } })],
      ["statusEvent.remove", () => mentor.statusEvent.remove({ organisationId: orgId, eventId: status.id })],
      ["review.create", () => mentor.review.create({ ...ref, reviewedOn: "2026-02-16", scores: allAreas(1) })],
      ["review.update", () => mentor.review.update({ organisationId: orgId, reviewId: review.id, reviewedOn: "2026-01-19", scores: allAreas(2), note: "" })],
      ["review.amend", () => mentor.review.amend({ organisationId: orgId, reviewId: review.id, scores: allAreas(2), note: "", reason: "Forkert vurdering" })],
      ["privacy.consents.record", () => mentor.privacy.consents.record({ ...ref, kind: "participation", givenOn: "2026-01-05", textVersion: "v1" })],
      ["surveyEntry.open", () => mentor.surveyEntry.open({ organisationId: orgId, surveyId: end.surveyId, mode: "paper" })],
      [
        "externalSurvey.createForCompanies",
        () =>
          mentor.externalSurvey.createForCompanies({
            organisationId: orgId,
            programmeId,
            companyIds: [company.id],
            aboutParticipantIds: { [company.id]: p.id },
          }),
      ],
    ];
    for (const [name, call] of refused) {
      const error = await expectTRPCError(call(), "CONFLICT").catch((e: unknown) => {
        throw new Error(`${name}: ${String(e)}`);
      });
      expect(error.message, name).toBe("participant_erased");
    }
    // Their links are dead.
    await expectTRPCError(anonymous.take.open({ token: p.startSurvey.token }), "NOT_FOUND", "link_unknown");
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it("keeps a correction's free-text reason out of the audit log, and erases it with the participant", async () => {
    const p = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: "Rasmus Rettet", enrolledOn: "2026-01-05" });
    await answerAll(p.startSurvey.token);
    const who5 = await t.db.assessment.findFirstOrThrow({ where: { participantId: p.id, instrumentId: "who5" } });
    const reason = "Rasmus fortalte at han havde misforstået spørgsmålet om søvn";
    const corrected = await mentor.survey.correct({ organisationId: orgId, assessmentId: who5.id, changes: { who5_1: 5 }, reason });
    const trail = await t.db.auditEvent.findFirstOrThrow({ where: { action: "assessment.correct", targetId: corrected.assessmentId } });
    expect(trail.detail).not.toContain("misforstået");
    expect(JSON.parse(trail.detail)).toMatchObject({ supersedes: who5.id, changedItems: ["who5_1"], reasonGiven: true });
    // The reason stays with the corrected version, where the participant's record shows it...
    const record = JSON.stringify(await admin.privacy.exportParticipant({ organisationId: orgId, participantId: p.id }));
    expect(record).toContain(reason);
    // ...and goes with the erasure, like every other free text about them.
    await admin.privacy.eraseParticipant({ organisationId: orgId, participantId: p.id, confirmCode: p.code });
    const all = await t.db.auditEvent.findMany({ select: { detail: true } });
    expect(all.some((row) => row.detail.includes("misforstået"))).toBe(false);
    const stored = await t.db.assessment.findUniqueOrThrow({ where: { id: corrected.assessmentId } });
    expect(JSON.stringify(stored)).not.toContain("misforstået");
  });
});
