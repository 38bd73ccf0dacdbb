// The evaluator's response per occasion by channel (issue 13): questionnaires e-mailed or texted
// by the outbox, or handed over on paper, and those answered after a reminder, as protected
// counts (cell-key perturbation, small counts hidden), on the run's engine.
import { DAYTIME, type Transports } from "@skridt/messaging";
import { configureOutbox, runOutboxOnce } from "@skridt/api/outbox";
import { createSurvey } from "@skridt/api";
import { MAX_COUNT_NOISE } from "../../packages/analytics/src/index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOrganisation, createProgramme, createSessionToken, createUser } from "../support/api";
import { createReachableParticipant } from "../support/messaging-fixtures";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const DAY = 86_400_000;
const t0 = new Date("2026-05-05T10:00:00Z");

/** Transports that accept everything: this test is about the figures, not the sending. */
const accepting: Transports = {
  email: { sendEmail: async (m) => ({ providerMessageId: m.reference }) },
  sms: { sendSms: async (m) => ({ providerMessageId: m.reference }) },
};

function near(shown: unknown, truth: number) {
  expect(typeof shown).toBe("number");
  expect(Math.abs((shown as number) - truth)).toBeLessThanOrEqual(MAX_COUNT_NOISE);
}

describe(`response by channel for evaluators on ${engine}`, () => {
  let t: TestDatabase;
  let org: { id: string };
  let programme: { id: string };
  let evaluatorToken: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    configureOutbox({ channels: { email: true, sms: true }, publicUrl: "http://skridt.test", hours: DAYTIME });
    org = await createOrganisation(t.db, "Evalueringsby");
    programme = await createProgramme(t.db, "Evalueret forløb", [org.id]);
    evaluatorToken = await createSessionToken(t.db, (await createUser(t.db, { roles: [{ organisationId: org.id, role: "evaluator" }] })).id);
    // 16 by e-mail, 10 by SMS, 2 on paper. Every count meant to be shown is at least the threshold (5)
    // plus the largest noise (MAX_COUNT_NOISE): the cell keys, and so the noise, differ every run.
    const byEmail = [];
    for (let i = 0; i < 16; i++)
      byEmail.push(await createReachableParticipant(t.db, { organisationId: org.id, programmeId: programme.id, enrolledOn: t0, email: `e${i}@example.test` }));
    const bySms = [];
    for (let i = 0; i < 10; i++)
      bySms.push(
        await createReachableParticipant(t.db, {
          organisationId: org.id,
          programmeId: programme.id,
          enrolledOn: t0,
          phone: `200000${String(i).padStart(2, "0")}`,
        }),
      );
    await runOutboxOnce(t.db, { transports: accepting, owner: "eval-test", now: () => t0 });
    // 4 e-mailed answer at once; the reminder goes to the rest after 3 days; 8 more answer after it.
    const submit = async (participantId: string, at: Date) =>
      t.db.survey.updateMany({ where: { participantId }, data: { status: "submitted", submittedAt: at } });
    for (const p of byEmail.slice(0, 4)) await submit(p.id, new Date(t0.getTime() + DAY));
    for (const p of bySms.slice(0, 8)) await submit(p.id, new Date(t0.getTime() + DAY));
    await runOutboxOnce(t.db, { transports: accepting, owner: "eval-test", now: () => new Date(t0.getTime() + 3 * DAY) });
    for (const p of byEmail.slice(4, 12)) await submit(p.id, new Date(t0.getTime() + 4 * DAY));
    for (let i = 0; i < 2; i++) {
      const p = await createReachableParticipant(t.db, {
        organisationId: org.id,
        programmeId: programme.id,
        enrolledOn: new Date(t0.getTime() - 30 * DAY),
        consent: false,
      });
      await createSurvey(t.db, { participantId: p.id, occasion: "start", mode: "paper", createdById: null });
      await submit(p.id, t0);
    }
  }, 120_000);
  afterAll(async () => {
    await t?.cleanup();
  });

  it("counts questionnaires by channel, answered, and answered after a reminder, within the noise, and hides the small", async () => {
    const { caller } = await callerFor(t.db, { token: evaluatorToken });
    const { rows } = await caller.evaluation.responseByChannel({ organisationId: org.id, programmeId: programme.id });
    const row = (channel: string) => rows.find((r) => r.occasion === "start" && r.channel === channel)!;
    near(row("email").sent, 16);
    near(row("email").completed, 12);
    near(row("email").afterReminder, 8);
    near(row("sms").sent, 10);
    near(row("sms").completed, 8);
    expect(row("email").rate).toBeCloseTo((row("email").completed as number) / (row("email").sent as number), 12);
    // Two paper questionnaires, and no SMS answered after a reminder: too few to show.
    expect(typeof row("paper").sent).toBe("string");
    expect(typeof row("sms").afterReminder === "string" || row("sms").afterReminder === 0).toBe(true);
    // No key sums or raw counts leave the server.
    expect(JSON.stringify(rows)).not.toMatch(/"key"|"count"/);
    // The same people always give the same figures: asking again averages nothing away.
    expect((await caller.evaluation.responseByChannel({ organisationId: org.id, programmeId: programme.id })).rows).toEqual(rows);
  });

  it("is refused to a mentor", async () => {
    const mentorToken = await createSessionToken(t.db, (await createUser(t.db, { roles: [{ organisationId: org.id, role: "mentor" }] })).id);
    const { caller } = await callerFor(t.db, { token: mentorToken });
    await expect(caller.evaluation.responseByChannel({ organisationId: org.id, programmeId: programme.id })).rejects.toThrow(/forbidden/);
  });
});
