import type { Db } from "@skridt/db";
import { audit } from "../audit";
import { hashToken } from "../auth/token";
import { subjectKeyOf } from "./kinds";

export type TOptOutResult = { ok: true; organisationName: string } | { ok: false };

/**
 * The one-click opt-out: whoever the message went to gets no more messages, from now on.
 * Every waiting message to them is cancelled in the same transaction. Clicking twice is fine.
 */
export async function optOutByToken(db: Db, token: string, ip: string | null): Promise<TOptOutResult> {
  if (!token || token.length > 200) return { ok: false };
  const message = await db.message.findUnique({
    where: { optOutTokenHash: hashToken(token) },
    select: { id: true, organisationId: true, participantId: true, companyId: true, volunteerId: true },
  });
  const subjectKey = message ? subjectKeyOf(message) : null;
  if (!message || !subjectKey) return { ok: false };
  const organisation = await db.organisation.findUnique({ where: { id: message.organisationId }, select: { name: true } });
  const subject = { participantId: message.participantId, companyId: message.companyId, volunteerId: message.volunteerId };
  await db.$transaction(async (tx) => {
    // A write first (SQLite takes the write lock at once); a second click finds nothing left to cancel.
    await tx.message.updateMany({
      where: { status: "pending", ...subject },
      data: { status: "cancelled", cancelReason: "opted_out", linkToken: null },
    });
    const already = await tx.messageOptOut.findUnique({ where: { subjectKey } });
    if (already) return;
    await tx.messageOptOut.create({ data: { subjectKey, organisationId: message.organisationId } });
    await audit(tx, {
      actorId: null,
      organisationId: message.organisationId,
      action: "message.opt_out",
      targetType: "message",
      targetId: message.id,
      ip,
      detail: Object.fromEntries(Object.entries(subject).filter(([, v]) => v !== null)),
    });
  });
  return { ok: true, organisationName: organisation?.name ?? "" };
}
