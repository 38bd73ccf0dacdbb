// Issue 11, item 1, closing averaging: a cohort whose members differ by 1 to 4 people from a
// cohort already answered for the programme (any evaluator's) or from the whole programme is
// refused, in every path that publishes figures for a filter; refused cohorts leave no record.
import { ageBand } from "../../packages/analytics/src/index";
import type { TEvaluationFilter } from "@skridt/validators";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signedInCaller } from "../support/api";
import { disclosureDemo, type DisclosureDemo } from "../support/disclosure-demo";
import { engine } from "../support/test-db";

type Person = DisclosureDemo["rows"]["participants"][number];
const month = (day: string) => day.slice(0, 7);

describe(`refusing cohorts close to an answered one on ${engine}`, () => {
  let demo: DisclosureDemo;
  const input = (filter: TEvaluationFilter = {}) => ({ organisationId: demo.organisationId, programmeId: demo.programmeId, filter });
  const refusal = (call: Promise<unknown>) => expect(call).rejects.toMatchObject({ message: "cohort_too_close" });
  const recorded = () => demo.t.db.answeredCohortFilter.count({ where: { programmeId: demo.programmeId } });
  const people = () => demo.rows.participants;

  beforeAll(async () => {
    demo = await disclosureDemo();
  }, 300_000);
  afterAll(async () => demo?.t.cleanup());
  // Each case starts from an empty record, as a programme nobody has evaluated yet.
  beforeEach(async () => {
    await demo.t.db.answeredCohortFilter.deleteMany({});
  });

  /** A month in which exactly one participant of an organisation enrolled there, with months before it. */
  function loneInMonth(): { target: Person; months: string[]; k: number } {
    const months = [...new Set(people().map((p) => month(p.enrolledOn)))].sort();
    for (const target of people()) {
      const k = months.indexOf(month(target.enrolledOn));
      const alone = people().filter((p) => p.organisationId === target.organisationId && month(p.enrolledOn) === month(target.enrolledOn)).length === 1;
      if (alone && k >= 3) return { target, months, k };
    }
    throw new Error("the demo has nobody alone in their organisation-month");
  }

  it("answers the same cohort again, however its filter is written, and records it once", async () => {
    const first = await demo.evaluator.evaluation.questionnaires(input({ enrolledTo: "2026-05" }));
    expect(await demo.evaluator.evaluation.questionnaires(input({ enrolledTo: "2026-05-17" }))).toEqual(first);
    // Every gender and every age band is the same people as no criterion at all.
    const all: TEvaluationFilter = { genders: ["unknown", "female", "male", "other"], ageBands: ["<18", "18-29", "30-39", "40-49", "50-59", "60+", "unknown"] };
    await demo.evaluator.evaluation.overview(input({ ...all, enrolledTo: "2026-05" }));
    await demo.evaluator.evaluation.overview(input());
    await demo.evaluator.evaluation.overview(input());
    expect(await recorded()).toBe(3);
  });

  it("refuses a pair of month windows that differ by one person, on every path, and records nothing for it", async () => {
    const { target, months, k } = loneInMonth();
    const narrow = { organisationIds: [target.organisationId] };
    const before = { ...narrow, enrolledFrom: months[k - 3]!, enrolledTo: months[k - 1]! };
    const after = { ...narrow, enrolledFrom: months[k - 3]!, enrolledTo: months[k]! };
    await demo.evaluator.evaluation.questionnaires(input(before));
    const count = await recorded();
    await refusal(demo.evaluator.evaluation.questionnaires(input(after)));
    await refusal(demo.evaluator.evaluation.overview(input(after)));
    await refusal(demo.evaluator.evaluation.contacts(input(after)));
    await refusal(demo.evaluator.evaluation.responseByChannel(input(after)));
    await refusal(demo.evaluator.evaluation.change(input(after)));
    await refusal(demo.evaluator.evaluation.progression(input(after)));
    await refusal(demo.evaluator.evaluation.agreement(input(after)));
    await refusal(demo.evaluator.evaluation.care(input(after)));
    await refusal(demo.evaluator.evaluation.breakdown({ ...input(after), by: "gender" }));
    await refusal(demo.evaluator.export.create({ ...input(after), shape: "aggregates", format: "csv" }));
    await refusal(demo.evaluator.report.generate(input(after)));
    expect(await recorded()).toBe(count);
    // Not even the first of them is read: no audit row of a read for the refused filter.
    const reads = await demo.t.db.auditEvent.findMany({ where: { action: "evaluation.read" } });
    expect(
      reads.filter((r) => JSON.parse(r.detail).filter?.enrolledTo === after.enrolledTo && JSON.parse(r.detail).filter?.enrolledFrom === after.enrolledFrom),
    ).toHaveLength(0);
    // The refusal holds the other way round too: the wider window first refuses the narrower.
    await demo.t.db.answeredCohortFilter.deleteMany({});
    await demo.evaluator.evaluation.questionnaires(input(after));
    await refusal(demo.evaluator.evaluation.questionnaires(input(before)));
    // Row-level research exports are the granted tier and are not this rule's: refused only for want of a grant.
    await expect(demo.evaluator.export.create({ ...input(before), shape: "wide", format: "csv" })).rejects.toMatchObject({ message: "export_grant_required" });
  });

  it("refuses the whole programme less a group of 1 to 4 people (complementary groups), and never the whole programme itself", async () => {
    const bands = new Map<string, number>();
    for (const p of people()) {
      const band = p.birthYear ? ageBand(p.birthYear, p.enrolledOn) : "unknown";
      bands.set(band, (bands.get(band) ?? 0) + 1);
    }
    const small = [...bands.entries()].find(([, n]) => n >= 1 && n <= 4);
    expect(small, `age bands ${JSON.stringify([...bands])}`).toBeDefined();
    const rest = [...bands.keys()].filter((b) => b !== small![0]) as TEvaluationFilter["ageBands"];
    await refusal(demo.evaluator.evaluation.questionnaires(input({ ageBands: rest })));
    // Asked the other way round, the whole programme is still answered (the filtered cohort is the one refused).
    await demo.t.db.answeredCohortFilter.deleteMany({});
    await demo.evaluator.evaluation.overview(input());
    await refusal(demo.evaluator.evaluation.overview(input({ ageBands: rest })));
    await demo.evaluator.evaluation.overview(input());
  });

  it("refuses the whole programme less a small organisation, for an evaluator of every organisation", async () => {
    // A fourth organisation joins the programme with three of Odder's participants.
    const db = demo.t.db;
    const small = await db.organisation.create({ data: { name: "Lille Jobcenter" } });
    await db.programmeOrganisation.create({ data: { programmeId: demo.programmeId, organisationId: small.id } });
    const user = await db.user.findUniqueOrThrow({ where: { email: "evaluator@skridt.demo" } });
    await db.membership.create({ data: { userId: user.id, organisationId: small.id, role: "evaluator" } });
    const moved = people()
      .filter((p) => p.organisationId !== demo.organisationId)
      .slice(0, 3)
      .map((p) => p.participantId);
    await db.participant.updateMany({ where: { id: { in: moved } }, data: { organisationId: small.id } });
    await db.participantScale.updateMany({ where: { participantId: { in: moved } }, data: { organisationId: small.id } });
    try {
      const others = (await db.programmeOrganisation.findMany({ where: { programmeId: demo.programmeId } }))
        .map((o) => o.organisationId)
        .filter((id) => id !== small.id);
      const evaluator = (await signedInCaller(db, user.id)).caller;
      await evaluator.evaluation.overview(input());
      await refusal(evaluator.evaluation.overview(input({ organisationIds: others })));
      await refusal(evaluator.export.create({ ...input({ organisationIds: others }), shape: "aggregates", format: "xlsx" }));
      // Before anything is recorded too: the whole programme is always compared with.
      await demo.t.db.answeredCohortFilter.deleteMany({});
      await refusal(evaluator.evaluation.questionnaires(input({ organisationIds: others })));
      expect(await recorded()).toBe(0);
    } finally {
      const odder = (await db.organisation.findFirstOrThrow({ where: { name: { contains: "Odder" } } })).id;
      const back = people().filter((p) => moved.includes(p.participantId));
      for (const p of back) await db.participant.update({ where: { id: p.participantId }, data: { organisationId: p.organisationId } });
      for (const p of back) await db.participantScale.updateMany({ where: { participantId: p.participantId }, data: { organisationId: p.organisationId } });
      await db.membership.deleteMany({ where: { organisationId: small.id } });
      await db.programmeOrganisation.delete({ where: { programmeId_organisationId: { programmeId: demo.programmeId, organisationId: small.id } } });
      await db.organisation.delete({ where: { id: small.id } });
      expect(odder).toBeTruthy();
    }
  });

  it("refuses a second evaluator a cohort one person away from the first evaluator's (collusion)", async () => {
    const { target, months, k } = loneInMonth();
    const db = demo.t.db;
    const second = await db.user.create({ data: { email: "evaluator2@skridt.demo", name: "Anden Evaluator", passwordHash: "-" } });
    await db.membership.create({ data: { userId: second.id, organisationId: demo.organisationId, role: "evaluator" } });
    for (const o of demo.organisationIds)
      await db.membership.upsert({
        where: { userId_organisationId_role: { userId: second.id, organisationId: o, role: "evaluator" } },
        create: { userId: second.id, organisationId: o, role: "evaluator" },
        update: {},
      });
    const colleague = (await signedInCaller(db, second.id)).caller;
    const narrow = { organisationIds: [target.organisationId] };
    await demo.evaluator.evaluation.questionnaires(input({ ...narrow, enrolledTo: months[k - 1]! }));
    await refusal(colleague.evaluation.questionnaires(input({ ...narrow, enrolledTo: months[k]! })));
    // The first evaluator's own cohort is answered for them as well (the same people, the same figures).
    expect(await colleague.evaluation.questionnaires(input({ ...narrow, enrolledTo: months[k - 1]! }))).toEqual(
      await demo.evaluator.evaluation.questionnaires(input({ ...narrow, enrolledTo: months[k - 1]! })),
    );
  });

  it("refuses a breakdown whose groups differ by one person from an answered cohort, though the cohorts differ by more", async () => {
    // Windows that differ by a whole month of every organisation (5 or more people) but, within the target's organisation, by the target alone.
    const months = [...new Set(people().map((p) => month(p.enrolledOn)))].sort();
    const found = people()
      .map((target) => ({ target, k: months.indexOf(month(target.enrolledOn)) }))
      .find(({ target, k }) => {
        const inMonth = people().filter((p) => month(p.enrolledOn) === month(target.enrolledOn));
        return k >= 3 && inMonth.length >= 5 && inMonth.filter((p) => p.organisationId === target.organisationId).length === 1;
      });
    expect(found).toBeDefined();
    const { target, k } = found!;
    const before = { enrolledFrom: months[k - 3]!, enrolledTo: months[k - 1]! };
    const after = { enrolledFrom: months[k - 3]!, enrolledTo: months[k]! };
    await demo.evaluator.evaluation.breakdown({ ...input(before), by: "organisation" });
    await demo.evaluator.evaluation.overview(input(after));
    await refusal(demo.evaluator.evaluation.breakdown({ ...input(after), by: "organisation" }));
    expect(target.organisationId).toBeTruthy();
  });
});
