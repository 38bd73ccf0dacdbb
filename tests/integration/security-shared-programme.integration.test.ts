// Issue 11, item 4: a programme shared by several organisations has one set of shared
// settings. Only the administrators of the organisation that owns it change them (retention
// and erasure, measurement plan, progression plan, its own questionnaires); every other
// participating organisation's administrator gets a refusal that says so; and each change is
// written into the audit log of every organisation taking part.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`shared programme settings belong to the owning organisation, on ${engine}`, () => {
  let t: TestDatabase;
  let aarhus: string;
  let odder: string;
  let programmeId: string;
  let aarhusAdmin: Caller;
  let odderAdmin: Caller;
  let odderEvaluator: Caller;

  beforeAll(async () => {
    t = await createTestDatabase();
    // Aarhus first: a programme without a recorded owner is owned by the organisation created first.
    aarhus = (await createOrganisation(t.db, "Jobcenter Aarhus")).id;
    odder = (await createOrganisation(t.db, "Jobcenter Odder")).id;
    programmeId = (await createProgramme(t.db, "Fælles forløb", [aarhus, odder])).id;
    aarhusAdmin = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: aarhus, role: "admin" }] })).id)).caller;
    odderAdmin = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: odder, role: "admin" }] })).id)).caller;
    odderEvaluator = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: odder, role: "evaluator" }] })).id)).caller;
  });
  afterAll(async () => t.cleanup());

  const settings = () =>
    t.db.programme.findUniqueOrThrow({
      where: { id: programmeId },
      select: { retentionMonths: true, erasure: true, measurementPlan: true, progressionPlan: true, careSettings: true },
    });
  const events = (organisationId: string, action: string) => t.db.auditEvent.count({ where: { organisationId, action, targetId: programmeId } });

  it("refuses every shared setting to an administrator of an organisation that does not own the programme, and changes nothing", async () => {
    const before = await settings();
    const plan = await odderAdmin.programme.plan({ organisationId: odder, programmeId });
    const progression = await odderAdmin.programme.progressionPlan({ organisationId: odder, programmeId });
    await expectTRPCError(
      odderAdmin.privacy.setRetention({ organisationId: odder, programmeId, retentionMonths: 1, erasure: "delete" }),
      "FORBIDDEN",
      "programme_not_owner",
    );
    await expectTRPCError(odderAdmin.programme.setPlan({ organisationId: odder, programmeId, plan: plan.plan }), "FORBIDDEN", "programme_not_owner");
    await expectTRPCError(
      odderAdmin.programme.setProgressionPlan({ organisationId: odder, programmeId, plan: progression.plan }),
      "FORBIDDEN",
      "programme_not_owner",
    );
    await expectTRPCError(odderAdmin.programmeInstrument.add({ organisationId: odder, programmeId, definition: "{}" }), "FORBIDDEN", "programme_not_owner");
    await expectTRPCError(
      odderAdmin.care.setSettings({ organisationId: odder, programmeId, settings: { rules: [{ instrumentId: "who5", scaleId: "who5", lowAtMost: 40 }] } }),
      "FORBIDDEN",
      "programme_not_owner",
    );
    expect(await settings()).toEqual(before);
    for (const action of ["programme.set_retention", "programme.set_plan", "programme.set_progression_plan", "programme.add_instrument", "care.set_settings"]) {
      expect(await events(odder, action)).toBe(0);
      expect(await events(aarhus, action)).toBe(0);
    }
  });

  it("lets the owner's administrator change them, and writes each change into every participating organisation's log", async () => {
    await aarhusAdmin.privacy.setRetention({ organisationId: aarhus, programmeId, retentionMonths: 24, erasure: "anonymise" });
    const plan = await aarhusAdmin.programme.plan({ organisationId: aarhus, programmeId });
    await aarhusAdmin.programme.setPlan({ organisationId: aarhus, programmeId, plan: plan.plan });
    const progression = await aarhusAdmin.programme.progressionPlan({ organisationId: aarhus, programmeId });
    await aarhusAdmin.programme.setProgressionPlan({ organisationId: aarhus, programmeId, plan: progression.plan });
    expect(await settings()).toMatchObject({ retentionMonths: 24, erasure: "anonymise" });
    for (const action of ["programme.set_retention", "programme.set_plan", "programme.set_progression_plan"]) {
      expect(await events(aarhus, action)).toBe(1);
      expect(await events(odder, action)).toBe(1);
    }
    const inOdder = await t.db.auditEvent.findFirstOrThrow({ where: { organisationId: odder, action: "programme.set_retention" } });
    expect(JSON.parse(inOdder.detail)).toMatchObject({ retentionMonths: 24, erasure: "anonymise", byOrganisation: "Jobcenter Aarhus" });
  });

  it("says who owns each programme, and the owner of a new programme is the organisation that created it", async () => {
    const seenFromOdder = (await odderAdmin.programme.list({ organisationId: odder })).find((p) => p.id === programmeId)!;
    expect(seenFromOdder).toMatchObject({ owner: { id: aarhus, name: "Jobcenter Aarhus" }, isOwner: false, sharedWith: ["Jobcenter Aarhus"] });
    const created = await odderAdmin.programme.create({ organisationId: odder, name: "Odders eget forløb" });
    expect((await t.db.programme.findUniqueOrThrow({ where: { id: created.id } })).ownerOrganisationId).toBe(odder);
    await odderAdmin.privacy.setRetention({ organisationId: odder, programmeId: created.id, retentionMonths: 12, erasure: "anonymise" });
  });

  it("gives evaluators no exact participant counts in the programme list (mentors and administrators keep them)", async () => {
    const asEvaluator = (await odderEvaluator.programme.list({ organisationId: odder })).find((p) => p.id === programmeId)!;
    expect(asEvaluator.participants).toBeNull();
    expect(asEvaluator.active).toBeNull();
    const asAdmin = (await odderAdmin.programme.list({ organisationId: odder })).find((p) => p.id === programmeId)!;
    expect(asAdmin.participants).toBe(0);
  });
});
