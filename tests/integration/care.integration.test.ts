// Care when answers show that someone is struggling (issue 13): a participant whose WHO-5 fell
// from 80 to 20 sees where to get help and reads "a good deal worse" (never "a little worse"),
// their mentor gets a due item, and the follow-up is recorded (who, when) and audited.
import { visibleItems } from "@skridt/instruments";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`care on ${engine}`, () => {
  let t: TestDatabase;
  let orgId: string;
  let programmeId: string;
  let mentor: Caller;
  let mentorId: string;
  let admin: Caller;
  let anonymous: Caller;
  let mutation = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    orgId = (await createOrganisation(t.db, "Jobcenter Omsorg")).id;
    programmeId = (await createProgramme(t.db, "Omsorgsforløb", [orgId])).id;
    const m = await createUser(t.db, { name: "Mona Mentor", roles: [{ organisationId: orgId, role: "mentor" }] });
    const a = await createUser(t.db, { name: "Adam Admin", roles: [{ organisationId: orgId, role: "admin" }] });
    mentorId = m.id;
    mentor = (await signedInCaller(t.db, m.id)).caller;
    admin = (await signedInCaller(t.db, a.id)).caller;
    anonymous = (await callerFor(t.db)).caller;
  });
  afterAll(async () => t?.cleanup());

  /** Answers every visible item through the link (WHO-5 items with `who5Code`, others code 3 or the first option) and sends it. */
  async function fillAndSubmit(credential: { token: string }, who5Code: number, gseCode = 3) {
    const opened = await anonymous.take.open(credential);
    for (const { definition } of opened.instruments) {
      const answers: Record<string, unknown> = {};
      for (const item of definition.items) {
        if (!visibleItems(definition, answers).some((i) => i.id === item.id)) continue;
        let value: unknown;
        if (definition.id === "who5") value = who5Code;
        else if (definition.id === "gse" && item.type === "single-choice") value = gseCode;
        else if (item.type === "single-choice") value = item.options.some((o) => o.code === 3) ? 3 : item.options[0]!.code;
        else if (item.type === "multiple-choice") value = [item.options[0]!.code];
        else if (item.type === "number") value = item.min ?? 0;
        else continue;
        answers[item.id] = value;
        await anonymous.take.saveAnswer({
          ...credential,
          instrumentId: definition.id,
          itemId: item.id,
          value: value as number,
          clientMutationId: `care-${++mutation}-${Math.random().toString(36).slice(2)}`,
          answeredAt: new Date().toISOString(),
        });
      }
    }
    await anonymous.take.submit(credential);
  }

  /** A participant with a start (WHO-5 items all `startCode`) and an end (all `endCode`) questionnaire sent. */
  async function participantWith(name: string, startCode: number, endCode: number, gse: [number, number] = [3, 3]) {
    const p = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: name, enrolledOn: "2026-01-05" });
    await fillAndSubmit({ token: p.startSurvey.token }, startCode, gse[0]);
    const end = await mentor.survey.create({ organisationId: orgId, participantId: p.id, occasion: "end", mode: "self" });
    await fillAndSubmit({ token: end.token }, endCode, gse[1]);
    return { ...p, endToken: end.token, endSurveyId: end.surveyId };
  }

  const careItems = async () => (await mentor.caseload.due({ organisationId: orgId, scope: "mine" })).filter((i) => i.kind === "care");

  it("WHO-5 from 80 to 20: help after sending, 'much worse' in the change view, a due item for the mentor", async () => {
    // Code 4 on all five items: raw 20 → 80. Code 1: raw 5 → 20.
    const p = await participantWith("Bente Berg", 4, 1, [1, 4]);
    const care = await anonymous.care.afterSubmit({ token: p.endToken });
    expect(care.callsForCare).toBe(true);
    expect(care.help.map((h) => h.phone ?? h.name.da)).toEqual(["Din mentor", "Din egen læge", "70 201 201", "39 25 25 25", "112"]);

    const change = await anonymous.take.change({ token: p.endToken });
    const who5 = change.scales.find((s) => s.instrumentId === "who5")!;
    expect(who5).toMatchObject({ start: 80, end: 20, change: "worse", sentence: "much_worse" });
    // Self-efficacy from 10 to 40 gets a sentence too (no MIC: the direction).
    expect(change.scales.find((s) => s.instrumentId === "gse")).toMatchObject({ start: 10, end: 40, change: null, sentence: "towards_better" });

    const items = await careItems();
    expect(items).toEqual([expect.objectContaining({ participantId: p.id, kind: "care", care: { surveyId: p.endSurveyId, occasion: "end" } })]);
  });

  it("good wellbeing calls for nothing: no help, no due item", async () => {
    const p = await participantWith("Carl Carlsen", 3, 4);
    expect(await anonymous.care.afterSubmit({ token: p.endToken })).toEqual({ callsForCare: false, help: [] });
    expect((await careItems()).map((i) => i.participantId)).not.toContain(p.id);
    const change = await anonymous.take.change({ token: p.endToken });
    expect(change.scales.find((s) => s.instrumentId === "who5")).toMatchObject({ start: 60, end: 80, sentence: "improved" });
  });

  it("a follow-up is recorded with who and when; 'not reached' keeps the item, 'contacted' clears it; both audited", async () => {
    const [item] = await careItems();
    expect(item).toBeDefined();
    const ref = { organisationId: orgId, participantId: item!.participantId, surveyId: item!.care!.surveyId };
    const today = new Date().toISOString().slice(0, 10);
    await mentor.care.followUp({ ...ref, outcome: "not_reached", followedUpOn: today });
    expect((await careItems()).map((i) => i.participantId)).toContain(item!.participantId);
    await mentor.care.followUp({ ...ref, outcome: "contacted", followedUpOn: today });
    expect((await careItems()).map((i) => i.participantId)).not.toContain(item!.participantId);

    const history = await mentor.care.participant({ organisationId: orgId, participantId: item!.participantId });
    expect(history[0]).toMatchObject({
      surveyId: ref.surveyId,
      occasion: "end",
      resolved: true,
      followUps: [
        { outcome: "not_reached", followedUpOn: today, by: "Mona Mentor" },
        { outcome: "contacted", followedUpOn: today, by: "Mona Mentor" },
      ],
    });
    expect(history[0]!.signals.map((s) => s.kind)).toEqual(["low", "drop"]);
    const audits = await t.db.auditEvent.findMany({ where: { action: "care.follow_up", targetId: item!.participantId } });
    expect(audits.map((a) => [a.actorId, JSON.parse(a.detail).outcome])).toEqual([
      [mentorId, "not_reached"],
      [mentorId, "contacted"],
    ]);
    await expectTRPCError(mentor.care.followUp({ ...ref, outcome: "contacted", followedUpOn: "2099-01-01" }), "BAD_REQUEST", "date_out_of_range");
  });

  it("a programme may tighten the rules (60 becomes low) but never loosen them", async () => {
    const p = await participantWith("Dina Dam", 4, 3); // 80 → 60: a fall of 20 calls for care by the built-in rules
    expect((await anonymous.care.afterSubmit({ token: p.endToken })).callsForCare).toBe(true);
    const q = await participantWith("Erik Eg", 3, 3); // 60 → 60
    expect((await anonymous.care.afterSubmit({ token: q.endToken })).callsForCare).toBe(false);
    const settings = { rules: [{ instrumentId: "who5", scaleId: "who5", lowAtMost: 60 }] };
    await expectTRPCError(mentor.care.setSettings({ organisationId: orgId, programmeId, settings }), "FORBIDDEN");
    await admin.care.setSettings({ organisationId: orgId, programmeId, settings });
    expect((await anonymous.care.afterSubmit({ token: q.endToken })).callsForCare).toBe(true);
    await expectTRPCError(
      admin.care.setSettings({ organisationId: orgId, programmeId, settings: { rules: [{ instrumentId: "who5", scaleId: "who5", lowAtMost: 10 }] } }),
      "BAD_REQUEST",
      "care_settings_looser",
    );
    const own = [{ name: { da: "Vores rådgiver", en: "Our counsellor" }, detail: { da: "Hverdage 9-15", en: "Weekdays 9-15" }, phone: "12 34 56 78" }];
    await admin.care.setSettings({ organisationId: orgId, programmeId, settings: { rules: settings.rules, help: own } });
    expect((await anonymous.care.afterSubmit({ token: q.endToken })).help).toEqual(own);
    expect(await t.db.auditEvent.count({ where: { action: "care.set_settings" } })).toBe(2);
  });
});
