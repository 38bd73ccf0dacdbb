import { getInstrument, scoreInstrument, visibleItems } from "@skridt/instruments";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

// A participant answering through the personal link: what the participant app does, call by call.
describe(`questionnaires through the personal link on ${engine}`, () => {
  let t: TestDatabase;
  let mentor: Caller;
  let orgId: string;
  let programmeId: string;
  let anonymous: Caller;
  let mutation = 0;
  const save = (credential: { token: string } | { code: string }, instrumentId: string, itemId: string, value: unknown, at = new Date()) =>
    anonymous.take.saveAnswer({
      ...credential,
      instrumentId,
      itemId,
      value: value as number,
      clientMutationId: `m-${++mutation}-${Math.random().toString(36).slice(2)}`,
      answeredAt: at.toISOString(),
    });

  beforeAll(async () => {
    t = await createTestDatabase();
    const org = await createOrganisation(t.db, "Jobcenter Test");
    orgId = org.id;
    programmeId = (await createProgramme(t.db, "Testprogram", [org.id])).id;
    const user = await createUser(t.db, { roles: [{ organisationId: org.id, role: "mentor" }] });
    mentor = (await signedInCaller(t.db, user.id)).caller;
    anonymous = (await callerFor(t.db)).caller;
  });
  afterAll(async () => t.cleanup());

  async function enrol(name: string) {
    return mentor.participant.create({ organisationId: orgId, programmeId, fullName: name, enrolledOn: "2026-11-01" });
  }

  it("enrolment creates the start questionnaire from the default plan, reachable by link and by short code", async () => {
    const p = await enrol("Anna Andersen");
    expect(p.startSurvey.shortCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const byToken = await anonymous.take.open({ token: p.startSurvey.token });
    expect(byToken.occasion).toBe("start");
    expect(byToken.state).toBe("open");
    expect(byToken.instruments.map((i) => i.definition.id)).toEqual(["baggrund", "selvvurderet-helbred", "who5", "gse", "humoer", "netvaerk"]);
    // Typed by hand: lower case, no dash.
    const byCode = await anonymous.take.open({ code: p.startSurvey.shortCode.toLowerCase().replace("-", "") });
    expect(byCode.instruments).toHaveLength(6);
    // Neither the token nor the code is stored in clear.
    const stored = await t.db.survey.findFirstOrThrow({ where: { participantId: p.id } });
    expect(JSON.stringify(stored)).not.toContain(p.startSurvey.token);
    expect(JSON.stringify(stored)).not.toContain(p.startSurvey.shortCode);
  });

  it("saves each answer once however often it is retried, and a late older save never wins", async () => {
    const p = await enrol("Bo Bech");
    const credential = { token: p.startSurvey.token };
    const input = {
      ...credential,
      instrumentId: "who5",
      itemId: "who5_1",
      value: 3,
      clientMutationId: "same-mutation-1",
      answeredAt: new Date().toISOString(),
    };
    const first = await anonymous.take.saveAnswer(input);
    const again = await anonymous.take.saveAnswer(input);
    expect([first.applied, again.applied]).toEqual([true, false]);
    // Two rapid changes and a stale retry of the first arriving last.
    const t0 = new Date(Date.now() - 60_000);
    await save(credential, "who5", "who5_2", 4, new Date(t0.getTime() + 2000));
    const stale = await save(credential, "who5", "who5_2", 1, t0);
    expect(stale.applied).toBe(false);
    const answers = await t.db.answer.findMany({
      where: { assessment: { surveyId: (await t.db.survey.findFirstOrThrow({ where: { participantId: p.id } })).id } },
    });
    expect(answers.map((a) => [a.itemId, JSON.parse(a.value)]).sort()).toEqual([
      ["who5_1", 3],
      ["who5_2", 4],
    ]);
    // Concurrent double clicks on a first answer store one row.
    await Promise.all([save(credential, "who5", "who5_3", 2), save(credential, "who5", "who5_3", 2), save(credential, "who5", "who5_3", 2)]);
    expect(await t.db.answer.count({ where: { itemId: "who5_3", assessment: { participantId: p.id } } })).toBe(1);
    const reopened = await anonymous.take.open(credential);
    expect(reopened.instruments.find((i) => i.definition.id === "who5")?.answers).toEqual({ who5_1: 3, who5_2: 4, who5_3: 2 });
  });

  it("refuses answers outside the item's scale and changes nothing", async () => {
    const p = await enrol("Carl Carlsen");
    const credential = { token: p.startSurvey.token };
    const before = await t.db.answer.count();
    await expectTRPCError(save(credential, "who5", "who5_1", 6), "BAD_REQUEST", "invalid_answer");
    await expectTRPCError(save(credential, "who5", "who5_1", "x".repeat(5001)), "BAD_REQUEST");
    await expectTRPCError(save(credential, "who5", "no_such_item", 1), "BAD_REQUEST", "unknown_item");
    await expectTRPCError(save(credential, "no_such_instrument", "who5_1", 1), "BAD_REQUEST", "unknown_item");
    expect(await t.db.answer.count()).toBe(before);
  });

  it("submits only complete questionnaires, scores them with the shared scoring, then freezes them", async () => {
    const p = await enrol("Dorte Dahl");
    const credential = { code: p.startSurvey.shortCode };
    await save(credential, "who5", "who5_1", 3);
    const incomplete = await expectTRPCError(anonymous.take.submit(credential), "BAD_REQUEST", "answers_incomplete");
    expect((incomplete.cause as unknown as { publicDetail: { missing: unknown[] } }).publicDetail.missing.length).toBeGreaterThan(10);
    expect((await t.db.survey.findFirstOrThrow({ where: { participantId: p.id } })).status).toBe("in_progress");

    // Answer every visible item the way a participant would: code 3 / the first option / a number.
    const opened = await anonymous.take.open(credential);
    const given: Record<string, Record<string, unknown>> = {};
    for (const { definition } of opened.instruments) {
      const answers: Record<string, unknown> = {};
      for (const item of definition.items) {
        if (!visibleItems(definition, answers).some((i) => i.id === item.id)) continue;
        let value: unknown;
        if (item.type === "single-choice") value = item.options.some((o) => o.code === 3) ? 3 : item.options[0]!.code;
        else if (item.type === "multiple-choice") value = [item.options[0]!.code];
        else if (item.type === "number") value = item.min ?? 0;
        else continue;
        answers[item.id] = value;
        await save(credential, definition.id, item.id, value);
      }
      given[definition.id] = answers;
    }
    const [first, second] = await Promise.all([anonymous.take.submit(credential), anonymous.take.submit(credential)]);
    expect([first.alreadySubmitted, second.alreadySubmitted].sort()).toEqual([false, true]);

    const assessments = await t.db.assessment.findMany({ where: { participantId: p.id }, include: { scores: true } });
    expect(assessments.every((a) => a.status === "submitted")).toBe(true);
    for (const a of assessments) {
      const expected = scoreInstrument(getInstrument(a.instrumentId)!, given[a.instrumentId] ?? {});
      expect(a.scores.map((s) => [s.scaleId, s.value, s.status]).sort()).toEqual(expected.map((s) => [s.scaleId, s.value, s.status]).sort());
    }
    const who5 = assessments.find((a) => a.instrumentId === "who5")!;
    expect(who5.scores[0]?.value).toBe(60); // five answers of 3 → raw 15 → ×4

    await expectTRPCError(save(credential, "who5", "who5_1", 5), "CONFLICT", "already_submitted");
    expect((await anonymous.take.open(credential)).state).toBe("submitted");

    // A mentor corrects a misread answer: the original is kept, the new version is scored and audited.
    const bad = await expectTRPCError(
      mentor.survey.correct({ organisationId: orgId, assessmentId: who5.id, changes: { who5_1: 9 }, reason: "Tastefejl fra papirskema" }),
      "BAD_REQUEST",
      "answers_invalid",
    );
    expect(bad.code).toBe("BAD_REQUEST");
    const corrected = await mentor.survey.correct({ organisationId: orgId, assessmentId: who5.id, changes: { who5_1: 5 }, reason: "Tastefejl fra papirskema" });
    expect(corrected.changed).toEqual(["who5_1"]);
    const original = await t.db.assessment.findUniqueOrThrow({ where: { id: who5.id }, include: { answers: true, scores: true } });
    expect(original.status).toBe("superseded");
    expect(original.scores[0]?.value).toBe(60);
    expect(original.answers.find((a) => a.itemId === "who5_1")?.value).toBe("3");
    const next = await t.db.assessment.findUniqueOrThrow({ where: { id: corrected.assessmentId }, include: { scores: true } });
    expect([next.status, next.mode, next.supersedesId, next.scores[0]?.value]).toEqual(["submitted", "correction", who5.id, 68]);
    const trail = await t.db.auditEvent.findFirstOrThrow({ where: { action: "assessment.correct", targetId: corrected.assessmentId } });
    expect(JSON.parse(trail.detail)).toMatchObject({ supersedes: who5.id, changedItems: ["who5_1"] });
    // The superseded version cannot be corrected again; the page shows one WHO-5, the corrected one.
    await expectTRPCError(
      mentor.survey.correct({ organisationId: orgId, assessmentId: who5.id, changes: { who5_1: 4 }, reason: "igen" }),
      "CONFLICT",
      "not_submitted",
    );
    const [listed] = await mentor.survey.listForParticipant({ organisationId: orgId, participantId: p.id });
    expect(listed!.instruments.filter((i) => i.id === "who5").map((i) => i.assessmentId)).toEqual([corrected.assessmentId]);
    expect((await mentor.survey.answers({ organisationId: orgId, assessmentId: corrected.assessmentId })).answers.who5_1).toBe(5);
    // The link reads none of it back once submitted (issue 11, item 3).
    expect((await anonymous.take.open(credential)).instruments).toEqual([]);
  });

  it("withdrawn and expired links say so; unknown links and codes are refused; code guessing is throttled", async () => {
    const p = await enrol("Erik Eriksen");
    const survey = await t.db.survey.findFirstOrThrow({ where: { participantId: p.id } });
    await mentor.survey.withdraw({ organisationId: orgId, surveyId: survey.id });
    await expectTRPCError(anonymous.take.open({ token: p.startSurvey.token }), "FORBIDDEN", "link_withdrawn");

    const q = await enrol("Frida Friis");
    await t.db.survey.updateMany({ where: { participantId: q.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectTRPCError(anonymous.take.open({ token: q.startSurvey.token }), "FORBIDDEN", "link_expired");

    await expectTRPCError(anonymous.take.open({ token: "x".repeat(43) }), "NOT_FOUND", "link_unknown");
    const guesser = (await callerFor(t.db, { ip: "203.0.113.9" })).caller;
    for (let i = 0; i < 30; i++) await expectTRPCError(guesser.take.open({ code: `ZZZZ-ZZ${String(i).padStart(2, "2")}` }), "NOT_FOUND", "link_unknown");
    // The 31st guess is refused before any lookup, even with a real code.
    const r = await enrol("Gorm Gram");
    await expectTRPCError(guesser.take.open({ code: r.startSurvey.shortCode }), "TOO_MANY_REQUESTS", "too_many_attempts");
    // The real link still works from another address.
    expect((await anonymous.take.open({ code: r.startSurvey.shortCode })).state).toBe("open");
  });

  it("a renewed link replaces the old one; a second survey for the same occasion is refused", async () => {
    const p = await enrol("Hanne Holm");
    const survey = await t.db.survey.findFirstOrThrow({ where: { participantId: p.id } });
    const renewed = await mentor.survey.renewLink({ organisationId: orgId, surveyId: survey.id });
    await expectTRPCError(anonymous.take.open({ token: p.startSurvey.token }), "NOT_FOUND", "link_unknown");
    expect((await anonymous.take.open({ token: renewed.token })).state).toBe("open");
    await expectTRPCError(mentor.survey.create({ organisationId: orgId, participantId: p.id, occasion: "start" }), "CONFLICT", "survey_exists");
    // The default plan gives no follow-up questionnaire: nothing empty is created.
    await expectTRPCError(mentor.survey.create({ organisationId: orgId, participantId: p.id, occasion: "followup" }), "BAD_REQUEST", "no_instruments_planned");
    const end = await mentor.survey.create({ organisationId: orgId, participantId: p.id, occasion: "end", mode: "assisted" });
    const opened = await anonymous.take.open({ token: end.token });
    expect(opened.mode).toBe("assisted");
    expect(opened.instruments.map((i) => i.definition.id)).toContain("tilfredshed");
  });

  it("staff of another organisation cannot see, renew or withdraw the surveys", async () => {
    const p = await enrol("Ida Iversen");
    const survey = await t.db.survey.findFirstOrThrow({ where: { participantId: p.id } });
    const other = await createOrganisation(t.db, "Jobcenter Andet");
    const stranger = await createUser(t.db, { roles: [{ organisationId: other.id, role: "mentor" }] });
    const caller = (await signedInCaller(t.db, stranger.id)).caller;
    await expectTRPCError(caller.survey.listForParticipant({ organisationId: other.id, participantId: p.id }), "NOT_FOUND");
    await expectTRPCError(caller.survey.renewLink({ organisationId: other.id, surveyId: survey.id }), "NOT_FOUND");
    await expectTRPCError(caller.survey.withdraw({ organisationId: other.id, surveyId: survey.id }), "NOT_FOUND");
    expect((await t.db.survey.findUniqueOrThrow({ where: { id: survey.id } })).status).not.toBe("withdrawn");
  });
});
