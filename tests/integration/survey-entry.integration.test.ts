import { getInstrument, scoreInstrument, visibleItems, type TInstrument } from "@skridt/instruments";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

// A mentor fills in a participant's questionnaire in the staff app (assisted, phone, paper):
// what the staff app does, call by call, with the same rules as the personal link.
describe(`mentor-entered questionnaires on ${engine}`, () => {
  let t: TestDatabase;
  let mentor: Caller;
  let mentorId: string;
  let orgId: string;
  let programmeId: string;
  let mutation = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    const org = await createOrganisation(t.db, "Jobcenter Test");
    orgId = org.id;
    programmeId = (await createProgramme(t.db, "Testprogram", [org.id])).id;
    const user = await createUser(t.db, { roles: [{ organisationId: org.id, role: "mentor" }] });
    mentorId = user.id;
    mentor = (await signedInCaller(t.db, user.id)).caller;
  });
  afterAll(async () => t.cleanup());

  async function enrol(name: string) {
    const p = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: name, enrolledOn: "2026-11-01" });
    const survey = await t.db.survey.findFirstOrThrow({ where: { participantId: p.id }, select: { id: true } });
    return { ...p, surveyId: survey.id };
  }

  const change = (instrumentId: string, itemId: string, value: unknown, at = new Date()) => ({
    instrumentId,
    itemId,
    value: value as number,
    clientMutationId: `e-${++mutation}-${Math.random().toString(36).slice(2)}`,
    answeredAt: at.toISOString(),
  });

  /** Every visible question answered the way the participant tests do: code 3 / the first option / a number. */
  async function answerAll(caller: Caller, surveyId: string, mode: "assisted" | "phone" | "paper") {
    const opened = await caller.surveyEntry.open({ organisationId: orgId, surveyId, mode });
    const given: Record<string, Record<string, unknown>> = {};
    for (const { definition } of opened.instruments as { definition: TInstrument }[]) {
      const answers: Record<string, unknown> = {};
      for (const item of definition.items) {
        if (!visibleItems(definition, answers).some((i) => i.id === item.id)) continue;
        let value: unknown;
        if (item.type === "single-choice") value = item.options.some((o) => o.code === 3) ? 3 : item.options[0]!.code;
        else if (item.type === "multiple-choice") value = [item.options[0]!.code];
        else if (item.type === "number") value = item.min ?? 0;
        else continue;
        answers[item.id] = value;
        await caller.surveyEntry.saveAnswer({ organisationId: orgId, surveyId, mode, ...change(definition.id, item.id, value) });
      }
      given[definition.id] = answers;
    }
    return given;
  }

  it("opens the participant's survey with the answers the participant already gave", async () => {
    const p = await enrol("Anne Andersen");
    const anonymous = (await callerFor(t.db)).caller;
    await anonymous.take.saveAnswer({ token: p.startSurvey.token, ...change("who5", "who5_1", 4) });
    const opened = await mentor.surveyEntry.open({ organisationId: orgId, surveyId: p.surveyId, mode: "assisted" });
    expect([opened.occasion, opened.state, opened.participantId]).toEqual(["start", "open", p.id]);
    expect(opened.instruments.find((i) => i.definition.id === "who5")?.answers).toEqual({ who5_1: 4 });
    const read = await t.db.auditEvent.findFirstOrThrow({ where: { action: "survey.entry_open", targetId: p.surveyId } });
    expect([read.actorId, JSON.parse(read.detail)]).toEqual([mentorId, { mode: "assisted" }]);
  });

  it("saves each answer once however often it is retried, a late older save never wins, and the mode and who entered it are recorded", async () => {
    const p = await enrol("Bent Berg");
    const ref = { organisationId: orgId, surveyId: p.surveyId, mode: "phone" as const };
    const input = { ...ref, ...change("who5", "who5_1", 3) };
    const first = await mentor.surveyEntry.saveAnswer(input);
    const again = await mentor.surveyEntry.saveAnswer(input);
    expect([first.applied, again.applied]).toEqual([true, false]);
    const t0 = new Date(Date.now() - 60_000);
    await mentor.surveyEntry.saveAnswer({ ...ref, ...change("who5", "who5_2", 4, new Date(t0.getTime() + 2000)) });
    const stale = await mentor.surveyEntry.saveAnswer({ ...ref, ...change("who5", "who5_2", 1, t0) });
    expect(stale.applied).toBe(false);
    const opened = await mentor.surveyEntry.open(ref);
    expect(opened.instruments.find((i) => i.definition.id === "who5")?.answers).toEqual({ who5_1: 3, who5_2: 4 });

    const survey = await t.db.survey.findUniqueOrThrow({ where: { id: p.surveyId }, include: { assessments: true } });
    expect([survey.mode, survey.status]).toEqual(["phone", "in_progress"]);
    expect(new Set(survey.assessments.map((a) => a.mode))).toEqual(new Set(["phone"]));
    // One audit row per stored answer (the retry and the stale save stored nothing), naming the item, never the value.
    const rows = await t.db.auditEvent.findMany({ where: { action: "survey.entry_answer", targetId: p.surveyId }, orderBy: { at: "asc" } });
    expect(rows.map((r) => [r.actorId, JSON.parse(r.detail)])).toEqual([
      [mentorId, { mode: "phone", instrumentId: "who5", itemId: "who5_1" }],
      [mentorId, { mode: "phone", instrumentId: "who5", itemId: "who5_2" }],
    ]);
  });

  it("refuses wrong answers and unknown items and changes nothing", async () => {
    const p = await enrol("Cecilie Carlsen");
    const ref = { organisationId: orgId, surveyId: p.surveyId, mode: "assisted" as const };
    const before = await t.db.answer.count();
    await expectTRPCError(mentor.surveyEntry.saveAnswer({ ...ref, ...change("who5", "who5_1", 6) }), "BAD_REQUEST", "invalid_answer");
    await expectTRPCError(mentor.surveyEntry.saveAnswer({ ...ref, ...change("who5", "no_such_item", 1) }), "BAD_REQUEST", "unknown_item");
    await expectTRPCError(mentor.surveyEntry.saveAnswer({ ...ref, ...change("no_such_instrument", "who5_1", 1) }), "BAD_REQUEST", "unknown_item");
    await expectTRPCError(mentor.surveyEntry.saveAnswer({ ...ref, mode: "self" as never, ...change("who5", "who5_1", 1) }), "BAD_REQUEST");
    expect(await t.db.answer.count()).toBe(before);
    expect((await t.db.survey.findUniqueOrThrow({ where: { id: p.surveyId } })).mode).toBe("self");
  });

  it("submits only complete questionnaires, scores them with the shared scoring, records the mode, then refuses further entry", async () => {
    const p = await enrol("Dennis Dam");
    const ref = { organisationId: orgId, surveyId: p.surveyId, mode: "assisted" as const };
    await mentor.surveyEntry.saveAnswer({ ...ref, ...change("who5", "who5_1", 3) });
    const incomplete = await expectTRPCError(mentor.surveyEntry.submit(ref), "BAD_REQUEST", "answers_incomplete");
    expect((incomplete.cause as unknown as { publicDetail: { missing: unknown[] } }).publicDetail.missing.length).toBeGreaterThan(10);
    expect((await t.db.survey.findUniqueOrThrow({ where: { id: p.surveyId } })).status).toBe("in_progress");

    const given = await answerAll(mentor, p.surveyId, "assisted");
    const result = await mentor.surveyEntry.submit(ref);
    expect(result.alreadySubmitted).toBe(false);
    const assessments = await t.db.assessment.findMany({ where: { surveyId: p.surveyId }, include: { scores: true } });
    expect(assessments.every((a) => a.status === "submitted" && a.mode === "assisted")).toBe(true);
    for (const a of assessments) {
      const expected = scoreInstrument(getInstrument(a.instrumentId)!, given[a.instrumentId] ?? {});
      expect(a.scores.map((s) => [s.scaleId, s.value, s.status]).sort()).toEqual(expected.map((s) => [s.scaleId, s.value, s.status]).sort());
    }
    expect(assessments.find((a) => a.instrumentId === "who5")?.scores[0]?.value).toBe(60);
    const survey = await t.db.survey.findUniqueOrThrow({ where: { id: p.surveyId } });
    expect([survey.status, survey.mode]).toEqual(["submitted", "assisted"]);
    const submitted = await t.db.auditEvent.findFirstOrThrow({ where: { action: "survey.entry_submit", targetId: p.surveyId } });
    expect([submitted.actorId, JSON.parse(submitted.detail)]).toEqual([mentorId, { mode: "assisted" }]);

    // Frozen: no more opening, saving or submitting from the staff app either.
    await expectTRPCError(mentor.surveyEntry.open(ref), "CONFLICT", "already_submitted");
    await expectTRPCError(mentor.surveyEntry.saveAnswer({ ...ref, ...change("who5", "who5_1", 5) }), "CONFLICT", "already_submitted");
    await expectTRPCError(mentor.surveyEntry.submit(ref), "CONFLICT", "already_submitted");
  });

  it("refuses a survey the participant already submitted through the link", async () => {
    const p = await enrol("Emma Eriksen");
    const anonymous = (await callerFor(t.db)).caller;
    // The participant answers on their own phone; the mentor's own answers would be the same.
    await answerAll(mentor, p.surveyId, "assisted");
    await anonymous.take.submit({ token: p.startSurvey.token });
    const ref = { organisationId: orgId, surveyId: p.surveyId, mode: "paper" as const };
    await expectTRPCError(mentor.surveyEntry.open(ref), "CONFLICT", "already_submitted");
    await expectTRPCError(mentor.surveyEntry.saveAnswer({ ...ref, ...change("who5", "who5_1", 1) }), "CONFLICT", "already_submitted");
    expect((await t.db.answer.findFirstOrThrow({ where: { itemId: "who5_1", assessment: { surveyId: p.surveyId } } })).value).toBe("3");
  });

  it("a paper form counts from the day it was filled in; a day in the future or outside paper mode is refused", async () => {
    const p = await enrol("Frank Frost");
    const ref = { organisationId: orgId, surveyId: p.surveyId, mode: "paper" as const };
    await answerAll(mentor, p.surveyId, "paper");
    await expectTRPCError(mentor.surveyEntry.submit({ ...ref, filledOn: "2999-01-01" }), "BAD_REQUEST", "filled_on_invalid");
    await expectTRPCError(mentor.surveyEntry.submit({ ...ref, filledOn: "2026-02-30" }), "BAD_REQUEST");
    await expectTRPCError(mentor.surveyEntry.submit({ ...ref, mode: "assisted", filledOn: "2026-10-01" }), "BAD_REQUEST", "filled_on_invalid");
    expect((await t.db.survey.findUniqueOrThrow({ where: { id: p.surveyId } })).status).toBe("in_progress");

    await mentor.surveyEntry.submit({ ...ref, filledOn: "2026-10-01" });
    const survey = await t.db.survey.findUniqueOrThrow({ where: { id: p.surveyId }, include: { assessments: true } });
    expect([survey.mode, survey.submittedAt?.toISOString().slice(0, 10)]).toEqual(["paper", "2026-10-01"]);
    expect(survey.assessments.map((a) => [a.mode, a.submittedAt?.toISOString().slice(0, 10)])).toEqual(survey.assessments.map(() => ["paper", "2026-10-01"]));
    const submitted = await t.db.auditEvent.findFirstOrThrow({ where: { action: "survey.entry_submit", targetId: p.surveyId } });
    expect(JSON.parse(submitted.detail)).toEqual({ mode: "paper", filledOn: "2026-10-01" });
    // The evaluator's per-participant figures were rewritten after the date moved.
    const who5 = await t.db.participantScale.findFirstOrThrow({ where: { participantId: p.id, instrumentId: "who5" } });
    expect(who5.startValue).toBe(60);
  });

  it("refuses a mentor of another organisation, an evaluator, and a withdrawn survey, changing nothing", async () => {
    const p = await enrol("Gitte Gram");
    const other = await createOrganisation(t.db, "Jobcenter Andet");
    const stranger = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: other.id, role: "mentor" }] })).id)).caller;
    const asStranger = { organisationId: other.id, surveyId: p.surveyId, mode: "assisted" as const };
    await expectTRPCError(stranger.surveyEntry.open(asStranger), "NOT_FOUND", "not_found");
    await expectTRPCError(stranger.surveyEntry.saveAnswer({ ...asStranger, ...change("who5", "who5_1", 1) }), "NOT_FOUND", "not_found");
    await expectTRPCError(stranger.surveyEntry.submit(asStranger), "NOT_FOUND", "not_found");
    // ...nor by naming this organisation, where the stranger has no role.
    await expectTRPCError(stranger.surveyEntry.open({ ...asStranger, organisationId: orgId }), "FORBIDDEN", "forbidden");

    const evaluator = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "evaluator" }] })).id)).caller;
    const ref = { organisationId: orgId, surveyId: p.surveyId, mode: "assisted" as const };
    await expectTRPCError(evaluator.surveyEntry.open(ref), "FORBIDDEN", "forbidden");
    await expectTRPCError(evaluator.surveyEntry.saveAnswer({ ...ref, ...change("who5", "who5_1", 1) }), "FORBIDDEN", "forbidden");
    expect(await t.db.answer.count({ where: { assessment: { surveyId: p.surveyId } } })).toBe(0);

    await mentor.survey.withdraw({ organisationId: orgId, surveyId: p.surveyId });
    await expectTRPCError(mentor.surveyEntry.open(ref), "CONFLICT", "survey_closed");
    await expectTRPCError(mentor.surveyEntry.saveAnswer({ ...ref, ...change("who5", "who5_1", 1) }), "CONFLICT", "survey_closed");
    expect(await t.db.answer.count({ where: { assessment: { surveyId: p.surveyId } } })).toBe(0);
    expect((await t.db.survey.findUniqueOrThrow({ where: { id: p.surveyId } })).mode).toBe("self");
  });

  it("refuses entry for an erased participant, whose figures erasure keeps as they were", async () => {
    const p = await enrol("Hanne Hald");
    await t.db.participant.update({ where: { id: p.id }, data: { erasedAt: new Date() } });
    const ref = { organisationId: orgId, surveyId: p.surveyId, mode: "paper" as const };
    await expectTRPCError(mentor.surveyEntry.open(ref), "CONFLICT", "participant_erased");
    await expectTRPCError(mentor.surveyEntry.saveAnswer({ ...ref, ...change("who5", "who5_1", 1) }), "CONFLICT", "participant_erased");
    expect(await t.db.answer.count({ where: { assessment: { surveyId: p.surveyId } } })).toBe(0);
  });
});
