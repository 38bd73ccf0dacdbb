// "Mit forløb" (issue 14 section 5): through their personal link, a participant reads their
// own scale scores at each occasion and the reviews their mentor shared, and nothing else:
// not before they sent the questionnaire, not another participant's, not unshared reviews,
// not through an expired or withdrawn link; every read is audited as a link read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { answerThroughLink } from "../support/answer-through-link";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`participant timeline on ${engine}`, () => {
  let t: TestDatabase;
  let orgId: string;
  let programmeId: string;
  let mentor: Caller;
  let anonymous: Caller;

  beforeAll(async () => {
    t = await createTestDatabase();
    orgId = (await createOrganisation(t.db, "Jobcenter Forløb")).id;
    programmeId = (await createProgramme(t.db, "Forløbsprogram", [orgId])).id;
    const m = await createUser(t.db, { name: "Mia Mentor", roles: [{ organisationId: orgId, role: "mentor" }] });
    mentor = (await signedInCaller(t.db, m.id)).caller;
    anonymous = (await callerFor(t.db)).caller;
  });
  afterAll(async () => t?.cleanup());

  /** Answers every visible item (WHO-5 with `who5Code`, others code 3 or the first option); sends it unless told not to. */
  const fill = (token: string, who5Code: number, submit = true) => answerThroughLink(anonymous, token, { who5: who5Code }, { submit });

  async function review(participantId: string, reviewedOn: string, mentorScore: number, participantScore: number, shared: boolean) {
    const { plan } = await mentor.review.list({ organisationId: orgId, participantId });
    const scores = Object.fromEntries(plan.areaIds.map((id) => [id, { mentor: mentorScore, participant: participantScore, note: "Kun til mentoren" }]));
    return mentor.review.create({ organisationId: orgId, participantId, reviewedOn, scores, note: "Intern note", sharedWithParticipant: shared });
  }

  it("shows the participant's own scales at each occasion in plain words, and only the reviews the mentor shared", async () => {
    const anna = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: "Anna Andersen", enrolledOn: "2026-01-05" });
    const bo = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: "Bo Berg", enrolledOn: "2026-01-05" });

    // Before Anna sends anything, her link shows nothing.
    await expectTRPCError(anonymous.take.timeline({ token: anna.startSurvey.token }), "PRECONDITION_FAILED", "not_submitted");

    await fill(anna.startSurvey.token, 2); // WHO-5 raw 10 → 40
    await fill(bo.startSurvey.token, 5); // Bo: 100
    await review(anna.id, "2026-02-01", 2, 3, true);
    await review(anna.id, "2026-03-01", 4, 4, false); // not shared
    await review(bo.id, "2026-02-01", 1, 1, true);

    const first = await anonymous.take.timeline({ token: anna.startSurvey.token });
    const who5 = first.scales.find((s) => s.instrumentId === "who5")!;
    expect(who5.points.map((p) => [p.occasion, p.value])).toEqual([["start", 40]]);
    expect(who5.sentence).toBeNull();
    expect(first.reviews).toHaveLength(1);
    expect(first.reviews[0]!.on).toBe("2026-02-01");
    expect(first.reviews[0]!.areas.every((a) => a.mentor === 2 && a.participant === 3)).toBe(true);
    // Notes never travel through the link.
    expect(JSON.stringify(first)).not.toMatch(/Intern note|Kun til mentoren/);

    // The end questionnaire: a second point, and the same plain sentence as the change view.
    const end = await mentor.survey.create({ organisationId: orgId, participantId: anna.id, occasion: "end", mode: "self" });
    await fill(end.token, 4); // raw 20 → 80
    const second = await anonymous.take.timeline({ token: end.token });
    const who5Now = second.scales.find((s) => s.instrumentId === "who5")!;
    expect(who5Now.points.map((p) => [p.occasion, p.value])).toEqual([
      ["start", 40],
      ["end", 80],
    ]);
    expect(who5Now.sentence).toBe("improved");
    // Sharing a review later shows it too.
    const { reviews } = await mentor.review.list({ organisationId: orgId, participantId: anna.id });
    const hidden = reviews.find((r) => r.reviewedOn === "2026-03-01")!;
    expect(hidden.sharedWithParticipant).toBe(false);
    await mentor.review.update({
      organisationId: orgId,
      reviewId: hidden.id,
      reviewedOn: "2026-03-01",
      scores: hidden.scores,
      note: hidden.note,
      sharedWithParticipant: true,
    });
    expect((await anonymous.take.timeline({ token: end.token })).reviews.map((r) => r.on)).toEqual(["2026-02-01", "2026-03-01"]);

    // Bo's link sees Bo's figures only.
    const bos = await anonymous.take.timeline({ token: bo.startSurvey.token });
    expect(bos.scales.find((s) => s.instrumentId === "who5")!.points.map((p) => p.value)).toEqual([100]);
    expect(bos.reviews.map((r) => r.areas[0]!.mentor)).toEqual([1]);

    // Every read is a link read in the organisation's audit trail.
    const reads = await t.db.auditEvent.findMany({ where: { action: "survey.link_read", targetId: end.surveyId } });
    expect(reads.filter((r) => r.detail.includes('"view":"timeline"')).length).toBe(2);
  });

  it("refuses a link not yet sent, an expired one and a withdrawn one", async () => {
    const cara = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: "Cara Carlsen", enrolledOn: "2026-01-05" });
    await fill(cara.startSurvey.token, 3, false); // answered, not sent
    const surveyId = (await t.db.survey.findFirstOrThrow({ where: { participantId: cara.id, occasion: "start" }, select: { id: true } })).id;
    await expectTRPCError(anonymous.take.timeline({ token: cara.startSurvey.token }), "PRECONDITION_FAILED", "not_submitted");

    await t.db.survey.update({ where: { id: surveyId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectTRPCError(anonymous.take.timeline({ token: cara.startSurvey.token }), "FORBIDDEN", "link_expired");

    await t.db.survey.update({ where: { id: surveyId }, data: { status: "withdrawn", withdrawnAt: new Date() } });
    await expectTRPCError(anonymous.take.timeline({ token: cara.startSurvey.token }), "FORBIDDEN", "link_withdrawn");

    await expectTRPCError(anonymous.take.timeline({ token: "not-a-real-token-at-all-0000000000" }), "NOT_FOUND");
  });
});
