// Issue 14, item 4: background questions a mentor already recorded (gender, birth year) are not
// asked again through the participant's personal link, and the gender question offers more than
// two answers. The recorded value is not copied into the answers: the record stays the source
// the evaluator's breakdowns and the exports read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerThroughLink } from "../support/answer-through-link";
import { callerFor, createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`background the record already knows, through the personal link on ${engine}`, () => {
  let t: TestDatabase;
  let mentor: Caller;
  let anonymous: Caller;
  let orgId: string;
  let programmeId: string;
  let mutation = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    const org = await createOrganisation(t.db, "Jobcenter Kendt");
    orgId = org.id;
    programmeId = (await createProgramme(t.db, "Kendt program", [org.id])).id;
    const user = await createUser(t.db, { roles: [{ organisationId: org.id, role: "mentor" }] });
    mentor = (await signedInCaller(t.db, user.id)).caller;
    anonymous = (await callerFor(t.db)).caller;
  });
  afterAll(async () => t.cleanup());

  const enrol = (fullName: string, extra: { gender?: "female" | "male" | "other"; birthYear?: number } = {}) =>
    mentor.participant.create({ organisationId: orgId, programmeId, fullName, enrolledOn: "2026-11-01", ...extra });
  const baggrundOf = async (token: string) => {
    const opened = await anonymous.take.open({ token });
    const found = opened.instruments.find((i) => i.definition.id === "baggrund");
    if (!found) throw new Error("no baggrund in the start questionnaire");
    return found;
  };
  const save = (token: string, itemId: string, value: number) =>
    anonymous.take.saveAnswer({
      token,
      instrumentId: "baggrund",
      itemId,
      value,
      clientMutationId: `kendt-${++mutation}-${Date.now()}`,
      answeredAt: new Date().toISOString(),
    });

  it("does not ask gender or birth year when the mentor recorded them, and the questionnaire still sends", async () => {
    const p = await enrol("Alex Andersen", { gender: "other", birthYear: 1984 });
    const baggrund = await baggrundOf(p.startSurvey.token);
    expect(baggrund.definition.version).toBe("1.1.0");
    const ids = baggrund.definition.items.map((i) => i.id);
    expect(ids).not.toContain("koen");
    expect(ids).not.toContain("foedselsaar");
    expect(ids[0]).toBe("uddannelse");

    // Every question served is answered, then sent: the left-out ones are not missing.
    await answerThroughLink(anonymous, p.startSurvey.token, {});
    expect(await t.db.survey.findFirstOrThrow({ where: { participantId: p.id }, select: { status: true } })).toEqual({ status: "submitted" });
    // Nothing was copied into the answers; the record keeps what the mentor recorded.
    const stored = await t.db.answer.findMany({
      where: { assessment: { survey: { participantId: p.id }, instrumentId: "baggrund" } },
      select: { itemId: true },
    });
    expect(stored.map((a) => a.itemId)).toContain("uddannelse");
    expect(stored.map((a) => a.itemId).filter((id) => id === "koen" || id === "foedselsaar")).toEqual([]);
    expect(await t.db.participant.findUniqueOrThrow({ where: { id: p.id }, select: { gender: true, birthYear: true } })).toEqual({
      gender: "other",
      birthYear: 1984,
    });
  });

  it("asks only what the record lacks: birth year when only gender is recorded", async () => {
    const p = await enrol("Bente Berg", { gender: "female" });
    const ids = (await baggrundOf(p.startSurvey.token)).definition.items.map((i) => i.id);
    expect(ids).not.toContain("koen");
    expect(ids).toContain("foedselsaar");
  });

  it("asks gender with four answers, including 'Vil ikke svare', when nothing is recorded", async () => {
    const p = await enrol("Carl Christensen");
    const koen = (await baggrundOf(p.startSurvey.token)).definition.items.find((i) => i.id === "koen");
    expect(koen?.type === "single-choice" ? koen.options.map((o) => o.label.da) : null).toEqual(["Mand", "Kvinde", "Andet", "Vil ikke svare"]);
    expect((await save(p.startSurvey.token, "koen", 8)).saved).toBe(true);
    const stored = await t.db.answer.findFirstOrThrow({
      where: { itemId: "koen", assessment: { survey: { participantId: p.id } } },
      select: { value: true, instrumentVersion: true },
    });
    expect(stored).toEqual({ value: "8", instrumentVersion: "1.1.0" });
  });

  it("keeps a questionnaire begun under 1.0.0 on 1.0.0's two answers", async () => {
    const p = await enrol("Dorte Dahl");
    await t.db.assessment.updateMany({ where: { survey: { participantId: p.id }, instrumentId: "baggrund" }, data: { instrumentVersion: "1.0.0" } });
    const baggrund = await baggrundOf(p.startSurvey.token);
    expect(baggrund.definition.version).toBe("1.0.0");
    const koen = baggrund.definition.items.find((i) => i.id === "koen");
    expect(koen?.type === "single-choice" ? koen.options.map((o) => o.code) : null).toEqual([1, 2]);
    expect((await save(p.startSurvey.token, "koen", 2)).saved).toBe(true);
    await expectTRPCError(save(p.startSurvey.token, "koen", 3), "BAD_REQUEST", "invalid_answer");
  });
});
