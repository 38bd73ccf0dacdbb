// Issue 11, item 3: a personal link is only as safe as who may make one. Only staff who manage
// an employer or volunteer respondent (the register's mentors and administrators) may renew or
// withdraw its link; no link reads back answers once they are submitted; and every read
// through a link is in the audit log of the organisation the questionnaire belongs to.
import { visibleItems } from "@skridt/instruments";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`personal links: who may renew them, and what they read back, on ${engine}`, () => {
  let t: TestDatabase;
  let mentor: Caller;
  let evaluator: Caller;
  let anonymous: Caller;
  let orgId: string;
  let programmeId: string;
  let companyId: string;
  let volunteerId: string;
  let mutation = 0;

  const answer = (token: string, instrumentId: string, itemId: string, value: unknown) =>
    anonymous.take.saveAnswer({
      token,
      instrumentId,
      itemId,
      value: value as number,
      clientMutationId: `link-sec-${++mutation}`,
      answeredAt: new Date().toISOString(),
    });

  beforeAll(async () => {
    t = await createTestDatabase();
    orgId = (await createOrganisation(t.db, "Jobcenter Links")).id;
    programmeId = (await createProgramme(t.db, "Linkprogram", [orgId])).id;
    mentor = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "mentor" }] })).id)).caller;
    evaluator = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "evaluator" }] })).id)).caller;
    anonymous = (await callerFor(t.db, { ip: "198.51.100.7" })).caller;
    companyId = (await mentor.company.create({ organisationId: orgId, name: "Bageriet Link" })).id;
    volunteerId = (await mentor.volunteer.create({ organisationId: orgId, name: "Vera Frivillig" })).id;
  });
  afterAll(async () => t.cleanup());

  it("refuses an evaluator renewing or withdrawing an employer's or volunteer's link; mentors may", async () => {
    const sent = await mentor.externalSurvey.createForCompanies({ organisationId: orgId, programmeId, companyIds: [companyId], aboutFirstName: "Anna" });
    const surveyId = sent.links[0]!.surveyId;
    await answer(sent.links[0]!.token, "virksomhedsskema", "bemaerkninger", "Anna kom til tiden hver dag");
    await expectTRPCError(evaluator.externalSurvey.renewLink({ organisationId: orgId, surveyId }), "FORBIDDEN", "forbidden");
    await expectTRPCError(evaluator.externalSurvey.withdraw({ organisationId: orgId, surveyId }), "FORBIDDEN", "forbidden");
    // The employer's link still works: nothing was changed by the refused calls.
    expect((await anonymous.take.open({ token: sent.links[0]!.token })).state).toBe("open");

    const volunteerSurvey = await mentor.externalSurvey.createForVolunteer({ organisationId: orgId, programmeId, volunteerId });
    await expectTRPCError(evaluator.externalSurvey.renewLink({ organisationId: orgId, surveyId: volunteerSurvey.surveyId }), "FORBIDDEN", "forbidden");

    const renewed = await mentor.externalSurvey.renewLink({ organisationId: orgId, surveyId });
    expect(renewed.token).not.toBe(sent.links[0]!.token);
    await mentor.externalSurvey.withdraw({ organisationId: orgId, surveyId: volunteerSurvey.surveyId });
  });

  it("reads no answers back through a link once the questionnaire is submitted", async () => {
    const sent = await mentor.externalSurvey.createForCompanies({ organisationId: orgId, programmeId, companyIds: [companyId], aboutFirstName: "Bo" });
    const token = sent.links[0]!.token;
    const comment = "Bo er stabil og vil gerne have flere timer";
    for (const [itemId, value] of Object.entries({ interesse_ansaette: 3, kontakt_fastholdelse: 4, indsigt: 5, bemaerkninger: comment })) {
      await answer(token, "virksomhedsskema", itemId, value);
    }
    // While open, the link resumes where the employer left off.
    expect(JSON.stringify(await anonymous.take.open({ token }))).toContain(comment);
    await anonymous.take.submit({ token });
    const after = await anonymous.take.open({ token });
    expect(after.state).toBe("submitted");
    expect(after.instruments).toEqual([]);
    expect(after.aboutFirstName).toBeNull();
    expect(JSON.stringify(after)).not.toContain(comment);

    // A participant's own link alike.
    const p = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: "Cille Carlsen", enrolledOn: "2026-01-05" });
    const opened = await anonymous.take.open({ token: p.startSurvey.token });
    for (const { definition } of opened.instruments) {
      const given: Record<string, unknown> = {};
      for (const item of definition.items) {
        if (!visibleItems(definition, given).some((i) => i.id === item.id)) continue;
        let value: unknown;
        if (item.type === "single-choice") value = item.options[0]!.code;
        else if (item.type === "multiple-choice") value = [item.options[0]!.code];
        else if (item.type === "number") value = item.min ?? 0;
        else continue;
        given[item.id] = value;
        await answer(p.startSurvey.token, definition.id, item.id, value);
      }
    }
    await anonymous.take.submit({ token: p.startSurvey.token });
    const own = await anonymous.take.open({ token: p.startSurvey.token });
    expect(own.state).toBe("submitted");
    expect(own.instruments).toEqual([]);
  });

  it("records every read through a link in the organisation's audit log, without the token", async () => {
    const sent = await mentor.externalSurvey.createForCompanies({ organisationId: orgId, programmeId, companyIds: [companyId] });
    const { token, shortCode, surveyId } = sent.links[0]!;
    const before = await t.db.auditEvent.count({ where: { action: "survey.link_read", targetId: surveyId } });
    await anonymous.take.open({ token });
    await anonymous.take.open({ code: shortCode });
    const rows = await t.db.auditEvent.findMany({ where: { action: "survey.link_read", targetId: surveyId }, orderBy: { at: "asc" } });
    expect(rows.length - before).toBe(2);
    for (const row of rows) {
      expect(row).toMatchObject({ actorId: null, organisationId: orgId, targetType: "survey", ip: "198.51.100.7" });
      expect(row.detail).not.toContain(token);
      expect(row.detail).not.toContain(shortCode);
    }
    expect(rows.map((r) => (JSON.parse(r.detail) as { via: string }).via)).toEqual(["token", "code"]);
  });
});
