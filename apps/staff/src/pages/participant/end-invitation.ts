// Where the end questionnaire's invitation stands in the outbox, so "Efter afslutningen" does not
// say "not sent yet" while a message to the participant waits or has gone out.

export interface TInvitationMessage {
  kind: string;
  occasion: string | null;
  status: string;
  sentAt: string | null;
}

export type TEndInvitation = { state: "sent"; sentOn: string } | { state: "waiting" } | null;

/** The calendar day (YYYY-MM-DD) in Denmark of an instant, so a message sent just after midnight gets its Danish date. */
function danishDay(instant: string): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(instant));
}

/** The end invitation's news: sent (the earliest sending), else waiting in the outbox, else nothing to say. */
export function endInvitation(messages: readonly TInvitationMessage[]): TEndInvitation {
  const invitations = messages.filter((m) => m.kind === "survey_invitation" && m.occasion === "end");
  const sent = invitations
    .filter((m) => m.status === "sent" && m.sentAt)
    .map((m) => m.sentAt as string)
    .sort();
  if (sent[0]) return { state: "sent", sentOn: danishDay(sent[0]) };
  if (invitations.some((m) => m.status === "pending")) return { state: "waiting" };
  return null;
}
