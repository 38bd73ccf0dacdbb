import type { Db } from "@skridt/db";
import { buildMessage, nextDaytime, type TChannel, type TMessageKind, type TSent, type Transports } from "@skridt/messaging";
import { audit } from "../audit";
import { hashToken, newToken } from "../auth/token";
import { enqueueMessage, messageDetail } from "./enqueue";
import { MAX_ATTEMPTS, retryDelayMs } from "./kinds";
import { linkFor, optOutUrl, staffInvitationUrl, surveyUrl } from "./links";
import { gateFor } from "./recipient";
import { reminderDaysOf } from "./reminder-days";
import { outboxSettings } from "./settings";

const ROW = {
  id: true,
  organisationId: true,
  kind: true,
  channel: true,
  participantId: true,
  companyId: true,
  volunteerId: true,
  invitationId: true,
  surveyId: true,
  occasion: true,
  step: true,
  locale: true,
  linkToken: true,
  attempts: true,
} as const;

export type TDeliveryResult = "sent" | "cancelled" | "retry" | "failed" | "lost";

function formatDay(at: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "da-DK", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Copenhagen" }).format(
    at,
  );
}

/** Sends one message this process has claimed (leaseOwner = owner) and records what happened. */
export async function deliverClaimed(db: Db, transports: Transports, id: string, owner: string, now: Date): Promise<TDeliveryResult> {
  const m = await db.message.findFirst({ where: { id, leaseOwner: owner, status: "pending" }, select: ROW });
  if (!m) return "lost";
  let sent: TSent;
  let sentLink: { token: string; surveyId: string | null };
  try {
    const gate = await gateFor(db, m, now);
    if (!gate.ok) return await cancel(db, m, owner, gate.reason);
    const link = await linkFor(db, m, owner, now);
    if (!link.ok) return await cancel(db, m, owner, link.reason);
    // A fresh opt-out token per attempt, its hash stored before the message leaves.
    const optOutToken = gate.recipient === "staff" ? null : newToken();
    const { count } = await db.message.updateMany({
      where: { id: m.id, leaseOwner: owner },
      data: { optOutTokenHash: optOutToken ? hashToken(optOutToken) : null },
    });
    if (count !== 1) return "lost";
    const expiresAt = link.surveyId
      ? (await db.survey.findUnique({ where: { id: link.surveyId }, select: { expiresAt: true } }))?.expiresAt
      : m.invitationId
        ? (await db.invitation.findUnique({ where: { id: m.invitationId }, select: { expiresAt: true } }))?.expiresAt
        : undefined;
    const text = buildMessage({
      kind: m.kind as TMessageKind,
      channel: m.channel as TChannel,
      locale: gate.locale,
      recipient: gate.recipient,
      organisationName: gate.organisationName,
      link: gate.recipient === "staff" ? staffInvitationUrl(link.token) : surveyUrl(link.token),
      ...(optOutToken ? { optOutUrl: optOutUrl(optOutToken) } : {}),
      ...(expiresAt ? { expiresOn: formatDay(expiresAt, gate.locale) } : {}),
    });
    sent =
      m.channel === "sms"
        ? await requireTransport(transports.sms, "sms").sendSms({ reference: m.id, to: gate.to, text: text.text })
        : await requireTransport(transports.email, "email").sendEmail({
            reference: m.id,
            to: gate.to,
            subject: text.subject,
            text: text.text,
            ...(optOutToken ? { optOutUrl: optOutUrl(optOutToken) } : {}),
          });
    sentLink = link;
  } catch (error) {
    return recordFailure(db, m, owner, error, now);
  }
  // Sent: recording it must not fail over a busy database, or the lease would run out and the
  // message go again. A few tries; only if all fail does the row stay pending (sent again later, same Message-ID).
  for (let attempt = 1; ; attempt++) {
    try {
      await recordSent(db, { ...m, surveyId: sentLink.surveyId }, owner, sentLink.token, sent.providerMessageId, now);
      return "sent";
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

function requireTransport<T>(transport: T | undefined, channel: string): T {
  // Claims only take channels this process has; this guards a configuration change mid-run.
  if (!transport) throw new Error(`no ${channel} transport in this process`);
  return transport;
}

type TRow = {
  id: string;
  organisationId: string;
  kind: string;
  channel: string;
  step: number;
  occasion: string | null;
  participantId: string | null;
  companyId: string | null;
  volunteerId: string | null;
  surveyId: string | null;
  locale: string;
};

async function recordSent(db: Db, m: TRow, owner: string, token: string, providerMessageId: string, now: Date) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.message.updateMany({
      where: { id: m.id, leaseOwner: owner },
      data: { status: "sent", sentAt: now, providerMessageId, linkToken: null, leaseOwner: null, leaseExpiresAt: null, lastError: null },
    });
    if (count !== 1) return;
    await audit(tx, {
      actorId: null,
      organisationId: m.organisationId,
      action: "message.sent",
      targetType: "message",
      targetId: m.id,
      detail: messageDetail(m),
    });
    // The invitation's reminders, each holding the same link until it is sent or cancelled.
    if (m.kind === "survey_invitation" && m.participantId && m.surveyId) {
      const participant = await tx.participant.findUnique({ where: { id: m.participantId }, select: { programme: { select: { reminderDays: true } } } });
      const days = reminderDaysOf(participant?.programme.reminderDays ?? "");
      for (const [index, day] of days.entries()) {
        await enqueueMessage(tx, {
          organisationId: m.organisationId,
          kind: "survey_reminder",
          channel: m.channel as "email" | "sms",
          dedupeKey: `reminder:${m.surveyId}:${index + 1}`,
          dueAt: nextDaytime(new Date(now.getTime() + day * 86_400_000), outboxSettings().hours),
          locale: m.locale,
          participantId: m.participantId,
          surveyId: m.surveyId,
          occasion: m.occasion,
          step: index + 1,
          linkToken: token,
        });
      }
    }
  });
}

async function recordFailure(
  db: Db,
  m: {
    id: string;
    organisationId: string;
    kind: string;
    channel: string;
    step: number;
    occasion: string | null;
    participantId: string | null;
    companyId: string | null;
    volunteerId: string | null;
    surveyId: string | null;
    attempts: number;
  },
  owner: string,
  error: unknown,
  now: Date,
): Promise<TDeliveryResult> {
  // The provider's words, shortened; they name no token (links are only in the text we sent).
  // The last line is the cause (Prisma's messages start with where the call was made).
  const lines = (error instanceof Error ? error.message : String(error)).split("\n").filter((line) => line.trim());
  // Mail servers quote the address they refused: it is kept out (the row holds no address).
  const lastError = (lines.at(-1) ?? "unknown error")
    .replace(/[^\s<>"']+@[^\s<>"']+/g, "[address]")
    .replace(/\+?\d[\d ]{7,}\d/g, "[number]")
    .trim()
    .slice(0, 300);
  const givingUp = m.attempts >= MAX_ATTEMPTS;
  await db.$transaction(async (tx) => {
    const { count } = await tx.message.updateMany({
      where: { id: m.id, leaseOwner: owner },
      data: givingUp
        ? { status: "failed", lastError, linkToken: null, leaseOwner: null, leaseExpiresAt: null }
        : { lastError, dueAt: new Date(now.getTime() + retryDelayMs(m.attempts)), leaseOwner: null, leaseExpiresAt: null },
    });
    if (count !== 1) return;
    await audit(tx, {
      actorId: null,
      organisationId: m.organisationId,
      action: givingUp ? "message.failed" : "message.attempt_failed",
      targetType: "message",
      targetId: m.id,
      detail: { ...messageDetail(m), attempts: m.attempts },
    });
  });
  return givingUp ? "failed" : "retry";
}

/** Stops a message for good, with the reason; its link token is wiped. */
export async function cancel(db: Pick<Db, "$transaction">, m: TRow, owner: string | null, reason: string): Promise<TDeliveryResult> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.message.updateMany({
      // Without an owner (the sweep), only a row no worker holds: one being sent is left to its worker.
      where: { id: m.id, status: "pending", ...(owner ? { leaseOwner: owner } : { OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: new Date() } }] }) },
      data: { status: "cancelled", cancelReason: reason, linkToken: null, leaseOwner: null, leaseExpiresAt: null },
    });
    if (count !== 1) return;
    await audit(tx, {
      actorId: null,
      organisationId: m.organisationId,
      action: "message.cancelled",
      targetType: "message",
      targetId: m.id,
      detail: { ...messageDetail(m), reason },
    });
  });
  return "cancelled";
}
