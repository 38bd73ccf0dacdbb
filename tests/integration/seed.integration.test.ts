import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, seedDemo, type DemoLogin } from "../../apps/server/src/seed/demo";
import { callerFor } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`demo seed on ${engine}`, () => {
  let t: TestDatabase;
  let logins: DemoLogin[] | null;

  beforeAll(async () => {
    t = await createTestDatabase();
    logins = await seedDemo(t.db);
  }, 60_000);
  afterAll(async () => t?.cleanup());

  it("creates the three job centres with 57, 38 and 30 participants", async () => {
    const organisations = await t.db.organisation.findMany({
      select: { name: true, _count: { select: { participants: true } } },
      orderBy: { name: "asc" },
    });
    expect(organisations.map((o) => [o.name, o._count.participants])).toEqual([
      ["Jobcenter Aarhus", 57],
      ["Jobcenter Odder", 30],
      ["Jobcenter Randers", 38],
    ]);
    expect(await t.db.participant.count()).toBe(125);
  });

  it("gives every participant an identity, a programme of their organisation and a unique code", async () => {
    expect(await t.db.participant.count({ where: { identity: null } })).toBe(0);
    expect(await t.db.participantIdentity.count()).toBe(125);
    const participants = await t.db.participant.findMany({ select: { code: true, organisationId: true, programmeId: true } });
    expect(new Set(participants.map((p) => p.code)).size).toBe(125);
    const links = await t.db.programmeOrganisation.findMany();
    for (const p of participants) {
      expect(links.some((l) => l.programmeId === p.programmeId && l.organisationId === p.organisationId)).toBe(true);
    }
  });

  it("returns the demo logins: an admin, an evaluator and a mentor per job centre", () => {
    expect(logins).not.toBeNull();
    const roles = (logins ?? []).map((l) => l.role);
    expect(roles.filter((r) => r === "admin")).toHaveLength(1);
    expect(roles.filter((r) => r === "evaluator")).toHaveLength(1);
    const mentorCount = DEMO_ORGANISATIONS.reduce((n, o) => n + o.mentors.length, 0);
    expect(roles.filter((r) => r === "mentor")).toHaveLength(mentorCount);
    expect(logins?.map((l) => l.email)).toContain("admin@skridt.demo");
  });

  it("lets every demo login sign in with the demo password", async () => {
    for (const login of logins ?? []) {
      const { caller, jar } = await callerFor(t.db);
      await expect(caller.auth.signIn({ email: login.email, password: DEMO_PASSWORD })).resolves.toEqual({ ok: true });
      expect(jar.token, login.email).toBeTruthy();
      const me = await (await callerFor(t.db, { token: jar.token })).caller.auth.me();
      expect(me.email).toBe(login.email);
      expect(me.organisations.length).toBeGreaterThan(0);
      expect(me.organisations.every((o) => o.roles.includes(login.role))).toBe(true);
    }
    expect(logins?.length).toBeGreaterThan(0);
  });

  it("ends every participation whose last status ends it, on that day with its reason, and gives every ended one a reason", async () => {
    const participants = await t.db.participant.findMany({
      select: {
        endedOn: true,
        endReason: true,
        statusEvents: { select: { status: true, occurredOn: true }, orderBy: { occurredOn: "asc" } },
        reviews: { select: { reviewedOn: true } },
        contacts: { select: { occurredOn: true } },
      },
    });
    const ending: Record<string, string> = { withdrawn: "dropped_out", other_provider: "transferred", deceased: "deceased" };
    const ended = participants.filter((p) => p.endedOn);
    expect(ended.length).toBeGreaterThan(80);
    expect(ended.filter((p) => !p.endReason)).toEqual([]);
    expect(participants.filter((p) => !p.endedOn && p.endReason)).toEqual([]);
    let endedByStatus = 0;
    for (const p of participants) {
      const last = p.statusEvents.at(-1);
      if (!last || !ending[last.status]) {
        if (p.endedOn) expect(p.endReason).toBe("completed");
        continue;
      }
      endedByStatus++;
      // "Udmeldt" and the other ending statuses are never the current status of someone still enrolled.
      expect(p.endedOn?.toISOString().slice(0, 10)).toBe(last.occurredOn.toISOString().slice(0, 10));
      expect(p.endReason).toBe(ending[last.status]);
      // Nothing of the mentor's work after the participation ended.
      expect(p.reviews.filter((r) => r.reviewedOn > p.endedOn!)).toEqual([]);
      expect(p.contacts.filter((c) => c.occurredOn > p.endedOn!)).toEqual([]);
    }
    // The seed's nine people who withdrew, moved to another provider or died.
    expect(endedByStatus).toBe(9);
  });

  it("stores background answers as the link asks them: none to what the record holds, the current version's codes", async () => {
    // The personal link does not ask gender or birth year when the record holds them (every demo
    // participant's does), so the demo, like a real participant, has given no such answer.
    const withRecord = await t.db.participant.count({ where: { gender: { not: null }, birthYear: { not: null } } });
    expect(withRecord).toBe(125);
    expect(await t.db.answer.count({ where: { itemId: { in: ["koen", "foedselsaar"] }, assessment: { instrumentId: "baggrund" } } })).toBe(0);
    // The rest of the background questionnaire is answered, under the version each answer names.
    const given = await t.db.answer.findMany({
      where: { assessment: { instrumentId: "baggrund", status: "submitted" } },
      select: { itemId: true, instrumentVersion: true, assessment: { select: { instrumentVersion: true } } },
    });
    expect(new Set(given.map((a) => a.itemId))).toContain("uddannelse");
    expect(given.every((a) => a.instrumentVersion === a.assessment.instrumentVersion)).toBe(true);
    expect(new Set(given.map((a) => a.instrumentVersion))).toEqual(new Set(["1.1.0"]));
  });

  it("does nothing when run a second time", async () => {
    const before = {
      organisations: await t.db.organisation.count(),
      participants: await t.db.participant.count(),
      users: await t.db.user.count(),
      programmes: await t.db.programme.count(),
    };
    expect(await seedDemo(t.db)).toBeNull();
    expect({
      organisations: await t.db.organisation.count(),
      participants: await t.db.participant.count(),
      users: await t.db.user.count(),
      programmes: await t.db.programme.count(),
    }).toEqual(before);
  });
});
