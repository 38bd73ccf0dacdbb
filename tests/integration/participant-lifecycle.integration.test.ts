// Ending and reopening a participation, reassigning a participant, a closing day that ends
// many at once, statuses that end a participation, and what follows the end date: the due
// list and retention. Every change is checked in the database and in the audit log.
import { dueForRetention, participantRecord } from "@skridt/api/privacy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

/** Today and tomorrow as the server's calendar days (todayLocal's rule: the machine's local date). */
function localDay(offsetDays: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describe(`a participation's lifecycle on ${engine}`, () => {
  let t: TestDatabase;
  let mentor: Caller;
  let otherMentorHere: { id: string };
  let admin: Caller;
  let evaluator: Caller;
  let strangerAdmin: Caller;
  let orgId: string;
  let strangerOrgId: string;
  let programmeId: string;
  let mentorId: string;

  const enrol = async (fullName: string, enrolledOn = "2026-01-05") => {
    const p = await mentor.participant.create({ organisationId: orgId, programmeId, fullName, enrolledOn });
    return { id: p.id, code: p.code, ref: { organisationId: orgId, participantId: p.id } };
  };
  const stored = (id: string) => t.db.participant.findUniqueOrThrow({ where: { id }, select: { endedOn: true, endReason: true, mentorId: true } });
  const auditOf = (targetId: string, action: string) =>
    t.db.auditEvent.findMany({ where: { targetId, action }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { detail: true, actorId: true } });

  beforeAll(async () => {
    t = await createTestDatabase();
    const org = await createOrganisation(t.db, "Jobcenter Øst");
    const stranger = await createOrganisation(t.db, "Jobcenter Vest");
    orgId = org.id;
    strangerOrgId = stranger.id;
    programmeId = (await createProgramme(t.db, "Rampen", [org.id, stranger.id])).id;
    const mentorUser = await createUser(t.db, { roles: [{ organisationId: org.id, role: "mentor" }] });
    mentorId = mentorUser.id;
    mentor = (await signedInCaller(t.db, mentorUser.id)).caller;
    otherMentorHere = await createUser(t.db, { name: "Anden Mentor", roles: [{ organisationId: org.id, role: "mentor" }] });
    admin = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: org.id, role: "admin" }] })).id)).caller;
    evaluator = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: org.id, role: "evaluator" }] })).id)).caller;
    strangerAdmin = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: stranger.id, role: "admin" }] })).id)).caller;
  });
  afterAll(async () => t.cleanup());

  it("ends a participation on a day between enrolment and today, with a reason, audited without free text", async () => {
    const p = await enrol("Ane Afslut");
    await expectTRPCError(mentor.participant.end({ ...p.ref, endedOn: "2026-01-04", reason: "completed" }), "BAD_REQUEST", "ended_before_enrolment");
    await expectTRPCError(mentor.participant.end({ ...p.ref, endedOn: localDay(1), reason: "completed" }), "BAD_REQUEST", "date_in_future");
    await expectTRPCError(mentor.participant.end({ ...p.ref, endedOn: "2026-06-30", reason: "fired" as never }), "BAD_REQUEST");
    expect(await stored(p.id)).toMatchObject({ endedOn: null, endReason: null });

    expect(await mentor.participant.end({ ...p.ref, endedOn: "2026-06-30", reason: "job" })).toEqual({ endedOn: "2026-06-30", reason: "job" });
    expect(await stored(p.id)).toMatchObject({ endedOn: new Date("2026-06-30T00:00:00Z"), endReason: "job" });
    expect(await mentor.participant.get(p.ref)).toMatchObject({ endedOn: "2026-06-30", endReason: "job" });
    await expectTRPCError(mentor.participant.end({ ...p.ref, endedOn: "2026-07-01", reason: "completed" }), "CONFLICT", "participation_already_ended");
    const events = await auditOf(p.id, "participant.end");
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.detail)).toEqual({ endedOn: "2026-06-30", reason: "job", source: "manual" });
    // The participant's own record (right of access) says when and why.
    expect((await participantRecord(t.db, p.id)).participant).toMatchObject({ endedOn: "2026-06-30", endReason: "job" });

    // Ending on the enrolment day itself and on today are both allowed.
    const sameDay = await enrol("Bo Sammedag", "2026-03-02");
    await mentor.participant.end({ ...sameDay.ref, endedOn: "2026-03-02", reason: "dropped_out" });
    const today = await enrol("Cille Idag");
    await mentor.participant.end({ ...today.ref, endedOn: localDay(0), reason: "completed" });
    expect((await stored(today.id)).endReason).toBe("completed");
  });

  it("reopens an ended participation with a reason key, keeping what it was in the audit log", async () => {
    const p = await enrol("Dorte Genåbn");
    await expectTRPCError(mentor.participant.reopen({ ...p.ref, reason: "ended_by_mistake" }), "CONFLICT", "participation_not_ended");
    await mentor.participant.end({ ...p.ref, endedOn: "2026-05-31", reason: "moved" });
    // A free-text reason is not accepted: only the catalogue's keys.
    await expectTRPCError(mentor.participant.reopen({ ...p.ref, reason: "Hun flyttede tilbage til Aarhus" as never }), "BAD_REQUEST");
    await mentor.participant.reopen({ ...p.ref, reason: "returned" });
    expect(await stored(p.id)).toMatchObject({ endedOn: null, endReason: null });
    const [event] = await auditOf(p.id, "participant.reopen");
    expect(JSON.parse(event!.detail)).toEqual({ reason: "returned", endedOn: "2026-05-31", endReason: "moved" });
    // Reopened, it can end again.
    await mentor.participant.end({ ...p.ref, endedOn: "2026-08-31", reason: "completed" });
    expect((await stored(p.id)).endReason).toBe("completed");
  });

  it("lists active, ended or all participants, with the reason", async () => {
    const active = await enrol("Erik Aktiv");
    const ended = await enrol("Frida Slut");
    await mentor.participant.end({ ...ended.ref, endedOn: "2026-04-30", reason: "education" });
    const ids = async (state: "active" | "ended" | "all") => (await mentor.participant.list({ organisationId: orgId, state })).map((r) => r.id);
    expect(await ids("active")).toContain(active.id);
    expect(await ids("active")).not.toContain(ended.id);
    expect(await ids("ended")).toContain(ended.id);
    expect(await ids("ended")).not.toContain(active.id);
    expect(await ids("all")).toEqual(expect.arrayContaining([active.id, ended.id]));
    const row = (await mentor.participant.list({ organisationId: orgId, state: "ended" })).find((r) => r.id === ended.id);
    expect(row).toMatchObject({ endedOn: "2026-04-30", endReason: "education" });
  });

  it("ends the participation when a status that ends it is recorded, with the matching reason, in one transaction", async () => {
    const withdrawn = await enrol("Gitte Udmeldt");
    const result = await mentor.statusEvent.create({ ...withdrawn.ref, event: { status: "withdrawn", occurredOn: "2026-03-15" } });
    expect(result.endedParticipation).toBe(true);
    expect(await stored(withdrawn.id)).toMatchObject({ endedOn: new Date("2026-03-15T00:00:00Z"), endReason: "dropped_out" });
    expect(JSON.parse((await auditOf(withdrawn.id, "participant.end"))[0]!.detail)).toMatchObject({ reason: "dropped_out", source: "status" });

    // Removing the status that ended it (a mistake undone) reopens the participation, audited as such.
    await mentor.statusEvent.remove({ organisationId: orgId, eventId: result.id });
    expect(await stored(withdrawn.id)).toMatchObject({ endedOn: null, endReason: null });
    expect(JSON.parse((await auditOf(withdrawn.id, "participant.reopen"))[0]!.detail)).toMatchObject({ reason: "status_removed", endReason: "dropped_out" });

    const transferred = await enrol("Hans Videre");
    await mentor.statusEvent.create({ ...transferred.ref, event: { status: "other_provider", occurredOn: "2026-02-01" } });
    expect((await stored(transferred.id)).endReason).toBe("transferred");

    // A status that does not end it leaves the participation open.
    const working = await enrol("Ida Job");
    expect(
      (await mentor.statusEvent.create({ ...working.ref, event: { status: "ordinary_job", occurredOn: "2026-02-01", hoursPerWeek: 37 } })).endedParticipation,
    ).toBe(false);
    expect((await stored(working.id)).endedOn).toBeNull();

    // Already ended: the status is recorded, the end date and reason stand.
    await mentor.participant.end({ ...working.ref, endedOn: "2026-06-30", reason: "job" });
    expect((await mentor.statusEvent.create({ ...working.ref, event: { status: "withdrawn", occurredOn: "2026-07-15" } })).endedParticipation).toBe(false);
    expect(await stored(working.id)).toMatchObject({ endedOn: new Date("2026-06-30T00:00:00Z"), endReason: "job" });

    // Removing that later status leaves the mentor's own ending alone.
    const later = (await mentor.statusEvent.list(working.ref)).events.find((e) => e.status === "withdrawn")!;
    expect(await mentor.statusEvent.remove({ organisationId: orgId, eventId: later.id })).toEqual({ ok: true, reopenedParticipation: false });
    expect(await stored(working.id)).toMatchObject({ endedOn: new Date("2026-06-30T00:00:00Z"), endReason: "job" });

    // An ending status dated before enrolment is refused, and neither the status nor an ending is kept.
    const early = await enrol("Jens Tidlig", "2026-04-01");
    const before = await t.db.statusEvent.count({ where: { participantId: early.id } });
    await expectTRPCError(
      mentor.statusEvent.create({ ...early.ref, event: { status: "withdrawn", occurredOn: "2026-03-01" } }),
      "BAD_REQUEST",
      "ended_before_enrolment",
    );
    expect(await t.db.statusEvent.count({ where: { participantId: early.id } })).toBe(before);
    expect((await stored(early.id)).endedOn).toBeNull();
  });

  it("lets an admin reassign a participant to another mentor of the organisation, and no one else", async () => {
    const p = await enrol("Karen Skift");
    await expectTRPCError(mentor.participant.reassign({ ...p.ref, mentorId: otherMentorHere.id }), "FORBIDDEN");
    // Someone who is not a mentor here (the admin themself, a stranger's mentor) cannot be chosen.
    const strangerMentor = await createUser(t.db, { roles: [{ organisationId: strangerOrgId, role: "mentor" }] });
    await expectTRPCError(admin.participant.reassign({ ...p.ref, mentorId: strangerMentor.id }), "BAD_REQUEST", "mentor_not_in_organisation");
    const disabled = await createUser(t.db, { disabled: true, roles: [{ organisationId: orgId, role: "mentor" }] });
    await expectTRPCError(admin.participant.reassign({ ...p.ref, mentorId: disabled.id }), "BAD_REQUEST", "mentor_not_in_organisation");
    await expectTRPCError(strangerAdmin.participant.reassign({ organisationId: strangerOrgId, participantId: p.id, mentorId: strangerMentor.id }), "NOT_FOUND");
    expect((await stored(p.id)).mentorId).toBe(mentorId);

    expect(await admin.participant.reassign({ ...p.ref, mentorId: otherMentorHere.id })).toEqual({ ok: true, changed: true });
    expect((await stored(p.id)).mentorId).toBe(otherMentorHere.id);
    expect(JSON.parse((await auditOf(p.id, "participant.reassign"))[0]!.detail)).toEqual({ mentorId: otherMentorHere.id, previousMentorId: mentorId });
    // The first mentor's own caseload no longer has them.
    expect((await mentor.participant.list({ organisationId: orgId, scope: "mine" })).map((r) => r.id)).not.toContain(p.id);
  });

  it("ends many at once on a closing day, all or none, naming each row's problem", async () => {
    const a = await enrol("Lis Luk");
    const b = await enrol("Mads Luk");
    const late = await enrol("Nina Sen", "2026-09-01");
    const done = await enrol("Ole Færdig");
    await mentor.participant.end({ ...done.ref, endedOn: "2026-05-01", reason: "job" });
    const foreign = (await strangerAdmin.participant.create({ organisationId: strangerOrgId, programmeId, fullName: "Pia Fremmed", enrolledOn: "2026-01-05" }))
      .id;
    const input = { organisationId: orgId, endedOn: "2026-08-31", reason: "completed" as const };

    await expectTRPCError(mentor.participant.endMany({ ...input, participantIds: [a.id, b.id] }), "FORBIDDEN");
    const refused = await expectTRPCError(
      admin.participant.endMany({ ...input, participantIds: [a.id, late.id, done.id, foreign, b.id] }),
      "BAD_REQUEST",
      "participations_not_endable",
    );
    expect((refused.cause as unknown as { publicDetail: unknown }).publicDetail).toEqual({
      problems: [
        { participantId: late.id, code: late.code, problem: "before_enrolment" },
        { participantId: done.id, code: done.code, problem: "already_ended" },
        // Someone of another organisation is not found, and their code is not told.
        { participantId: foreign, code: null, problem: "not_found" },
      ],
    });
    // Nothing was ended, not even the rows without a problem.
    for (const id of [a.id, b.id, late.id]) expect((await stored(id)).endedOn).toBeNull();
    expect(await t.db.auditEvent.count({ where: { action: "participant.end_many" } })).toBe(0);

    expect(await admin.participant.endMany({ ...input, participantIds: [a.id, b.id] })).toEqual({ ended: 2 });
    for (const id of [a.id, b.id]) expect(await stored(id)).toMatchObject({ endedOn: new Date("2026-08-31T00:00:00Z"), endReason: "completed" });
    expect(JSON.parse((await auditOf(a.id, "participant.end"))[0]!.detail)).toMatchObject({ source: "bulk" });
    const batch = await t.db.auditEvent.findFirstOrThrow({ where: { action: "participant.end_many" } });
    expect(JSON.parse(batch.detail)).toEqual({ count: 2, endedOn: "2026-08-31", reason: "completed" });
  });

  it("refuses every change to an erased participant's participation", async () => {
    const p = await enrol("Rasmus Slettet");
    const q = await enrol("Sofie Slettet");
    await mentor.participant.end({ ...q.ref, endedOn: "2026-02-01", reason: "moved" });
    await admin.privacy.eraseParticipant({ ...p.ref, confirmCode: p.code });
    await admin.privacy.eraseParticipant({ ...q.ref, confirmCode: q.code });
    await expectTRPCError(mentor.participant.end({ ...p.ref, endedOn: "2026-03-01", reason: "completed" }), "CONFLICT", "participant_erased");
    await expectTRPCError(mentor.participant.reopen({ ...q.ref, reason: "ended_by_mistake" }), "CONFLICT", "participant_erased");
    await expectTRPCError(admin.participant.reassign({ ...p.ref, mentorId: otherMentorHere.id }), "CONFLICT", "participant_erased");
    await expectTRPCError(mentor.statusEvent.create({ ...p.ref, event: { status: "withdrawn", occurredOn: "2026-03-01" } }), "CONFLICT", "participant_erased");
    const refused = await expectTRPCError(
      admin.participant.endMany({ organisationId: orgId, participantIds: [p.id], endedOn: "2026-03-01", reason: "completed" }),
      "BAD_REQUEST",
      "participations_not_endable",
    );
    expect((refused.cause as unknown as { publicDetail: { problems: unknown[] } }).publicDetail.problems).toEqual([
      { participantId: p.id, code: null, problem: "erased" },
    ]);
    expect((await stored(p.id)).endedOn).toBeNull();
    expect((await stored(p.id)).mentorId).not.toBe(otherMentorHere.id);
    expect(await t.db.auditEvent.count({ where: { targetId: { in: [p.id, q.id] }, action: { in: ["participant.reassign", "participant.reopen"] } } })).toBe(0);
  });

  it("refuses evaluators and other organisations", async () => {
    const p = await enrol("Tina Ude");
    await expectTRPCError(evaluator.participant.end({ ...p.ref, endedOn: "2026-03-01", reason: "completed" }), "FORBIDDEN");
    await expectTRPCError(evaluator.participant.reopen({ ...p.ref, reason: "other" }), "FORBIDDEN");
    await expectTRPCError(strangerAdmin.participant.end({ ...p.ref, endedOn: "2026-03-01", reason: "completed" }), "FORBIDDEN");
    const outside = { organisationId: strangerOrgId, participantId: p.id };
    await expectTRPCError(strangerAdmin.participant.end({ ...outside, endedOn: "2026-03-01", reason: "completed" }), "NOT_FOUND", "not_found");
    await expectTRPCError(strangerAdmin.participant.reopen({ ...outside, reason: "other" }), "NOT_FOUND", "not_found");
    expect((await stored(p.id)).endedOn).toBeNull();
  });

  it("follows the end date on the due list: the end questionnaire from the ending, no more reviews", async () => {
    const p = await enrol("Uffe Forfalden");
    const due = async () => (await mentor.caseload.due({ organisationId: orgId })).filter((d) => d.participantId === p.id);
    // Enrolled long ago with no review: a review is due, no end questionnaire.
    expect((await due()).map((d) => d.kind)).toEqual(["review"]);
    await mentor.participant.end({ ...p.ref, endedOn: "2026-06-30", reason: "completed" });
    expect(await due()).toEqual([expect.objectContaining({ kind: "end_questionnaire", dueOn: "2026-06-30" })]);
    // The end questionnaire handed over: nothing more is due.
    await mentor.survey.create({ ...p.ref, occasion: "end", mode: "self" });
    expect(await due()).toEqual([]);
    // Reopened: reviews are due again, the end questionnaire is not asked for.
    await mentor.participant.reopen({ ...p.ref, reason: "ended_by_mistake" });
    expect((await due()).map((d) => d.kind)).toEqual(["review"]);
  });

  it("counts retention from the end date set by ending, and not after reopening", async () => {
    const retained = await createProgramme(t.db, "Kort opbevaring", [orgId]);
    await t.db.programme.update({ where: { id: retained.id }, data: { retentionMonths: 3 } });
    const p = await mentor.participant.create({ organisationId: orgId, programmeId: retained.id, fullName: "Vera Opbevar", enrolledOn: "2026-01-05" });
    const ref = { organisationId: orgId, participantId: p.id };
    const candidate = async (now: Date) => (await dueForRetention(t.db, now)).find((c) => c.participantId === p.id);
    // Active participants are never due, however long ago they enrolled.
    expect(await candidate(new Date("2030-01-01T00:00:00Z"))).toBeUndefined();
    await mentor.participant.end({ ...ref, endedOn: "2026-02-28", reason: "completed" });
    expect(await candidate(new Date("2026-05-27T12:00:00Z"))).toBeUndefined();
    expect(await candidate(new Date("2026-05-28T00:00:00Z"))).toMatchObject({ endedOn: "2026-02-28", eraseFrom: "2026-05-28" });
    await mentor.participant.reopen({ ...ref, reason: "returned" });
    expect(await candidate(new Date("2030-01-01T00:00:00Z"))).toBeUndefined();
  });
});
