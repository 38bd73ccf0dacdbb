// Employers and volunteer mentors as respondents: the company register linked to status
// events and contacts, employer questionnaires sent in one go, answered through their own
// personal link, and the evaluator's suppressed figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { expectProtectedCount } from "../support/protected-count";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`employers and volunteer mentors as respondents on ${engine}`, () => {
  let t: TestDatabase;
  let mentor: Caller;
  let evaluator: Caller;
  let otherMentor: Caller;
  let anonymous: Caller;
  let orgId: string;
  let otherOrgId: string;
  let programmeId: string;
  let participant: { id: string; code: string };
  let bakery: string;
  let foreignCompany: string;
  let mutation = 0;

  const answer = (token: string, instrumentId: string, itemId: string, value: number | number[] | string) =>
    anonymous.take.saveAnswer({
      token,
      instrumentId,
      itemId,
      value: value as number,
      clientMutationId: `ext-mutation-${++mutation}`,
      answeredAt: new Date().toISOString(),
    });

  beforeAll(async () => {
    t = await createTestDatabase();
    orgId = (await createOrganisation(t.db, "SIND Erhverv Aarhus")).id;
    otherOrgId = (await createOrganisation(t.db, "Jobcenter Andetsteds")).id;
    programmeId = (await createProgramme(t.db, "Brug din rampe", [orgId])).id;
    await createProgramme(t.db, "Andet program", [otherOrgId]);
    mentor = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "mentor" }] })).id)).caller;
    evaluator = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "evaluator" }] })).id)).caller;
    otherMentor = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: otherOrgId, role: "mentor" }] })).id)).caller;
    anonymous = (await callerFor(t.db)).caller;
    const p = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: "Anna Kirstine Bech", enrolledOn: "2026-01-02" });
    participant = { id: p.id, code: p.code };
    foreignCompany = (await otherMentor.company.create({ organisationId: otherOrgId, name: "Fremmed ApS" })).id;
  });
  afterAll(async () => t.cleanup());

  it("keeps a light company register and counts contacts, internships, jobs and employment relations per company", async () => {
    bakery = (
      await mentor.company.create({
        organisationId: orgId,
        name: "Bageriet Korn",
        cvr: "1234 5678",
        contactName: "Lise Holm",
        email: "lise@korn.dk",
        phone: "+45 12 34 56 78",
      })
    ).id;
    await expectTRPCError(mentor.company.create({ organisationId: orgId, name: "Forkert", cvr: "12" }), "BAD_REQUEST");
    const ref = { organisationId: orgId, participantId: participant.id };
    await mentor.contact.create({ ...ref, occurredOn: "2026-01-10", kind: "company_contact", minutes: 10, companyId: bakery });
    await mentor.contact.create({ ...ref, occurredOn: "2026-02-20", kind: "workplace_followup", minutes: 30, companyId: bakery });
    await mentor.statusEvent.create({ ...ref, event: { status: "internship", occurredOn: "2026-01-15" }, companyId: bakery });
    await mentor.statusEvent.create({ ...ref, event: { status: "flexjob", occurredOn: "2026-03-01", hoursPerWeek: 12 }, companyId: bakery });
    // A company of another organisation cannot be linked.
    await expectTRPCError(
      mentor.statusEvent.create({ ...ref, event: { status: "internship", occurredOn: "2026-01-15" }, companyId: foreignCompany }),
      "NOT_FOUND",
    );
    await expectTRPCError(mentor.contact.create({ ...ref, occurredOn: "2026-01-10", kind: "company_contact", companyId: foreignCompany }), "NOT_FOUND");

    const list = await mentor.company.list({ organisationId: orgId });
    expect(list.map((c) => c.name)).toEqual(["Bageriet Korn"]);
    expect(list[0]).toMatchObject({ cvr: "12345678", contactName: "Lise Holm" });
    expect(list[0]!.counts).toEqual({
      contacts: 2,
      companyContacts: 1,
      workplaceFollowups: 1,
      internships: 1,
      jobs: 1,
      employmentRelations: 1,
      participants: 1,
    });
    // Another organisation neither sees nor edits it.
    expect((await otherMentor.company.list({ organisationId: otherOrgId })).map((c) => c.name)).toEqual(["Fremmed ApS"]);
    await expectTRPCError(otherMentor.company.update({ organisationId: otherOrgId, companyId: bakery, name: "Overtaget" }), "NOT_FOUND");
    await mentor.company.update({ organisationId: orgId, companyId: bakery, name: "Bageriet Korn ApS", cvr: "12345678", contactName: "Lise Holm" });
  });

  let links: { companyId: string; companyName: string; token: string; shortCode: string; surveyId: string }[] = [];

  it("sends the employer questionnaire to several companies in one go; the link greets the employer with a first name only", async () => {
    const others = [];
    for (const name of ["Café Solsikken", "Genbrug Nord", "IT-Huset", "Lokalcenter Vest", "Tandklinikken"]) {
      others.push((await mentor.company.create({ organisationId: orgId, name })).id);
    }
    await expectTRPCError(mentor.externalSurvey.createForCompanies({ organisationId: orgId, programmeId, companyIds: [bakery, foreignCompany] }), "NOT_FOUND");
    await expectTRPCError(
      mentor.externalSurvey.createForCompanies({ organisationId: orgId, programmeId, companyIds: [bakery], instrumentId: "who5" }),
      "BAD_REQUEST",
    );
    await expectTRPCError(
      mentor.externalSurvey.createForCompanies({ organisationId: orgId, programmeId, companyIds: [bakery], aboutFirstName: "Anna Kirstine Bech" }),
      "BAD_REQUEST",
    );
    const sent = await mentor.externalSurvey.createForCompanies({
      organisationId: orgId,
      programmeId,
      companyIds: [bakery, ...others],
      aboutParticipantIds: { [bakery]: participant.id },
      aboutFirstNames: { [bakery]: "Anna" },
    });
    links = sent.links;
    expect(links).toHaveLength(6);
    expect(links[0]).toMatchObject({ companyId: bakery, companyName: "Bageriet Korn ApS" });
    expect(new Set(links.map((l) => l.token)).size).toBe(6);

    const opened = await anonymous.take.open({ token: links[0]!.token });
    expect(opened).toMatchObject({ respondent: "company", aboutFirstName: "Anna", occasion: "end", state: "open" });
    expect(opened.instruments.map((i) => i.definition.id)).toEqual(["virksomhedsskema"]);
    // Nothing else about the participant reaches the employer.
    const text = JSON.stringify(opened);
    for (const secret of [participant.id, participant.code, "Kirstine", "Bech"]) expect(text).not.toContain(secret);
    // By short code too.
    expect((await anonymous.take.open({ code: links[1]!.shortCode })).respondent).toBe("company");
    // The participant's own list and the due end questionnaire are unaffected.
    const own = await mentor.survey.listForParticipant({ organisationId: orgId, participantId: participant.id });
    expect(own.map((s) => s.occasion)).toEqual(["start"]);
    await mentor.survey.create({ organisationId: orgId, participantId: participant.id, occasion: "end", mode: "self" });
  });

  it("a link for one company cannot open or change another's questionnaire", async () => {
    const [first, second] = links as [(typeof links)[number], (typeof links)[number]];
    await answer(first.token, "virksomhedsskema", "bemaerkninger", "Godt samarbejde med Anna");
    const seenBySecond = await anonymous.take.open({ token: second.token });
    expect(seenBySecond.instruments[0]!.answers).toEqual({});
    await answer(second.token, "virksomhedsskema", "indsigt", 2);
    const stored = await t.db.answer.findMany({
      where: { itemId: { in: ["bemaerkninger", "indsigt"] }, assessment: { instrumentId: "virksomhedsskema" } },
      select: { itemId: true, assessment: { select: { surveyId: true } } },
    });
    expect(stored.find((a) => a.itemId === "bemaerkninger")?.assessment.surveyId).toBe(first.surveyId);
    expect(stored.find((a) => a.itemId === "indsigt")?.assessment.surveyId).toBe(second.surveyId);
    // Other organisations cannot follow or withdraw it; an unknown token opens nothing.
    await expectTRPCError(otherMentor.externalSurvey.withdraw({ organisationId: otherOrgId, surveyId: first.surveyId }), "NOT_FOUND");
    expect(await otherMentor.externalSurvey.list({ organisationId: otherOrgId })).toEqual([]);
    await expectTRPCError(anonymous.take.open({ token: first.token.slice(0, -2) + "xx" }), "NOT_FOUND");
  });

  it("employers answer and submit through the link; the mentor sees who has answered", async () => {
    const values = [
      { interesse_ansaette: 3, kontakt_fastholdelse: 4, indsigt: 5 },
      { interesse_ansaette: 3, kontakt_fastholdelse: 4, indsigt: 2 },
      { interesse_ansaette: 3, kontakt_fastholdelse: 4, indsigt: 4 },
      { interesse_ansaette: 3, kontakt_fastholdelse: 4, indsigt: 4 },
      { interesse_ansaette: 3, kontakt_fastholdelse: 4, indsigt: 1 },
    ];
    // Incomplete: refused with the missing questions.
    await expectTRPCError(anonymous.take.submit({ token: links[0]!.token }), "BAD_REQUEST", "answers_incomplete");
    for (const [i, v] of values.entries()) {
      const token = links[i]!.token;
      for (const [itemId, value] of Object.entries(v)) await answer(token, "virksomhedsskema", itemId, value);
      expect(await anonymous.take.submit({ token })).toEqual({ submitted: true, alreadySubmitted: false });
    }
    // The employer never gets the participant's own change figures.
    await expectTRPCError(anonymous.take.change({ token: links[0]!.token }), "PRECONDITION_FAILED");
    // The sixth is withdrawn: its link stops working.
    await mentor.externalSurvey.withdraw({ organisationId: orgId, surveyId: links[5]!.surveyId });
    await expectTRPCError(anonymous.take.open({ token: links[5]!.token }), "FORBIDDEN", "link_withdrawn");

    const list = await mentor.externalSurvey.list({ organisationId: orgId, programmeId });
    expect(list.filter((s) => s.state === "submitted")).toHaveLength(5);
    expect(list.find((s) => s.id === links[0]!.surveyId)).toMatchObject({
      respondent: { id: bakery },
      aboutCode: participant.code,
      aboutFirstName: "Anna",
      instrumentId: "virksomhedsskema",
    });
    expect(list.find((s) => s.id === links[5]!.surveyId)?.state).toBe("withdrawn");
    // Evaluators may follow answering too, but never see which participant a workplace had.
    const forEvaluator = await evaluator.externalSurvey.list({ organisationId: orgId, programmeId });
    expect(forEvaluator.every((s) => s.aboutCode === null && s.aboutFirstName === null)).toBe(true);
    const counted = (await mentor.company.list({ organisationId: orgId })).find((c) => c.id === bakery);
    expect(counted?.questionnaires).toEqual({ sent: 1, answered: 1 });
  });

  it("the evaluator sees employer and volunteer results per item with n, small cells suppressed", async () => {
    const volunteer = (await mentor.volunteer.create({ organisationId: orgId, name: "Jens Frivillig", email: "jens@example.dk" })).id;
    const v = await mentor.externalSurvey.createForVolunteer({
      organisationId: orgId,
      programmeId,
      volunteerId: volunteer,
      aboutParticipantId: participant.id,
    });
    const opened = await anonymous.take.open({ token: v.token });
    expect(opened).toMatchObject({ respondent: "volunteer", aboutFirstName: null });
    for (const [itemId, value] of Object.entries({ kontakt_hyppighed: 4, aktiviteter: [1, 3], sociale_faerdigheder: 4, stoette_behov: 1 })) {
      await answer(v.token, "frivillig-mentor", itemId, value);
    }
    await anonymous.take.submit({ token: v.token });

    await expectTRPCError(mentor.externalSurvey.results({ organisationId: orgId, programmeId }), "FORBIDDEN");
    const { respondents } = await evaluator.externalSurvey.results({ organisationId: orgId, programmeId });
    const companies = respondents.find((r) => r.respondentType === "company")!;
    // Every count is perturbed by the respondents' cell keys (as the participants' figures are).
    expectProtectedCount(companies.sent, 6, "sent");
    expectProtectedCount(companies.answered, 5, "answered");
    const item = (id: string) => companies.distributions.find((d) => d.itemId === id)!.occasions[0]!;
    // All five chose "I høj grad": about five, shown or "<5" by its noise.
    expectProtectedCount(item("kontakt_fastholdelse").n, 5, "n");
    expectProtectedCount(item("kontakt_fastholdelse").cells.find((c) => c.value === 4)?.count, 5, "I høj grad");
    expectProtectedCount(item("interesse_ansaette").cells.find((c) => c.value === 3)?.count, 5);
    // 1 + 2 + 2 answers spread over options: a count of one or two is never shown, whatever its noise.
    expect(item("indsigt").cells.find((c) => c.value === 5)?.count).toBe("<5");
    expect(item("indsigt").cells.find((c) => c.value === 2)?.count).toBe("<5");
    // Free text is never counted or shown.
    expect(companies.distributions.some((d) => d.itemId === "bemaerkninger")).toBe(false);
    expect(JSON.stringify(respondents)).not.toContain("Godt samarbejde");
    // One volunteer answer: everything about it is suppressed.
    const volunteers = respondents.find((r) => r.respondentType === "volunteer")!;
    expect(volunteers.answered).toBe("<5");
    expect(volunteers.distributions.find((d) => d.itemId === "sociale_faerdigheder")!.occasions[0]!.n).toBe("<5");
    // The participants' own figures do not count employers or volunteers.
    const own = await evaluator.evaluation.questionnaires({ organisationId: orgId, programmeId });
    expect(own.distributions.some((d) => d.instrumentId === "virksomhedsskema" || d.instrumentId === "frivillig-mentor")).toBe(false);
  });
});
