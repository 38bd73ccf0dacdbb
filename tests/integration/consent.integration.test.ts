// Consent at the start (issue 13): recorded with what, which text version and how, or marked
// pending; flagged on the caseload while missing; recorded later and withdrawn; and only then
// may Skridt send messages (canContactParticipant).
import { canContactParticipant } from "@skridt/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`consent on ${engine}`, () => {
  let t: TestDatabase;
  let orgId: string;
  let otherOrgId: string;
  let programmeId: string;
  let mentor: Caller;
  let mentorId: string;
  let stranger: Caller;
  const today = () => new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await createTestDatabase();
    orgId = (await createOrganisation(t.db, "Jobcenter Samtykke")).id;
    otherOrgId = (await createOrganisation(t.db, "Jobcenter Andet")).id;
    programmeId = (await createProgramme(t.db, "Samtykkeforløb", [orgId])).id;
    const m = await createUser(t.db, { name: "Mette Mentor", roles: [{ organisationId: orgId, role: "mentor" }] });
    const s = await createUser(t.db, { name: "Søren Andetsteds", roles: [{ organisationId: otherOrgId, role: "mentor" }] });
    mentorId = m.id;
    mentor = (await signedInCaller(t.db, m.id)).caller;
    stranger = (await signedInCaller(t.db, s.id)).caller;
  });
  afterAll(async () => t?.cleanup());

  const create = (fullName: string) => mentor.participant.create({ organisationId: orgId, programmeId, fullName, enrolledOn: "2026-01-05" });

  it("given at creation: one row per kind with the text version and how; no flag; messages allowed", async () => {
    const p = await create("Anna Given");
    await mentor.consent.record({
      organisationId: orgId,
      participantId: p.id,
      kinds: ["participation", "questionnaires"],
      textVersion: "2026-01",
      method: "oral",
      givenOn: "2026-01-05",
    });
    const rows = await t.db.consent.findMany({ where: { participantId: p.id }, orderBy: { kind: "asc" } });
    expect(rows.map((r) => [r.kind, r.textVersion, r.method, r.recordedById])).toEqual([
      ["participation", "2026-01", "oral", mentorId],
      ["questionnaires", "2026-01", "oral", mentorId],
    ]);
    const status = await mentor.consent.status({ organisationId: orgId, participantId: p.id });
    expect(status).toMatchObject({ state: "given", canContact: true });
    expect((await mentor.consent.caseload({ organisationId: orgId })).map((r) => r.participantId)).not.toContain(p.id);
    expect(await t.db.auditEvent.count({ where: { action: "consent.record", targetId: p.id } })).toBe(2);
  });

  it("pending at creation: recorded in the audit log, flagged on the caseload, no messages; recorded later it clears", async () => {
    const p = await create("Bo Pending");
    await mentor.consent.markPending({ organisationId: orgId, participantId: p.id });
    expect(await t.db.auditEvent.count({ where: { action: "consent.pending", targetId: p.id, actorId: mentorId } })).toBe(1);
    expect(await mentor.consent.caseload({ organisationId: orgId })).toContainEqual({ participantId: p.id, state: "pending" });
    expect(await mentor.consent.status({ organisationId: orgId, participantId: p.id })).toMatchObject({ state: "pending", canContact: false, consents: [] });
    expect(await canContactParticipant(t.db, p.id)).toBe(false);

    await mentor.consent.record({
      organisationId: orgId,
      participantId: p.id,
      kinds: ["questionnaires"],
      textVersion: "2026-02",
      method: "app",
      givenOn: today(),
    });
    expect(await canContactParticipant(t.db, p.id)).toBe(true);
    expect((await mentor.consent.caseload({ organisationId: orgId })).map((r) => r.participantId)).not.toContain(p.id);
  });

  it("withdrawn on the participant page: flagged as withdrawn and no more messages", async () => {
    const p = await create("Cecilie Withdraws");
    await mentor.consent.record({
      organisationId: orgId,
      participantId: p.id,
      kinds: ["questionnaires"],
      textVersion: "2026-01",
      method: "paper",
      givenOn: "2026-01-05",
    });
    const [consent] = (await mentor.consent.status({ organisationId: orgId, participantId: p.id })).consents;
    await mentor.privacy.consents.withdraw({ organisationId: orgId, consentId: consent!.id, withdrawnOn: today() });
    expect(await mentor.consent.status({ organisationId: orgId, participantId: p.id })).toMatchObject({ state: "withdrawn", canContact: false });
    expect(await mentor.consent.caseload({ organisationId: orgId })).toContainEqual({ participantId: p.id, state: "withdrawn" });
  });

  it("participants created before consent was asked keep working: flagged as pending, never messaged", async () => {
    const legacy = await t.db.participant.create({
      data: { code: "OLD-001", organisationId: orgId, programmeId, enrolledOn: new Date("2024-01-01T00:00:00Z") },
    });
    expect(await mentor.consent.caseload({ organisationId: orgId })).toContainEqual({ participantId: legacy.id, state: "pending" });
    expect(await canContactParticipant(t.db, legacy.id)).toBe(false);
  });

  it("refuses a future date, an empty list, another organisation and an erased participant", async () => {
    const p = await create("Dorte Checks");
    const base = { organisationId: orgId, participantId: p.id, kinds: ["questionnaires" as const], textVersion: "2026-01", method: "paper" as const };
    await expectTRPCError(mentor.consent.record({ ...base, givenOn: "2099-01-01" }), "BAD_REQUEST", "date_in_future");
    await expectTRPCError(mentor.consent.record({ ...base, kinds: [], givenOn: today() }), "BAD_REQUEST");
    await expectTRPCError(stranger.consent.record({ ...base, organisationId: otherOrgId, givenOn: today() }), "NOT_FOUND", "not_found");
    await expectTRPCError(stranger.consent.status({ organisationId: otherOrgId, participantId: p.id }), "NOT_FOUND", "not_found");
    await t.db.participant.update({ where: { id: p.id }, data: { erasedAt: new Date() } });
    await expectTRPCError(mentor.consent.record({ ...base, givenOn: today() }), "CONFLICT", "participant_erased");
    expect(await t.db.consent.count({ where: { participantId: p.id } })).toBe(0);
  });
});
