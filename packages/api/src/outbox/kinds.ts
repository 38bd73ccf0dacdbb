/** Message kinds and statuses as stored (Message.kind, Message.status). */
export const MESSAGE_KINDS = ["survey_invitation", "survey_reminder", "external_link", "staff_invitation"] as const;
export type TMessageKindStored = (typeof MESSAGE_KINDS)[number];
export const MESSAGE_STATUSES = ["pending", "sent", "failed", "cancelled"] as const;
export type TMessageStatus = (typeof MESSAGE_STATUSES)[number];
export type TChannelStored = "email" | "sms";

/** After this many failed attempts a message is given up ("failed") and shown as such to staff. */
export const MAX_ATTEMPTS = 5;

/** Wait before the next attempt after `attempts` failures: 1 min, 5 min, 30 min, 2 h. */
export function retryDelayMs(attempts: number): number {
  const minutes = [1, 5, 30, 120][Math.min(attempts, 4) - 1] ?? 1;
  return minutes * 60_000;
}

/** The opt-out key of whoever a message goes to (MessageOptOut.subjectKey). */
export function subjectKeyOf(message: { participantId: string | null; companyId: string | null; volunteerId: string | null }): string | null {
  if (message.participantId) return `participant:${message.participantId}`;
  if (message.companyId) return `company:${message.companyId}`;
  if (message.volunteerId) return `volunteer:${message.volunteerId}`;
  return null;
}
