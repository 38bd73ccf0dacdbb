import type { Db } from "@skridt/db";

/** The consent kinds (packages/api router privacy CONSENT_KINDS) that allow Skridt to send a participant messages about questionnaires. */
export const CONTACT_CONSENT_KIND = "questionnaires";
/** Needed as well for a message after the participation has ended (the follow-up questionnaire). */
export const FOLLOWUP_CONSENT_KIND = "followup_contact";

/** How a participant's consent stands, for the caseload flag and the participant page. */
export type TConsentState = "given" | "pending" | "withdrawn";

interface TConsentRow {
  kind: string;
  givenOn: Date;
  withdrawnOn: Date | null;
}

/** Active on a day: given on or before it and not withdrawn by then. */
export function isActiveConsent(row: TConsentRow, at: Date): boolean {
  return row.givenOn.getTime() <= at.getTime() && (row.withdrawnOn === null || row.withdrawnOn.getTime() > at.getTime());
}

/**
 * "given" while any consent is active; "withdrawn" when consents were recorded and all are withdrawn;
 * "pending" when none was ever recorded (a new participant whose consent is pending, and participants
 * created before Skridt asked for consent).
 */
export function consentStateOf(rows: readonly TConsentRow[], at: Date = new Date()): TConsentState {
  if (rows.some((row) => isActiveConsent(row, at))) return "given";
  // A consent dated in the future (recorded ahead) is not yet given: still pending.
  if (rows.some((row) => row.withdrawnOn !== null)) return "withdrawn";
  return "pending";
}

/** Consent states for many participants at once (the caseload): one query. */
export async function consentStates(db: Db, participantIds: readonly string[], at: Date = new Date()): Promise<Map<string, TConsentState>> {
  const rows = await db.consent.findMany({
    where: { participantId: { in: [...participantIds] } },
    select: { participantId: true, kind: true, givenOn: true, withdrawnOn: true },
  });
  const byParticipant = new Map<string, TConsentRow[]>();
  for (const row of rows) byParticipant.set(row.participantId, [...(byParticipant.get(row.participantId) ?? []), row]);
  return new Map(participantIds.map((id) => [id, consentStateOf(byParticipant.get(id) ?? [], at)]));
}
