import type { Db } from "@skridt/db";
import type { TLocale, TRecipient } from "@skridt/messaging";
import { canContactParticipant } from "../consent";
import { surveyState } from "../surveys/state";
import { subjectKeyOf, type TChannelStored } from "./kinds";

export interface TOutboxRow {
  id: string;
  organisationId: string;
  kind: string;
  channel: string;
  participantId: string | null;
  companyId: string | null;
  volunteerId: string | null;
  invitationId: string | null;
  surveyId: string | null;
  occasion: string | null;
  locale: string;
}

export type TGate = { ok: true; to: string; recipient: TRecipient; locale: TLocale; organisationName: string } | { ok: false; reason: string };

/** Which address a participant gets a message on: the chosen channel when it has an address, else e-mail, else SMS. */
export function channelFor(identity: { email: string | null; phone: string | null } | null, preferred: string | null | undefined): TChannelStored | null {
  if (!identity) return null;
  if (preferred === "sms" && identity.phone) return "sms";
  if (preferred === "email" && identity.email) return "email";
  if (identity.email) return "email";
  if (identity.phone) return "sms";
  return null;
}

const asLocale = (value: string): TLocale => (value === "en" ? "en" : "da");

/**
 * May this message go out now, and to which address? Asked at the moment of sending, not only
 * when it was queued: a submission, withdrawal, erasure, withdrawn consent or opt-out since then
 * stops it (the reason is kept on the row and in the audit log).
 */
export async function gateFor(db: Db, m: TOutboxRow, now: Date): Promise<TGate> {
  const organisation = await db.organisation.findUnique({ where: { id: m.organisationId }, select: { name: true } });
  if (!organisation) return { ok: false, reason: "recipient_gone" };
  const subjectKey = subjectKeyOf(m);
  if (subjectKey && (await db.messageOptOut.count({ where: { subjectKey } })) > 0) return { ok: false, reason: "opted_out" };
  if (m.surveyId) {
    const survey = await db.survey.findUnique({ where: { id: m.surveyId }, select: { status: true, expiresAt: true } });
    if (!survey) return { ok: false, reason: "withdrawn" };
    const state = surveyState(survey, now);
    if (state !== "open") return { ok: false, reason: state };
  }
  const base = { locale: asLocale(m.locale), organisationName: organisation.name };
  const address = (row: { email: string | null; phone: string | null } | null) => (m.channel === "sms" ? row?.phone : row?.email) || null;

  if (m.participantId) {
    const participant = await db.participant.findUnique({
      where: { id: m.participantId },
      select: { erasedAt: true, identity: { select: { email: true, phone: true } } },
    });
    if (!participant) return { ok: false, reason: "recipient_gone" };
    if (participant.erasedAt) return { ok: false, reason: "erased" };
    if (!(await canContactParticipant(db, m.participantId, { occasion: m.occasion ?? undefined, at: now }))) return { ok: false, reason: "no_consent" };
    const to = address(participant.identity);
    return to ? { ok: true, to, recipient: "participant", ...base } : { ok: false, reason: "no_address" };
  }
  if (m.companyId) {
    const company = await db.company.findUnique({ where: { id: m.companyId }, select: { email: true, phone: true } });
    if (!company) return { ok: false, reason: "recipient_gone" };
    const to = address(company);
    return to ? { ok: true, to, recipient: "company", ...base } : { ok: false, reason: "no_address" };
  }
  if (m.volunteerId) {
    const volunteer = await db.volunteer.findUnique({ where: { id: m.volunteerId }, select: { email: true, phone: true } });
    if (!volunteer) return { ok: false, reason: "recipient_gone" };
    const to = address(volunteer);
    return to ? { ok: true, to, recipient: "volunteer", ...base } : { ok: false, reason: "no_address" };
  }
  if (m.invitationId) {
    const invitation = await db.invitation.findUnique({ where: { id: m.invitationId }, select: { email: true, acceptedAt: true, expiresAt: true } });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now) return { ok: false, reason: "invitation_closed" };
    return { ok: true, to: invitation.email, recipient: "staff", ...base };
  }
  return { ok: false, reason: "recipient_gone" };
}
