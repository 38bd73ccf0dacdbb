// Issue 11, item 7: evaluators work with protected aggregates. About the company and volunteer
// registers that means: no contact person's name, e-mail or phone, no volunteer's name, and no
// count per named employer at all (even a perturbed count at a named employer says something about
// the few people placed there). Mentors and administrators, who keep the registers, see everything.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`what evaluators see of companies and volunteers on ${engine}`, () => {
  let t: TestDatabase;
  let mentor: Caller;
  let evaluator: Caller;
  let orgId: string;
  let programmeId: string;
  let bakery: string;
  let volunteerId: string;
  const secrets = ["Lise Holm", "lise@korn.dk", "+45 12 34 56 78", "Jens Frivillig", "jens@example.dk", "+45 87 65 43 21"];

  beforeAll(async () => {
    t = await createTestDatabase();
    orgId = (await createOrganisation(t.db, "Jobcenter Register")).id;
    programmeId = (await createProgramme(t.db, "Registerprogram", [orgId])).id;
    mentor = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "mentor" }] })).id)).caller;
    evaluator = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "evaluator" }] })).id)).caller;
    bakery = (
      await mentor.company.create({ organisationId: orgId, name: "Bageriet Korn", contactName: "Lise Holm", email: "lise@korn.dk", phone: "+45 12 34 56 78" })
    ).id;
    volunteerId = (await mentor.volunteer.create({ organisationId: orgId, name: "Jens Frivillig", email: "jens@example.dk", phone: "+45 87 65 43 21" })).id;
    const p = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: "Anna Bech", enrolledOn: "2026-01-02" });
    const ref = { organisationId: orgId, participantId: p.id };
    for (const day of ["2026-01-10", "2026-01-20", "2026-02-10", "2026-02-20", "2026-03-10", "2026-03-20"]) {
      await mentor.contact.create({ ...ref, occurredOn: day, kind: "company_contact", minutes: 10, companyId: bakery });
    }
    await mentor.statusEvent.create({ ...ref, event: { status: "internship", occurredOn: "2026-01-15" }, companyId: bakery });
    await mentor.externalSurvey.createForCompanies({ organisationId: orgId, programmeId, companyIds: [bakery] });
    await mentor.externalSurvey.createForVolunteer({ organisationId: orgId, programmeId, volunteerId });
  });
  afterAll(async () => t.cleanup());

  it("gives evaluators the company names to send from, without contact details and without any count per named employer", async () => {
    const [row] = await evaluator.company.list({ organisationId: orgId });
    expect(row).toMatchObject({ id: bakery, name: "Bageriet Korn", contactName: null, email: null, phone: null });
    // Not six contacts, not one internship, not one questionnaire: nothing counted per named employer.
    expect(row!.counts).toBeNull();
    expect(row!.questionnaires).toBeNull();
    // The register's keepers still see all of it.
    const [full] = await mentor.company.list({ organisationId: orgId });
    expect(full).toMatchObject({
      contactName: "Lise Holm",
      email: "lise@korn.dk",
      counts: { internships: 1, participants: 1 },
      questionnaires: { sent: 1, answered: 0 },
    });
  });

  it("gives evaluators no volunteer's name: not in the follow-up list, not through the register, and they cannot send to one", async () => {
    const followUp = await evaluator.externalSurvey.list({ organisationId: orgId, programmeId });
    expect(followUp.every((s) => s.respondentType === "company")).toBe(true);
    await expectTRPCError(evaluator.volunteer.list({ organisationId: orgId }), "FORBIDDEN");
    await expectTRPCError(evaluator.externalSurvey.createForVolunteer({ organisationId: orgId, programmeId, volunteerId }), "FORBIDDEN", "forbidden");
    // Mentors follow both.
    expect((await mentor.externalSurvey.list({ organisationId: orgId, programmeId })).map((s) => s.respondentType).sort()).toEqual(["company", "volunteer"]);
  });

  it("leaks no contact name, e-mail, phone or volunteer name through any register or external procedure an evaluator may call", async () => {
    const answers = await Promise.all([
      evaluator.company.list({ organisationId: orgId }),
      evaluator.externalSurvey.list({ organisationId: orgId }),
      evaluator.externalSurvey.list({ organisationId: orgId, programmeId }),
      evaluator.externalSurvey.results({ organisationId: orgId, programmeId }),
    ]);
    const text = JSON.stringify(answers);
    for (const secret of secrets) expect(text, secret).not.toContain(secret);
  });
});
