import { MAX_COUNT_NOISE } from "../../packages/analytics/src/index";
import { seedDemo } from "@skridt/server/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

// The evaluator's figures on the demo programme, whose proportions follow the seed evaluation.
// Every count is perturbed by disclosure control (docs/privacy.md): a figure is within
// MAX_COUNT_NOISE of the truth, and the same people always give the same figure.
const near = (shown: unknown, truth: number) => {
  expect(typeof shown).toBe("number");
  expect(Math.abs((shown as number) - truth)).toBeLessThanOrEqual(MAX_COUNT_NOISE);
};

describe(`evaluation of the demo programme on ${engine}`, () => {
  let t: TestDatabase;
  let evaluator: Caller;
  let mentor: Caller;
  let orgId: string;
  let odderId: string;
  let programmeId: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    const evaluatorUser = await t.db.user.findUniqueOrThrow({ where: { email: "evaluator@skridt.demo" } });
    const mentorUser = await t.db.user.findUniqueOrThrow({ where: { email: "mentor.aarhus@skridt.demo" } });
    evaluator = (await signedInCaller(t.db, evaluatorUser.id)).caller;
    mentor = (await signedInCaller(t.db, mentorUser.id)).caller;
    orgId = (await t.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Aarhus" } })).id;
    odderId = (await t.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Odder" } })).id;
    programmeId = (await t.db.programme.findFirstOrThrow()).id;
  }, 180_000);
  afterAll(async () => t.cleanup());

  it("reports enrolment and response rates as the seed evaluation did: 113 of 125 at start, 5 incomplete apart", async () => {
    const overview = await evaluator.evaluation.overview({ organisationId: orgId, programmeId });
    near(overview.counts.enrolled, 125);
    const start = overview.responseRates.find((r) => r.occasion === "start")!;
    const end = overview.responseRates.find((r) => r.occasion === "end")!;
    // Everyone is eligible: the same people as enrolled, so the same perturbed figure.
    expect(start.eligible).toBe(overview.counts.enrolled);
    near(start.completed, 113);
    // 5 incomplete: 2..8 after perturbation, "<5" below 5.
    if (typeof start.incomplete === "number") near(start.incomplete, 5);
    else expect(start.incomplete).toBe("<5");
    expect(start.rate).toBeCloseTo((start.completed as number) / (start.eligible as number), 12);
    expect(Math.abs((start.rate as number) - 0.904)).toBeLessThan(0.05);
    near(end.completed, await t.db.survey.count({ where: { occasion: "end", status: "submitted" } }));
    // Danish collation: "Aa" sorts as "Å", after Z.
    expect(overview.organisations.map((o) => o.name)).toEqual(["Jobcenter Odder", "Jobcenter Randers", "Jobcenter Aarhus"]);
  });

  it("filters to one municipality", async () => {
    const odder = await evaluator.evaluation.overview({ organisationId: orgId, programmeId, filter: { organisationIds: [odderId] } });
    near(odder.counts.enrolled, 30);
  });

  it("gives paired change for WHO-5 over everyone with start and end, with a 95% interval around the mean", async () => {
    const q = await evaluator.evaluation.questionnaires({ organisationId: orgId, programmeId });
    const who5 = q.change.find((c) => c.instrumentId === "who5" && c.scaleId === "who5")!;
    const paired = who5.paired as unknown as { n: number; meanChange: number; ci95: [number, number] };
    near(paired.n, await t.db.survey.count({ where: { occasion: "end", status: "submitted" } }));
    expect(paired.ci95[0]).toBeLessThan(paired.meanChange);
    expect(paired.ci95[1]).toBeGreaterThan(paired.meanChange);
    // The demo's latent wellbeing improves from start to end.
    expect(paired.meanChange).toBeGreaterThan(0);
    const item = q.distributions.find((d) => d.instrumentId === "who5" && d.itemId === "who5_1");
    expect(item).toBeDefined();
  });

  it("gives the status on a chosen day of those enrolled that day: before anyone enrolled, nobody is counted", async () => {
    const before = await evaluator.evaluation.overview({ organisationId: orgId, programmeId, statusOn: "2000-01-01" });
    expect(before.statusOn).toBe("2000-01-01");
    expect(before.outcomeBasis).toBe("enrolled_on_day");
    // Nobody was enrolled on the day: no one counts as "no status" (until issue 15 all 125 did).
    expect(before.outcomes.n).toBe("<5");
    expect(before.outcomes.statuses).toEqual([]);
    const atEnd = await evaluator.evaluation.overview({ organisationId: orgId, programmeId });
    expect(atEnd.statusOn).toBeNull();
    // Status at the end is over those who have ended (issue 15), not everyone enrolled.
    expect(atEnd.outcomeBasis).toBe("ended");
    expect(atEnd.outcomes.n).toBe(atEnd.counts.ended);
    expect(atEnd.outcomes.statuses.length).toBeGreaterThan(1);
    await expectTRPCError(evaluator.evaluation.overview({ organisationId: orgId, programmeId, statusOn: "26-11-2026" }), "BAD_REQUEST");
  });

  it("breaks the figures down by municipality: each group is what the overview shows with that filter", async () => {
    const split = await evaluator.evaluation.breakdown({ organisationId: orgId, programmeId, by: "organisation" });
    expect(split.groups.map((g) => g.label).sort()).toEqual(["Jobcenter Aarhus", "Jobcenter Odder", "Jobcenter Randers"]);
    for (const [label, size] of [
      ["Jobcenter Aarhus", 57],
      ["Jobcenter Randers", 38],
      ["Jobcenter Odder", 30],
    ] as const)
      near(split.groups.find((g) => g.label === label)!.enrolled, size);
    const odder = split.groups.find((g) => g.key === odderId)!;
    const filtered = await evaluator.evaluation.overview({ organisationId: orgId, programmeId, filter: { organisationIds: [odderId] } });
    expect(odder.enrolled).toEqual(filtered.counts.enrolled);
    expect(odder.responseRates).toEqual(filtered.responseRates);
    expect(odder.targets).toEqual(filtered.outcomes.targets);
    const q = await evaluator.evaluation.questionnaires({ organisationId: orgId, programmeId, filter: { organisationIds: [odderId] } });
    const who5 = q.change.find((c) => c.instrumentId === "who5")!;
    expect(odder.change.find((c) => c.instrumentId === "who5")).toEqual({
      instrumentId: "who5",
      scaleId: who5.scaleId,
      n: who5.paired.n,
      meanChange: who5.paired.meanChange,
      ci95: who5.paired.ci95,
    });
  });

  it("breaks down by gender and age band into groups that add up to the cohort", async () => {
    for (const by of ["gender", "ageBand", "enrolmentYear"] as const) {
      const split = await evaluator.evaluation.breakdown({ organisationId: orgId, programmeId, by });
      expect(split.groups.length).toBeGreaterThan(1);
      // Groups too small to show are left out; the listed ones are perturbed and add up to about the whole.
      const total = split.groups.reduce((sum, g) => sum + g.enrolled, 0);
      expect(total).toBeLessThanOrEqual(125 + MAX_COUNT_NOISE * split.groups.length);
      if (by === "gender") expect(Math.abs(total - 125)).toBeLessThanOrEqual(MAX_COUNT_NOISE * split.groups.length);
    }
    await expectTRPCError(mentor.evaluation.breakdown({ organisationId: orgId, programmeId, by: "gender" }), "FORBIDDEN");
  });

  it("breaks down within the filter: a gender filter leaves only that gender's group", async () => {
    const split = await evaluator.evaluation.breakdown({ organisationId: orgId, programmeId, by: "gender", filter: { genders: ["female"] } });
    expect(split.groups.map((g) => g.key)).toEqual(["female"]);
    const filtered = await evaluator.evaluation.overview({ organisationId: orgId, programmeId, filter: { genders: ["female"] } });
    expect(split.groups[0]!.enrolled).toEqual(filtered.counts.enrolled);
  });

  it("hides only small counts: no cell is blanked beside a small one, and a listed group's size is always shown", async () => {
    let smallBesideLarge = 0;
    for (const by of ["organisation", "gender", "ageBand", "enrolmentYear"] as const) {
      const { groups } = await evaluator.evaluation.breakdown({ organisationId: orgId, programmeId, by });
      for (const g of groups) {
        expect(typeof g.enrolled).toBe("number");
        expect(g.enrolled).toBeGreaterThanOrEqual(5);
        for (const r of g.responseRates) {
          const cells = [r.completed, r.incomplete, r.noResponse];
          // No secondary marker any more: a total minus the others gives a hidden cell plus noise, not its count.
          expect(cells).not.toContain("x");
          if (cells.includes("<5") && cells.some((c) => typeof c === "number")) smallBesideLarge++;
        }
      }
    }
    // The demo has small cells (incomplete questionnaires), so rows with both were seen.
    expect(smallBesideLarge).toBeGreaterThan(0);
  });

  it("draws the cohort spider from first and latest reviews", async () => {
    const progression = await evaluator.evaluation.progression({ organisationId: orgId, programmeId });
    expect(progression.model.areas.map((a) => a.id)).toContain("sundhed");
    expect(progression.spider.areas.length).toBe(6);
  });

  it("never shows an evaluator a name, e-mail or phone number", async () => {
    const identities = await t.db.participantIdentity.findMany();
    const responses = JSON.stringify([
      await evaluator.evaluation.overview({ organisationId: orgId, programmeId }),
      await evaluator.evaluation.questionnaires({ organisationId: orgId, programmeId }),
      await evaluator.evaluation.progression({ organisationId: orgId, programmeId }),
    ]);
    for (const identity of identities) {
      for (const secret of [identity.fullName, identity.email, identity.phone]) {
        if (secret) expect(responses).not.toContain(secret);
      }
    }
    expect(responses).not.toMatch(/\b\d{6}-?\d{4}\b/);
  });

  it("is closed to mentors", async () => {
    await expectTRPCError(mentor.evaluation.overview({ organisationId: orgId, programmeId }), "FORBIDDEN");
  });
});
