// The outbox across real server processes (the CLI, `skridt start`) on one database of the run's
// engine, sending through a real SMTP server: two processes never send a message twice, and a
// process killed with SIGKILL in the middle of sending loses nothing: the next process takes the
// message over once its lease has run out, with the same survey and link.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createProgramme } from "../support/api";
import { createReachableParticipant } from "../support/messaging-fixtures";
import { startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";
import { databaseUrl, startCliServer, type CliServer } from "../reliability/support/fixtures";

async function reachableParticipants(t: TestDatabase, name: string, count: number) {
  const org = await createOrganisation(t.db, name);
  const programme = await createProgramme(t.db, `${name} programme`, [org.id]);
  const emails: string[] = [];
  for (let i = 0; i < count; i++) {
    const email = `${name.toLowerCase().replace(/\W/g, "")}-${i}@example.test`;
    await createReachableParticipant(t.db, { organisationId: org.id, programmeId: programme.id, enrolledOn: new Date(), email });
    emails.push(email);
  }
  return { org, emails };
}

// The lease is short where a killed process's message must be taken over quickly; where two live
// processes share the outbox it is long, as in production (5 minutes): a lease that runs out while its
// holder is still sending on a busy machine is, besides a crash after the mail server accepted, the one way a message may go twice.
function messagingEnv(t: TestDatabase, smtp: SmtpTestServer, leaseSeconds: number): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl(t.config),
    DATA_DIR: "/nonexistent-skridt-data",
    SMTP_URL: smtp.url,
    SMTP_FROM: "Skridt <skridt@jobcenter.test>",
    PUBLIC_URL: "http://skridt.test",
    // Any hour: the test must not depend on when it runs (quiet hours are tested in messaging.integration).
    MESSAGE_HOURS: "0-24",
    MESSAGE_POLL_SECONDS: "0.2",
    MESSAGE_LEASE_SECONDS: String(leaseSeconds),
  };
}

/** Waits until all `expected` invitations of the organisation are queued and none is pending any more. */
async function allSettled(t: TestDatabase, organisationId: string, expected: number, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    // Total first, then pending: counted the other way round, "none pending" could be read before the
    // processes queued anything and "some queued" just after, which looked settled with nothing sent.
    const total = await t.db.message.count({ where: { organisationId, kind: "survey_invitation" } });
    const pending = await t.db.message.count({ where: { organisationId, kind: "survey_invitation", status: "pending" } });
    if (total >= expected && pending === 0) return;
    if (Date.now() > until) {
      const stuck = await t.db.message.findMany({ where: { organisationId, status: "pending" }, select: { attempts: true, lastError: true, dueAt: true } });
      throw new Error(`${pending} of ${total} invitations still pending: ${JSON.stringify(stuck)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe(`the outbox across server processes on ${engine}`, () => {
  let t: TestDatabase;
  let smtp: SmtpTestServer;
  const servers: CliServer[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    smtp = await startSmtpTestServer();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await smtp?.close();
    await t?.cleanup();
  });

  it("sends each of 40 invitations exactly once with two processes sharing the outbox", async () => {
    const { org, emails } = await reachableParticipants(t, "Two Processes", 40);
    const env = messagingEnv(t, smtp, 60);
    const [a, b] = await Promise.all([startCliServer(env), startCliServer(env)]);
    servers.push(a, b);
    try {
      await allSettled(t, org.id, 40);
      // Every row sent; if not, the failure names how the rows ended (status, reason, error) rather than only a count of mails.
      const outcome = await t.db.message.findMany({
        where: { organisationId: org.id, kind: "survey_invitation", status: { not: "sent" } },
        select: { status: true, cancelReason: true, lastError: true, attempts: true },
      });
      expect(outcome).toEqual([]);
      const mine = smtp.received.filter((m) => emails.includes(m.to[0]!));
      expect(mine).toHaveLength(40);
      expect(new Set(mine.map((m) => m.to[0])).size).toBe(40);
      expect(new Set(mine.map((m) => m.messageId)).size).toBe(40);
      const rows = await t.db.message.findMany({ where: { organisationId: org.id, kind: "survey_invitation" } });
      expect(rows).toHaveLength(40);
      expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
      expect(await t.db.auditEvent.count({ where: { organisationId: org.id, action: "message.sent" } })).toBe(40);
      expect(await t.db.survey.count({ where: { participant: { organisationId: org.id } } })).toBe(40);

      // The opt-out link of one e-mail, on the other process: a page that asks, then a POST that does it.
      const optOut = /http:\/\/skridt\.test(\/afmeld\/\S+)/.exec(mine[0]!.text)![1]!;
      const page = await fetch(`${b.base}${optOut}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<button type="submit"');
      const done = await fetch(`${a.base}${optOut}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
      expect(done.status).toBe(200);
      expect(await done.text()).toContain("Du er afmeldt");
      expect(await t.db.messageOptOut.count()).toBe(1);
      const reminders = await t.db.message.findMany({ where: { organisationId: org.id, kind: "survey_reminder", status: "cancelled" } });
      expect(reminders.map((r) => r.cancelReason)).toEqual(["opted_out", "opted_out"]);
    } finally {
      // The next test needs these processes gone (they would send its messages).
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 180_000);

  it("loses nothing and sends nothing twice when the sending process is killed with SIGKILL mid-message", async () => {
    const { org, emails } = await reachableParticipants(t, "Crash", 12);
    const env = messagingEnv(t, smtp, 2);
    const first = await startCliServer(env);
    servers.push(first);
    let killedAt: string | null = null;
    // The 5th e-mail of this organisation: kill the sender while the SMTP server holds its recipient, then refuse it.
    smtp.onRecipient = async (to) => {
      if (killedAt || !emails.includes(to)) return;
      if (smtp.received.filter((m) => emails.includes(m.to[0]!)).length < 4) return;
      killedAt = to;
      await first.kill9();
      throw new Error("connection lost");
    };
    const until = Date.now() + 60_000;
    while (!killedAt && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(killedAt).not.toBeNull();
    smtp.onRecipient = null;
    // The killed process's row keeps its lease (2 s here) and its prepared link; the next process takes it over.
    const interrupted = await t.db.message.findFirstOrThrow({ where: { organisationId: org.id, status: "pending", leaseOwner: { not: null } } });
    expect(interrupted.linkToken).not.toBeNull();
    const second = await startCliServer(env);
    servers.push(second);
    await allSettled(t, org.id, 12);
    const mine = smtp.received.filter((m) => emails.includes(m.to[0]!));
    expect(mine.map((m) => m.to[0]).sort()).toEqual([...emails].sort());
    expect(mine.filter((m) => m.to[0] === killedAt)).toHaveLength(1);
    const after = await t.db.message.findUniqueOrThrow({ where: { id: interrupted.id } });
    expect(after).toMatchObject({ status: "sent", attempts: 2, linkToken: null, surveyId: interrupted.surveyId });
    // One survey per participant: the retry used the survey the killed process had made.
    expect(await t.db.survey.count({ where: { participant: { organisationId: org.id } } })).toBe(12);
    await second.stop();
  }, 180_000);
});
