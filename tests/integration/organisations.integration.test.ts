import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`organisations and programmes on ${engine}`, () => {
  let t: TestDatabase;
  let orgA: string;
  let orgB: string;
  let admin: { id: string; caller: Caller };
  let mentor: { id: string; caller: Caller };

  beforeAll(async () => {
    t = await createTestDatabase();
    orgA = (await createOrganisation(t.db, "Jobcenter A")).id;
    orgB = (await createOrganisation(t.db, "Jobcenter B")).id;
    const a = await createUser(t.db, { roles: [{ organisationId: orgA, role: "admin" }] });
    const m = await createUser(t.db, { roles: [{ organisationId: orgA, role: "mentor" }] });
    admin = { id: a.id, caller: (await signedInCaller(t.db, a.id)).caller };
    mentor = { id: m.id, caller: (await signedInCaller(t.db, m.id)).caller };
  });
  afterAll(async () => t?.cleanup());

  it("an admin sees the organisation's key figures", async () => {
    const programme = await createProgramme(t.db, "Shared", [orgA, orgB]);
    await mentor.caller.participant.create({ organisationId: orgA, programmeId: programme.id, fullName: "Anna A", enrolledOn: "2025-01-02" });
    const figures = await admin.caller.organisation.get({ organisationId: orgA });
    expect(figures).toMatchObject({ id: orgA, name: "Jobcenter A", staff: 2, participants: 1, programmes: 1 });
  });

  it("an admin renames the organisation (audited); a too short name is refused", async () => {
    await expect(admin.caller.organisation.rename({ organisationId: orgA, name: "  Jobcenter Aarhus  " })).resolves.toEqual({ ok: true });
    expect((await t.db.organisation.findUniqueOrThrow({ where: { id: orgA } })).name).toBe("Jobcenter Aarhus");
    expect(await t.db.auditEvent.count({ where: { action: "organisation.rename", targetId: orgA } })).toBe(1);
    await expectTRPCError(admin.caller.organisation.rename({ organisationId: orgA, name: " x " }), "BAD_REQUEST");
    expect((await t.db.organisation.findUniqueOrThrow({ where: { id: orgA } })).name).toBe("Jobcenter Aarhus");
    expect((await t.db.organisation.findUniqueOrThrow({ where: { id: orgB } })).name).toBe("Jobcenter B");
  });

  it("an admin creates a programme in their organisation only, and it lists with counts", async () => {
    const created = await admin.caller.programme.create({ organisationId: orgA, name: "Nyt forløb" });
    const links = await t.db.programmeOrganisation.findMany({ where: { programmeId: created.id } });
    expect(links.map((l) => l.organisationId)).toEqual([orgA]);
    const stored = await t.db.programme.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ name: "Nyt forløb", description: "", reviewIntervalDays: 28 });

    await mentor.caller.participant.create({ organisationId: orgA, programmeId: created.id, fullName: "Bo B", enrolledOn: "2025-02-03" });
    const list = await mentor.caller.programme.list({ organisationId: orgA });
    expect(list.find((p) => p.id === created.id)).toMatchObject({ name: "Nyt forløb", participants: 1, active: 1 });
    await expectTRPCError(admin.caller.programme.create({ organisationId: orgA, name: "X", reviewIntervalDays: 1 }), "BAD_REQUEST");
  });
});
