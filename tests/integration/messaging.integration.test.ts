// The outbox end to end inside one process, on the real database of the run's engine, sending
// through a real SMTP server and a local stand-in for the SMS gateway: plan-driven invitations,
// reminders on the programme's days, Danish daytime only, opt-out, and nothing after a
// submission, withdrawal, erasure or withdrawn consent.
import { createHash } from "node:crypto";
import { configureOutbox, runOutboxOnce, optOutByToken } from "@skridt/api/outbox";
import { eraseParticipant } from "@skridt/api/privacy";
import { DAYTIME, isDaytime, nextDaytime, smsGatewayTransport, smtpTransport, type Transports } from "@skridt/messaging";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, expectTRPCError, createOrganisation, createProgramme, createSessionToken, createUser } from "../support/api";
import { createReachableParticipant } from "../support/messaging-fixtures";
import { startSmsGatewayStandIn, type SmsGatewayStandIn } from "../support/sms-gateway-stand-in";
import { linkIn, startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const DAY = 86_400_000;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const PUBLIC = "http://skridt.test";

describe(`messages through the outbox on ${engine}`, () => {
  let t: TestDatabase;
  let smtp: SmtpTestServer;
  let gateway: SmsGatewayStandIn;
  let transports: Transports;
  let org: { id: string; name: string };
  let programme: { id: string };
  // A Danish working day's noon, so the test does not depend on when it runs.
  const t0 = new Date("2026-05-05T10:00:00Z");
  const run = (at: Date) => runOutboxOnce(t.db, { transports, owner: "test-worker", now: () => at });

  beforeAll(async () => {
    t = await createTestDatabase();
    smtp = await startSmtpTestServer();
    gateway = await startSmsGatewayStandIn();
    transports = {
      email: smtpTransport({ url: smtp.url, from: "Skridt <skridt@jobcenter.test>", replyTo: "mentor@jobcenter.test" }),
      sms: smsGatewayTransport({ url: gateway.url, key: gateway.key, sender: "Jobcenter" }),
    };
    configureOutbox({ channels: { email: true, sms: true }, publicUrl: PUBLIC, hours: DAYTIME });
    org = await createOrganisation(t.db, "Jobcenter Testby");
    programme = await createProgramme(t.db, "Brug din rampe (test)", [org.id]);
  }, 60_000);
  afterAll(async () => {
    transports?.email?.close?.();
    await smtp?.close();
    await gateway?.close();
    await t?.cleanup();
  });

  it("e-mails the plan's start invitation once, with a working personal link and an opt-out link, and queues the reminders", async () => {
    const p = await createReachableParticipant(t.db, {
      organisationId: org.id,
      programmeId: programme.id,
      enrolledOn: new Date(t0.getTime() - DAY),
      email: "anna@example.test",
    });
    const before = smtp.received.length;
    const first = await run(t0);
    expect(first.queued).toBe(1);
    expect(first.results).toEqual(["sent"]);
    const mail = smtp.received[before]!;
    expect(mail.to).toEqual(["anna@example.test"]);
    expect(mail.subject).toBe("Et kort spørgeskema fra Jobcenter Testby");
    expect(mail.headers["reply-to"]).toBe("mentor@jobcenter.test");
    expect(mail.text).toContain("Vi vil gerne høre, hvordan det går for dig.");
    expect(mail.text).not.toMatch(/rampe|trivsel|WHO/i);
    const link = linkIn(mail.text, /http:\/\/skridt\.test\/a\/[A-Za-z0-9_-]+/);
    const survey = await t.db.survey.findFirstOrThrow({ where: { participantId: p.id, occasion: "start" } });
    expect(hashToken(link.split("/a/")[1]!)).toBe(survey.tokenHash);
    expect(mail.text).toMatch(/Afmeld her:\nhttp:\/\/skridt\.test\/afmeld\/[A-Za-z0-9_-]+/);
    expect(mail.headers["list-unsubscribe"]).toContain("http://skridt.test/afmeld/");

    const row = await t.db.message.findFirstOrThrow({ where: { participantId: p.id, step: 0 } });
    expect(row).toMatchObject({ status: "sent", kind: "survey_invitation", channel: "email", surveyId: survey.id, linkToken: null, leaseOwner: null });
    expect(mail.messageId).toBe(`<${row.id}@jobcenter.test>`);
    const reminders = await t.db.message.findMany({ where: { participantId: p.id, kind: "survey_reminder" }, orderBy: { step: "asc" } });
    expect(reminders.map((r) => [r.step, r.dueAt.toISOString()])).toEqual([
      [1, new Date(t0.getTime() + 3 * DAY).toISOString()],
      [2, new Date(t0.getTime() + 7 * DAY).toISOString()],
    ]);
    const audit = await t.db.auditEvent.findMany({ where: { targetId: row.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["message.queued", "message.sent"]);
    expect(audit.every((a) => !a.detail.includes("anna@") && !a.detail.includes(link))).toBe(true);

    // A second pass (or a second process) queues and sends nothing new.
    const again = await run(new Date(t0.getTime() + 60_000));
    expect(again.queued).toBe(0);
    expect(smtp.received.length).toBe(before + 1);
  });

  it("reminds after 3 and 7 days with the same link, then stops", async () => {
    const p = await createReachableParticipant(t.db, { organisationId: org.id, programmeId: programme.id, enrolledOn: t0, email: "bo@example.test" });
    await run(t0);
    const mine = () => smtp.received.filter((m) => m.to[0] === "bo@example.test");
    const link = linkIn(mine()[0]!.text, /http:\/\/skridt\.test\/a\/\S+/);
    await run(new Date(t0.getTime() + 2 * DAY));
    expect(mine()).toHaveLength(1);
    await run(new Date(t0.getTime() + 3 * DAY));
    expect(mine()).toHaveLength(2);
    expect(mine()[1]!.subject).toBe("Påmindelse: spørgeskema fra Jobcenter Testby");
    expect(mine()[1]!.text).toContain(link);
    await run(new Date(t0.getTime() + 7 * DAY));
    await run(new Date(t0.getTime() + 20 * DAY));
    expect(mine()).toHaveLength(3);
    const rows = await t.db.message.findMany({ where: { participantId: p.id } });
    expect(rows.every((r) => r.status === "sent" && r.linkToken === null)).toBe(true);
  });

  it("does not remind with a link the mentor has since renewed", async () => {
    const p = await createReachableParticipant(t.db, { organisationId: org.id, programmeId: programme.id, enrolledOn: t0, email: "kim@example.test" });
    await run(t0);
    const mentorUser = await createUser(t.db, { roles: [{ organisationId: org.id, role: "mentor" }] });
    const { caller: mentor } = await callerFor(t.db, { token: await createSessionToken(t.db, mentorUser.id) });
    const survey = await t.db.survey.findFirstOrThrow({ where: { participantId: p.id } });
    await mentor.survey.renewLink({ organisationId: org.id, surveyId: survey.id });
    await run(new Date(t0.getTime() + 3 * DAY));
    expect(smtp.received.filter((m) => m.to[0] === "kim@example.test")).toHaveLength(1);
    const reminder = await t.db.message.findFirstOrThrow({ where: { participantId: p.id, step: 1 } });
    expect(reminder).toMatchObject({ status: "cancelled", cancelReason: "link_renewed", linkToken: null });
  });

  it("uses the programme's own reminder days", async () => {
    const own = await createProgramme(t.db, "Kort forløb", [org.id]);
    await t.db.programme.update({ where: { id: own.id }, data: { reminderDays: "[2]" } });
    const p = await createReachableParticipant(t.db, { organisationId: org.id, programmeId: own.id, enrolledOn: t0, email: "cia@example.test" });
    await run(t0);
    const reminders = await t.db.message.findMany({ where: { participantId: p.id, kind: "survey_reminder" } });
    expect(reminders.map((r) => r.dueAt.toISOString())).toEqual([new Date(t0.getTime() + 2 * DAY).toISOString()]);
  });

  it("sends nothing at night (Copenhagen time): the message waits for 09:00", async () => {
    const night = new Date("2026-05-12T21:30:00Z"); // 23:30 in Copenhagen
    const p = await createReachableParticipant(t.db, {
      organisationId: org.id,
      programmeId: programme.id,
      enrolledOn: new Date(night.getTime() - 3_600_000),
      email: "dan@example.test",
    });
    const mine = () => smtp.received.filter((m) => m.to[0] === "dan@example.test");
    const atNight = await run(night);
    expect(atNight.queued).toBe(1);
    expect(mine()).toHaveLength(0);
    await run(new Date("2026-05-13T06:59:00Z")); // 08:59
    expect(mine()).toHaveLength(0);
    await run(new Date("2026-05-13T07:00:00Z")); // 09:00
    expect(mine()).toHaveLength(1);
    // Its reminders fall in daytime too.
    const reminders = await t.db.message.findMany({ where: { kind: "survey_reminder", participantId: p.id } });
    expect(reminders).toHaveLength(2);
    for (const r of reminders) expect(nextDaytime(r.dueAt).getTime()).toBe(r.dueAt.getTime());
  });

  it("sends no reminder after the questionnaire is submitted or withdrawn, and wipes the waiting link", async () => {
    const submitted = await createReachableParticipant(t.db, { organisationId: org.id, programmeId: programme.id, enrolledOn: t0, email: "eva@example.test" });
    const withdrawn = await createReachableParticipant(t.db, { organisationId: org.id, programmeId: programme.id, enrolledOn: t0, email: "finn@example.test" });
    await run(t0);
    await t.db.survey.updateMany({ where: { participantId: submitted.id }, data: { status: "submitted", submittedAt: new Date(t0.getTime() + DAY) } });
    await t.db.survey.updateMany({ where: { participantId: withdrawn.id }, data: { status: "withdrawn", withdrawnAt: new Date(t0.getTime() + DAY) } });
    await run(new Date(t0.getTime() + 10 * DAY));
    expect(smtp.received.filter((m) => m.to[0] === "eva@example.test")).toHaveLength(1);
    expect(smtp.received.filter((m) => m.to[0] === "finn@example.test")).toHaveLength(1);
    const reminders = await t.db.message.findMany({ where: { participantId: { in: [submitted.id, withdrawn.id] }, kind: "survey_reminder" } });
    expect(reminders).toHaveLength(4);
    expect(reminders.map((r) => [r.status, r.cancelReason, r.linkToken]).sort()).toEqual([
      ["cancelled", "submitted", null],
      ["cancelled", "submitted", null],
      ["cancelled", "withdrawn", null],
      ["cancelled", "withdrawn", null],
    ]);
  });

  it("sends nothing without consent, and stops when consent is withdrawn or the participant is erased", async () => {
    const none = await createReachableParticipant(t.db, {
      organisationId: org.id,
      programmeId: programme.id,
      enrolledOn: t0,
      email: "gro@example.test",
      consent: false,
    });
    const laterWithdrawn = await createReachableParticipant(t.db, {
      organisationId: org.id,
      programmeId: programme.id,
      enrolledOn: t0,
      email: "hans@example.test",
    });
    const erased = await createReachableParticipant(t.db, { organisationId: org.id, programmeId: programme.id, enrolledOn: t0, email: "ida@example.test" });
    await run(t0);
    expect(await t.db.message.count({ where: { participantId: none.id } })).toBe(0);
    await t.db.consent.updateMany({ where: { participantId: laterWithdrawn.id }, data: { withdrawnOn: new Date(t0.getTime() + DAY) } });
    // Erased the way staff erase (privacy.erase's service): waiting messages are cancelled at once.
    await eraseParticipant(t.db, { participantId: erased.id, organisationId: org.id, actorId: null, reason: "request" });
    expect(await t.db.message.count({ where: { participantId: erased.id, OR: [{ status: "pending" }, { linkToken: { not: null } }] } })).toBe(0);
    await run(new Date(t0.getTime() + 3 * DAY));
    for (const address of ["gro@example.test", "hans@example.test", "ida@example.test"]) {
      expect(smtp.received.filter((m) => m.to[0] === address).length, address).toBeLessThanOrEqual(1);
    }
    expect(smtp.received.some((m) => m.to[0] === "gro@example.test")).toBe(false);
    const cancelled = await t.db.message.findMany({ where: { participantId: { in: [laterWithdrawn.id, erased.id] }, step: 1 } });
    expect(cancelled.map((r) => r.cancelReason).sort()).toEqual(["erased", "no_consent"]);
  });

  it("texts a participant without e-mail through the gateway, retries a gateway failure, and honours the opt-out link at once", async () => {
    const p = await createReachableParticipant(t.db, { organisationId: org.id, programmeId: programme.id, enrolledOn: t0, phone: "12 34 56 78" });
    gateway.failNext(1);
    const failed = await run(t0);
    expect(failed.results).toEqual(["retry"]);
    const waiting = await t.db.message.findFirstOrThrow({ where: { participantId: p.id } });
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, leaseOwner: null });
    expect(waiting.lastError).toContain("503");
    expect(waiting.dueAt.getTime()).toBe(t0.getTime() + 60_000);
    await run(new Date(t0.getTime() + 60_000));
    const sms = gateway.received.filter((s) => s.to === "+4512345678");
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ from: "Jobcenter", reference: waiting.id });
    expect(sms[0]!.text).toMatch(/^Jobcenter Testby: .*http:\/\/skridt\.test\/a\/\S+\nAfmeld: http:\/\/skridt\.test\/afmeld\/\S+$/s);

    const optOutToken = sms[0]!.text.split("/afmeld/")[1]!;
    expect(await optOutByToken(t.db, optOutToken, "127.0.0.1")).toEqual({ ok: true, organisationName: "Jobcenter Testby" });
    const reminders = await t.db.message.findMany({ where: { participantId: p.id, kind: "survey_reminder" } });
    expect(reminders.map((r) => [r.status, r.cancelReason, r.linkToken])).toEqual([
      ["cancelled", "opted_out", null],
      ["cancelled", "opted_out", null],
    ]);
    await run(new Date(t0.getTime() + 8 * DAY));
    expect(gateway.received.filter((s) => s.to === "+4512345678")).toHaveLength(1);
    // Clicking again changes nothing; an unknown token is refused.
    expect((await optOutByToken(t.db, optOutToken, null)).ok).toBe(true);
    expect((await optOutByToken(t.db, "not-a-token", null)).ok).toBe(false);
    expect(await t.db.auditEvent.count({ where: { action: "message.opt_out" } })).toBe(1);
  });

  it("keeps a refused address out of the recorded error", async () => {
    const p = await createReachableParticipant(t.db, { organisationId: org.id, programmeId: programme.id, enrolledOn: t0, email: "ukendt@example.test" });
    smtp.onRecipient = (to) => {
      // As a mail server words it: the refused address quoted back, code 550.
      if (to === "ukendt@example.test") throw Object.assign(new Error(`5.1.1 <${to}>: Recipient address rejected`), { responseCode: 550 });
    };
    try {
      await run(t0);
    } finally {
      smtp.onRecipient = null;
    }
    const row = await t.db.message.findFirstOrThrow({ where: { participantId: p.id } });
    expect(row.status).toBe("pending");
    expect(row.lastError).toContain("[address]");
    expect(row.lastError).not.toContain("ukendt@");
  });

  it("invites to the end questionnaire when the participation ends, by the participant's chosen channel and language", async () => {
    const p = await createReachableParticipant(t.db, {
      organisationId: org.id,
      programmeId: programme.id,
      enrolledOn: new Date(t0.getTime() - 200 * DAY),
      endedOn: new Date(t0.getTime() - DAY),
      email: "jon@example.test",
      phone: "+45 87 65 43 21",
    });
    await t.db.messagePreference.create({ data: { participantId: p.id, channel: "sms", locale: "en" } });
    await run(t0);
    const sms = gateway.received.filter((s) => s.to === "+4587654321");
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text).toContain("We would like to hear how things are going for you.");
    const row = await t.db.message.findFirstOrThrow({ where: { participantId: p.id, step: 0 } });
    expect(row).toMatchObject({ occasion: "end", channel: "sms", locale: "en" });
    // The start (200 days ago) is outside the plan's window: no invitation for it.
    expect(await t.db.message.count({ where: { participantId: p.id, occasion: "start" } })).toBe(0);
  });

  it("sends an employer's and a volunteer's link by e-mail or SMS when a mentor asks, with a new link", async () => {
    const mentorUser = await createUser(t.db, { roles: [{ organisationId: org.id, role: "mentor" }] });
    const { caller: mentor } = await callerFor(t.db, { token: await createSessionToken(t.db, mentorUser.id) });
    const company = await t.db.company.create({ data: { organisationId: org.id, name: "Bageriet ApS", email: "chef@bageriet.test" } });
    const volunteer = await t.db.volunteer.create({ data: { organisationId: org.id, name: "Frida Frivillig", phone: "22 33 44 55" } });
    const silent = await t.db.company.create({ data: { organisationId: org.id, name: "Uden Kontakt ApS" } });
    const sent = await mentor.externalSurvey.createForCompanies({ organisationId: org.id, programmeId: programme.id, companyIds: [company.id, silent.id] });
    const toVolunteer = await mentor.externalSurvey.createForVolunteer({ organisationId: org.id, programmeId: programme.id, volunteerId: volunteer.id });
    const companyLink = sent.links.find((l) => l.companyId === company.id)!;
    expect(await mentor.message.sendExternalLink({ organisationId: org.id, surveyId: companyLink.surveyId })).toEqual({
      channel: "email",
      waitingForSetup: false,
    });
    expect(await mentor.message.sendExternalLink({ organisationId: org.id, surveyId: toVolunteer.surveyId })).toEqual({
      channel: "sms",
      waitingForSetup: false,
    });
    await expectTRPCError(
      mentor.message.sendExternalLink({ organisationId: org.id, surveyId: sent.links.find((l) => l.companyId === silent.id)!.surveyId }),
      "BAD_REQUEST",
      "recipient_no_address",
    );
    // Links made by staff are made now (real time): send in tomorrow's daytime.
    await run(nextDaytime(new Date(Date.now() + DAY)));
    const mail = smtp.received.find((m) => m.to[0] === "chef@bageriet.test")!;
    expect(mail.text).toContain("Vi vil gerne høre jeres vurdering som arbejdsplads.");
    const emailed = linkIn(mail.text, /http:\/\/skridt\.test\/a\/[A-Za-z0-9_-]+/).split("/a/")[1]!;
    const survey = await t.db.survey.findUniqueOrThrow({ where: { id: companyLink.surveyId } });
    // The e-mailed link works; the one shown on screen before does not any more.
    expect(survey.tokenHash).toBe(hashToken(emailed));
    expect(survey.tokenHash).not.toBe(hashToken(companyLink.token));
    const sms = gateway.received.find((x) => x.to === "+4522334455")!;
    expect(sms.text).toContain("som frivillig mentor");
    expect(sms.text).toContain("Afmeld: http://skridt.test/afmeld/");
  });

  it("e-mails a staff invitation when SMTP is set up, and not when it is not", async () => {
    const adminUser = await createUser(t.db, { roles: [{ organisationId: org.id, role: "admin" }] });
    const { caller: admin } = await callerFor(t.db, { token: await createSessionToken(t.db, adminUser.id) });
    const invited = await admin.user.invite({ organisationId: org.id, email: "ny.mentor@jobcenter.test", name: "Ny Mentor", role: "mentor" });
    expect(invited).toMatchObject({ kind: "invited", emailed: true });
    // Staff invitations are not held to daytime: sent at once, even at night (within the invitation's 14 days).
    let night = nextDaytime(new Date(Date.now() + DAY));
    while (isDaytime(night)) night = new Date(night.getTime() + 3_600_000);
    await run(night);
    const mail = smtp.received.find((m) => m.to[0] === "ny.mentor@jobcenter.test")!;
    expect(mail.subject).toBe("Du er inviteret til Skridt af Jobcenter Testby");
    expect(mail.text).toContain(`http://skridt.test/staff/invitation/${invited.kind === "invited" ? invited.token : ""}`);
    const row = await t.db.message.findFirstOrThrow({ where: { kind: "staff_invitation" } });
    expect(row).toMatchObject({ status: "sent", linkToken: null });

    configureOutbox({ channels: { email: false, sms: false }, publicUrl: PUBLIC, hours: DAYTIME });
    try {
      const notEmailed = await admin.user.invite({ organisationId: org.id, email: "anden@jobcenter.test", name: "Anden Mentor", role: "mentor" });
      expect(notEmailed).toMatchObject({ kind: "invited", emailed: false });
      expect(await t.db.message.count({ where: { kind: "staff_invitation" } })).toBe(1);
    } finally {
      configureOutbox({ channels: { email: true, sms: true }, publicUrl: PUBLIC, hours: DAYTIME });
    }
  });
});
