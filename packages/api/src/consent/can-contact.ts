import type { Db } from "@skridt/db";
import { CONTACT_CONSENT_KIND, FOLLOWUP_CONSENT_KIND, isActiveConsent } from "./consent-state";

export interface TCanContactOptions {
  /** The occasion the message is about: "followup" (after the participation ended) also needs consent to follow-up contact. */
  occasion?: string;
  /** When the message would go out; now by default. */
  at?: Date;
}

/**
 * May Skridt send this participant a message (e-mail or SMS) now? Only with a recorded, active
 * consent to questionnaires (kind "questionnaires"), and for a follow-up questionnaire also to
 * follow-up contact after the programme ("followup_contact"). Never to an erased or unknown
 * participant. A participant whose consent is pending (no consent recorded, which includes everyone
 * created before Skridt asked for consent) gets no messages: the mentor sees the flag on the
 * caseload and can record the consent on the participant page.
 *
 * The one rule the outbox asks before it queues or sends anything.
 */
export async function canContactParticipant(db: Db, participantId: string, options: TCanContactOptions = {}): Promise<boolean> {
  const at = options.at ?? new Date();
  const participant = await db.participant.findUnique({
    where: { id: participantId },
    select: { erasedAt: true, consents: { select: { kind: true, givenOn: true, withdrawnOn: true } } },
  });
  if (!participant || participant.erasedAt) return false;
  const active = new Set(participant.consents.filter((row) => isActiveConsent(row, at)).map((row) => row.kind));
  if (!active.has(CONTACT_CONSENT_KIND)) return false;
  if (options.occasion === "followup" && !active.has(FOLLOWUP_CONSENT_KIND)) return false;
  return true;
}
