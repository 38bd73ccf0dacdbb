// Issue 11, item 7: inputs a browser would never send but a client can. An answer dated
// 9999-12-31 used to beat every later save of the same question (the newest answeredAt wins):
// the server now holds a save's time to its own clock plus a small allowance. A lone surrogate
// ("a\udfffb", half of a UTF-16 pair) in a text field gave 500 on participant.create,
// contact.create and the search: the shared schemas refuse it as bad input (400).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`hostile inputs on ${engine}`, () => {
  let t: TestDatabase;
  let mentor: Caller;
  let anonymous: Caller;
  let orgId: string;
  let programmeId: string;
  let mutation = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    orgId = (await createOrganisation(t.db, "Jobcenter Input")).id;
    programmeId = (await createProgramme(t.db, "Inputprogram", [orgId])).id;
    mentor = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "mentor" }] })).id)).caller;
    anonymous = (await callerFor(t.db)).caller;
  });
  afterAll(async () => t.cleanup());

  it("holds an answer's time to the server's clock, so a far-future date cannot beat later saves", async () => {
    const p = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: "Frida Fremtid", enrolledOn: "2026-01-05" });
    const save = (value: number, answeredAt: string) =>
      anonymous.take.saveAnswer({
        token: p.startSurvey.token,
        instrumentId: "who5",
        itemId: "who5_1",
        value,
        clientMutationId: `future-${++mutation}`,
        answeredAt,
      });
    expect(await save(1, "9999-12-31T23:59:59.000Z")).toMatchObject({ applied: true });
    const stored = await t.db.answer.findFirstOrThrow({ where: { itemId: "who5_1", assessment: { participantId: p.id } } });
    expect(stored.clientAnsweredAt!.getTime()).toBeLessThanOrEqual(Date.now() + 5 * 60 * 1000);
    // The participant changes their mind ten minutes later (a clock a little ahead is allowed for).
    expect(await save(4, new Date(Date.now() + 10 * 60 * 1000).toISOString())).toMatchObject({ applied: true });
    const opened = await anonymous.take.open({ token: p.startSurvey.token });
    expect(opened.instruments.find((i) => i.definition.id === "who5")?.answers.who5_1).toBe(4);
    // A late retry of an older save still loses, as before.
    expect(await save(2, new Date(Date.now() - 60 * 1000).toISOString())).toMatchObject({ applied: false });
  });

  it("refuses a lone surrogate in any text field as bad input, never a 500", async () => {
    const lone = "a\udfffb";
    const p = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: "Sara Surrogat", enrolledOn: "2026-01-05" });
    const calls: [string, () => Promise<unknown>][] = [
      ["participant.create", () => mentor.participant.create({ organisationId: orgId, programmeId, fullName: `Anna ${lone}`, enrolledOn: "2026-01-05" })],
      ["participant.list (search)", () => mentor.participant.list({ organisationId: orgId, search: lone })],
      ["contact.create", () => mentor.contact.create({ organisationId: orgId, participantId: p.id, occurredOn: "2026-01-10", kind: "meeting", note: lone })],
      ["goal.create", () => mentor.goal.create({ organisationId: orgId, participantId: p.id, areaId: "sundhed", title: `Mål ${lone}` })],
      ["company.create", () => mentor.company.create({ organisationId: orgId, name: lone })],
      [
        "take.saveAnswer (text)",
        () =>
          anonymous.take.saveAnswer({
            token: p.startSurvey.token,
            instrumentId: "who5",
            itemId: "who5_1",
            value: lone as unknown as number,
            clientMutationId: `lone-${++mutation}`,
            answeredAt: new Date().toISOString(),
          }),
      ],
      ["take.open (code)", () => anonymous.take.open({ code: `ABCD-${lone}FG` })],
    ];
    for (const [name, call] of calls) {
      await expectTRPCError(call(), "BAD_REQUEST").catch((e: unknown) => {
        throw new Error(`${name}: ${String(e)}`);
      });
    }
    expect(await t.db.participantIdentity.count({ where: { fullName: { contains: "Anna" } } })).toBe(0);
  });
});
