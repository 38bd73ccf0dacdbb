// Issue 15: "let a programme set its own [reliability and norms] where none fits". The owning
// organisation's administrator sets a scale's reliability, SD and cut-off with a source, or goes
// back to the instrument's declared values; the bounds are refused with the field named; every
// change is in each participating organisation's audit log; and the evaluator's reliable-change
// figures and the report use the programme's values and say so.
import { seedDemo } from "@skridt/server/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const Z95 = 1.959963984540054;

describe(`a programme's own norms for reliable change, on ${engine}`, () => {
  let t: TestDatabase;
  let admin: Caller;
  let evaluator: Caller;
  let mentor: Caller;
  let owner: string;
  let other: string;
  let programmeId: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    const user = (email: string) => t.db.user.findUniqueOrThrow({ where: { email } });
    admin = (await signedInCaller(t.db, (await user("admin@skridt.demo")).id)).caller;
    evaluator = (await signedInCaller(t.db, (await user("evaluator@skridt.demo")).id)).caller;
    mentor = (await signedInCaller(t.db, (await user("mentor.aarhus@skridt.demo")).id)).caller;
    programmeId = (await t.db.programme.findFirstOrThrow()).id;
    // The demo admin is admin in all three organisations; the programme is owned by one of them.
    const list = await admin.programme.list({ organisationId: (await t.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Aarhus" } })).id });
    owner = list.find((p) => p.id === programmeId)!.owner!.id;
    other = (await t.db.organisation.findFirstOrThrow({ where: { id: { not: owner } } })).id;
  }, 180_000);
  afterAll(async () => t.cleanup());

  const own = (over: Record<string, unknown> = {}) => ({
    reliability: 0.9,
    coefficient: "test-retest" as const,
    sd: 20,
    cutOff: { value: 50, functional: "above" as const },
    source: "Programmets egen måling 2025 (n = 212)",
    ...over,
  });
  const set = (caller: Caller, organisationId: string, norm: ReturnType<typeof own> | null, scale = "who5") =>
    caller.programme.setChangeNorm({ organisationId, programmeId, instrumentId: scale, scaleId: scale, norm });
  const who5Change = async () =>
    (await evaluator.evaluation.change({ organisationId: owner, programmeId })).scales.find((s) => s.figures.instrumentId === "who5")!;

  it("lists each planned scale with its declared norm and source, and which support reliable change", async () => {
    const { scales } = await admin.programme.changeNorms({ organisationId: owner, programmeId });
    const who5 = scales.find((s) => s.scaleId === "who5")!;
    expect(who5).toMatchObject({ supported: true, own: null, range: { min: 0, max: 100 } });
    expect(who5.declared?.reliableChange).toMatchObject({ kind: "mdc95", mdc95: 23.6, reliability: 0.81 });
    expect(who5.declared?.reliableChange?.source.short).toBe("Schougaard et al. 2018");
    expect(scales.find((s) => s.scaleId === "gse")).toMatchObject({ supported: true, declared: { cutOff: null } });
    // Self-rated health is one question: no reliability to put in the formula.
    expect(scales.find((s) => s.scaleId === "selvvurderet-helbred")!.supported).toBe(false);
  });

  it("refuses values outside the bounds, naming the field, and a single-question scale", async () => {
    await expectTRPCError(set(admin, owner, own({ reliability: 1 })), "BAD_REQUEST");
    await expectTRPCError(set(admin, owner, own({ reliability: 0 })), "BAD_REQUEST");
    await expectTRPCError(set(admin, owner, own({ sd: 0 })), "BAD_REQUEST");
    await expectTRPCError(set(admin, owner, own({ source: "   " })), "BAD_REQUEST");
    const outside = await expectTRPCError(set(admin, owner, own({ cutOff: { value: 100, functional: "above" } })), "BAD_REQUEST", "norm_invalid");
    expect((outside.cause as { publicDetail?: unknown }).publicDetail).toEqual({ problems: ["cut_off_range"] });
    await expectTRPCError(set(admin, owner, own({ cutOff: { value: -1, functional: "above" } })), "BAD_REQUEST", "norm_invalid");
    await expectTRPCError(set(admin, owner, own(), "selvvurderet-helbred"), "BAD_REQUEST", "norm_not_supported");
    await expectTRPCError(set(admin, owner, own(), "no-such-scale"), "NOT_FOUND", "not_found");
    expect((await t.db.programme.findUniqueOrThrow({ where: { id: programmeId } })).changeNorms).toBe("");
  });

  it("lets only the owning organisation's administrator set one", async () => {
    await expectTRPCError(set(evaluator, owner, own()), "FORBIDDEN");
    await expectTRPCError(set(mentor, owner, own()), "FORBIDDEN");
    await expectTRPCError(set(admin, other, own()), "FORBIDDEN", "programme_not_owner");
    expect((await t.db.programme.findUniqueOrThrow({ where: { id: programmeId } })).changeNorms).toBe("");
  });

  it("changes the evaluator's figures and the report, says which norm was used, and goes back to the declared one", async () => {
    const before = await who5Change();
    expect(before.norm.own).toBe(false);
    expect(before.figures.threshold).toBeCloseTo(23.6, 10);
    const reportBefore = await evaluator.report.generate({ organisationId: owner, programmeId });
    expect(JSON.stringify(reportBefore)).toContain("Schougaard et al. 2018");
    expect(JSON.stringify(reportBefore)).not.toContain("programmets egne normer");

    await set(admin, owner, own());
    const after = await who5Change();
    expect(after.norm.own).toBe(true);
    // SEdiff = SD · √2 · √(1 − r); the threshold is 1.96 of them: 20 · √2 · √0.1 · 1.96 = 17.53.
    expect(after.figures.threshold).toBeCloseTo(20 * Math.SQRT2 * Math.sqrt(0.1) * Z95, 10);
    expect(after.norm.reliableChange).toMatchObject({ kind: "reliability", reliability: 0.9, coefficient: "test-retest", sd: 20 });
    // The cut-off typed is the declared one: it keeps its own source.
    expect(after.norm.cutOff?.source.short).toBe("Topp et al. 2015");
    // The field's 10-point convention stays beside it.
    expect(after.norm.convention?.points).toBe(10);
    const listed = (await admin.programme.changeNorms({ organisationId: owner, programmeId })).scales.find((s) => s.scaleId === "who5")!;
    expect(listed.own?.reliableChange?.source.citation).toBe("Programmets egen måling 2025 (n = 212)");

    const report = JSON.stringify(await evaluator.report.generate({ organisationId: owner, programmeId }));
    expect(report).toContain("programmets egne normer: Programmets egen måling 2025 (n = 212)");
    const english = JSON.stringify(await evaluator.report.generate({ organisationId: owner, programmeId, lang: "en" }));
    expect(english).toContain("the programme's own norms: Programmets egen måling 2025 (n = 212)");

    // Audited once in each of the three organisations taking part.
    const events = await t.db.auditEvent.findMany({ where: { action: "programme.set_change_norms", targetId: programmeId } });
    expect(new Set(events.map((e) => e.organisationId)).size).toBe(3);
    expect(JSON.parse(events.find((e) => e.organisationId === owner)!.detail)).toMatchObject({
      scale: "who5/who5",
      reliability: 0.9,
      sd: 20,
      cutOff: 50,
      source: "Programmets egen måling 2025 (n = 212)",
    });

    // A second scale keeps the first; then back to the declared values, one scale at a time.
    await set(admin, owner, own({ reliability: 0.8, coefficient: "alpha", sd: null, cutOff: { value: 25, functional: "above" } }), "gse");
    const both = (await admin.programme.changeNorms({ organisationId: owner, programmeId })).scales.filter((s) => s.own);
    expect(both.map((s) => s.scaleId).sort()).toEqual(["gse", "who5"]);
    await set(admin, owner, null);
    const back = await who5Change();
    expect(back.norm.own).toBe(false);
    expect(back.figures.threshold).toBeCloseTo(23.6, 10);
    await set(admin, owner, null, "gse");
    expect((await t.db.programme.findUniqueOrThrow({ where: { id: programmeId } })).changeNorms).toBe("");
    expect(await t.db.auditEvent.count({ where: { action: "programme.set_change_norms", targetId: programmeId, organisationId: other } })).toBe(4);
  });
});
