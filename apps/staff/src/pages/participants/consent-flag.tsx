import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";

type TFlagState = "pending" | "withdrawn";

/** The caseload's participants without an active consent (pending, or withdrawn): one query for the whole list. */
export function useConsentFlags(): ReadonlyMap<string, TFlagState> {
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const flags = useQuery(trpc.consent.caseload.queryOptions({ organisationId }));
  return new Map((flags.data ?? []).map((row) => [row.participantId, row.state as TFlagState]));
}

/** "Samtykke mangler" beside a participant's name: without consent Skridt sends them no messages. */
export function ConsentFlag({ state }: { state: TFlagState | undefined }) {
  const { t } = useTranslation();
  if (!state) return null;
  return <span className="badge badge--q-missing consent-flag">{t(`consentFlag.${state}`)}</span>;
}
