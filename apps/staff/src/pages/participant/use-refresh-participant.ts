import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../trpc";

/** After ending, reopening or reassigning: the participant, the caseload, the due list and the timeline are read again. */
export function useRefreshParticipant() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    const keys = [trpc.participant.get.pathKey(), trpc.participant.list.pathKey(), trpc.caseload.due.pathKey(), trpc.caseload.timeline.pathKey()];
    await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  };
}
