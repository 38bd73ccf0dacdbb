import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

// Links are checked against their expiry on every answer. The database keeps times in UTC; a
// reader that took them for local time would expire every link an hour early in Copenhagen
// (two in summer). This file runs in Danish time to catch that (and puts the zone back after).
const zoneBefore = process.env.TZ;
process.env.TZ = "Europe/Copenhagen";

describe(`a link's expiry read in Danish time on ${engine}`, () => {
  let t: TestDatabase;
  let token: string;
  let surveyId: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    const org = await createOrganisation(t.db, "Jobcenter Tid");
    const programme = await createProgramme(t.db, "Tidsprogram", [org.id]);
    const mentor = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: org.id, role: "mentor" }] })).id)).caller;
    const p = await mentor.participant.create({ organisationId: org.id, programmeId: programme.id, fullName: "Tove Tid", enrolledOn: "2026-11-01" });
    token = p.startSurvey.token;
    surveyId = (await t.db.survey.findFirstOrThrow({ where: { participantId: p.id } })).id;
  });
  afterAll(async () => {
    await t.cleanup();
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });

  it("still opens with half an hour left, and says expired half an hour after", async () => {
    expect(new Date(Date.UTC(2026, 6, 1, 12)).getTimezoneOffset()).toBe(-120); // really in Danish (summer) time
    const anonymous = (await callerFor(t.db)).caller;
    await t.db.survey.update({ where: { id: surveyId }, data: { expiresAt: new Date(Date.now() + 30 * 60_000) } });
    const opened = await anonymous.take.open({ token });
    expect(opened.state).not.toBe("expired");
    await t.db.survey.update({ where: { id: surveyId }, data: { expiresAt: new Date(Date.now() - 30 * 60_000) } });
    await expectTRPCError(anonymous.take.open({ token }), "FORBIDDEN", "link_expired");
  });
});
