import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const allAreas = (value: number) =>
  Object.fromEntries(
    ["beskaeftigelse", "uddannelse", "sundhed", "socialt-netvaerk", "bolig-oekonomi", "hverdagsmestring"].map((id) => [id, { mentor: value }]),
  );

describe(`the mentor workspace on ${engine}`, () => {
  let t: TestDatabase;
  let mentor: Caller;
  let otherMentor: Caller;
  let evaluator: Caller;
  let orgId: string;
  let otherOrgId: string;
  let participantId: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    const org = await createOrganisation(t.db, "Jobcenter Øst");
    const other = await createOrganisation(t.db, "Jobcenter Vest");
    orgId = org.id;
    otherOrgId = other.id;
    const programme = await createProgramme(t.db, "Rampen", [org.id, other.id]);
    mentor = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: org.id, role: "mentor" }] })).id)).caller;
    otherMentor = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: other.id, role: "mentor" }] })).id)).caller;
    evaluator = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: org.id, role: "evaluator" }] })).id)).caller;
    participantId = (
      await mentor.participant.create({ organisationId: org.id, programmeId: programme.id, fullName: "Søren Sørensen", enrolledOn: "2026-01-05" })
    ).id;
  });
  afterAll(async () => t.cleanup());

  it("records reviews on the Halsnæs model, refuses values outside -5..5, and lists them with meanings", async () => {
    const ref = { organisationId: orgId, participantId };
    await mentor.review.create({ ...ref, reviewedOn: "2026-01-19", scores: allAreas(0), note: "Første samtale" });
    const bad = await expectTRPCError(
      mentor.review.create({ ...ref, reviewedOn: "2026-02-16", scores: { ...allAreas(1), sundhed: { mentor: 6 } } }),
      "BAD_REQUEST",
      "review_invalid",
    );
    expect(bad.cause).toBeDefined();
    await expectTRPCError(mentor.review.create({ ...ref, reviewedOn: "2026-02-16", scores: { sundhed: { mentor: 1 } } }), "BAD_REQUEST", "review_invalid");
    await mentor.review.create({ ...ref, reviewedOn: "2026-02-16", scores: { ...allAreas(2), sundhed: { mentor: 5, note: "Går ture" } } });
    const { reviews, model } = await mentor.review.list(ref);
    expect(model.id).toBe("halsnaes");
    expect(reviews).toHaveLength(2);
    const sundhed = reviews[1]!.summary.find((a) => a.areaId === "sundhed")!;
    expect([sundhed.value, sundhed.normalised, sundhed.meaning?.da]).toEqual([5, 100, "Målet er nået"]);
    expect(await t.db.review.count({ where: { participantId } })).toBe(2);
  });

  it("lets a review be edited for 24 hours, then only amended with the before and after kept", async () => {
    const created = await mentor.review.create({ organisationId: orgId, participantId, reviewedOn: "2026-03-16", scores: allAreas(1) });
    await mentor.review.update({ organisationId: orgId, reviewId: created.id, reviewedOn: "2026-03-16", scores: allAreas(2), note: "" });
    // Make the review a day old.
    await t.db.review.update({ where: { id: created.id }, data: { createdAt: new Date(Date.now() - 25 * 3600 * 1000) } });
    await expectTRPCError(
      mentor.review.update({ organisationId: orgId, reviewId: created.id, reviewedOn: "2026-03-16", scores: allAreas(3), note: "" }),
      "CONFLICT",
      "review_locked",
    );
    await expectTRPCError(mentor.review.amend({ organisationId: orgId, reviewId: created.id, scores: allAreas(3), note: "", reason: "" }), "BAD_REQUEST");
    await mentor.review.amend({ organisationId: orgId, reviewId: created.id, scores: allAreas(3), note: "rettet", reason: "Forkert område scoret" });
    const history = await mentor.review.amendments({ organisationId: orgId, reviewId: created.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ reason: "Forkert område scoret", before: { scores: allAreas(2) }, after: { scores: allAreas(3), note: "rettet" } });
    const listed = (await mentor.review.list({ organisationId: orgId, participantId })).reviews.find((r) => r.id === created.id)!;
    expect([listed.editable, listed.amendments, listed.scores.sundhed?.mentor]).toEqual([false, 1, 3]);
  });

  it("keeps sub-goals per plan area, closes them as reached, and refuses areas outside the plan", async () => {
    const goal = await mentor.goal.create({
      organisationId: orgId,
      participantId,
      areaId: "sundhed",
      title: "Gå en tur tre gange om ugen",
      actions: "Går med naboen",
      support: "Mentor ringer mandag",
      dueOn: "2026-04-01",
    });
    await expectTRPCError(mentor.goal.create({ organisationId: orgId, participantId, areaId: "moon", title: "Noget" }), "BAD_REQUEST", "unknown_area");
    const closed = await mentor.goal.update({
      organisationId: orgId,
      goalId: goal.id,
      status: "reached",
      title: goal.title,
      actions: goal.actions,
      support: goal.support,
      dueOn: goal.dueOn,
    });
    expect(closed.status).toBe("reached");
    expect(closed.closedOn).not.toBeNull();
    const reopened = await mentor.goal.update({
      organisationId: orgId,
      goalId: goal.id,
      status: "open",
      title: goal.title,
      actions: "",
      support: "",
      dueOn: null,
    });
    expect([reopened.closedOn, reopened.dueOn]).toEqual([null, null]);
  });

  it("logs contacts with totals by kind and derives the current status and its periods", async () => {
    const ref = { organisationId: orgId, participantId };
    await mentor.contact.create({ ...ref, occurredOn: "2026-01-05", kind: "meeting", minutes: 60, note: "Opstart" });
    await mentor.contact.create({ ...ref, occurredOn: "2026-01-12", kind: "sms" });
    await mentor.contact.create({ ...ref, occurredOn: "2026-01-20", kind: "company_contact", minutes: 15 });
    await expectTRPCError(mentor.contact.create({ ...ref, occurredOn: "2026-13-01", kind: "meeting" }), "BAD_REQUEST");
    await expectTRPCError(mentor.contact.create({ ...ref, occurredOn: "2026-01-20", kind: "carrier_pigeon" as "sms" }), "BAD_REQUEST");
    const { contacts, totals } = await mentor.contact.list(ref);
    expect(contacts).toHaveLength(3);
    expect([totals.total, totals.minutes, totals.byKind.meeting, totals.byChannel.company]).toEqual([3, 75, 1, 1]);

    await mentor.statusEvent.create({ ...ref, event: { status: "unemployed", occurredOn: "2026-01-05" } });
    await mentor.statusEvent.create({ ...ref, event: { status: "internship", occurredOn: "2026-02-01", hoursPerWeek: 10 } });
    // A flex job needs its hours unless it is still in process.
    await expectTRPCError(mentor.statusEvent.create({ ...ref, event: { status: "flexjob", occurredOn: "2026-03-01" } }), "BAD_REQUEST");
    await mentor.statusEvent.create({ ...ref, event: { status: "flexjob", occurredOn: "2026-03-01", hoursPerWeek: 12 } });
    // The same status again on the same day (a double click, a form sent twice) is refused unless confirmed.
    await expectTRPCError(
      mentor.statusEvent.create({ ...ref, event: { status: "flexjob", occurredOn: "2026-03-01", hoursPerWeek: 12 } }),
      "CONFLICT",
      "status_same_day",
    );
    expect(await t.db.statusEvent.count({ where: { participantId, status: "flexjob" } })).toBe(1);
    const confirmed = await mentor.statusEvent.create({
      ...ref,
      event: { status: "flexjob", occurredOn: "2026-03-01", hoursPerWeek: 8 },
      confirmSameDay: true,
    });
    await mentor.statusEvent.remove({ organisationId: orgId, eventId: confirmed.id });
    const status = await mentor.statusEvent.list(ref);
    expect(status.current?.status).toBe("flexjob");
    expect(status.periods.map((p) => [p.status, p.from, p.to])).toEqual([
      ["unemployed", "2026-01-05", "2026-01-31"],
      ["internship", "2026-02-01", "2026-02-28"],
      ["flexjob", "2026-03-01", status.periods[2]!.to],
    ]);
  });

  it("shows everything on the timeline and in the progress report, names only when asked", async () => {
    const timeline = await mentor.caseload.timeline({ organisationId: orgId, participantId });
    expect(new Set(timeline.map((e) => e.kind))).toEqual(new Set(["enrolled", "survey", "review", "goal", "contact", "status"]));
    const anonymous = await mentor.caseload.progressReport({ organisationId: orgId, participantId });
    expect(anonymous.participant.identity).toBeNull();
    expect(JSON.stringify(anonymous)).not.toContain("Søren");
    expect(anonymous.comparison?.areas.find((a) => a.areaId === "sundhed")).toMatchObject({ from: 0, to: 3, direction: "improved" });
    expect(anonymous.goals.map((g) => g.title)).toContain("Gå en tur tre gange om ugen");
    const named = await mentor.caseload.progressReport({ organisationId: orgId, participantId, includeIdentity: true });
    expect(named.participant.identity?.fullName).toBe("Søren Sørensen");
  });

  it("puts a participant on the due list when the review interval has passed", async () => {
    const due = await mentor.caseload.due({ organisationId: orgId });
    // Last review 2026-03-16, interval 28 days: due from 2026-04-13 (long past on the test's today).
    expect(due.find((d) => d.participantId === participantId)).toMatchObject({ kind: "review", dueOn: "2026-04-13" });
  });

  it("shows none of it to a mentor of another organisation or to an evaluator", async () => {
    const ref = { organisationId: orgId, participantId };
    for (const call of [
      () => otherMentor.review.list({ organisationId: otherOrgId, participantId }),
      () => otherMentor.goal.list({ organisationId: otherOrgId, participantId }),
      () => otherMentor.contact.list({ organisationId: otherOrgId, participantId }),
      () => otherMentor.statusEvent.list({ organisationId: otherOrgId, participantId }),
      () => otherMentor.caseload.progressReport({ organisationId: otherOrgId, participantId }),
    ]) {
      await expectTRPCError(call(), "NOT_FOUND", "not_found");
    }
    await expectTRPCError(otherMentor.review.list(ref), "FORBIDDEN");
    await expectTRPCError(evaluator.review.list(ref), "FORBIDDEN");
    await expectTRPCError(evaluator.caseload.progressReport(ref), "FORBIDDEN");
    const reviewId = (await t.db.review.findFirstOrThrow({ where: { participantId } })).id;
    await expectTRPCError(otherMentor.review.amend({ organisationId: otherOrgId, reviewId, scores: allAreas(0), note: "", reason: "sabotage" }), "NOT_FOUND");
    expect(await t.db.reviewAmendment.count({ where: { reason: "sabotage" } })).toBe(0);
  });
});
