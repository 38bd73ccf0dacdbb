// Handing a shared programme's ownership over (issue 11, item 4): only an administrator of the
// owning organisation may, only to another organisation taking part; the event is in every
// participating organisation's log; afterwards the new owner's administrators change the shared
// settings and the old owner's get programme_not_owner.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`handing a programme's ownership over on ${engine}`, () => {
  let t: TestDatabase;
  let aarhus: string;
  let odder: string;
  let randers: string;
  let outsider: string;
  let programmeId: string;
  let aarhusAdmin: Caller;
  let aarhusMentor: Caller;
  let aarhusEvaluator: Caller;
  let odderAdmin: Caller;
  let randersAdmin: Caller;

  const caller = async (organisationId: string, role: "admin" | "mentor" | "evaluator", name?: string) =>
    (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId, role }], ...(name ? { name } : {}) })).id)).caller;
  const owner = async () => (await t.db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { ownerOrganisationId: true } })).ownerOrganisationId;
  const handOvers = (organisationId: string) => t.db.auditEvent.findMany({ where: { organisationId, action: "programme.hand_over", targetId: programmeId } });

  beforeAll(async () => {
    t = await createTestDatabase();
    // Aarhus first: with no owner recorded, the organisation created first owns the programme.
    aarhus = (await createOrganisation(t.db, "Jobcenter Aarhus")).id;
    odder = (await createOrganisation(t.db, "Jobcenter Odder")).id;
    randers = (await createOrganisation(t.db, "Jobcenter Randers")).id;
    outsider = (await createOrganisation(t.db, "Jobcenter Udenfor")).id;
    programmeId = (await createProgramme(t.db, "Fælles forløb", [aarhus, odder, randers])).id;
    await createProgramme(t.db, "Andet forløb", [outsider]);
    aarhusAdmin = await caller(aarhus, "admin", "Anne Aarhus");
    aarhusMentor = await caller(aarhus, "mentor");
    aarhusEvaluator = await caller(aarhus, "evaluator");
    odderAdmin = await caller(odder, "admin", "Ole Odder");
    randersAdmin = await caller(randers, "admin");
  });
  afterAll(async () => t.cleanup());

  it("tells the owner's administrator whom they can hand over to, and another organisation's administrator whom to ask", async () => {
    const mine = await aarhusAdmin.programme.ownership({ organisationId: aarhus, programmeId });
    expect(mine).toMatchObject({ owner: { id: aarhus, name: "Jobcenter Aarhus" }, isOwner: true, ownerAdmins: [] });
    expect(mine.candidates.map((c) => c.name)).toEqual(["Jobcenter Odder", "Jobcenter Randers"]);
    const theirs = await odderAdmin.programme.ownership({ organisationId: odder, programmeId });
    expect(theirs).toMatchObject({ owner: { id: aarhus }, isOwner: false, candidates: [] });
    expect(theirs.ownerAdmins.map((a) => a.name)).toEqual(["Anne Aarhus"]);
    // Only administrators ask; an organisation outside the programme finds nothing.
    await expectTRPCError(aarhusMentor.programme.ownership({ organisationId: aarhus, programmeId }), "FORBIDDEN");
    await expectTRPCError(aarhusEvaluator.programme.ownership({ organisationId: aarhus, programmeId }), "FORBIDDEN");
    await expectTRPCError((await caller(outsider, "admin")).programme.ownership({ organisationId: outsider, programmeId }), "NOT_FOUND");
  });

  it("refuses everyone but the owner's administrator, and a target that does not take part, changing nothing", async () => {
    const to = { programmeId, toOrganisationId: odder };
    await expectTRPCError(odderAdmin.programme.handOver({ organisationId: odder, ...to }), "FORBIDDEN", "programme_not_owner");
    await expectTRPCError(randersAdmin.programme.handOver({ organisationId: randers, ...to }), "FORBIDDEN", "programme_not_owner");
    await expectTRPCError(aarhusMentor.programme.handOver({ organisationId: aarhus, ...to }), "FORBIDDEN");
    await expectTRPCError(aarhusEvaluator.programme.handOver({ organisationId: aarhus, ...to }), "FORBIDDEN");
    await expectTRPCError((await caller(outsider, "admin")).programme.handOver({ organisationId: outsider, ...to }), "NOT_FOUND");
    // The owner's administrator, but to an organisation outside the programme, to an unknown one, or to itself.
    await expectTRPCError(
      aarhusAdmin.programme.handOver({ organisationId: aarhus, programmeId, toOrganisationId: outsider }),
      "BAD_REQUEST",
      "programme_owner_not_participating",
    );
    await expectTRPCError(
      aarhusAdmin.programme.handOver({ organisationId: aarhus, programmeId, toOrganisationId: "no-such-organisation" }),
      "BAD_REQUEST",
      "programme_owner_not_participating",
    );
    await expectTRPCError(
      aarhusAdmin.programme.handOver({ organisationId: aarhus, programmeId, toOrganisationId: aarhus }),
      "CONFLICT",
      "programme_owner_unchanged",
    );
    // Malformed input is refused by the schema.
    await expectTRPCError(aarhusAdmin.programme.handOver({ organisationId: aarhus, programmeId, toOrganisationId: "" }), "BAD_REQUEST");
    expect(await owner()).toBeNull();
    for (const organisationId of [aarhus, odder, randers, outsider]) expect(await handOvers(organisationId)).toHaveLength(0);
  });

  it("hands over to Odder: in every participating organisation's log; Odder's administrator changes shared settings, Aarhus' no longer can", async () => {
    expect(await aarhusAdmin.programme.handOver({ organisationId: aarhus, programmeId, toOrganisationId: odder })).toEqual({
      owner: { id: odder, name: "Jobcenter Odder" },
    });
    expect(await owner()).toBe(odder);
    for (const organisationId of [aarhus, odder, randers]) {
      const [event, ...more] = await handOvers(organisationId);
      expect(more).toHaveLength(0);
      expect(JSON.parse(event!.detail)).toMatchObject({ fromOrganisation: "Jobcenter Aarhus", toOrganisation: "Jobcenter Odder" });
    }
    expect(await handOvers(outsider)).toHaveLength(0);

    // The new owner changes a shared setting; the old one is refused and changes nothing.
    const plan = await odderAdmin.programme.progressionPlan({ organisationId: odder, programmeId });
    await odderAdmin.programme.setProgressionPlan({ organisationId: odder, programmeId, plan: { ...plan.plan, reviewIntervalDays: 42 } });
    expect((await t.db.programme.findUniqueOrThrow({ where: { id: programmeId } })).reviewIntervalDays).toBe(42);
    await expectTRPCError(
      aarhusAdmin.programme.setProgressionPlan({ organisationId: aarhus, programmeId, plan: { ...plan.plan, reviewIntervalDays: 14 } }),
      "FORBIDDEN",
      "programme_not_owner",
    );
    await expectTRPCError(
      aarhusAdmin.privacy.setRetention({ organisationId: aarhus, programmeId, retentionMonths: 1, erasure: "delete" }),
      "FORBIDDEN",
      "programme_not_owner",
    );
    await odderAdmin.privacy.setRetention({ organisationId: odder, programmeId, retentionMonths: 36, erasure: "anonymise" });
    expect(await t.db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { retentionMonths: true, reviewIntervalDays: true } })).toEqual({
      retentionMonths: 36,
      reviewIntervalDays: 42,
    });
    // The old owner cannot take it back; the new one can pass it on.
    await expectTRPCError(
      aarhusAdmin.programme.handOver({ organisationId: aarhus, programmeId, toOrganisationId: aarhus }),
      "FORBIDDEN",
      "programme_not_owner",
    );
    const list = await aarhusAdmin.programme.list({ organisationId: aarhus });
    expect(list.find((p) => p.id === programmeId)).toMatchObject({ owner: { name: "Jobcenter Odder" }, isOwner: false });
    expect((await aarhusAdmin.programme.ownership({ organisationId: aarhus, programmeId })).ownerAdmins.map((a) => a.name)).toEqual(["Ole Odder"]);
  });

  it("lets only one of two hand-overs at the same moment win", async () => {
    const [toAarhus, toRanders] = await Promise.allSettled([
      odderAdmin.programme.handOver({ organisationId: odder, programmeId, toOrganisationId: aarhus }),
      odderAdmin.programme.handOver({ organisationId: odder, programmeId, toOrganisationId: randers }),
    ]);
    const won = [toAarhus, toRanders].filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    const now = await owner();
    expect([aarhus, randers]).toContain(now);
    // One hand-over from Odder in each log (plus the first one, from Aarhus).
    expect(await handOvers(randers)).toHaveLength(2);
  });
});
