import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useNavigate } from "react-router";
import { useTRPC } from "../../trpc";
import type { EntrySentState } from "./entry-mode";

/** Once sent: back to the participant's questionnaires, freshly fetched so the new scores show, with word that it went. */
export function useAfterSubmit(submitted: boolean, participantId: string, occasion: string | null) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  useEffect(() => {
    if (!submitted) return;
    void queryClient.invalidateQueries({ queryKey: trpc.survey.listForParticipant.pathKey() }).then(() => {
      const state: EntrySentState = { entrySent: occasion ?? "start" };
      navigate(`/participants/${participantId}?tab=surveys`, { state });
    });
  }, [submitted, participantId, occasion, navigate, queryClient, trpc]);
}
