import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const CODE = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{3}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{3}$/;

describe(`participants on ${engine}`, () => {
  let t: TestDatabase;
  let orgA: string;
  let orgB: string;
  let programmeA: string;
  let programmeB: string;
  let mentorA: { id: string; caller: Caller };
  let mentorB: { id: string; caller: Caller };
  let adminA: { id: string; caller: Caller };

  beforeAll(async () => {
    t = await createTestDatabase();
    orgA = (await createOrganisation(t.db, "Jobcenter A")).id;
    orgB = (await createOrganisation(t.db, "Jobcenter B")).id;
    programmeA = (await createProgramme(t.db, "Programme A", [orgA])).id;
    programmeB = (await createProgramme(t.db, "Programme B", [orgB])).id;
    const mA = await createUser(t.db, { name: "Mentor A", roles: [{ organisationId: orgA, role: "mentor" }] });
    const mB = await createUser(t.db, { name: "Mentor B", roles: [{ organisationId: orgB, role: "mentor" }] });
    const aA = await createUser(t.db, { name: "Admin A", roles: [{ organisationId: orgA, role: "admin" }] });
    mentorA = { id: mA.id, caller: (await signedInCaller(t.db, mA.id)).caller };
    mentorB = { id: mB.id, caller: (await signedInCaller(t.db, mB.id)).caller };
    adminA = { id: aA.id, caller: (await signedInCaller(t.db, aA.id)).caller };
  });
  afterAll(async () => t?.cleanup());

  const valid = () => ({
    organisationId: orgA,
    programmeId: programmeA,
    fullName: "Mette Sørensen",
    email: "mette@example.dk",
    phone: "+45 12 34 56 78",
    gender: "female" as const,
    birthYear: new Date().getFullYear() - 40,
    enrolledOn: "2025-03-01",
  });

  async function counts() {
    return { participants: await t.db.participant.count(), identities: await t.db.participantIdentity.count() };
  }

  it("a mentor creates a participant with a code, and sees them in their caseload by name", async () => {
    const created = await mentorA.caller.participant.create(valid());
    expect(created.code).toMatch(CODE);
    const list = await mentorA.caller.participant.list({ organisationId: orgA });
    const row = list.find((p) => p.id === created.id);
    expect(row).toMatchObject({
      code: created.code,
      name: "Mette Sørensen",
      programme: { id: programmeA, name: "Programme A" },
      mentor: { id: mentorA.id, name: "Mentor A" },
      enrolledOn: "2025-03-01",
      endedOn: null,
    });
    const stored = await t.db.participant.findUniqueOrThrow({ where: { id: created.id }, include: { identity: true } });
    expect(stored).toMatchObject({ organisationId: orgA, mentorId: mentorA.id, gender: "female" });
    expect(stored.identity).toMatchObject({ fullName: "Mette Sørensen", email: "mette@example.dk", phone: "+45 12 34 56 78" });
    // Creating is audited.
    expect(await t.db.auditEvent.count({ where: { action: "participant.create", targetId: created.id, actorId: mentorA.id } })).toBe(1);
  });

  it("shows in the caseload whether each participant's start and end questionnaire is answered, sent or missing", async () => {
    const created = await mentorA.caller.participant.create({ ...valid(), fullName: "Karen Blixen" });
    const states = async () => (await mentorA.caller.participant.list({ organisationId: orgA })).find((p) => p.id === created.id)?.questionnaires;
    const survey = (occasion: string, status: string, n: number) =>
      t.db.survey.create({
        data: {
          participantId: created.id,
          occasion,
          status,
          tokenHash: `q-${created.id}-${n}`,
          shortCodeHash: `s-${created.id}-${n}`,
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      });
    const initial = await states();
    await survey("end", "withdrawn", 1); // a withdrawn link is no questionnaire
    expect(await states()).toEqual(initial);
    await t.db.survey.deleteMany({ where: { participantId: created.id } });
    expect(await states()).toEqual({ start: "missing", end: "missing" });
    await survey("start", "opened", 2);
    expect(await states()).toEqual({ start: "open", end: "missing" });
    await survey("start", "submitted", 3);
    await survey("end", "in_progress", 4);
    expect(await states()).toEqual({ start: "submitted", end: "open" });
  });

  it("finds a participant by name or code", async () => {
    const created = await mentorA.caller.participant.create({ ...valid(), fullName: "Søren Kierkegaard" });
    const byName = await mentorA.caller.participant.list({ organisationId: orgA, search: "Kierkegaard" });
    expect(byName.map((p) => p.id)).toEqual([created.id]);
    const byCode = await mentorA.caller.participant.list({ organisationId: orgA, search: created.code.toLowerCase() });
    expect(byCode.map((p) => p.id)).toContain(created.id);
  });

  it("searches names regardless of letter case", async () => {
    const created = await mentorA.caller.participant.create({ ...valid(), fullName: "Karen Blixen" });
    for (const search of ["Blixen", "blixen", "BLIXEN", "karen b"]) {
      const found = await mentorA.caller.participant.list({ organisationId: orgA, search });
      expect(
        found.map((p) => p.id),
        search,
      ).toContain(created.id);
    }
  });

  it("searches Danish letters regardless of letter case", async () => {
    const created = await mentorA.caller.participant.create({ ...valid(), fullName: "Åse Østergaard" });
    for (const search of ["Østergaard", "østergaard", "åse"]) {
      const found = await mentorA.caller.participant.list({ organisationId: orgA, search });
      expect(
        found.map((p) => p.id),
        search,
      ).toContain(created.id);
    }
  });

  it("an admin's new participant has no mentor yet and is not in a mentor's own caseload", async () => {
    const created = await adminA.caller.participant.create({ ...valid(), fullName: "Uden Mentor" });
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: created.id } })).mentorId).toBeNull();
    expect((await mentorA.caller.participant.list({ organisationId: orgA })).map((p) => p.id)).not.toContain(created.id);
    expect((await mentorA.caller.participant.list({ organisationId: orgA, scope: "organisation" })).map((p) => p.id)).toContain(created.id);
  });

  it("a mentor in another organisation does not see the participant", async () => {
    const created = await mentorA.caller.participant.create({ ...valid(), fullName: "Kun I A" });
    const mine = await mentorB.caller.participant.list({ organisationId: orgB });
    const all = await mentorB.caller.participant.list({ organisationId: orgB, scope: "organisation" });
    expect([...mine, ...all].map((p) => p.id)).not.toContain(created.id);
    expect([...mine, ...all].map((p) => p.name)).not.toContain("Kun I A");
    await expectTRPCError(mentorB.caller.participant.list({ organisationId: orgA, scope: "organisation" }), "FORBIDDEN");
  });

  it("a mentor cannot create a participant into a programme not linked to their organisation", async () => {
    const before = await counts();
    await expectTRPCError(
      mentorB.caller.participant.create({ ...valid(), organisationId: orgB, programmeId: programmeA }),
      "BAD_REQUEST",
      "programme_not_in_organisation",
    );
    await expectTRPCError(
      mentorB.caller.participant.create({ ...valid(), organisationId: orgB, programmeId: "no-such-programme" }),
      "BAD_REQUEST",
      "programme_not_in_organisation",
    );
    // Nor into the other organisation itself.
    await expectTRPCError(mentorB.caller.participant.create({ ...valid(), organisationId: orgA }), "FORBIDDEN");
    expect(await counts()).toEqual(before);
    // Their own programme works.
    await expect(mentorB.caller.participant.create({ ...valid(), organisationId: orgB, programmeId: programmeB })).resolves.toMatchObject({
      code: expect.stringMatching(CODE),
    });
  });

  it.each([
    ["an empty name", { fullName: "" }],
    ["a name of spaces", { fullName: "    " }],
    ["a 10 MB name", { fullName: "x".repeat(10 * 1024 * 1024) }],
    ["a bad date", { enrolledOn: "2025-13-45" }],
    ["a date that is not a date", { enrolledOn: "yesterday" }],
    ["birth year 1800", { birthYear: 1800 }],
    ["a birth year that is not a whole number", { birthYear: 1980.5 }],
    ["a bad e-mail", { email: "not-an-email" }],
    ["a bad phone number", { phone: "call me maybe" }],
    ["an unknown gender", { gender: "unknown" }],
    ["a missing programme", { programmeId: undefined }],
  ])("rejects %s with BAD_REQUEST and changes nothing", async (_label, patch) => {
    const before = await counts();
    await expectTRPCError(mentorA.caller.participant.create({ ...valid(), ...patch } as ReturnType<typeof valid>), "BAD_REQUEST");
    expect(await counts()).toEqual(before);
  });

  it("gives many participants distinct codes", async () => {
    const codes = [];
    for (let i = 0; i < 20; i++) codes.push((await mentorA.caller.participant.create({ ...valid(), fullName: `Deltager ${i}` })).code);
    expect(new Set(codes).size).toBe(20);
    for (const code of codes) expect(code).toMatch(CODE);
  });
});
