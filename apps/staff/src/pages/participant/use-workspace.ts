import type { RouterOutputs } from "@skridt/api";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";

export type ReviewList = RouterOutputs["review"]["list"];
export type Review = ReviewList["reviews"][number];
export type Goal = RouterOutputs["goal"]["list"][number];
export type ContactList = RouterOutputs["contact"]["list"];
export type StatusList = RouterOutputs["statusEvent"]["list"];
export type TimelineEntry = RouterOutputs["caseload"]["timeline"][number];
export type ProgressReport = RouterOutputs["caseload"]["progressReport"];
export type Participant = RouterOutputs["participant"]["get"];

/** One participant with identity (audited by the API, so fetched once per page and cached). */
export function useParticipantDetails(participantId: string) {
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  return useQuery(trpc.participant.get.queryOptions({ organisationId, participantId }, { staleTime: 60_000 }));
}

export function useReviews(participantId: string) {
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  return useQuery(trpc.review.list.queryOptions({ organisationId, participantId }));
}

export function useGoals(participantId: string) {
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  return useQuery(trpc.goal.list.queryOptions({ organisationId, participantId }));
}

export function useContacts(participantId: string) {
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  return useQuery(trpc.contact.list.queryOptions({ organisationId, participantId }));
}

export function useStatusEvents(participantId: string) {
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  return useQuery(trpc.statusEvent.list.queryOptions({ organisationId, participantId }));
}

/**
 * After any change in the workspace: the changed list, the timeline and the due list
 * (a new review moves the next due date) are read again.
 */
export function useRefreshWorkspace() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async (...lists: ("review" | "goal" | "contact" | "statusEvent")[]) => {
    const keys = [
      ...lists.map((list) => trpc[list].pathKey()),
      trpc.caseload.timeline.pathKey(),
      trpc.caseload.due.pathKey(),
      trpc.caseload.progressReport.pathKey(),
    ];
    await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  };
}
