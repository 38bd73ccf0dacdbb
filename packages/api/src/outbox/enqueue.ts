import { Prisma, type Db } from "@skridt/db";
import { audit } from "../audit";
import type { TChannelStored, TMessageKindStored } from "./kinds";

type Tx = Pick<Db, "message" | "auditEvent">;

export interface TEnqueue {
  organisationId: string;
  kind: TMessageKindStored;
  channel: TChannelStored;
  /** One row per key, ever: the same key queued twice (two schedulers, a retried request) adds nothing. */
  dedupeKey: string;
  dueAt: Date;
  locale?: string;
  participantId?: string | null;
  companyId?: string | null;
  volunteerId?: string | null;
  invitationId?: string | null;
  surveyId?: string | null;
  occasion?: string | null;
  step?: number;
  /** A link token made before the message is queued (staff invitation, reminder); wiped when sent. */
  linkToken?: string | null;
  /** Who asked for it (null: the measurement plan). */
  actorId?: string | null;
}

/** Queues a message unless its key is queued already; true when this call queued it. Audited as message.queued. */
export async function enqueueMessage(db: Tx, input: TEnqueue): Promise<boolean> {
  const exists = await db.message.findUnique({ where: { dedupeKey: input.dedupeKey }, select: { id: true } });
  if (exists) return false;
  try {
    const row = await db.message.create({
      data: {
        organisationId: input.organisationId,
        kind: input.kind,
        channel: input.channel,
        dedupeKey: input.dedupeKey,
        dueAt: input.dueAt,
        locale: input.locale ?? "da",
        participantId: input.participantId ?? null,
        companyId: input.companyId ?? null,
        volunteerId: input.volunteerId ?? null,
        invitationId: input.invitationId ?? null,
        surveyId: input.surveyId ?? null,
        occasion: input.occasion ?? null,
        step: input.step ?? 0,
        linkToken: input.linkToken ?? null,
      },
      select: { id: true },
    });
    await audit(db, {
      actorId: input.actorId ?? null,
      organisationId: input.organisationId,
      action: "message.queued",
      targetType: "message",
      targetId: row.id,
      detail: messageDetail(input),
    });
    return true;
  } catch (error) {
    // Another process queued the same key between the look-up and the insert: that one stands.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
    throw error;
  }
}

/** What the audit log says about a message: kinds and ids, never an address, a token or a text. */
export function messageDetail(m: {
  kind: string;
  channel: string;
  step?: number | null;
  occasion?: string | null;
  participantId?: string | null;
  companyId?: string | null;
  volunteerId?: string | null;
  surveyId?: string | null;
}): Record<string, unknown> {
  const detail: Record<string, unknown> = { kind: m.kind, channel: m.channel };
  if (m.step) detail.step = m.step;
  if (m.occasion) detail.occasion = m.occasion;
  if (m.participantId) detail.participantId = m.participantId;
  if (m.companyId) detail.companyId = m.companyId;
  if (m.volunteerId) detail.volunteerId = m.volunteerId;
  if (m.surveyId) detail.surveyId = m.surveyId;
  return detail;
}
