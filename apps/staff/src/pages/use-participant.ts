import { useQuery } from "@tanstack/react-query";
import { useOrganisationId } from "../shell/session-context";
import { useTRPC } from "../trpc";

/**
 * One participant of the organisation, with name and programme. The API has no
 * participant.get yet, so this reads the organisation's list (which the participants page
 * has usually cached already) and picks the row; the list stops at 500 participants.
 */
export function useParticipant(participantId: string) {
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const list = useQuery(trpc.participant.list.queryOptions({ organisationId, scope: "organisation" }));
  const participant = list.data?.find((row) => row.id === participantId) ?? null;
  return { participant, isPending: list.isPending, error: list.error };
}
